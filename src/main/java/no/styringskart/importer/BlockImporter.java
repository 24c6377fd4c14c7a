package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import no.styringskart.importer.layout.Layout;
import no.styringskart.importer.layout.PaperLayout;
import no.styringskart.importer.read.Accounts;
import no.styringskart.importer.read.Entry;
import no.styringskart.importer.read.Kind;
import no.styringskart.importer.read.MeetingFields;
import no.styringskart.importer.read.PaperReader;
import no.styringskart.importer.read.Reading;
import no.styringskart.importer.read.Sak;
import no.styringskart.shared.Fold;

/**
 * The block pipeline: the layout stage normalises the paper into logical lines, the readers take the meeting's
 * fields, its participants and its agenda from them, and this class resolves what they read and drafts one
 * meeting. Every logical line and every skipped physical line ends up in the report.
 */
final class BlockImporter {

	private final PaperText text;

	private final String documentId;

	private final ImportRegistry registry;

	private final ImportOptions options;

	private final DraftBuilder draft;

	private BlockImporter(String text, String documentId, ImportRegistry registry, ImportOptions options) {
		this.text = PaperText.of(text);
		this.documentId = documentId;
		this.registry = registry;
		this.options = options;
		this.draft = new DraftBuilder(registry);
	}

	static Result read(String text, String documentId, ImportRegistry registry, ImportOptions options) {
		return new BlockImporter(text, documentId, registry, options).run(text);
	}

	private Result run(String paper) {
		Layout layout = PaperLayout.of(paper);
		Reading reading = new PaperReader(this.registry.people().stream().map(ImportRegistry.Known::name).toList())
			.read(layout, this.options.kind());
		layout.skipped().forEach(s -> this.draft.skipped.add(new ImportReport.Item("layout", s.reason(), s.source(),
				s.source())));
		for (Accounts.Account account : reading.accounts()) {
			ImportReport.Item item = new ImportReport.Item("line", account.what(), account.line().source(),
					account.line().source());
			switch (account.outcome()) {
				case RECOGNISED -> this.draft.recognised.add(item);
				case UNCERTAIN -> this.draft.uncertain.add(item);
				case SKIPPED -> this.draft.skipped.add(item);
			}
		}
		List<Draft.Meeting> meetings = new ArrayList<>();
		List<Draft.Membership> memberships = new ArrayList<>();
		meeting(reading).ifPresent(m -> {
			meetings.add(m.build());
			memberships.addAll(m.memberships);
		});
		Draft result = new Draft(this.documentId, this.draft.organisations(), this.draft.people(), this.draft.bodies(),
				memberships, meetings);
		return new Result(new PaperImporter.ImportResult(result, new ImportReport(this.draft.recognised,
				this.draft.uncertain, this.draft.skipped, this.draft.resolutions)), reading);
	}

	private Optional<MeetingBuilder> meeting(Reading reading) {
		MeetingFields fields = reading.fields();
		LocalDate date = (this.options.date() != null) ? this.options.date()
				: (fields.date() != null) ? fields.date().value() : null;
		String bodyName = (this.options.body() != null) ? this.options.body()
				: (fields.body() != null) ? fields.body().value() : null;
		if (date == null || bodyName == null) {
			this.draft.skipped.add(new ImportReport.Item("paper", "no meeting drafted: the paper names no "
					+ ((date == null) ? "date of its meeting (give --date=YYYY-MM-DD)" : "")
					+ ((date == null && bodyName == null) ? " and no " : "")
					+ ((bodyName == null) ? "body (give --body=NAME)" : ""), 0, 0));
			return Optional.empty();
		}
		Quote bodyQuote = (fields.body() != null) ? quote(fields.body().line().source(), fields.body().value())
				: this.text.quote(1, 1);
		String body = this.draft.resolver().body(bodyName)
			.orElseGet(() -> this.draft.newBody(bodyName.replaceAll("\\s*\\(.*\\)$", ""), bodyQuote));
		String id = body + "-" + date;
		if (this.registry.meetingIds().contains(id)) {
			this.draft.skipped.add(new ImportReport.Item("meeting", "meeting " + id + " is already in the seed; "
					+ "nothing is drafted", 0, 0));
			return Optional.empty();
		}
		Kind kind = fields.kind();
		MeetingBuilder meeting = new MeetingBuilder(id, body, date, (kind == Kind.REFERAT) ? "held" : "planned");
		meeting.paper((kind == Kind.REFERAT) ? "referat" : "innkalling");
		if (fields.date() != null && this.options.date() == null) {
			meeting.evidence.add(this.text.quote(fields.date().line().source(), fields.date().line().source()));
		}
		else {
			// the date was given, not read: the line naming the body (or the paper's first line) is the evidence
			meeting.evidence.add(bodyQuote);
		}
		if (fields.start() != null) {
			meeting.start = fields.start().value();
			meeting.end = fields.end().value();
		}
		if (fields.place() != null && NameCheck.organisation(fields.place().value()).isEmpty()) {
			meeting.place = fields.place().value();
		}
		this.draft.recognised.add(new ImportReport.Item("meeting", kind.name().toLowerCase() + " of " + id, 0, 0));
		for (Entry entry : reading.participants()) {
			attend(meeting, entry);
		}
		int order = 0;
		for (Sak sak : reading.saker()) {
			order++;
			agendaItem(meeting, sak, order);
		}
		return Optional.of(meeting);
	}

