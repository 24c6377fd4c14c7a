package no.styringskart.importer;

import java.util.List;
import java.util.Map;

/**
 * The seed-layout reader's toppnotater: a toppnotat header names the sak it belongs to, who presents it and who
 * prepared it, and the text under it may hold the proposed decision.
 */
final class ToppnotatReader {

	private final PaperText text;

	private final DraftBuilder draft;

	private final Map<String, MeetingBuilder> meetings;

	ToppnotatReader(PaperText text, DraftBuilder draft, Map<String, MeetingBuilder> meetings) {
		this.text = text;
		this.draft = draft;
		this.meetings = meetings;
	}

	void read(int at, int until) {
		Toppnotater.Header header = Toppnotater.read(this.text, at);
		MeetingBuilder meeting = null;
		ItemBuilder item = null;
		for (MeetingBuilder m : this.meetings.values()) {
			for (ItemBuilder i : m.agenda) {
				if (header.sakNumber() != null && header.sakNumber().equals(i.row.number())
						&& (meeting == null || m.date.equals(header.date()))) {
					meeting = m;
					item = i;
				}
			}
		}
		if (item == null) {
			this.draft.skipped.add(new ImportReport.Item("toppnotat", "toppnotat for sak "
					+ ((header.sakNumber() != null) ? header.sakNumber() : "(unreadable number)")
					+ " matches no sak of the paper's meetings", header.firstLine(), header.lastLine()));
			return;
		}
		meeting.paper("toppnotat");
		item.evidence.add(header.evidence());
		for (Toppnotater.Named named : header.presenters()) {
			String organisation = (named.organisation() != null) ? this.draft.organisation(named.organisation(),
					header.evidence()) : null;
			if (named.person() == null) {
				add(item.presentingOrganisations, organisation);
				continue;
			}
			String person = this.draft.person(named.person(), organisation, meeting.body, meeting.date,
					header.evidence());
			add(item.presenters, person);
			if (header.presentersAttend() && meeting.status.equals("planned")) {
				meeting.attend(new Draft.Attendance(person, organisation, "innleder", "invited",
						"sak " + item.row.number(), header.evidence()));
			}
		}
		for (Toppnotater.Named named : header.caseOfficers()) {
			if (named.person() != null) {
				String organisation = (named.organisation() != null)
						? this.draft.organisation(named.organisation(), header.evidence()) : null;
				add(item.caseOfficers, this.draft.person(named.person(), organisation, meeting.body, meeting.date,
						header.evidence()));
			}
		}
		if (item.proposedDecision == null) {
			SakDetail detail = SakSections.detail(this.text, header.lastLine() + 1, until);
			if (detail.proposedDecision() != null) {
				item.proposedDecision = detail.proposedDecision().value();
				item.evidence.add(detail.proposedDecision().evidence());
			}
		}
		this.draft.recognised.add(new ImportReport.Item("toppnotat", "toppnotat for sak " + header.sakNumber() + " of "
				+ meeting.id, header.firstLine(), header.lastLine()));
	}

	private static void add(List<String> ids, String id) {
		if (id != null && !ids.contains(id)) {
			ids.add(id);
		}
	}

}
