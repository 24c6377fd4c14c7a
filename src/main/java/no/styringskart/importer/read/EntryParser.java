package no.styringskart.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.importer.layout.Line;

/**
 * Reads one entry of a participant list: {@code Name, Organisation (ABBR)}, {@code Name (Organisation)},
 * {@code Name – Organisation}, {@code Name, Title, Organisation}, with a sak reference ({@code , sak 2/20},
 * {@code (sak 01/15 og 02/14)}) and stand-ins ({@code X pva Y, Organisation}: X attends for member Y).
 */
final class EntryParser {

	private static final Pattern ITEMS_NOTE = Pattern.compile(
			"(?i)[,;]?\\s*\\(?\\s*\\b((?:sak|saker|sakene)\\s+\\d{1,3}(?:/\\d{2,4})?(?:\\s*(?:,|og|&|-|–)\\s*\\d{1,3}(?:/\\d{2,4})?)*)\\s*\\)?\\s*$");

	private static final Pattern ALL_ITEMS = Pattern.compile("(?i)[,;]\\s*(alle saker|hele møtet|heile møtet)\\s*$");

	private static final Pattern STAND_IN = Pattern.compile("(?i)^(.+?),?\\s+(?:pva\\.?|p\\.v\\.a\\.?|på vegne av)\\s+(.+)$");

	private static final Pattern PAREN_NOTE = Pattern.compile("(?i)\\s*\\((leder|leiar|nestleder|nestleiar|vara|permisjon"
			+ "|forfall|observatør|sekretær|referent)\\)");

	private static final Pattern NAME_PAREN = Pattern.compile("^([^()]+?)\\s*\\(([^()]{2,120})\\)$");

	private static final Pattern NAME_DASH = Pattern.compile("^(.+?)\\s+[–—-]\\s+(.+)$");

	private final Names names;

	EntryParser(Names names) {
		this.names = names;
	}

	/**
	 * The people an entry names (two for a stand-in), or none with the reason in {@code problems}.
	 *
	 * @param role the section's role
	 * @param status the section's status
	 * @param members whether the section lists members, so a stand-in is a vara for an absent member
	 */
	List<Entry> parse(String text, String role, String status, boolean members, Line line, List<String> problems) {
		String entry = text.strip().replaceAll("[.;]$", "").strip();
		String note = null;
		Matcher items = ITEMS_NOTE.matcher(entry);
		Matcher all = ALL_ITEMS.matcher(entry);
		if (items.find() && items.start() > 0) {
			note = items.group(1);
			entry = entry.substring(0, items.start()).strip();
			if ("present".equals(status)) {
				status = "partial";
			}
		}
		else if (all.find()) {
			note = all.group(1);
			entry = entry.substring(0, all.start()).strip();
			if ("partial".equals(status)) {
				status = "present";
			}
		}
		Matcher paren = PAREN_NOTE.matcher(entry);
		while (paren.find()) {
			String word = paren.group(1).toLowerCase(Locale.ROOT);
			switch (word) {
				case "leder", "leiar" -> role = "leder";
				case "nestleder", "nestleiar" -> role = "medlem";
				case "vara" -> role = "vara";
				case "permisjon", "forfall" -> status = "absent";
				case "observatør" -> role = "observator";
				default -> role = "sekretariat";
			}
			note = (note == null) ? word : note + "; " + word;
		}
		entry = PAREN_NOTE.matcher(entry).replaceAll("").strip();
		List<Entry> read = new ArrayList<>();
		Matcher standIn = STAND_IN.matcher(entry);
		if (standIn.matches()) {
			String deputy = standIn.group(1).strip();
			String[] member = split(standIn.group(2));
			if (!Names.looksLikeName(deputy) || !Names.looksLikeName(member[0])) {
				problems.add("a stand-in entry whose names cannot be read: \"" + entry + "\"");
				return read;
			}
			if (members) {
				read.add(new Entry(deputy, member[1], "vara", status, "pva " + member[0], line, text));
				read.add(new Entry(member[0], member[1], "medlem", "absent", "represented by " + deputy, line, text));
			}
			else {
				read.add(new Entry(deputy, member[1], role, status, "pva " + member[0], line, text));
			}
			return read;
		}
		String[] pair = split(entry);
		if (!Names.looksLikeName(pair[0])) {
			Names.Split run = this.names.splitRun(Names.words(entry));
			if (run.people().size() == 1 && !run.rest().isEmpty()) {
				pair = new String[] { run.people().get(0), organisation(String.join(" ", run.rest())) };
			}
			else {
				problems.add("not a person's name: \"" + pair[0] + "\"");
				return read;
			}
		}
		read.add(new Entry(pair[0], pair[1], role, status, note, line, text));
		return read;
	}

	/** The name and the organisation (or null) of an entry without notes. */
	static String[] split(String entry) {
		String[] parts = entry.split(",\\s+");
		if (parts.length >= 2) {
			return new String[] { parts[0].strip(), organisation(parts[parts.length - 1]) };
		}
		Matcher paren = NAME_PAREN.matcher(entry);
		if (paren.matches() && Names.looksLikeName(paren.group(1))) {
			return new String[] { paren.group(1).strip(), organisation(paren.group(2)) };
		}
		Matcher dash = NAME_DASH.matcher(entry);
		if (dash.matches() && Names.looksLikeName(dash.group(1))) {
			return new String[] { dash.group(1).strip(), organisation(dash.group(2)) };
		}
		return new String[] { entry.strip(), null };
	}

	/** An organisation as written, or null where the text is a title or nothing ("direktør", ""). */
	static String organisation(String written) {
		String org = written.strip().replaceAll("[.,;:]+$", "").strip();
		if (org.isEmpty() || org.codePoints().noneMatch(Character::isUpperCase)) {
			return null;
		}
		return org;
	}

}
