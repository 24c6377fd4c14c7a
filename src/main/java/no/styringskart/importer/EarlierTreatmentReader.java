package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The seed-layout reader's tables of earlier treatments: each row is an earlier, held meeting of some body, and
 * where title and vedtak can be told apart, its sak too.
 */
final class EarlierTreatmentReader {

	private final PaperText text;

	private final ImportRegistry registry;

	private final DraftBuilder draft;

	private final Map<String, MeetingBuilder> meetings;

	private final Set<String> agendaIds;

	/** Sak ids that rows of earlier treatments give to more than one meeting: a typo somewhere, not told where. */
	private final Set<String> contestedNumbers = new LinkedHashSet<>();

	EarlierTreatmentReader(PaperText text, ImportRegistry registry, DraftBuilder draft,
			Map<String, MeetingBuilder> meetings, Set<String> agendaIds) {
		this.text = text;
		this.registry = registry;
		this.draft = draft;
		this.meetings = meetings;
		this.agendaIds = agendaIds;
	}


	private List<String> bodyNames() {
		return this.registry.bodies().stream().flatMap(b -> b.names().stream()).toList();
	}

	/** Where such a table must end at the latest: the next toppnotat header or meeting header. */
	private List<Integer> ends(DocumentSections.Sections sections) {
		List<Integer> ends = new ArrayList<>();
		for (int t : sections.toppnotater()) {
			if (!EarlierDecisions.isTableHeader(this.text.line(t))) {
				ends.add(Toppnotater.read(this.text, t).firstLine());
			}
		}
		sections.meetings().forEach(part -> ends.add(part.headerStart()));
		return ends;
	}

	/** Each row is an earlier, held meeting of some body; where title and vedtak can be told apart, its sak too. */
	void read(DocumentSections.Sections sections, LocalDate paperDate) {
		List<EarlierDecisions.Table> tables = EarlierDecisions.find(this.text, bodyNames(), ends(sections));
		this.contestedNumbers.addAll(contestedNumbers(tables));
		for (EarlierDecisions.Table table : tables) {
			earlierTreatments(table, paperDate);
		}
	}

	private void earlierTreatments(EarlierDecisions.Table table, LocalDate paperDate) {
		if (table.rows().isEmpty()) {
			this.draft.skipped.add(new ImportReport.Item("earlier treatments", "heading of earlier treatments without a "
					+ "table of saker", table.firstLine(), table.lastLine()));
			return;
		}
		for (EarlierDecisions.Row row : table.rows()) {
			int first = row.evidence().firstLine();
			int last = row.evidence().lastLine();
			Optional<String> body = bodyOf(row);
			if (body.isEmpty() || row.date() == null) {
				this.draft.skipped.add(new ImportReport.Item("earlier treatments", "sak " + row.number() + ": the row names "
						+ ((body.isEmpty()) ? "no known body" : "no date") + " for its meeting", first, last));
				continue;
			}
			String id = body.get() + "-" + row.date();
			if (paperDate != null && row.date().isAfter(paperDate)) {
				this.draft.uncertain.add(new ImportReport.Item("earlier treatments", "sak " + row.number() + ": an earlier "
						+ "treatment dated " + row.date() + ", after the paper's meeting; probably a wrong year, left out",
						first, last));
				continue;
			}
			if (this.registry.meetingIds().contains(id)) {
				this.draft.skipped.add(new ImportReport.Item("earlier treatments", "sak " + row.number() + ": meeting " + id
						+ " is already in the seed", first, last));
				continue;
			}
			MeetingBuilder meeting = this.meetings.get(id);
			if (meeting == null) {
				meeting = new MeetingBuilder(id, body.get(), row.date(), "held");
				this.meetings.put(id, meeting);
				this.draft.recognised.add(new ImportReport.Item("meeting", "earlier meeting " + id
						+ " (table of earlier treatments)", first, last));
			}
			meeting.evidence.add(row.evidence());
			earlierSak(meeting, row);
		}
	}

	/** The body of a row's meeting: named in the meeting cell, or else the subject of its vedtak. */
	private Optional<String> bodyOf(EarlierDecisions.Row row) {
		Optional<String> named = row.meetingCell().isEmpty() ? Optional.empty()
				: this.draft.resolver().body(row.meetingCell());
		return named.or(() -> Optional.ofNullable(row.subject()).flatMap(this.draft.resolver()::body));
	}

	private Set<String> contestedNumbers(List<EarlierDecisions.Table> tables) {
		Map<String, Set<LocalDate>> datesOfSak = new LinkedHashMap<>();
		for (EarlierDecisions.Table table : tables) {
			for (EarlierDecisions.Row row : table.rows()) {
				Matcher number = Vocabulary.SAK_NUMBER.matcher(row.number());
				Optional<String> body = bodyOf(row);
				if (row.date() != null && body.isPresent() && number.find()) {
					String id = body.get() + "-sak-" + Integer.parseInt(number.group(1)) + "-"
							+ Vocabulary.shortYear(number.group(3));
					datesOfSak.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(row.date());
				}
			}
		}
		return datesOfSak.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private void earlierSak(MeetingBuilder meeting, EarlierDecisions.Row row) {
		int first = row.evidence().firstLine();
		int last = row.evidence().lastLine();
		if (!row.separable()) {
			this.draft.uncertain.add(new ImportReport.Item("earlier treatments", "sak " + row.number() + " of " + meeting.id
					+ ": the row's columns are run together, so title and vedtak cannot be told apart; the meeting is "
					+ "drafted, the sak is left for review", first, last));
			return;
		}
		AgendaRow numbered = new AgendaRow(row.number(), meeting.agenda.size() + 1, row.title(), null, null,
				row.evidence());
		boolean contested = this.contestedNumbers.contains(PaperImporter.agendaItemId(meeting, numbered));
		AgendaRow agendaRow = contested ? new AgendaRow(null, numbered.order(), row.title(), null, null, row.evidence())
				: numbered;
		if (contested) {
			this.draft.uncertain.add(new ImportReport.Item("earlier treatments", "sak " + row.number() + " of "
					+ meeting.body + " is given to more than one meeting; drafted in " + meeting.id
					+ " without its number, for review", first, last));
		}
		String id = PaperImporter.agendaItemId(meeting, agendaRow);
		if (this.registry.agendaItemIds().contains(id) || this.agendaIds.contains(id)) {
			this.draft.skipped.add(new ImportReport.Item("earlier treatments", "sak " + row.number() + " of " + meeting.id
					+ " is already in the seed or this paper; the row adds nothing to it", first, last));
			return;
		}
		this.agendaIds.add(id);
		ItemBuilder item = new ItemBuilder(id, agendaRow);
		item.decision = row.decision();
		item.text = row.title() + " " + row.decision();
		item.initiatives.addAll(Mentions.known(this.registry.initiatives(), item.text));
		item.standards.addAll(Mentions.known(this.registry.standards(), item.text));
		meeting.agenda.add(item);
		this.draft.recognised.add(new ImportReport.Item("sak", "sak " + row.number() + " \"" + row.title()
				+ "\" with vedtak (earlier treatment)", first, last));
	}

}
