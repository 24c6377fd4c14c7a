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
import java.util.regex.Pattern;

/**
 * Reads a meeting paper into a draft paper file and a report: a pure function of the paper's text and the
 * registry. Each meeting header gives a meeting (its body, number, date, time, place), its participant lists
 * give attendance, its agenda table gives saker, their text gives proposed decisions, decisions and
 * attachments, and toppnotat headers add who presents each sak and who prepared it.
 */
final class PaperImporter {

	private static final Pattern PRESENTED = Pattern.compile("^\\s*(?:[•·e-]\\s+)?([\\p{Lu}0][\\p{L}.' -]{2,60}?),\\s+"
			+ "([\\p{Lu}][^,]{1,80}),\\s+(?:orienterte|la frem|presenterte|informerte|innledet|redegjorde)\\b");

	private static final Pattern MINUTES_OF = Pattern.compile("(?i)referat(?:et)?\\s+fra\\s+(.*)$");

	private final PaperText text;

	private final String documentId;

	private final ImportRegistry registry;

	private final DraftBuilder draft;

	private final PersonNames names;

	private final Map<String, MeetingBuilder> meetings = new LinkedHashMap<>();

	private final Set<String> agendaIds = new LinkedHashSet<>();

	/** The meeting each part of the paper (innkalling, referat) was read into. */
	private final Map<DocumentSections.Part, MeetingBuilder> meetingOfPart = new LinkedHashMap<>();

	private PaperImporter(String text, String documentId, ImportRegistry registry) {
		this.text = PaperText.of(text);
		this.documentId = documentId;
		this.registry = registry;
		this.draft = new DraftBuilder(registry);
		this.names = new PersonNames(registry.people().stream().map(ImportRegistry.Known::name).toList());
	}

	/** Reads a paper's text (OCR damage and all) against the registry. */
	static ImportResult read(String text, String documentId, ImportRegistry registry) {
		return new PaperImporter(text, documentId, registry).run();
	}

	private ImportResult run() {
		DocumentSections.Sections sections = DocumentSections.split(this.text);
		String previousBody = null;
		for (DocumentSections.Part part : sections.meetings()) {
			previousBody = meeting(part, previousBody);
		}
		LocalDate paperDate = this.meetings.values().stream().map(m -> m.date).max(LocalDate::compareTo).orElse(null);
		new EarlierTreatmentReader(this.text, this.registry, this.draft, this.meetings, this.agendaIds).read(sections,
				paperDate);
		MeetingPlanReader plans = new MeetingPlanReader(this.text, this.registry, this.draft, this.meetings);
		for (int heading : MeetingCalendar.headings(this.text)) {
			plans.read(heading, this.meetingOfPart);
		}
		for (MeetingBuilder m : List.copyOf(this.meetings.values())) {
			for (ItemBuilder item : m.agenda) {
				references(m, item);
				minutesOf(m, item.row);
			}
		}
		for (int i = 0; i < sections.toppnotater().size(); i++) {
			int next = (i + 1 < sections.toppnotater().size()) ? sections.toppnotater().get(i + 1) - 4
					: this.text.lineCount();
			new ToppnotatReader(this.text, this.draft, this.meetings).read(sections.toppnotater().get(i), next);
		}
		if (this.meetings.isEmpty()) {
			this.draft.skipped.add(new ImportReport.Item("paper", "no meeting header (Møte, Dato, Tid, Sted) found", 0, 0));
		}
		List<Draft.Meeting> meetingList = this.meetings.values().stream().map(MeetingBuilder::build).toList();
		List<ImportReport.Item> reported = new ArrayList<>(this.draft.recognised);
		reported.addAll(this.draft.uncertain);
		reported.addAll(this.draft.skipped);
		this.draft.skipped.addAll(UnusedText.of(this.text, reported, meetingList));
		List<Draft.Membership> memberships = new ArrayList<>();
		Set<String> seats = new LinkedHashSet<>();
		for (MeetingBuilder m : this.meetings.values()) {
			for (Draft.Membership seat : m.memberships) {
				if (seats.add(seat.person() + "|" + seat.body())) {
					memberships.add(seat);
				}
			}
		}
		Draft result = new Draft(this.documentId, this.draft.organisations(), this.draft.people(), this.draft.bodies(),
				memberships, meetingList);
		return new ImportResult(result, new ImportReport(this.draft.recognised, this.draft.uncertain, this.draft.skipped,
				this.draft.resolutions));
	}

	// --- a meeting ----------------------------------------------------------------------------------------