	private void attend(MeetingBuilder meeting, Entry entry) {
		int line = entry.line().source();
		Optional<String> refused = NameCheck.person(entry.name());
		if (refused.isPresent()) {
			this.draft.uncertain.add(new ImportReport.Item("participant", "refused " + refused.get(), line, line));
			return;
		}
		Quote quote = quote(line, entry.written());
		String organisation = null;
		if (entry.organisation() != null) {
			Optional<String> badOrganisation = NameCheck.organisation(entry.organisation());
			if (badOrganisation.isPresent()) {
				this.draft.uncertain.add(new ImportReport.Item("organisation", entry.name() + ": organisation refused, "
						+ badOrganisation.get(), line, line));
			}
			else {
				organisation = this.draft.organisation(entry.organisation(), quote(line, entry.organisation()));
			}
		}
		String person = this.draft.person(entry.name(), organisation, meeting.body, meeting.date, quote);
		boolean listed = entry.status().equals("listed");
		String note = listed ? join(entry.note(), "listed; the paper does not say who attended") : entry.note();
		if (meeting.attend(new Draft.Attendance(person, organisation, entry.role(), listed ? "invited" : entry.status(),
				note, quote)) && Set.of("medlem", "leder", "observator").contains(entry.role())) {
			meeting.memberships.add(new Draft.Membership(person, meeting.body, entry.role(), organisation, quote));
		}
	}

	private void agendaItem(MeetingBuilder meeting, Sak sak, int order) {
		int line = sak.line().source();
		Matcher m = java.util.regex.Pattern.compile("^(\\d{1,3})/(\\d{2}|\\d{4})$")
			.matcher((sak.number() != null) ? sak.number() : "");
		String id = m.matches() ? meeting.body + "-sak-" + Integer.parseInt(m.group(1)) + "-"
				+ ((m.group(2).length() == 4) ? m.group(2).substring(2) : m.group(2)) : meeting.id + "-item-" + order;
		if (this.registry.agendaItemIds().contains(id) || meeting.hasItem(id)) {
			this.draft.skipped.add(new ImportReport.Item("sak", "sak " + id + " is already in the seed or twice in the "
					+ "paper; left out", line, line));
			return;
		}
		AgendaRow row = new AgendaRow(sak.number(), order, sak.title(), null, null, quote(line, sak.title()));
		ItemBuilder item = new ItemBuilder(id, row);
		item.text = sak.title();
		item.initiatives.addAll(Mentions.known(this.registry.initiatives(), sak.title()));
		item.standards.addAll(Mentions.known(this.registry.standards(), sak.title()));
		meeting.agenda.add(item);
	}

	/** A quote of what a line says about something: the passage itself when the line holds it, else the line. */
	private Quote quote(int line, String passage) {
		String physical = Fold.spaces(this.text.line(line));
		String wanted = Fold.spaces(passage);
		if (!wanted.isEmpty() && physical.contains(wanted)) {
			return Quote.of(wanted, line, line);
		}
		return this.text.quote(line, line);
	}

	private static String join(String a, String b) {
		return (a == null) ? b : a + "; " + b;
	}

	/** The import and what the readers made of the paper (for measuring the readers against an independent one). */
	record Result(PaperImporter.ImportResult result, Reading reading) {
	}

}
