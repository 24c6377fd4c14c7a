package no.styringskart.importer;

import java.util.List;

/**
 * What a sak's own text says beyond its agenda row.
 *
 * @param proposedDecision "Forslag til vedtak", or null
 * @param decision "Vedtak" (from a referat), or null
 * @param attachments "Vedlegg N: title" as written (markup removed)
 * @param evidence the passages these come from
 * @param firstLine where the sak's text starts
 * @param lastLine where it ends
 * @param uncertain what may be wrong with it, for the report (e.g. text from a neighbouring column cut off)
 */
record SakDetail(Text proposedDecision, Text decision, List<String> attachments, List<Quote> evidence, int firstLine,
		int lastLine, List<String> uncertain) {

	/** A value and the passage it was read from. */
	record Text(String value, Quote evidence) {
	}

}
