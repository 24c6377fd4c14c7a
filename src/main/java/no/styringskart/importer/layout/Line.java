package no.styringskart.importer.layout;

/**
 * One logical line of a paper: a heading, a label and its value, a list item or a run of text, cut from a
 * physical line that may hold a whole transcript page.
 *
 * @param text the logical line, verbatim from the paper (whitespace folded, bullets kept)
 * @param source the physical line it comes from (1-based, as the seed loader numbers them)
 * @param runOn whether it was cut from a run-on physical line (a transcript page, several labels on a line), so
 *        a title in it may run on into the text after it
 */
public record Line(String text, int source, boolean runOn) {

	/** The text without a leading bullet or dash ("• ", "- ", "– "). */
	public String item() {
		return this.text.replaceFirst("^[•·▪◦*\\-–—]\\s*", "").strip();
	}

	/** Whether the line is a list item: it starts with a bullet or a dash. */
	public boolean bulleted() {
		return this.text.matches("^[•·▪◦*\\-–—]\\s+.*");
	}

}
