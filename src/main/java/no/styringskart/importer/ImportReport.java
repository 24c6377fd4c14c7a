package no.styringskart.importer;

import java.util.List;

/**
 * What the importer made of a paper, for the analyst who reviews the draft: what it recognised, what it is
 * unsure of, what it skipped, each with the lines it concerns, and how every name was resolved.
 */
record ImportReport(List<Item> recognised, List<Item> uncertain, List<Item> skipped, List<Resolved> resolutions) {

	/**
	 * @param kind what sort of thing ("meeting", "participant", "sak", "decision", "organisation" …)
	 * @param description what was found or why it is doubtful or skipped
	 * @param firstLine first line it concerns (1-based; 0 for the paper as a whole)
	 * @param lastLine last line
	 */
	record Item(String kind, String description, int firstLine, int lastLine) {

		public String lines() {
			return (this.firstLine == this.lastLine) ? String.valueOf(this.firstLine) : this.firstLine + "-" + this.lastLine;
		}

	}

	/**
	 * @param entityType PERSON or ORGANISATION
	 * @param resolution how the name was resolved, with its candidates
	 * @param draftId the id the draft uses for it (the linked id, or the new declaration's)
	 * @param line where the name is
	 */
	record Resolved(String entityType, Resolution resolution, String draftId, int line) {
	}

}
