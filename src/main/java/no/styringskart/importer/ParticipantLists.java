package no.styringskart.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * Member, attendance and absence lists, in the layouts the papers use: "Name (Organisation)" runs, also two
 * columns flattened into one line with an organisation wrapped onto a later line; "Name, Organisation" one per
 * line; bare names under an organisation ("Direktoratet for e-helse: Jon Helge Andersen Inga Nordberg"); and
 * people cards (name, title, organisation on lines of their own). The block a name is in says role and status:
 * an innkalling's members are invited, a referat's "Til stede" present, "Forfall"/"Ikke til stede" absent.
 */
final class ParticipantLists {

	/** The kinds of list, each with the role it gives and its status in an innkalling and in a referat. */
	enum Block {

		ABSENT("medlem", "absent", "absent", "Ikke til stede", "Forfall", "Meldt forfall", "Fravær"),
		GUESTS("gjest", "invited", "present", "Andre som var til stede", "Andre til stede", "Andre deltakere",
				"Øvrige deltakere", "Gjester", "Innledere"),
		PRESENT("medlem", "present", "present", "Til stede", "Tilstede", "Møtt"),
		MEMBERS("medlem", "invited", "present", "Medlemmer", "Deltakere"),
		OBSERVERS("observator", "invited", "present", "Observatører", "Observatør", "Observatorer"),
		SECRETARIAT("sekretariat", "invited", "present", "Sekretariat", "Sekretariatet", "Referent"),
		CHAIR("leder", "invited", "present", "Møteleder", "Møteledere"),
		DEPUTIES("vara", "invited", "present", "Stedfortreder", "Stedfortredere", "Varamedlemmer", "Vara");

		final String role;

		final String invitedStatus;

		final String referatStatus;

		final Pattern label;

