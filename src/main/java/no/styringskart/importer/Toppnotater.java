package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Toppnotat header blocks: "Til Møte 1/21", "Dato 18.03.2021", "Saksnummer 3/21", "Type Orientering",
 * "Fra Karl Vestli", "Saksbehandler Sonja Turøy Brugman" — each label with its value, or (as PDF extraction
 * leaves them) a column of labels followed by a column of values. "Innretning" and "Sakseier" are the newer
 * papers' words for type and presenter.
 */
final class Toppnotater {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Map<String, Pattern> LABELS = new LinkedHashMap<>();

	static {
		for (String label : List.of("Saksbehandler", "Saksnummer", "Sakseier", "Innretning", "Til", "Dato", "Type",
				"Fra")) {
			LABELS.put(label, Pattern.compile("^[\\s>*#]*(?:<[^>]{1,20}>\\s*)*" + OcrRepair.tolerant(label)
					+ "(?:\\s*:)?(?:\\s+(.*))?$", FLAGS));
		}
	}

	/**
	 * One toppnotat header.
	 * @param sakNumber the sak it is about ("3/21"), or null when unreadable (e.g. OCR's "17125")
	 * @param date its date, or null
	 * @param presenters "Fra"/"Sakseier" as written, split into people and organisations
	 * @param presentersAttend whether the presenters come to the meeting: "Fra" names who brings the sak to it;
	 * "Sakseier" names who owns the sak (often a director), which says nothing about who attends
	 * @param caseOfficers "Saksbehandler" as written, split likewise
	 * @param evidence the header's lines
	 * @param firstLine where the header starts
	 * @param lastLine where it ends
	 */
	record Header(String sakNumber, LocalDate date, List<Named> presenters, boolean presentersAttend,
			List<Named> caseOfficers, Quote evidence, int firstLine, int lastLine) {
	}

	/** A person (with the organisation written after them, if any) or an organisation. */
	record Named(String person, String organisation) {
	}

	private Toppnotater() {
	}

	/** Reads the header around the "Saksnummer" label on line {@code at}. */
	static Header read(PaperText text, int at) {
		int first = Math.max(1, at - 3);
		int last = Math.min(text.lineCount(), at + 14);
		Map<String, String> values = new LinkedHashMap<>();
		List<String> waiting = new ArrayList<>();
		int start = at;
		int end = at;
		for (int n = first; n <= last; n++) {
			String line = text.line(n);
			if (line.isBlank()) {
				continue;
			}
			String label = label(line);
			if (label != null) {
				String value = LABELS.get(label).matcher(line).results().findFirst().map(m -> m.group(1)).orElse(null);
				start = Math.min(start, n);
				end = Math.max(end, n);
				if (value == null || value.isBlank()) {
					waiting.add(label);
				}
				else {
					values.putIfAbsent(label, PaperText.clean(value));
				}
			}
			else if (!waiting.isEmpty()) {
				values.putIfAbsent(waiting.remove(0), PaperText.clean(line));
				end = Math.max(end, n);
			}
			else if (n > at) {
				break;
			}
		}
		// a value wrapped onto the next line ("…, og Solveig" / "Tesdal, Oslo kommune")
		String number = values.get("Saksnummer");
		Matcher numbered = (number != null) ? Vocabulary.SAK_NUMBER.matcher(number) : null;
		String sak = (numbered != null && numbered.find()) ? numbered.group(1) + numbered.group(2) + numbered.group(3)
				: null;
		LocalDate date = (values.get("Dato") != null) ? Vocabulary.date(values.get("Dato")).map(Vocabulary.Found::value)
			.orElse(null) : null;
		boolean from = values.containsKey("Fra");
		String presenters = from ? values.get("Fra") : values.get("Sakseier");
		return new Header(sak, date, named(presenters), from, named(values.get("Saksbehandler")), text.quote(start, end),
				start, end);
	}

	private static String label(String line) {
		for (Map.Entry<String, Pattern> e : LABELS.entrySet()) {
			Matcher m = e.getValue().matcher(line);
			if (m.find()) {
				String value = m.group(1);
				// "Til stede" and "Fra kl. 10" are not header labels
				if (e.getKey().equals("Til") && value != null && !value.isBlank()
						&& !MeetingHeader.MEETING.matcher(value).find()) {
					continue;
				}
				return e.getKey();
			}
		}
		return null;
	}

	/** "Kristin Brekke, Bergen kommune, og Solveig Tesdal, Oslo kommune" → two people with their organisations. */
	static List<Named> named(String value) {
		List<Named> named = new ArrayList<>();
		if (value == null) {
			return named;
		}
		String[] parts = value.split(",\\s*og\\s+|\\s+og\\s+(?=\\p{Lu})|,\\s*|;\\s*");
		for (String raw : parts) {
			String part = raw.strip();
			if (part.isEmpty()) {
				continue;
			}
			if (PersonNames.looksLikeName(part) && !looksLikeOrganisation(part)) {
				named.add(new Named(part, null));
			}
			else if (!named.isEmpty() && named.get(named.size() - 1).person() != null
					&& named.get(named.size() - 1).organisation() == null) {
				Named person = named.remove(named.size() - 1);
				named.add(new Named(person.person(), part));
			}
			else {
				named.add(new Named(null, part));
			}
		}
		return named;
	}

	/** Words organisations are named with, so "Bergen Kommune" is not taken for a person. */
	static boolean looksLikeOrganisation(String text) {
		return Pattern.compile("(?i)\\b(kommune|direktorat\\w*|RHF|HF|SF|AS|forening\\w*|forbund\\w*|institutt\\w*"
				+ "|departement\\w*|helse\\s|sykehus\\w*|\\w*organisasjon|tilsyn\\w*|utvalg\\w*|styre\\w*|råd)\\b")
			.matcher(text)
			.find() || text.matches("[\\p{Lu}]{2,6}");
	}

}
