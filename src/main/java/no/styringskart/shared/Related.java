package no.styringskart.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import org.neo4j.driver.Record;

/**
 * Batch loading for relationship fields: one Cypher query for all parents of a field, however many there
 * are. The query gets the parents' ids as {@code $ids} and returns one row per related item with the
 * parent's id in the column {@code id}.
 */
public final class Related {

	private final ReadQueries neo4j;

	public Related(ReadQueries neo4j) {
		this.neo4j = neo4j;
	}

	/** Every parent mapped to its related items (an empty list when it has none), in the query's order. */
	public <P, C> Map<P, List<C>> many(Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Record, C> mapper) {
		Map<String, List<C>> byId = new HashMap<>();
		for (Row<C> row : rows(parents, idOf, cypher, mapper)) {
			byId.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row.value());
		}
		Map<P, List<C>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, byId.getOrDefault(idOf.apply(parent), List.of()));
		}
		return result;
	}

	/**
	 * Every parent mapped to the items of list field {@code field}: those read ahead with their parent in this
	 * request are taken as read, and only the other parents are queried, in one query.
	 */
	public <P, C> Map<P, List<C>> many(GraphQLContext context, Collection<P> parents, Function<P, String> idOf,
			ListField<C> field) {
		Map<Object, Object> known = Neighbours.of(context, field.key());
		List<P> unknown = parents.stream().filter(parent -> !known.containsKey(parent)).toList();
		Map<P, List<C>> queried = unknown.isEmpty() ? Map.of()
				: many(unknown, idOf, field.batchQuery(), r -> field.mapper().map(r.get("row"), context));
		Map<P, List<C>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			@SuppressWarnings("unchecked")
			List<C> items = known.containsKey(parent) ? (List<C>) known.get(parent) : queried.get(parent);
			result.put(parent, items);
		}
		return result;
	}

	/** Every parent mapped to its single related item; parents without one are left out (null in GraphQL). */
	public <P, C> Map<P, C> one(Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Record, C> mapper) {
		Map<String, C> byId = new HashMap<>();
		for (Row<C> row : rows(parents, idOf, cypher, mapper)) {
			byId.putIfAbsent(row.id(), row.value());
		}
		Map<P, C> result = new LinkedHashMap<>();
		for (P parent : parents) {
			C value = byId.get(idOf.apply(parent));
			if (value != null) {
				result.put(parent, value);
			}
		}
		return result;
	}

	/**
	 * As {@link #one(Collection, Function, String, Function)}, for a field whose values other batch loaders of
	 * the request may have read already ({@link Neighbours}): only the parents still without one are queried, and
	 * none when every parent has its value.
	 */
	public <P, C> Map<P, C> one(GraphQLContext context, String field, Collection<P> parents, Function<P, String> idOf,
			String cypher, Function<Record, C> mapper) {
		Map<Object, Object> known = Neighbours.of(context, field);
		List<P> unknown = parents.stream().filter(parent -> !known.containsKey(parent)).toList();
		Map<P, C> queried = unknown.isEmpty() ? Map.of() : one(unknown, idOf, cypher, mapper);
		Map<P, C> result = new LinkedHashMap<>();
		for (P parent : parents) {
			Object value = known.containsKey(parent) ? known.get(parent) : queried.get(parent);
			if (value != null && value != Neighbours.NONE) {
				@SuppressWarnings("unchecked")
				C typed = (C) value;
				result.put(parent, typed);
			}
		}
		return result;
	}

	private <P, C> Collection<Row<C>> rows(Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Record, C> mapper) {
		List<String> ids = parents.stream().map(idOf).distinct().toList();
		return this.neo4j.list(cypher, Map.of("ids", ids), record -> new Row<>(record.get("id").asString(), mapper.apply(record)));
	}

	private record Row<C>(String id, C value) {
	}

}
