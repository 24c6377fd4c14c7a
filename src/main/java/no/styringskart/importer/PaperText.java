package no.styringskart.importer;

import java.util.Arrays;
import java.util.List;

import no.styringskart.shared.Fold;

/**
 * A paper's lines, numbered from 1 the way the seed loader numbers them. The text itself is never changed:
 * matching works on keys made from it ({@link OcrRepair}), evidence quotes are spans of the original lines.
 */
final class PaperText {

	private final List<String> lines;

	private PaperText(List<String> lines) {
		this.lines = lines;
	}

	static PaperText of(String text) {
		// only '\n' ends a line for the loader; a trailing '\r' is whitespace like any other
		return new PaperText(Arrays.asList(text.split("\n", -1)));
	}

	int lineCount() {
		return this.lines.size();
	}

	/** Line {@code number} (1-based), or "" outside the paper. */
	String line(int number) {
		return (number >= 1 && number <= this.lines.size()) ? this.lines.get(number - 1) : "";
	}

	boolean blank(int number) {
		return line(number).isBlank();
	}

	/** Lines {@code first..last} joined as the loader sees them: a quote that is sure to be found. */
	Quote quote(int first, int last) {
		StringBuilder text = new StringBuilder();
		for (int n = first; n <= last; n++) {
			text.append(line(n)).append(' ');
		}
		return Quote.of(text.toString(), first, last);
	}

	/** Lines {@code first..last}, each ended by a newline: a section's text. */
	String joined(int first, int last) {
		StringBuilder text = new StringBuilder();
		for (int n = first; n <= last; n++) {
			text.append(line(n)).append('\n');
		}
		return text.toString();
	}

	/** Markup that survives extraction ({@code <b>}, {@code <p>}, Markdown emphasis) removed, for values. */
	static String clean(String text) {
		String plain = text.replaceAll("<[^>]{1,200}>", " ").replace("**", " ").replaceAll("^\\s*#+\\s*", " ");
		return Fold.spaces(plain.replace('\u00a0', ' '));
	}

}
