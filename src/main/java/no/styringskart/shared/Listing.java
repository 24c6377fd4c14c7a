package no.styringskart.shared;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;

/**
 * One cursor-paginated list of nodes with a label, filtered and keyset-sorted on a key the caller picks,
 * answered by a single Cypher query that returns the total and the page. Filters and sort keys are fixed
 * Cypher fragments written by the features; user input only travels as parameters.
 *
 * @param label the node label (a constant of the feature, never user input)
 * @param sortKeys the sort fields of the schema's enum, in declaration order, each a Cypher expression over
 * {@code n} giving a string; the first is the default
 * @param nodes the properties of a listed node that the mapper reads
 */
public record Listing<T>(String label, Map<String, String> sortKeys, Projection nodes, Function<MapAccessor, T> mapper,
		Function<T, String> idOf) {

	public Listing {
		sortKeys = new LinkedHashMap<>(sortKeys);
	}

	/** A listing of nodes mapped to a record type, sorted by one key only. */
	public static <T extends java.lang.Record> Listing<T> sortedBy(String label, Class<T> type, String field, String key,
			Function<MapAccessor, T> mapper, Function<T, String> idOf) {
		return new Listing<>(label, Map.of(field, key), Projection.of(type), mapper, idOf);
	}

	/** Adds a sort field; the order of calls is the order of preference for the default. */
	public Listing<T> orSortedBy(String field, String key) {
		Map<String, String> keys = new LinkedHashMap<>(this.sortKeys);
		keys.put(field, key);
		return new Listing<>(this.label, keys, this.nodes, this.mapper, this.idOf);
	}

	/**
	 * The page query for a stored sort key: the range predicate lets Neo4j walk the key's index in order and stop
	 * after the page, instead of computing and sorting the key of every candidate. (Written without OR: the
	 * planner would turn it into a union of seeks and lose the index order.)
	 */
	private static String indexed(String candidates, String key, PageRequest page, boolean descending, String node) {
		String range = (page.after() == null) ? "%1$s IS NOT NULL"
				: descending ? "%1$s <= $afterKey AND NOT (%1$s = $afterKey AND n.id >= $afterId)"
						: "%1$s >= $afterKey AND NOT (%1$s = $afterKey AND n.id <= $afterId)";
		String direction = descending ? "DESC" : "ASC";
		return """
				CALL () { %1$s RETURN count(n) AS total }
				RETURN total, COLLECT {
				  %1$s AND %2$s
				  WITH n ORDER BY %3$s %4$s, n.id %4$s LIMIT $limit
				  RETURN {node: %5$s, key: %3$s}
				} AS page
				""".formatted(candidates, range.formatted(key), key, direction, node);
	}

	/** The page query for a computed sort key: every candidate's key is computed, then the page is sorted out. */
	private static String computed(String candidates, String key, PageRequest page, boolean descending, String node) {
		String after = (page.after() == null) ? "true"
				: "(sortKey %1$s $afterKey OR (sortKey = $afterKey AND n.id %1$s $afterId))".formatted(descending ? "<" : ">");
		String direction = descending ? "DESC" : "ASC";
		return """
				CALL () { %1$s RETURN count(n) AS total }
				RETURN total, COLLECT {
				  %1$s
				  WITH n, coalesce(%2$s, '') AS sortKey WHERE %3$s
				  ORDER BY sortKey %4$s, n.id %4$s LIMIT $limit
				  RETURN {node: %5$s, key: sortKey}
				} AS page
				""".formatted(candidates, key, after, direction, node);
	}

	/** Sorts by how many matches a pattern over {@code n} has; ties go by name. */
	public static String count(String pattern) {
		return count(pattern, "toLower(n.name)");
	}

	/** Sorts by how many matches a pattern has, zero-padded so counts compare as numbers, then by a tiebreaker. */
	public static String count(String pattern, String tiebreaker) {
		return "right('000000000' + toString(COUNT { " + pattern + " }), 9) + ' ' + " + tiebreaker;
	}

	/** A sort key that is a stored, indexed property of {@code n}, such as {@code n.sortName}. */
	private static final Pattern STORED_KEY = Pattern.compile("n\\.\\w+");

	/**
	 * The page the request asks for. Each listed node is read as its {@link Projection} for the {@code selection}
	 * (of the connection): id and name when the request reads nothing more of it, else the properties its type
	 * reads, never the folded search and sort keys stored beside them.
	 */
	public Connection<T> page(ReadQueries neo4j, Filter filter, ListOrder order, PageRequest page,
			DataFetchingFieldSelectionSet selection) {
		String field = (order != null && order.field() != null) ? order.field() : this.sortKeys.keySet().iterator().next();
		String sortKey = this.sortKeys.get(field);
		if (sortKey == null) {
			throw new BadRequestException("cannot sort " + this.label + " by " + field + "; sort fields are "
					+ this.sortKeys.keySet());
		}
		boolean descending = order != null && order.direction() == Direction.DESC;
		if (page.after() != null && !page.after().sort().equals(field)) {
			throw new BadRequestException("after is a cursor of a list sorted by " + page.after().sort()
					+ ", not by " + field + "; keep the same orderBy while paging");
		}
		String where = filter.conditions.isEmpty() ? "true" : String.join(" AND ", filter.conditions);
		String candidates = (filter.anchor == null) ? "MATCH (n:%s) WHERE %s".formatted(this.label, where)
				: "MATCH %s WITH DISTINCT n WHERE %s".formatted(filter.anchor, where);
		String node = this.nodes.cypher("n", selection, "edges/node");
		String cypher = STORED_KEY.matcher(sortKey).matches() ? indexed(candidates, sortKey, page, descending, node)
				: computed(candidates, sortKey, page, descending, node);
		Map<String, Object> bound = new HashMap<>(filter.parameters);
		bound.put("limit", page.limit());
		if (page.after() != null) {
			bound.put("afterKey", page.after().key());
			bound.put("afterId", page.after().id());
		}
		Record result = neo4j.one(cypher, bound, r -> r).orElseThrow();
		Map<T, String> keys = new LinkedHashMap<>();
		result.get("page").asList(v -> v).forEach(row -> keys.put(this.mapper.apply(row.get("node")), row.get("key").asString()));
		return Connection.of(List.copyOf(keys.keySet()), page, result.get("total").asLong(),
				item -> PageRequest.cursor(field, keys.get(item), this.idOf.apply(item)));
	}

}
