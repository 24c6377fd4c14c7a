package no.styringskart.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of each sak after the agenda: where it starts (its number at the start of a line, "Sak 9/21" on a
 * slide), its "Forslag til vedtak" and "Vedtak", and its "Vedlegg N:" titles. A value runs from its label to
 * the end of its cell or paragraph.
 */
final class SakSections {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String LEAD = "(?:^|\\t)[\\s>*#•-]*(?:<[^>]{1,20}>\\s*)*";

	static final Pattern PROPOSED = Pattern.compile(LEAD + OcrRepair.tolerant("Forslag til vedtak")
			+ "\\s*:?\\s*(?:</[^>]{1,20}>\\s*)*:?", FLAGS);

	static final Pattern DECISION = Pattern.compile(LEAD + OcrRepair.tolerant("Vedtak")
			+ "(?:\\s+oppdatert)?\\s*:\\s*(?:</[^>]{1,20}>\\s*)*", FLAGS);

	private static final Pattern ATTACHMENT = Pattern.compile("(?:<[^>]{1,20}>\\s*)*(" + OcrRepair.tolerant("Vedlegg")
			+ "\\s*\\d+[A-Z]?\\s*:)\\s*(?:</[^>]{1,20}>\\s*)*", FLAGS);

	private SakSections() {
	}

	/**
	 * The details of the numbered saker in {@code rows}, looked for in lines {@code from..to} (after the agenda).
	 * Saker whose text is not found have no entry.
	 */
	static Map<String, SakDetail> read(PaperText text, List<AgendaRow> rows, int from, int to) {
		Map<String, Integer> starts = new LinkedHashMap<>();
		for (AgendaRow row : rows) {
			if (row.number() == null) {
				continue;
			}
			Pattern start = Pattern.compile("^[\\s>*#|]*(?:<[^>]{1,20}>\\s*)*(?:Sak\\s+)?" + Pattern.quote(row.number())
					+ "(?![\\d/])", FLAGS);
			for (int n = from; n <= to; n++) {
				if (start.matcher(text.line(n)).find()) {
					starts.put(row.number(), n);
					break;
				}
			}
		}
		List<Integer> lines = starts.values().stream().sorted().toList();
		Map<String, SakDetail> details = new LinkedHashMap<>();
		starts.forEach((number, start) -> {
			int next = lines.stream().filter(l -> l > start).findFirst().orElse(to + 1);
			details.put(number, detail(text, start, next - 1));
		});
		return details;
	}

	/** The proposed decision, decision and attachments in lines {@code first..last}. */
	static SakDetail detail(PaperText text, int first, int last) {
		SakDetail.Text proposed = null;
		SakDetail.Text decision = null;
		List<String> attachments = new ArrayList<>();
		List<Quote> evidence = new ArrayList<>();
		List<String> uncertain = new ArrayList<>();
		for (int n = first; n <= last; n++) {
			String line = text.line(n);
			Matcher p = PROPOSED.matcher(line);
			Matcher d = DECISION.matcher(line);
			if (proposed == null && p.find()) {
				proposed = value(text, n, p.end(), last, uncertain);
			}
			else if (d.find()) {
				decision = value(text, n, d.end(), last, uncertain);
			}
			Matcher a = ATTACHMENT.matcher(line);
			while (a.find()) {
				String title = attachment(text, n, a, last);
				if (!title.isEmpty()) {
					attachments.add(title);
					evidence.add(Quote.of(cell(line, a.start()), n, n));
				}
			}
		}
		for (SakDetail.Text t : new SakDetail.Text[] { proposed, decision }) {
			if (t != null) {
				evidence.add(t.evidence());
			}
		}
		return new SakDetail(proposed, decision, attachments, evidence, first, last, uncertain);
	}

