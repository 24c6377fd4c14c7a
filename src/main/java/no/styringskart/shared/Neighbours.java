package no.styringskart.shared;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;

/**
 * The one-hop neighbours a batch loader reads along with its own rows (a membership's body, an attendance's
 * meeting), and the fields a lookup by id reads with its node ({@link ReadAhead}), kept for the request so the
 * data fetchers of those fields find them instead of asking Neo4j again
 * ({@link Related#one(GraphQLContext, String, java.util.Collection, java.util.function.Function, String, java.util.function.Function)}).
 * Each query costs a round trip, which on a small answer is most of its time; a single hop more per row costs
 * next to nothing.
 * <p>
 * A field whose value was not read ahead (the neighbour is missing, or the parent came another way) is queried
 * as before, so reading ahead changes how many queries run, never what an answer holds.
 */
public final class Neighbours {

	private static final String KEY = Neighbours.class.getName();

	/** Stands for "read, and there is none", which is as much worth knowing as a value. */
	static final Object NONE = new Object();

	private Neighbours() {
	}

	/**
	 * Records that field {@code field} ({@code Type.field}) of {@code parent} is {@code value}, or that it has
	 * none when the value is null. The first value recorded for a parent stays, as a batch loader keeps the first
	 * row.
	 */
	public static void put(GraphQLContext context, String field, Object parent, Object value) {
		of(context, field).putIfAbsent(parent, (value != null) ? value : NONE);
	}

	/** The value of {@code field} read ahead for {@code parent}; empty when none was, or it was read as none. */
	public static <T> Optional<T> get(GraphQLContext context, String field, Object parent) {
		Object value = of(context, field).get(parent);
		@SuppressWarnings("unchecked")
		T typed = (T) value;
		return (value == null || value == NONE) ? Optional.empty() : Optional.of(typed);
	}

	/** The values of {@code field} read ahead in this request, by parent ({@link #NONE} for none). */
	static Map<Object, Object> of(GraphQLContext context, String field) {
		Map<String, Map<Object, Object>> fields = context.computeIfAbsent(KEY, key -> new ConcurrentHashMap<>());
		return fields.computeIfAbsent(field, key -> new ConcurrentHashMap<>());
	}

}
