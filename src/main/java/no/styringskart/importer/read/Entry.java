package no.styringskart.importer.read;

import no.styringskart.importer.layout.Line;

/**
 * A person a participant section names, as written, before resolution.
 *
 * @param name the name as written
 * @param organisation the organisation as written, or null when the paper does not pair them
 * @param role medlem, leder, vara, observator, bisitter, sekretariat, gjest or innleder
 * @param status present, absent, partial or invited
 * @param note what the paper adds ("sak 2/20", "pva Lars Peder Brekk", "permisjon"), or null
 * @param line the logical line it stands in
 * @param written the passage naming the person, verbatim
 */
public record Entry(String name, String organisation, String role, String status, String note, Line line,
		String written) {
}
