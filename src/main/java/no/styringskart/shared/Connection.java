package no.styringskart.shared;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list in the GraphQL Cursor Connections shape, with the total count of the filtered list.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public record Edge<T>(T node, String cursor) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * Builds the page from up to {@code first + 1} rows fetched after the cursor: the extra row only tells
	 * that there is a next page.
	 */
	public static <T> Connection<T> of(List<T> rows, PageRequest page, long totalCount, Function<T, String> cursor) {
		boolean hasNext = rows.size() > page.first();
		List<T> nodes = hasNext ? rows.subList(0, page.first()) : rows;
		List<Edge<T>> edges = nodes.stream().map(n -> new Edge<>(n, cursor.apply(n))).toList();
		return new Connection<>(edges,
				new PageInfo(hasNext, page.after() != null, edges.isEmpty() ? null : edges.getFirst().cursor(),
						edges.isEmpty() ? null : edges.getLast().cursor()),
				totalCount);
	}

}