		Block(String role, String invitedStatus, String referatStatus, String... labels) {
			this.role = role;
			this.invitedStatus = invitedStatus;
			this.referatStatus = referatStatus;
			this.label = Pattern.compile("^[\\s>*#•-]*(?:<[^>]{1,20}>\\s*)*(" + String.join("|",
					java.util.Arrays.stream(labels).map(OcrRepair::tolerant).toList())
					+ ")\\s*(?:</[^>]{1,20}>)?\\s*(?::|\\t|\\s|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		}

		String status(boolean referat) {
			return referat ? this.referatStatus : this.invitedStatus;
		}

	}

	/** A note that limits attendance: "fra kl. 12.30", "frem til kl. 12.00", "til sak 3", "deler av møtet". */
	private static final Pattern LIMITING_NOTE = Pattern.compile(
			"(?i)\\b(?:fra|til|frem til|inntil|etter|før|fram til)\\s+(?:kl\\.?\\s*)?(?:\\d{1,2}[.:]?\\d{2}|sak\\s*\\d)"
					+ "|deler av møtet|delvis");

	/** A trailing note after a bare name: "til kl 13.55", "fra 13.55 til 14.30", "fra sak 3". */
	private static final Pattern TRAILING_NOTE = Pattern.compile(
			"\\s+((?:fra|til|frem til|inntil|fram til)\\s+(?:kl\\.?\\s*)?(?:\\d{1,2}[.:]?\\d{2}|sak\\s*\\d+).*)$",
			Pattern.CASE_INSENSITIVE);

	/** Tokens of a "Name (Organisation)" line: a whole group, a group left open, a group closed, plain text. */
	private static final Pattern PAREN_TOKEN = Pattern.compile("\\(([^()]*)\\)|\\(([^()]*)$|([^()]*)\\)|([^()]+)");

	private static final Pattern ORGANISATION_IN_PARENS = Pattern.compile("\\(([^()]*)\\)?");

	private static final Pattern NAME_COMMA = Pattern.compile("^[^(,]+,\\s*\\S");

	static boolean limitsAttendance(String note) {
		return note != null && LIMITING_NOTE.matcher(note).find();
	}

	private final PaperText text;

	private final boolean referat;

	private final PersonNames names;

	private final Predicate<String> knownOrganisation;

	private final List<Participant> found = new ArrayList<>();

	private ParticipantLists(PaperText text, boolean referat, PersonNames names, Predicate<String> knownOrganisation) {
		this.text = text;
		this.referat = referat;
		this.names = names;
		this.knownOrganisation = knownOrganisation;
	}

	/**
	 * The participants listed in lines {@code from..to} (a meeting's header, before its agenda).
	 * @param knownOrganisation whether a text names an organisation of the registry (for organisation labels)
	 */
	static List<Participant> read(PaperText text, int from, int to, boolean referat, PersonNames names,
			Predicate<String> knownOrganisation) {
		ParticipantLists lists = new ParticipantLists(text, referat, names, knownOrganisation);
		lists.readCards(from, to);
		if (lists.found.size() < 3) {
			lists.found.clear();
			lists.readBlocks(from, to);
		}
		return lists.found;
	}

	private void readBlocks(int from, int to) {
		List<Segment> segments = new ArrayList<>();
		Block block = null;
		String organisation = null;
		int blanks = 0;
		for (int n = from; n <= to; n++) {
			String line = this.text.line(n);
			Labelled labelled = label(n, to);
			if (labelled != null) {
				flush(block, organisation, segments);
				block = labelled.block;
				organisation = labelled.organisation;
				n += labelled.extraLines;
				addSegments(segments, n, this.text.line(n), labelled.valueStart);
				blanks = 0;
				continue;
			}
			boolean open = block != null || organisation != null;
			blanks = (line.isBlank() && !segments.isEmpty()) ? blanks + 1 : 0;
			// a header field, a table or a gap of two blank lines ends a list
			if (open && (blanks >= 2 || MeetingHeader.isHeaderField(line) || AgendaTables.isHeader(line))) {
				flush(block, organisation, segments);
				block = null;
				organisation = null;
				continue;
			}
			if (open) {
				addSegments(segments, n, line, 0);
			}
		}
		flush(block, organisation, segments);
	}

	private record Labelled(Block block, String organisation, int valueStart, int extraLines) {
	}

	/** A line that opens a list: a block label, or an organisation whose staff follow (its secretariat). */
	private Labelled label(int n, int to) {
		String line = this.text.line(n);
		for (Block block : Block.values()) {
			Matcher m = block.label.matcher(line);
			if (m.find()) {
				return new Labelled(block, null, m.end(), 0);
			}
		}
		String first = firstCell(line);
		if (!first.isBlank() && first.length() <= 40 && this.knownOrganisation.test(PaperText.clean(first))) {
			String rest = line.substring(line.indexOf(first) + first.length());
			if (rest.isBlank() ? followedByBareNames(n + 1, to) : isBareNames(rest)) {
				return new Labelled(null, PaperText.clean(first), line.indexOf(first) + first.length(), 0);
			}
		}
		// an organisation label wrapped onto two lines ("Direktoratet" / "for e-helse")
		String next = this.text.line(n + 1);
		if (n < to && line.strip().length() <= 30 && next.strip().length() <= 30 && !line.isBlank()
				&& this.knownOrganisation.test(PaperText.clean(line + " " + next)) && followedByBareNames(n + 2, to)) {
			return new Labelled(null, PaperText.clean(line + " " + next), next.length(), 1);
		}
		return null;
	}

	private static String firstCell(String line) {
		String stripped = line.strip();
		String[] cells = stripped.split("\\t|\\s{2,}");
		return (cells.length > 1) ? cells[0] : "";
	}

	private boolean followedByBareNames(int n, int to) {
		for (int k = n; k <= Math.min(to, n + 3); k++) {
			if (!this.text.blank(k)) {
				return isBareNames(this.text.line(k));
			}
		}
		return false;
	}

	private static boolean isBareNames(String text) {
		List<String> words = PersonNames.words(PaperText.clean(text));
		return words.size() >= 2 && words.stream().allMatch(PersonNames::isNameWord) && !text.contains("(");
	}

	private record Segment(int line, String text, int offset) {
	}

	/** Cells of a line (tab- or wide-space-separated columns), each remembering where it starts. */
	private static void addSegments(List<Segment> into, int n, String line, int from) {
		Matcher cells = Pattern.compile("[^\\t]+?(?=\\t|\\s{3,}|$)").matcher(line);
		cells.region(Math.min(from, line.length()), line.length());
		while (cells.find()) {
			if (!cells.group().isBlank()) {
				into.add(new Segment(n, cells.group(), cells.start()));
			}
		}
	}

	private void flush(Block block, String organisation, List<Segment> segments) {
		if (segments.isEmpty() || (block == null && organisation == null)) {
			segments.clear();
			return;
		}
		String role = (block != null) ? block.role : "sekretariat";
		String status = (block != null) ? block.status(this.referat) : (this.referat ? "present" : "invited");
		// "Name (Organisation)" or "Name, Organisation": whichever most lines use; "(fra sak 2)" is a note
		long parens = segments.stream().filter(s -> ORGANISATION_IN_PARENS.matcher(s.text).results()
			.anyMatch(m -> !limitsAttendance(m.group(1)))).count();
		long commas = segments.stream().filter(s -> NAME_COMMA.matcher(s.text).find()).count();
		List<Participant> entries = new ArrayList<>();
		if (parens > 0 && parens >= commas) {
			parenthesised(segments, role, status, entries);
		}
		else if (commas > 0) {
			commaSeparated(segments, role, status, entries);
		}
		else {
			for (Segment s : segments) {
				bare(s, role, status, entries);
			}
		}
		for (Participant p : entries) {
			this.found.add((p.organisation() == null && organisation != null) ? p.withOrganisation(organisation) : p);
		}
		segments.clear();
	}

	// --- "Name (Organisation)" -------------------------------------------------------------------------

	private void parenthesised(List<Segment> segments, String role, String status, List<Participant> entries) {
		int open = -1;
		for (Segment s : segments) {
			Matcher token = PAREN_TOKEN.matcher(s.text);
			String names = null;
			int namesAt = 0;
			while (token.find()) {
				if (token.group(4) != null) {
					if (names != null) {
						bareRun(s, names, namesAt, role, status, entries);
					}
					names = token.group(4);
					namesAt = token.start(4);
					continue;
				}
				String group = (token.group(1) != null) ? token.group(1) : token.group(2);
				if (group != null) {
					String rest = (names != null) ? afterNote(names, entries) : "";
					if (!rest.isBlank()) {
						int restAt = namesAt + names.lastIndexOf(rest);
						List<Participant> people = people(s, rest, restAt, token.end(), role, status);
						if (!people.isEmpty()) {
							Participant last = people.get(people.size() - 1).withOrganisation(group.strip());
							people.set(people.size() - 1, last);
							entries.addAll(people);
							if (token.group(2) != null) {
								open = entries.size() - 1;
							}
						}
					}
					else {
						// an organisation with no name before it belongs to the earliest name left without one
						assignOrphan(entries, group.strip());
					}
					names = null;
				}
				else if (open >= 0) {
					Participant wrapped = entries.get(open);
					entries.set(open, wrapped.withOrganisation(wrapped.organisation() + " " + token.group(3).strip()));
					open = -1;
				}
			}
			if (names != null) {
				bareRun(s, names, namesAt, role, status, entries);
			}
		}
	}

	/** Plain text after a name: a note introduced by a dash for the previous entry, then any names. */
	private static String afterNote(String plain, List<Participant> entries) {
		String text = plain.replaceAll("^[\\s=|‘'`•·]+", "");
		Matcher dash = Pattern.compile("^[–—-]\\s*(.*)$").matcher(text);
		if (!dash.find() || entries.isEmpty()) {
			return text;
		}
		List<String> words = PersonNames.words(dash.group(1));
		int nameStart = words.size();
		while (nameStart > 0 && PersonNames.isNameWord(words.get(nameStart - 1))) {
			nameStart--;
		}
		if (words.size() - nameStart < 2) {
			nameStart = words.size();
		}
		String note = String.join(" ", words.subList(0, nameStart)).strip();
		if (!note.isEmpty()) {
			int last = entries.size() - 1;
			entries.set(last, entries.get(last).withNote(note));
		}
		return String.join(" ", words.subList(nameStart, words.size()));
	}

	private void bareRun(Segment s, String plain, int at, String role, String status, List<Participant> entries) {
		String rest = afterNote(plain, entries);
		if (!rest.isBlank()) {
			entries.addAll(people(s, rest, at + Math.max(0, plain.indexOf(rest)), at + plain.length(), role, status));
		}
	}

	private static void assignOrphan(List<Participant> entries, String organisation) {
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).organisation() == null) {
				entries.set(i, entries.get(i).withOrganisation(organisation));
				return;
			}
		}
	}

	// --- "Name, Organisation" --------------------------------------------------------------------------

	private void commaSeparated(List<Segment> segments, String role, String status, List<Participant> entries) {
		for (int i = 0; i < segments.size(); i++) {
			Segment s = segments.get(i);
			String line = s.text.strip();
			// "Name," with the organisation wrapped onto the next line
			while (line.endsWith(",") && i + 1 < segments.size()) {
				line = line + " " + segments.get(++i).text.strip();
			}
			int comma = line.indexOf(',');
			if (comma < 0) {
				if (!entries.isEmpty() && !PersonNames.looksLikeName(stripNote(line))) {
					Participant previous = entries.get(entries.size() - 1);
					if (previous.organisation() != null) {
						entries.set(entries.size() - 1, previous.withOrganisation(previous.organisation() + " " + line));
					}
					continue;
				}
				bare(s, role, status, entries);
				continue;
			}
			String name = PaperText.clean(line.substring(0, comma));
			if (!PersonNames.looksLikeName(name)) {
				continue;
			}
			String rest = line.substring(comma + 1).strip();
			String note = null;
			Matcher noted = Pattern.compile("^(.*?)\\s*(?:[–—]\\s*|\\()(.+?)\\)?$").matcher(rest);
			if (noted.find() && limitsAttendance(noted.group(2))) {
				rest = noted.group(1);
				note = noted.group(2).strip();
			}
			String organisation = rest.replaceAll(",.*$", "").strip();
			boolean isOrganisation = !organisation.isEmpty() && Character.isUpperCase(organisation.codePointAt(0));
			Participant p = new Participant(name, isOrganisation ? organisation : null, role, status, null,
					Quote.of(s.text, s.line, s.line));
			entries.add((note != null) ? p.withNote(note) : p);
		}
	}

	private static String stripNote(String line) {
		return TRAILING_NOTE.matcher(line).replaceFirst("");
	}

	// --- bare names ------------------------------------------------------------------------------------

	private void bare(Segment s, String role, String status, List<Participant> entries) {
		String line = PaperText.clean(s.text);
		Matcher note = TRAILING_NOTE.matcher(line);
		boolean noted = note.find();
		List<Participant> people = people(s, noted ? line.substring(0, note.start()) : line, 0, s.text.length(),
				role, status);
		if (noted && people.size() == 1) {
			people.set(0, people.get(0).withNote(note.group(1).strip()));
		}
		entries.addAll(people);
	}

	/** The people in a run of name words (split if several), quoting the segment's text. */
	private List<Participant> people(Segment s, String run, int start, int end, String role, String status) {
		List<String> words = new ArrayList<>();
		for (String w : PersonNames.words(PaperText.clean(run))) {
			if (PersonNames.isNameWord(w)) {
				words.add(w);
			}
			else if (!words.isEmpty()) {
				break;
			}
		}
		List<Participant> people = new ArrayList<>();
		if (words.size() < 2) {
			return people;
		}
		String quoted = s.text.substring(Math.max(0, Math.min(start, s.text.length())), Math.min(end, s.text.length()));
		Quote quote = Quote.of(quoted.isBlank() ? s.text : quoted, s.line, s.line);
		for (List<String> person : (words.size() >= 4) ? this.names.split(words) : List.of(words)) {
			if (person.size() >= 2) {
				people.add(new Participant(String.join(" ", person), null, role, status, null, quote));
			}
		}
		return people;
	}

	// --- people cards ----------------------------------------------------------------------------------

	/**
	 * Cards: a name on its own line, then a title, then the organisation, each card after a blank line (as
	 * presentation slides list a board). The chair is the one whose title says so.
	 */
	private void readCards(int from, int to) {
		for (int n = from; n <= to; n++) {
			String line = this.text.line(n).strip();
			if (!PersonNames.looksLikeName(line) || !this.text.blank(n - 1) || !this.text.blank(n + 1)) {
				continue;
			}
			List<Integer> card = new ArrayList<>();
			for (int k = n + 2; k <= Math.min(to, n + 5) && !this.text.blank(k); k++) {
				card.add(k);
			}
			if (card.size() < 2) {
				continue;
			}
			String organisation = this.text.line(card.get(card.size() - 1)).strip();
			String title = Fold.spaces(String.join(" ",
					card.subList(0, card.size() - 1).stream().map(this.text::line).toList()));
			boolean chair = Pattern.compile("(?i)\\bleder av|\\bmøteleder|\\bstyreleder|\\butvalgsleder").matcher(title).find();
			this.found.add(new Participant(line, organisation, chair ? "leder" : "medlem", this.referat ? "present" : "invited",
					null, this.text.quote(n, n)));
			n = card.get(card.size() - 1);
		}
	}

}
