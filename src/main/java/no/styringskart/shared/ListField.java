package no.styringskart.shared;

import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/**
 * A list field of a node type whose items one Cypher pattern reaches from the parent node {@code n}. The pattern
 * is read in one of two ways: batch-loaded for all parents of a request level
 * ({@link Related#many(GraphQLContext, java.util.Collection, java.util.function.Function, ListField)}), or read
 * ahead in the very query that looks the parent up by id when the request selects the field ({@link Lookup}).
 *
 * @param type the GraphQL type of the parent, which is also its node label
 * @param name the field's name in the schema
 * @param pattern what {@code MATCH} follows, starting from {@code n}
 * @param row a map expression with what an item needs, the neighbours it hands on included
 * @param order the items' order, complete so that both ways give the same
 * @param mapper maps a row to an item, recording the neighbours it read along ({@link Neighbours})
 */
public record ListField<C>(String type, String name, String pattern, String row, String order, Mapper<C> mapper)
		implements ReadAhead {

	/** Maps one row of a list field to its item. */
	@FunctionalInterface
	public interface Mapper<C> {

		C map(MapAccessor row, GraphQLContext context);

	}

	/** A list of the nodes that {@code variable} stands for in {@code pattern}, each mapped on its own. */
	public static <C> ListField<C> ofNodes(String type, String name, String pattern, String variable, String order,
			Function<? super Node, C> mapper) {
		return new ListField<>(type, name, pattern, "{%1$s: %1$s}".formatted(variable), order,
				(row, context) -> mapper.apply(row.get(variable).asNode()));
	}

	/** The key under which values read ahead are kept for the request ({@link Neighbours}). */
	String key() {
		return this.type + "." + this.name;
	}

	/** One row per item of every parent in {@code $ids}, with the parent's id in {@code id}. */
	String batchQuery() {
		return "UNWIND $ids AS id MATCH (n:%s {id: id}) MATCH %s RETURN id, %s AS row ORDER BY %s".formatted(this.type,
				this.pattern, this.row, this.order);
	}

	@Override
	public boolean selectedIn(DataFetchingFieldSelectionSet selection) {
		return selection.contains(this.name);
	}

	/** The items in the same order as the batch query gives them. */
	@Override
	public String column(DataFetchingFieldSelectionSet selection) {
		return "COLLECT { MATCH %s RETURN %s ORDER BY %s } AS %s".formatted(this.pattern, this.row, this.order,
				this.name);
	}

	@Override
	public void keep(GraphQLContext context, Object node, Value value, DataFetchingFieldSelectionSet selection) {
		Neighbours.put(context, key(), node, value.asList(item -> this.mapper.map(item, context)));
	}

}
