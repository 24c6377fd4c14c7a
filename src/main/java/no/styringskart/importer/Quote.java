package no.styringskart.importer;

import no.styringskart.shared.Fold;

/**
 * Evidence: verbatim text of the paper (whitespace folded, as the loader compares) and the lines it spans.
 *
 * @param text the passage, never containing {@code ...} (the seed format forbids it)
 * @param firstLine first line, 1-based
 * @param lastLine last line
 */
record Quote(String text, int firstLine, int lastLine) {

	/** Longest quote kept; the start of a longer passage still proves where it is. */
	static final int MAX_LENGTH = 240;

	static Quote of(String text, int firstLine, int lastLine) {
		String folded = Fold.spaces(text);
		int ellipsis = folded.indexOf("...");
		if (ellipsis >= 0) {
			folded = folded.substring(0, ellipsis).strip();
		}
		if (folded.length() > MAX_LENGTH) {
			int cut = folded.lastIndexOf(' ', MAX_LENGTH);
			folded = folded.substring(0, (cut > 40) ? cut : MAX_LENGTH);
		}
		return new Quote(folded, firstLine, lastLine);
	}

	String lines() {
		return (this.firstLine == this.lastLine) ? String.valueOf(this.firstLine) : this.firstLine + "-" + this.lastLine;
	}

}
