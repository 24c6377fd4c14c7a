package no.styringskart.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.importer.layout.Line;

/**
 * Reads a participant list that a transcript ran into one line. With commas
 * ({@code A, Title, Org B, Title, Org}) a new person starts where a piece ends in a given-name-led name; without
 * ({@code A Org B Org}) a person starts at a given name and the organisation words after the name are theirs. A
 * column of names followed by a column of organisations is drafted as names only: the columns cannot be paired
 * safely, and the report says so.
 */
final class RunOnLists {

	private static final Pattern ROLE_PAREN = Pattern.compile("^\\((leder|leiar|nestleder|vara|permisjon|forfall)\\)$");

	private static final Pattern STAND_IN = Pattern.compile("(?i)\\b(?:pva|p\\.v\\.a|på vegne av)\\b");

	private final Names names;

	private final EntryParser parser;

	RunOnLists(Names names, EntryParser parser) {
		this.names = names;
		this.parser = parser;
	}

	/** Whether a section's line is a run of several entries rather than one entry. */
	boolean isRun(String text) {
		if (text.length() > 120) {
			return true;
		}
		if (STAND_IN.matcher(text).find()) {
			// "X pva Y, Org" names two people in one entry
			return false;
		}
		List<String> words = Names.words(text);
		if (this.names.splitRun(words).people().size() >= 2) {
			return true;
		}
		// "A, Org, B, Org": more than one comma piece is a name or ends in one
		int people = 0;
		for (String piece : text.split(",\\s+")) {
			if (this.names.looksLikePerson(piece.strip()) || nameStart(Names.words(piece)) > 0) {
				people++;
			}
		}
		return people >= 2;
	}

	List<Entry> read(String text, String role, String status, boolean members, boolean chairFirst, Line line,
			List<String> problems) {
		String[] pieces = text.split(",\\s+");
		if (pieces.length >= 3 && Names.words(pieces[0]).size() <= 5) {
			return withCommas(pieces, role, status, members, chairFirst, line, problems);
		}
		return withoutCommas(Names.words(text), role, status, chairFirst, line, problems);
	}

	private List<Entry> withCommas(String[] pieces, String role, String status, boolean members, boolean chairFirst,
			Line line, List<String> problems) {
		List<List<String>> groups = new ArrayList<>();
		List<String> current = new ArrayList<>(List.of(pieces[0].strip()));
		for (int i = 1; i < pieces.length; i++) {
			List<String> words = Names.words(pieces[i]);
			int at = nameStart(words);
			if (this.names.looksLikePerson(pieces[i].strip()) && current.size() >= 2) {
				// "A, Org, B, Org": a piece that is a whole name starts the next person
				groups.add(current);
				current = new ArrayList<>(List.of(pieces[i].strip()));
			}
			else if (at > 0) {
				current.add(String.join(" ", words.subList(0, at)));
				groups.add(current);
				current = new ArrayList<>(List.of(String.join(" ", words.subList(at, words.size()))));
			}
			else {
				current.add(pieces[i].strip());
			}
		}
		groups.add(current);
		List<Entry> entries = new ArrayList<>();
		for (List<String> group : groups) {
			boolean chair = chairFirst && entries.isEmpty();
			String entry = (group.size() == 1) ? group.get(0) : group.get(0) + ", " + group.get(group.size() - 1);
			entries.addAll(this.parser.parse(entry, chair ? "leder" : role, status, members, line, problems));
		}
		return entries;
	}

	/** Where a person's name starts at the end of a piece ("Helsedirektoratet Torunn Alveng"), or -1. */
	private int nameStart(List<String> words) {
		for (int k = Math.min(4, words.size() - 1); k >= 2; k--) {
			int at = words.size() - k;
			if (this.names.given(words.get(at))
					&& words.subList(at, words.size()).stream().allMatch(Names::nameWord)) {
				return at;
			}
		}
		return -1;
	}

	private List<Entry> withoutCommas(List<String> words, String role, String status, boolean chairFirst, Line line,
			List<String> problems) {
		List<Entry> entries = new ArrayList<>();
		int at = 0;
		while (at < words.size()) {
			Names.Split run = this.names.splitRun(words.subList(at, words.size()));
			if (run.people().isEmpty()) {
				problems.add("no name where a name should start: \"" + String.join(" ", words.subList(at,
						Math.min(words.size(), at + 8))) + "\"");
				return entries;
			}
			if (run.people().size() >= 2 && !run.rest().isEmpty() && Names.organisationWord(run.rest().get(0))) {
				for (String name : run.people()) {
					entries.add(new Entry(name, null, role, status, null, line, name));
				}
				problems.add(run.people().size() + " names followed by a separate run of organisations (\""
						+ String.join(" ", run.rest().subList(0, Math.min(6, run.rest().size())))
						+ " …\"): the two runs cannot be paired safely, so the names are drafted without organisations");
				return entries;
			}
			at += run.people().stream().mapToInt(p -> Names.words(p).size()).sum();
			for (int i = 0; i < run.people().size() - 1; i++) {
				entries.add(new Entry(run.people().get(i), null, role, status, null, line, run.people().get(i)));
			}
			String name = run.people().get(run.people().size() - 1);
			String entryRole = (chairFirst && entries.isEmpty()) ? "leder" : role;
			String entryStatus = status;
			List<String> organisation = new ArrayList<>();
			while (at < words.size() && !opensPerson(words, at)) {
				Matcher paren = ROLE_PAREN.matcher(words.get(at));
				if (paren.matches()) {
					String word = paren.group(1);
					entryRole = word.startsWith("le") ? "leder" : word.equals("vara") ? "vara" : entryRole;
					entryStatus = (word.equals("permisjon") || word.equals("forfall")) ? "absent" : entryStatus;
				}
				else {
					organisation.add(words.get(at));
				}
				at++;
			}
			String org = organisation.isEmpty() ? null : EntryParser.organisation(String.join(" ", organisation));
			entries.add(new Entry(name, org, entryRole, entryStatus, null, line, name));
		}
		return entries;
	}

	private boolean opensPerson(List<String> words, int at) {
		return at + 1 < words.size() && this.names.given(words.get(at)) && !Names.organisationWord(words.get(at))
				&& Names.nameWord(words.get(at + 1)) && !Names.organisationWord(words.get(at + 1));
	}

}
