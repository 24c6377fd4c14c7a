package no.styringskart.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;

/** Finds one node of a label by its id, or reports NOT_FOUND naming what was asked for. */
public final class Lookup {

	private Lookup() {
	}

	public static <T> T byId(ReadQueries neo4j, String label, String what, String id, Function<MapAccessor, T> mapper) {
		return byId(neo4j, label, what, id, List.of(), row -> mapper.apply(row.get("n").asNode()));
	}

	/**
	 * As {@link #byId(ReadQueries, String, String, String, Function)}, reading in the same query those of
	 * {@code fields} that the request selects of the node; their data fetchers then take them as read.
	 */
	public static <T> T byId(ReadQueries neo4j, String label, String what, String id, Function<MapAccessor, T> mapper,
			DataFetchingEnvironment environment, List<? extends ReadAhead> fields) {
		DataFetchingFieldSelectionSet selection = environment.getSelectionSet();
		List<? extends ReadAhead> selected = fields.stream().filter(field -> field.selectedIn(selection)).toList();
		GraphQLContext context = environment.getGraphQlContext();
		List<String> columns = selected.stream().map(field -> field.column(selection)).toList();
		return byId(neo4j, label, what, id, columns, row -> {
			T node = mapper.apply(row.get("n").asNode());
			for (int i = 0; i < selected.size(); i++) {
				selected.get(i).keep(context, node, row.get(i + 1), selection);
			}
			return node;
		});
	}

	private static <T> T byId(ReadQueries neo4j, String label, String what, String id, List<String> columns,
			Function<Record, T> mapper) {
		if (id == null || id.isBlank()) {
			throw new BadRequestException("id of the " + what + " must not be empty");
		}
		String cypher = "MATCH (n:%s {id: $id}) RETURN n".formatted(label)
				+ columns.stream().map(column -> ", " + column).collect(Collectors.joining());
		return neo4j.one(cypher, Map.of("id", id), mapper).orElseThrow(() -> new NotFoundException(what, id));
	}

}
