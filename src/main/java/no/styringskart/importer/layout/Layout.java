package no.styringskart.importer.layout;

import java.util.List;

/**
 * A paper normalised into logical lines, with the physical lines left out and why.
 *
 * @param lines the logical lines in reading order
 * @param skipped physical lines that carry nothing to read
 */
public record Layout(List<Line> lines, List<Skipped> skipped) {
}
