package no.styringskart.shared;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Finds one node of a label by its id, or reports NOT_FOUND naming what was asked for. */
public final class Lookup {

	private Lookup() {
	}

	public static <T> T byId(Neo4jClient neo4j, String label, String what, String id, Function<MapAccessor, T> mapper) {
		return byId(neo4j, label, what, id, List.of(), row -> mapper.apply(row.get("n").asNode()));
	}

	/**
	 * As {@link #byId(Neo4jClient, String, String, String, Function)}, reading in the same query the items of
	 * those {@code lists} of the node that the request selects; their batch loaders then take them as read.
	 */
	public static <T> T byId(Neo4jClient neo4j, String label, String what, String id, Function<MapAccessor, T> mapper,
			DataFetchingEnvironment environment, List<? extends ListField<?>> lists) {
		List<? extends ListField<?>> selected = lists.stream()
			.filter(list -> environment.getSelectionSet().contains(list.name()))
			.toList();
		GraphQLContext context = environment.getGraphQlContext();
		return byId(neo4j, label, what, id, selected, row -> {
			T node = mapper.apply(row.get("n").asNode());
			for (ListField<?> list : selected) {
				Neighbours.put(context, list.key(), node,
						row.get(list.name()).asList(item -> list.mapper().map(item, context)));
			}
			return node;
		});
	}

	private static <T> T byId(Neo4jClient neo4j, String label, String what, String id, List<? extends ListField<?>> lists,
			Function<Record, T> mapper) {
		if (id == null || id.isBlank()) {
			throw new BadRequestException("id of the " + what + " must not be empty");
		}
		String cypher = "MATCH (n:%s {id: $id}) RETURN n".formatted(label)
				+ lists.stream().map(list -> ", " + list.readAhead()).collect(Collectors.joining());
		return neo4j.query(cypher)
			.bind(id)
			.to("id")
			.fetchAs(Object.class)
			.mappedBy((t, r) -> mapper.apply(r))
			.one()
			.map(found -> {
				@SuppressWarnings("unchecked")
				T typed = (T) found;
				return typed;
			})
			.orElseThrow(() -> new NotFoundException(what, id));
	}

}
