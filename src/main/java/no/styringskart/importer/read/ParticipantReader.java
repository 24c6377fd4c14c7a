package no.styringskart.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import no.styringskart.importer.layout.Line;

/**
 * Reads the participant sections of a paper's head: each section heading (Medlemmer, Til stede, Forfall,
 * Bisittere, Sekretariat …, bokmål and nynorsk) sets the role and status of the entries under it, one entry a
 * line or a run of entries on one line. A stand-in in a members' section gives two people. A line that yields
 * nobody is reported with the reason, and two such lines in a row end the section.
 */
final class ParticipantReader {

	/** A heading that groups sections without being one ("Deltakelse", "Deltaking"). */
	private static final Pattern GROUP = Pattern.compile("(?i)^(?:deltakelse|deltaking|deltagelse|deltakere og forfall)$");

	private final EntryParser parser;

	private final RunOnLists runs;

	ParticipantReader(Names names) {
		this.parser = new EntryParser(names);
		this.runs = new RunOnLists(names, this.parser);
	}

	List<Entry> read(List<Line> head, Kind kind, Accounts accounts) {
		List<Entry> entries = new ArrayList<>();
		Section section = null;
		int failures = 0;
		for (Line line : head) {
			if (GROUP.matcher(line.text()).matches()) {
				accounts.recognised(line, "heading of the participant sections");
				continue;
			}
			Section.Opened opened = Section.open(line.item());
			if (opened != null) {
				failures = 0;
				Section listed = (opened.section() == Section.CHAIR) ? (Section.listsMembers(section) ? section
						: Section.PARTICIPANTS) : opened.section();
				if (opened.rest().isEmpty()) {
					accounts.recognised(line, "participant section: " + opened.section().name().toLowerCase());
					section = listed;
				}
				else {
					List<String> problems = new ArrayList<>();
					List<Entry> read = entries(opened.rest(), listed, kind, opened.section() == Section.CHAIR, line,
							problems);
					entries.addAll(read);
					account(line, read, problems, accounts);
					// a label whose text names nobody ("Møteleder: NIKT Fagforum") opens no list
					section = read.isEmpty() ? null : listed;
				}
				continue;
			}
			if (section == null) {
				continue;
			}
			List<String> problems = new ArrayList<>();
			List<Entry> read = entries(line.item(), section, kind, false, line, problems);
			if (read.isEmpty() && !line.bulleted() && ++failures >= 2) {
				section = null;
				continue;
			}
			if (!read.isEmpty()) {
				failures = 0;
			}
			entries.addAll(read);
			account(line, read, problems, accounts);
		}
		return entries;
	}

	private List<Entry> entries(String text, Section section, Kind kind, boolean chairFirst, Line line,
			List<String> problems) {
		String status = section.status(kind);
		boolean members = Section.listsMembers(section);
		if (this.runs.isRun(text)) {
			return this.runs.read(text, section.role, status, members, chairFirst, line, problems);
		}
		return this.parser.parse(text, chairFirst ? "leder" : section.role, status, members, line, problems);
	}

	private static void account(Line line, List<Entry> read, List<String> problems, Accounts accounts) {
		if (read.isEmpty()) {
			accounts.uncertain(line, "participant line that yields nobody: "
					+ (problems.isEmpty() ? "no name" : String.join("; ", problems)));
		}
		else if (!problems.isEmpty()) {
			accounts.uncertain(line, read.size() + " participants read; " + String.join("; ", problems));
		}
		else if (read.size() == 2 && read.get(0).note() != null && read.get(0).note().startsWith("pva")) {
			accounts.recognised(line, "stand-in: " + read.get(0).name() + " for " + read.get(1).name());
		}
		else {
			accounts.recognised(line, read.size() + " participant" + ((read.size() == 1) ? "" : "s"));
		}
	}

}