	private String meeting(DocumentSections.Part part, String previousBody) {
		MeetingHeader.Header header = MeetingHeader.read(this.text, part.start(), part.headerEnd() + 2);
		List<AgendaTables.Table> tables = AgendaTables.find(this.text, part.headerStart(), part.end());
		List<AgendaRow> rows;
		int tableEnd;
		int participantsEnd;
		if (!tables.isEmpty()) {
			rows = tables.get(0).rows();
			tableEnd = tables.get(0).lastLine();
			participantsEnd = tables.get(0).headerLine() - 1;
			this.draft.recognised.add(new ImportReport.Item("agenda", "agenda table of " + rows.size() + " rows",
					tables.get(0).headerLine(), tableEnd));
		}
		else {
			AgendaTables.Table headings = AgendaTables.fromHeadings(this.text, part.headerEnd() + 1, part.end());
			rows = headings.rows();
			// the saker's own text follows their headings: look for it from the first heading on
			tableEnd = headings.lastLine();
			participantsEnd = rows.isEmpty() ? part.end() : rows.get(0).evidence().firstLine() - 1;
			this.draft.uncertain.add(new ImportReport.Item("agenda", "no agenda table; " + ((rows.isEmpty())
					? "no saker found" : rows.size() + " saker read from their headings (titles and types to check)"),
					part.headerStart(), part.end()));
		}
		String body = body(header, part, participantsEnd, tables, previousBody);
		if (body == null) {
			this.draft.skipped.add(new ImportReport.Item("meeting", "no body (council, committee) could be read for "
					+ "the meeting header", part.headerStart(), part.headerEnd()));
			return previousBody;
		}
		LocalDate date = header.date().value();
		String id = body + "-" + date;
		if (this.registry.meetingIds().contains(id)) {
			this.draft.skipped.add(new ImportReport.Item("meeting", "meeting " + id + " is already in the seed; the "
					+ "seed format cannot add to a meeting from another paper, so this part is left out", part.start(),
					part.end()));
			return body;
		}
		boolean referat = part.kind() == DocumentSections.Kind.REFERAT;
		MeetingBuilder meeting = this.meetings.get(id);
		if (meeting == null) {
			meeting = new MeetingBuilder(id, body, date, referat ? "held" : "planned");
			this.meetings.put(id, meeting);
			this.draft.recognised.add(new ImportReport.Item("meeting", part.kind().paper + " for " + id
					+ ((header.number() != null) ? " (møte " + header.number().value() + ")" : ""), part.headerStart(),
					part.headerEnd()));
		}
		else {
			this.draft.recognised.add(new ImportReport.Item("meeting", "another copy of the " + part.kind().paper
					+ " for " + id + "; only what the first copy lacks is added", part.start(), part.end()));
		}
		meeting.paper(part.kind().paper);
		this.meetingOfPart.put(part, meeting);
		if (header.number() != null && meeting.number == null) {
			meeting.number = header.number().value();
			meeting.evidence.add(this.text.quote(header.number().line(), header.number().line()));
		}
		meeting.evidence.add(this.text.quote(header.date().line(), header.date().line()));
		if (header.time() != null && meeting.start == null) {
			meeting.start = header.time().value()[0];
			meeting.end = header.time().value()[1];
			meeting.evidence.add(this.text.quote(header.time().line(), header.time().line()));
		}
		if (header.place() != null && meeting.place == null) {
			meeting.place = header.place().value();
		}
		attendance(meeting, part, participantsEnd, referat);
		agenda(meeting, rows, tableEnd, part, referat);
		if (referat) {
			presenters(meeting, tableEnd + 1, part.end());
		}
		return body;
	}