	/** A value from {@code at} on line {@code n} to the end of its cell, or the paragraph below an empty label. */
	private static SakDetail.Text value(PaperText text, int n, int at, int last, List<String> uncertain) {
		String line = text.line(n);
		String rest = line.substring(at);
		boolean beside = ATTACHMENT.matcher(rest).find();
		String sameLine = cutAtCell(rest);
		Matcher other = ATTACHMENT.matcher(sameLine);
		if (other.find()) {
			sameLine = sameLine.substring(0, other.start());
		}
		if (!PaperText.clean(sameLine).isEmpty()) {
			String value = PaperText.clean(sameLine);
			return new SakDetail.Text(value, Quote.of(cell(line, at), n, n));
		}
		// the value is the paragraph under the label
		StringBuilder paragraph = new StringBuilder();
		int firstLine = -1;
		int lastLine = n;
		for (int k = n + 1; k <= last; k++) {
			String next = text.line(k);
			if (next.isBlank()) {
				if (firstLine > 0 && !goesOn(paragraph.toString(), nextNonBlank(text, k, last))) {
					break;
				}
				continue;
			}
			if (PROPOSED.matcher(next).find() || DECISION.matcher(next).find() || ATTACHMENT.matcher(next).lookingAt()
					|| isHeading(next)) {
				break;
			}
			firstLine = (firstLine < 0) ? k : firstLine;
			lastLine = k;
			paragraph.append(joinWrapped(paragraph, cutAtCell(next)));
		}
		if (firstLine < 0) {
			return null;
		}
		String value = PaperText.clean(paragraph.toString());
		if (beside) {
			// another column (its attachment list) ran into the paragraph: keep whole sentences only
			int end = value.lastIndexOf(". ");
			if (end > 0 && !value.matches(".*[.!?)]$")) {
				uncertain.add("text after \"" + value.substring(0, end + 1) + "\" looked like a neighbouring column and "
						+ "was cut: \"" + value.substring(end + 2) + "\"");
				value = value.substring(0, end + 1);
			}
		}
		return new SakDetail.Text(value, text.quote(firstLine, lastLine));
	}

	private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(\\d{1,2})[.)]\\s");

	/**
	 * Whether a value goes on past a blank line: a sentence cut off before a line starting in lower case (OCR
	 * doubles line breaks), or a numbered list of decisions whose next item follows ("1. …" then "2. …").
	 */
	private static boolean goesOn(String paragraph, String next) {
		if (next == null || PROPOSED.matcher(next).find() || DECISION.matcher(next).find() || isHeading(next)) {
			return false;
		}
		if (!paragraph.strip().matches("(?s).*[.!?:;)]$") && next.strip().matches("^\\p{Ll}.*")) {
			return true;
		}
		Matcher first = ITEM_NUMBER.matcher(paragraph);
		Matcher following = ITEM_NUMBER.matcher(next);
		if (!first.find() || !following.find()) {
			return false;
		}
		int items = 1;
		for (Matcher item = Pattern.compile("(?:^|\\s)(\\d{1,2})[.)]\\s").matcher(paragraph); item.find();) {
			items = Math.max(items, Integer.parseInt(item.group(1)));
		}
		return first.group(1).equals("1") && Integer.parseInt(following.group(1)) == items + 1;
	}

	private static String nextNonBlank(PaperText text, int from, int last) {
		for (int k = from + 1; k <= last; k++) {
			if (!text.blank(k)) {
				return text.line(k);
			}
		}
		return null;
	}

	/** A wrapped line joined to the text before it: "e-" + "helse" is "e-helse", otherwise a space between. */
	private static String joinWrapped(StringBuilder before, String line) {
		String trimmed = line.strip();
		if (before.isEmpty()) {
			return trimmed;
		}
		boolean hyphenated = before.toString().matches("(?s).*\\p{L}-$") && trimmed.matches("^\\p{Ll}.*");
		return hyphenated ? trimmed : " " + trimmed;
	}

	private static boolean isHeading(String line) {
		String clean = PaperText.clean(line);
		return line.strip().startsWith("#") || clean.matches("(?i)(hensikt med saken|bakgrunn|innspill|overskrift)\\s*:?");
	}

	private static String attachment(PaperText text, int n, Matcher label, int last) {
		String line = text.line(n);
		String title = cutAtCell(line.substring(label.end()));
		Matcher next = ATTACHMENT.matcher(title);
		if (next.find()) {
			title = title.substring(0, next.start());
		}
		StringBuilder value = new StringBuilder(title.strip());
		if (value.isEmpty()) {
			// the title wraps in a narrow column under its label
			for (int k = n + 1; k <= Math.min(last, n + 6) && !text.blank(k); k++) {
				if (PROPOSED.matcher(text.line(k)).find() || ATTACHMENT.matcher(text.line(k)).find()) {
					break;
				}
				value.append(joinWrapped(value, text.line(k)));
			}
		}
		String clean = PaperText.clean(value.toString());
		return clean.isEmpty() ? "" : PaperText.clean(label.group(1)) + " " + clean;
	}

	/** The cell of a tab-separated line that starts at or after {@code at}. */
	private static String cell(String line, int at) {
		int start = line.lastIndexOf('\t', Math.max(0, at - 1)) + 1;
		int end = line.indexOf('\t', Math.max(at, start));
		return line.substring(start, (end < 0) ? line.length() : end);
	}

	private static String cutAtCell(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0) ? text : text.substring(0, tab);
	}

}
