package no.styringskart.importer.read;

import no.styringskart.importer.layout.Line;

/**
 * One sak of the agenda as written.
 *
 * @param number the sak number as written ("01/15", "1/2014", "3"), or null where the paper gives none or a
 *        transcript lost it
 * @param title the title
 * @param presenter who presents it ("Difi/Ingelin Killengreen"), as written, or null
 * @param line the line that opens it
 */
public record Sak(String number, String title, String presenter, Line line) {
}