	private String body(MeetingHeader.Header header, DocumentSections.Part part, int participantsEnd,
			List<AgendaTables.Table> tables, String previousBody) {
		EntityResolver resolver = this.draft.resolver();
		for (MeetingHeader.Value<String> phrase : header.bodyPhrases()) {
			Optional<String> body = resolver.body(phrase.value());
			if (body.isPresent()) {
				return body.get();
			}
		}
		List<Integer> lines = new ArrayList<>();
		for (int n = part.start(); n <= Math.min(participantsEnd, part.headerEnd() + 8); n++) {
			lines.add(n);
		}
		tables.stream().findFirst().ifPresent(t -> lines.add(t.headerLine()));
		for (int n : lines) {
			String line = this.text.line(n);
			if (ParticipantLists.Block.MEMBERS.label.matcher(line).find() || line.contains("(")) {
				continue;
			}
			Optional<String> body = resolver.body(line);
			if (body.isPresent()) {
				return body.get();
			}
		}
		if (!header.bodyPhrases().isEmpty()) {
			MeetingHeader.Value<String> phrase = header.bodyPhrases().get(0);
			return this.draft.newBody(phrase.value().replaceAll("\\s*\\(.*\\)$", ""),
					this.text.quote(phrase.line(), phrase.line()));
		}
		if (previousBody != null) {
			this.draft.uncertain.add(new ImportReport.Item("meeting", "the header names no body; taken to be the same "
					+ "as the paper's previous meeting (" + previousBody + ")", part.headerStart(), part.headerEnd()));
			return previousBody;
		}
		// "Agenda Regionalt fagråd for e-helse i Vest" in the table header
		for (AgendaTables.Table table : tables.subList(0, Math.min(1, tables.size()))) {
			Optional<String> named = AgendaTables.agendaOf(this.text.line(table.headerLine()));
			if (named.isPresent()) {
				return this.draft.newBody(named.get(), this.text.quote(table.headerLine(), table.headerLine()));
			}
		}
		return previousBody;
	}

	private void attendance(MeetingBuilder meeting, DocumentSections.Part part, int to, boolean referat) {
		List<Participant> listed = ParticipantLists.read(this.text, part.start(), to, referat, this.names,
				written -> this.draft.resolver().organisation(written).outcome() == Resolution.Outcome.LINKED);
		int firstLine = Integer.MAX_VALUE;
		int lastLine = 0;
		for (Participant p : listed) {
			String organisation = (p.organisation() != null) ? this.draft.organisation(p.organisation(), p.evidence())
					: null;
			String person = this.draft.person(p.name(), organisation, meeting.body, meeting.date, p.evidence());
			if (meeting.attend(new Draft.Attendance(person, organisation, p.role(), p.status(), p.note(), p.evidence()))
					&& Set.of("medlem", "leder", "observator").contains(p.role())) {
				meeting.memberships.add(new Draft.Membership(person, meeting.body, p.role(), organisation, p.evidence()));
			}
			firstLine = Math.min(firstLine, p.evidence().firstLine());
			lastLine = Math.max(lastLine, p.evidence().lastLine());
		}
		if (!listed.isEmpty()) {
			this.draft.recognised.add(new ImportReport.Item("participants", listed.size() + " participants of "
					+ meeting.id, firstLine, lastLine));
		}
		else {
			this.draft.uncertain.add(new ImportReport.Item("participants", "no participant list found for " + meeting.id,
					part.start(), to));
		}
	}

	private void agenda(MeetingBuilder meeting, List<AgendaRow> rows, int tableEnd, DocumentSections.Part part,
			boolean referat) {
		Map<String, SakDetail> details = SakSections.read(this.text, rows, tableEnd + 1, part.end());
		for (AgendaRow listed : rows) {
			String id = agendaItemId(meeting, listed);
			if (meeting.hasItem(id)) {
				continue;
			}
			if (this.registry.agendaItemIds().contains(id) || !this.agendaIds.add(id)) {
				this.draft.skipped.add(new ImportReport.Item("sak", "sak " + id + " is already in the seed or twice in "
						+ "the paper; left out", listed.evidence().firstLine(), listed.evidence().lastLine()));
				continue;
			}
			SakDetail detail = details.get(listed.number());
			AgendaRow row = (detail != null) ? fullerTitle(listed, detail.firstLine()) : listed;
			ItemBuilder item = new ItemBuilder(id, row);
			String itemText = this.text.quote(row.evidence().firstLine(), row.evidence().lastLine()).text();
			if (detail != null) {
				if (detail.proposedDecision() != null) {
					item.proposedDecision = detail.proposedDecision().value();
				}
				if (detail.decision() != null && referat) {
					item.decision = detail.decision().value();
				}
				item.attachments.addAll(detail.attachments());
				item.evidence.addAll(detail.evidence());
				detail.uncertain().forEach(u -> this.draft.uncertain.add(new ImportReport.Item("decision",
						"sak " + row.number() + ": " + u, detail.firstLine(), detail.lastLine())));
				itemText = this.text.joined(detail.firstLine(), detail.lastLine());
				this.draft.recognised.add(new ImportReport.Item("sak", "sak " + row.number() + " \"" + row.title()
						+ "\"" + ((item.decision != null) ? " with vedtak" : (item.proposedDecision != null)
								? " with forslag til vedtak" : ""), detail.firstLine(), detail.lastLine()));
			}
			else {
				this.draft.recognised.add(new ImportReport.Item("sak", ((row.number() != null) ? "sak " + row.number()
						: "item " + row.order()) + " \"" + row.title() + "\" (agenda row only)",
						row.evidence().firstLine(), row.evidence().lastLine()));
			}
			item.initiatives.addAll(Mentions.known(this.registry.initiatives(), row.title() + " " + itemText));
			item.standards.addAll(Mentions.known(this.registry.standards(), row.title() + " " + itemText));
			item.text = row.title() + " " + itemText;
			meeting.agenda.add(item);
		}
		if (!rows.isEmpty()) {
			meeting.paper(referat ? "referat" : "innkalling");
		}
	}

