package no.styringskart.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import no.styringskart.shared.Fold;

/**
 * What the importer did not use: every stretch of the paper that no recognised, doubted or skipped item covers,
 * named by its first line, so a reviewer sees which sections (background text, tables of other kinds, appendices)
 * the draft says nothing about.
 */
final class UnusedText {

	private static final int NAME_LENGTH = 70;

	private UnusedText() {
	}

	/** The stretches neither the report's items nor the draft's meeting evidence cover. */
	static List<ImportReport.Item> of(PaperText text, List<ImportReport.Item> reported, List<Draft.Meeting> meetings) {
		BitSet used = new BitSet(text.lineCount() + 2);
		for (ImportReport.Item item : reported) {
			if (item.firstLine() > 0) {
				used.set(item.firstLine(), item.lastLine() + 1);
			}
		}
		for (Draft.Meeting meeting : meetings) {
			meeting.evidence().forEach(q -> used.set(q.firstLine(), q.lastLine() + 1));
			meeting.attendance().forEach(a -> used.set(a.evidence().firstLine(), a.evidence().lastLine() + 1));
			meeting.agenda().forEach(i -> i.evidence().forEach(q -> used.set(q.firstLine(), q.lastLine() + 1)));
		}
		List<ImportReport.Item> unused = new ArrayList<>();
		int n = 1;
		while (n <= text.lineCount()) {
			if (used.get(n) || text.blank(n)) {
				n++;
				continue;
			}
			int first = n;
			int last = n;
			while (n <= text.lineCount() && !used.get(n)) {
				last = text.blank(n) ? last : n;
				n++;
			}
			unused.add(new ImportReport.Item("unused text", "not used: \"" + name(text.line(first)) + "\" ("
					+ (last - first + 1) + " lines)", first, last));
		}
		return unused;
	}

	private static String name(String line) {
		String stripped = Fold.spaces(line).strip();
		return (stripped.length() <= NAME_LENGTH) ? stripped : stripped.substring(0, NAME_LENGTH) + "…";
	}

}
