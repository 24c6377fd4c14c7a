package no.styringskart.importer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalising stage: turns a paper's text (typed, extracted from a PDF, or flattened from HTML) into
 * logical lines. Page numbers, running headers and download or navigation furniture are left out with a
 * reason; a label ("Sted:", "Møtetid:") starts a line wherever it stands; a transcript that puts a whole page
 * on one line is cut before its section words, sak numbers and numbered points. Every pattern is linear in the
 * line, so the work per line is bounded by its length.
 */
public final class PaperLayout {

	/** A line this long is a run-on transcript page rather than a line a writer typed. */
	static final int RUN_ON = 160;

	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:side\\s+)?\\d{1,3}(?:\\s+(?:av|/)\\s+\\d{1,3})?$");

	private static final Pattern PAGE_MARK = Pattern.compile("(?i)\\s*\\bside\\s+\\d{1,3}\\s+av\\s+\\d{1,3}\\b");

	private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:størrelse:\\s*px|begynne med side:?|download\\s+\".*"
			+ "|transkript|save this pdf as:?|word\\s+png\\s+txt\\s+jpg|hopp til (?:hovedinnhold|hovudinnhald|innhold)"
			+ "|publisert:.*|sist endret:.*|del på .*|skriv ut)$");

	/** Labels that open a field or a list, recognised anywhere in a line when a capital and a colon mark them. */
	private static final Pattern LABEL = Pattern.compile("(?<=\\s)(?:Møtested|Møtestad|Møtetidspkt|Møtetidspunkt|Møtetid"
			+ "|Tidspunkt|Sted|Stad|Dato|Tid|Tema|Møteleder|Møteleiar|Referent|Tilstede|Til stede|Forfall|Fravær|Fråvær"
			+ "|Frafall|Deltakere|Deltakarar|Sekretariatet|Sekretariat|Leder|Leiar|Fra|Frå|Til|Observatører|Observatør"
			+ "|Bisittere|Bisitjarar|Innkalt av|Kopi|Sak/merknad)\\s?:");

	/** Section words a run-on transcript page runs into the text before them, without a colon. */
	private static final Pattern SECTION = Pattern.compile("(?<=\\s)(?:Deltakere|Deltakarar|Fra sekretariatet"
			+ "|Frå sekretariatet|Forfall|Tilstede|Saksliste|Sakliste|Dagsorden|Medlemmer|Medlemmar)(?=\\s)");

	/** "72/15 Godkjenning", "1/2014 Godkjenning", or a number the transcript lost ("/15 Godkjenning"). */
	private static final Pattern SAK_START = Pattern.compile("(?<=\\s)(\\d{1,3})?/(?:\\d{4}|\\d{2})\\s+(?=[\\p{Lu}«\"])");

	/** "Sak 3 Godkjenning", "Sak 3/21: Godkjenning": a capital S opens a sak; "sak 3" in running text refers to one. */
	private static final Pattern SAK_HEADING = Pattern.compile("(?<=\\s)Sak\\s+\\d{1,3}(?:/(?:\\d{4}|\\d{2}))?\\s*[:.]?\\s+(?=\\p{Lu})");

	/** "1. Innledning" inside a run-on page. */
	private static final Pattern NUMBERED_POINT = Pattern.compile("(?<=\\s)\\d{1,2}\\.\\s+(?=[\\p{Lu}«])");

	private static final Pattern INLINE_BULLET = Pattern.compile("(?<=\\s)[•▪](?=\\s)");

	private static final Pattern LEADING_PAGE = Pattern.compile("^\\d{1,3}\\s+(?=\\D)");

	private PaperLayout() {
	}

	public static Layout of(String text) {
		String[] physical = text.split("\n", -1);
		Map<String, Integer> repeats = new HashMap<>();
		for (String line : physical) {
			String key = fold(line);
			if (!key.isEmpty() && key.length() <= 100) {
				repeats.merge(key, 1, Integer::sum);
			}
		}
		List<Line> lines = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		List<String> previousPage = null;
		for (int i = 0; i < physical.length; i++) {
			int source = i + 1;
			String line = fold(physical[i]);
			if (line.isEmpty()) {
				continue;
			}
			if (PAGE_NUMBER.matcher(line).matches()) {
				skipped.add(new Skipped(source, "page number"));
				continue;
			}
			if (FURNITURE.matcher(line).matches()) {
				skipped.add(new Skipped(source, "download or navigation furniture of the page, not the paper"));
				continue;
			}
			if (repeats.getOrDefault(line, 0) >= 3 && !line.matches("^[•·\\-–].*")) {
				skipped.add(new Skipped(source, "running header or footer (the same line " + repeats.get(line)
						+ " times)"));
				continue;
			}
			line = PAGE_MARK.matcher(line).replaceAll("").strip();
			if (line.length() >= RUN_ON) {
				Matcher page = LEADING_PAGE.matcher(line);
				if (page.find()) {
					line = line.substring(page.end());
					List<String> words = List.of(line.split(" "));
					int header = (previousPage == null) ? 0 : commonPrefix(previousPage, words);
					if (previousPage == null || header < 3) {
						previousPage = words;
					}
					else {
						line = String.join(" ", words.subList(header, words.size()));
					}
				}
			}
			List<String> pieces = cut(line);
			boolean runOn = pieces.size() > 1 || line.length() >= RUN_ON;
			for (String piece : pieces) {
				lines.add(new Line(piece, source, runOn));
			}
		}
		return new Layout(lines, skipped);
	}

	/** The line cut before each label, and a run-on page also before its section words, saker and points. */
	static List<String> cut(String line) {
		TreeSet<Integer> cuts = new TreeSet<>();
		starts(LABEL, line, cuts);
		starts(INLINE_BULLET, line, cuts);
		starts(SAK_HEADING, line, cuts);
		if (line.length() >= RUN_ON) {
			starts(SECTION, line, cuts);
			Matcher sak = SAK_START.matcher(line);
			while (sak.find()) {
				if (!referenceWord(line, sak.start())) {
					cuts.add(sak.start());
				}
			}
			starts(NUMBERED_POINT, line, cuts);
		}
		List<String> pieces = new ArrayList<>();
		int from = 0;
		for (int at : cuts) {
			addPiece(pieces, line.substring(from, at));
			from = at;
		}
		addPiece(pieces, line.substring(from));
		return pieces;
	}

	private static void starts(Pattern pattern, String line, TreeSet<Integer> cuts) {
		Matcher m = pattern.matcher(line);
		while (m.find()) {
			if (m.start() > 0) {
				cuts.add(m.start());
			}
		}
	}

	/** "sak 01/15", "og 02/14", "i 1/22": a number in running text that refers to a sak, not one that opens it. */
	private static boolean referenceWord(String line, int at) {
		int end = at - 1;
		while (end > 0 && line.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
			start--;
		}
		String word = line.substring(start, end).toLowerCase(java.util.Locale.ROOT);
		return word.equals("sak") || word.equals("saker") || word.equals("og") || word.equals("i") || word.equals("nr")
				|| word.equals("jf") || word.equals("se");
	}

	private static void addPiece(List<String> pieces, String piece) {
		String trimmed = piece.strip();
		if (!trimmed.isEmpty()) {
			pieces.add(trimmed);
		}
	}

	private static int commonPrefix(List<String> a, List<String> b) {
		int n = 0;
		while (n < a.size() && n < b.size() && n < 12 && a.get(n).equals(b.get(n))) {
			n++;
		}
		return n;
	}

	/** Non-breaking spaces and runs of whitespace folded to one space; markup of a text export removed. */
	static String fold(String line) {
		StringBuilder out = new StringBuilder(line.length());
		boolean space = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00a0') {
				space = out.length() > 0;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

}