	/** The row with the fuller title its sak's heading gives, if any. */
	private AgendaRow fullerTitle(AgendaRow row, int headingLine) {
		return FullerTitles.of(row.title(), this.text.line(headingLine))
			.map(title -> {
				this.draft.recognised.add(new ImportReport.Item("sak", "sak " + row.number() + ": the fuller title \""
						+ title + "\" from its heading", headingLine, headingLine));
				return new AgendaRow(row.number(), row.order(), title, row.type(), row.time(), row.evidence());
			})
			.orElse(row);
	}

	static String agendaItemId(MeetingBuilder meeting, AgendaRow row) {
		if (row.number() == null) {
			return meeting.id + "-item-" + row.order();
		}
		Matcher m = Vocabulary.SAK_NUMBER.matcher(row.number());
		return m.find() ? meeting.body + "-sak-" + Integer.parseInt(m.group(1)) + "-" + Vocabulary.shortYear(m.group(3))
				: meeting.id + "-item-" + row.order();
	}

	/** Links to the saker a sak refers to, once every sak of the paper is known. */
	private void references(MeetingBuilder meeting, ItemBuilder item) {
		for (String number : Mentions.sakReferences(item.text)) {
			String target = meeting.body + "-sak-" + number.replace('/', '-');
			if (target.equals(item.id)) {
				continue;
			}
			if (this.registry.agendaItemIds().contains(target) || this.agendaIds.contains(target)) {
				item.refersTo.add(target);
			}
			else {
				this.draft.skipped.add(new ImportReport.Item("reference", "sak " + item.row.number() + " refers to sak "
						+ number + ", which is not in the seed or this paper", item.row.evidence().firstLine(),
						item.row.evidence().lastLine()));
			}
		}
	}

	/** "Godkjenning av referat fra NUFA 12. juni 2020": an earlier meeting of the body, held on that date. */
	private void minutesOf(MeetingBuilder meeting, AgendaRow row) {
		Matcher minutes = MINUTES_OF.matcher(row.title());
		if (!minutes.find()) {
			return;
		}
		Optional<Vocabulary.Found<LocalDate>> date = Vocabulary.date(minutes.group(1));
		if (date.isEmpty()) {
			return;
		}
		String body = this.draft.resolver().body(minutes.group(1).substring(0, date.get().start())).orElse(meeting.body);
		String id = body + "-" + date.get().value();
		if (this.meetings.containsKey(id) || this.registry.meetingIds().contains(id)) {
			return;
		}
		MeetingBuilder earlier = new MeetingBuilder(id, body, date.get().value(), "held");
		earlier.evidence.add(row.evidence());
		this.meetings.put(id, earlier);
		this.draft.recognised.add(new ImportReport.Item("meeting", "earlier meeting " + id + " (its referat is approved)",
				row.evidence().firstLine(), row.evidence().lastLine()));
	}

	/** In a referat: "Rune Røren, Helse- og omsorgsdepartementet, orienterte NUIT om …" — who presented. */
	private void presenters(MeetingBuilder meeting, int from, int to) {
		for (int n = from; n <= to; n++) {
			Matcher m = PRESENTED.matcher(this.text.line(n));
			if (!m.find() || !PersonNames.looksLikeName(m.group(1).strip())) {
				continue;
			}
			Quote quote = Quote.of(this.text.line(n), n, n);
			String organisation = this.draft.organisation(m.group(2), quote);
			String person = this.draft.person(m.group(1).strip(), organisation, meeting.body, meeting.date, quote);
			if (meeting.attend(new Draft.Attendance(person, organisation, "innleder", "present", null, quote))) {
				this.draft.recognised.add(new ImportReport.Item("participants", m.group(1).strip()
						+ " presented a sak (innleder) at " + meeting.id, n, n));
			}
		}
	}

	// --- builders -----------------------------------------------------------------------------------------

	/** The draft and the report of one import. */
	record ImportResult(Draft draft, ImportReport report) {
	}

}
