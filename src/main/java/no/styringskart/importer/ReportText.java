package no.styringskart.importer;

import java.util.List;
import java.util.Locale;

/** The import report as plain text, for the command line. */
final class ReportText {

	private ReportText() {
	}

	static String of(ImportReport report) {
		StringBuilder text = new StringBuilder();
		section(text, "Recognised", report.recognised());
		section(text, "Uncertain (review these)", report.uncertain());
		section(text, "Skipped", report.skipped());
		text.append("Names (").append(report.resolutions().size()).append("):\n");
		for (ImportReport.Resolved r : report.resolutions()) {
			Match best = r.resolution().best();
			text.append(String.format(Locale.ROOT, "  %-12s line %-5d %-8s %s -> %s%s%n", r.entityType(), r.line(),
					r.resolution().outcome(), r.resolution().written(), r.draftId(),
					(best != null) ? String.format(Locale.ROOT, "  [best: %s %.2f, %s]", best.id(), best.score(), best.reason())
							: ""));
		}
		return text.toString();
	}

	private static void section(StringBuilder text, String title, List<ImportReport.Item> items) {
		text.append(title).append(" (").append(items.size()).append("):\n");
		for (ImportReport.Item item : items) {
			text.append("  lines ").append(item.lines()).append("  ").append(item.kind()).append(": ")
				.append(item.description()).append('\n');
		}
	}

}
