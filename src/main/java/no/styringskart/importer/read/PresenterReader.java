package no.styringskart.importer.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.importer.layout.Line;
import no.styringskart.shared.Fold;

/**
 * People the saker's text names as presenting: "v/Torill Kristiansen (HEMIT)", "Anders Grimsmo, NHN, har …",
 * "Edgar Glück fra KITH", "Dekan Nina Langeland innleder", "Nils Erik Gilhus vil presentere". Only a
 * given-name-led name counts, and nobody already listed.
 */
final class PresenterReader {

	private static final String NAME = "(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]+|van|von|de|der)){1,4})";

	private static final String ORG = "(\\p{Lu}[\\p{L}\\d-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d-]*|i|og|for)){0,4})";

	private static final List<Pattern> FORMS = List.of(
			Pattern.compile("v/\\s*(\\p{L}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,3})\\s*(?:\\(([^()]{2,60})\\))?"),
			Pattern.compile(NAME + ",\\s+" + ORG + "(?=[.,]|\\s+\\p{Ll}|\\s+\\d|$)"),
			Pattern.compile(NAME + "\\s+(?:fra|frå)\\s+" + ORG + "(?=[.,]|\\s+\\p{Ll}|$)"),
			Pattern.compile(NAME + "()\\s+(?:innleder|innleiar|vil presentere|presenterer|orienterer|orienterte"
					+ "|presenterte|innledet|la fram|la frem)\\b"));

	private final Names names;

	PresenterReader(Names names) {
		this.names = names;
	}

	List<Entry> read(List<Line> lines, int from, Kind kind, List<Entry> listed, Accounts accounts) {
		Set<String> known = new HashSet<>();
		listed.forEach(e -> known.add(Fold.fold(e.name())));
		String status = (kind == Kind.INNKALLING) ? "invited" : (kind == Kind.REFERAT) ? "present" : "listed";
		List<Entry> found = new ArrayList<>();
		for (Line line : lines.subList(from, lines.size())) {
			for (Pattern form : FORMS) {
				Matcher m = form.matcher(line.text());
				while (m.find()) {
					String name = person(m.group(1));
					if (name == null || !known.add(Fold.fold(name))) {
						continue;
					}
					String org = (m.groupCount() >= 2 && m.group(2) != null && !m.group(2).isBlank())
							? EntryParser.organisation(m.group(2)) : null;
					found.add(new Entry(name, org, "innleder", status, null, line, m.group()));
				}
			}
		}
		return found;
	}

	/** The given-name-led name in a capitalised run ("Dekan Nina Langeland" → "Nina Langeland"), or null. */
	private String person(String run) {
		List<String> words = new ArrayList<>(Names.words(run));
		if (!words.isEmpty() && Character.isLowerCase(words.get(0).charAt(0))) {
			words.set(0, Character.toUpperCase(words.get(0).charAt(0)) + words.get(0).substring(1));
		}
		while (words.size() >= 2) {
			String name = String.join(" ", words);
			if (this.names.looksLikePerson(name)) {
				return name;
			}
			words.remove(0);
		}
		return null;
	}

}
