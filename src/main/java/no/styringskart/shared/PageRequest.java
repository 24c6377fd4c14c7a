package no.styringskart.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code first}/{@code after} of a connection field, checked: {@code first} in 1..{@value #MAX_PAGE_SIZE}
 * (default {@value #DEFAULT_PAGE_SIZE}), {@code after} a cursor this API issued. Cursors are keyset positions
 * (the sort key and the id of the last row), so a page is stable while the graph changes elsewhere.
 */
public record PageRequest(int first, Keyset after) {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	/** The sort field, sort key and id of the row a page continues after. */
	public record Keyset(String sort, String key, String id) {
	}

	public static PageRequest of(Integer first, String after) {
		int size = (first != null) ? first : DEFAULT_PAGE_SIZE;
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("first must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
		}
		return new PageRequest(size, (after != null) ? decode(after) : null);
	}

	public static String cursor(String sort, String key, String id) {
		String raw = sort + '\u0000' + ((key != null) ? key : "") + '\u0000' + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	private static Keyset decode(String cursor) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			String[] parts = raw.split("\u0000", -1);
			if (parts.length != 3) {
				throw new IllegalArgumentException();
			}
			return new Keyset(parts[0], parts[1], parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("after is not a cursor issued by this API: '" + cursor + "'");
		}
	}

	/** Rows to fetch: one more than the page, to know whether another page follows. */
	public int limit() {
		return this.first + 1;
	}

}
