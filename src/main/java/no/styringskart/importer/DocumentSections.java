package no.styringskart.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a paper file into its papers: each meeting header (with the lines up to the next one) is an innkalling
 * or a referat, and each toppnotat header block ("Til Møte", "Dato", "Saksnummer", "Type", "Fra",
 * "Saksbehandler") starts a toppnotat. Files hold several: the innkalling, the last referat, the toppnotater.
 */
final class DocumentSections {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern CASE_NUMBER_LABEL = Pattern.compile("^[\\s>*#•-]*(?:<[^>]{1,20}>\\s*)*"
			+ OcrRepair.tolerant("Saksnummer") + "\\b", FLAGS);

	private static final Pattern REFERAT_HEADING = Pattern.compile("^[\\s>*#•\\-\"]*(?:<[^>]{1,20}>\\s*)*(?:"
			+ OcrRepair.tolerant("Utkast") + "\\s+|" + OcrRepair.tolerant("Endelig") + "\\s+)?"
			+ OcrRepair.tolerant("Referat") + "\\b", FLAGS);

	/** Lines a header's fields may spread over. */
	private static final int HEADER_SPAN = 10;

	/** One paper in the file. */
	record Part(Kind kind, int start, int headerStart, int headerEnd, int end) {
	}

	enum Kind {

		INNKALLING("innkalling"), REFERAT("referat");

		final String paper;

		Kind(String paper) {
			this.paper = paper;
		}

	}

	/** The file's meeting papers and the first lines of its toppnotat header blocks. */
	record Sections(List<Part> meetings, List<Integer> toppnotater) {
	}

	private DocumentSections() {
	}

	static Sections split(PaperText text) {
		List<Integer> toppnotater = new ArrayList<>();
		for (int n = 1; n <= text.lineCount(); n++) {
			// "Saksnummer" opens a toppnotat header, unless it heads an agenda table's first column
			if (CASE_NUMBER_LABEL.matcher(text.line(n)).find() && !AgendaTables.isHeader(text.line(n))) {
				toppnotater.add(n);
			}
		}
		List<int[]> clusters = new ArrayList<>();
		for (int n = 1; n <= text.lineCount(); n++) {
			if (!anchors(text, n) || nearToppnotat(toppnotater, n)) {
				continue;
			}
			int[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
			if (last != null && n - last[1] <= HEADER_SPAN) {
				last[1] = n;
			}
			else {
				clusters.add(new int[] { n, n });
			}
		}
		// a cluster without a date is a line that only looks like a header ("Møte med KS …")
		clusters.removeIf(c -> MeetingHeader.read(text, c[0], c[1] + 2).date() == null);
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < clusters.size(); i++) {
			int[] cluster = clusters.get(i);
			int previousEnd = (i == 0) ? 0 : clusters.get(i - 1)[1];
			int start = Math.max(previousEnd + 1, cluster[0] - 4);
			boolean referat = false;
			for (int k = start; k <= cluster[1]; k++) {
				referat |= REFERAT_HEADING.matcher(text.line(k)).find();
			}
			int next = (i + 1 < clusters.size()) ? clusters.get(i + 1)[0] - 4 : text.lineCount() + 1;
			for (int t : toppnotater) {
				if (t > cluster[1] && t - 4 < next) {
					next = t - 4;
				}
			}
			parts.add(new Part(referat ? Kind.REFERAT : Kind.INNKALLING, start, cluster[0], cluster[1],
					Math.max(cluster[1], next - 1)));
		}
		return new Sections(parts, toppnotater);
	}

	/** A line that makes a meeting header: "Møte 1/2021", "Dato …" with a date, or a date alone after "Møte". */
	private static boolean anchors(PaperText text, int n) {
		String line = text.line(n);
		if (MeetingHeader.DATE.matcher(line).find()) {
			return true;
		}
		var meeting = MeetingHeader.MEETING.matcher(line);
		return meeting.find() && !meeting.group(1).isBlank();
	}

	private static boolean nearToppnotat(List<Integer> toppnotater, int n) {
		return toppnotater.stream().anyMatch(t -> Math.abs(t - n) <= 8);
	}

}
