package no.styringskart.importer.layout;

/**
 * A physical line the layout stage left out, and why (page number, running header, download boilerplate).
 *
 * @param source the line (1-based)
 * @param reason why it carries nothing to read
 */
public record Skipped(int source, String reason) {
}
