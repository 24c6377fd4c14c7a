package no.styringskart.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One cursor-paginated list of nodes with a label, filtered and keyset-sorted, answered by a single Cypher
 * query that returns the total and the page. Filters are fixed Cypher fragments written by the features,
 * with values passed as parameters only.
 *
 * @param label the node label (a constant of the feature, never user input)
 * @param sortKey a Cypher expression over {@code n} giving the sort key as a string
 * @param keyOf the same key computed from a mapped row, for its cursor
 */
public record Listing<T>(String label, String sortKey, Function<MapAccessor, T> mapper, Function<T, String> keyOf,
		Function<T, String> idOf) {

	public Connection<T> page(Neo4jClient neo4j, Filter filter, Direction direction, PageRequest page) {
		boolean descending = direction == Direction.DESC;
		String where = filter.conditions.isEmpty() ? "true" : String.join(" AND ", filter.conditions);
		String order = descending ? "DESC" : "ASC";
		String after = (page.after() == null) ? "true"
				: "(%1$s %2$s $afterKey OR (%1$s = $afterKey AND n.id %2$s $afterId))".formatted(this.sortKey,
						descending ? "<" : ">");
		String cypher = """
				CALL () { MATCH (n:%1$s) WHERE %2$s RETURN count(n) AS total }
				RETURN total, COLLECT {
				  MATCH (n:%1$s) WHERE %2$s AND %3$s
				  WITH n, %4$s AS sortKey ORDER BY sortKey %5$s, n.id %5$s LIMIT $limit
				  RETURN n
				} AS page
				""".formatted(this.label, where, after, this.sortKey, order);
		Map<String, Object> bound = new HashMap<>(filter.parameters);
		bound.put("limit", page.limit());
		if (page.after() != null) {
			bound.put("afterKey", page.after().key());
			bound.put("afterId", page.after().id());
		}
		Record result = neo4j.query(cypher).bindAll(bound).fetchAs(Record.class).mappedBy((t, r) -> r).one().orElseThrow();
		List<T> items = result.get("page").asList(v -> this.mapper.apply(v.asNode()));
		return Connection.of(items, page, result.get("total").asLong(),
				item -> PageRequest.cursor(this.keyOf.apply(item), this.idOf.apply(item)));
	}

}
