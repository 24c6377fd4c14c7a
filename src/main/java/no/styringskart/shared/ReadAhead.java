package no.styringskart.shared;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Value;

/**
 * A field that a lookup by id can read in its own query when the request selects it, leaving the field's own
 * data fetcher nothing to ask Neo4j ({@link Neighbours}). Each query is a round trip, which on a page about one
 * node is most of its time.
 */
public interface ReadAhead {

	/** The GraphQL type of the node looked up, which is also its label. */
	String type();

	/** True when the request selects this field of the node looked up. */
	boolean selectedIn(DataFetchingFieldSelectionSet selection);

	/** A column of the lookup's query, computed from its node {@code n}, named as the field. */
	String column(DataFetchingFieldSelectionSet selection);

	/**
	 * Keeps what the column read as the field's value for {@code node}, for its data fetcher to find
	 * ({@code selection} as given to {@link #column}).
	 */
	void keep(GraphQLContext context, Object node, Value value, DataFetchingFieldSelectionSet selection);

}
