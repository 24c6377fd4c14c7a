package no.styringskart.seed;

import java.util.Optional;

import no.styringskart.shared.Fold;

/**
 * A source paper prepared for quote lookup: whitespace runs (newlines included) folded to one space, with a
 * map back to the original line numbers so every quote gets its line range.
 */
final class SourceText {

	private final String folded;

	private final int[] lineOfFoldedChar;

	private SourceText(String folded, int[] lineOfFoldedChar) {
		this.folded = folded;
		this.lineOfFoldedChar = lineOfFoldedChar;
	}

	static SourceText of(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		int[] lines = new int[text.length() + 1];
		int line = 1;
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Fold.isSpace(c)) {
				pendingSpace = folded.length() > 0;
			}
			else {
				if (pendingSpace) {
					lines[folded.length()] = line;
					folded.append(' ');
					pendingSpace = false;
				}
				lines[folded.length()] = line;
				folded.append(c);
			}
			if (c == '\n') {
				line++;
			}
		}
		return new SourceText(folded.toString(), lines);
	}

	/** Where the quote first occurs, as 1-based first and last line; empty when it does not occur. */
	Optional<LineRange> locate(String quote) {
		String needle = Fold.spaces(quote);
		if (needle.isEmpty()) {
			return Optional.empty();
		}
		int at = this.folded.indexOf(needle);
		if (at < 0) {
			return Optional.empty();
		}
		return Optional.of(new LineRange(this.lineOfFoldedChar[at], this.lineOfFoldedChar[at + needle.length() - 1]));
	}

	record LineRange(int first, int last) {

		@Override
		public String toString() {
			return (this.first == this.last) ? String.valueOf(this.first) : this.first + "-" + this.last;
		}

	}

}
