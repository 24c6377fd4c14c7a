package no.styringskart.importer.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.styringskart.importer.layout.Layout;
import no.styringskart.importer.layout.Line;

/**
 * The readers over a paper's logical lines: the head (before the agenda) gives the meeting's fields and its
 * participant sections, the rest gives the agenda and the presenters named in the saker's text.
 */
public final class PaperReader {

	private final Names names;

	/** A reader that knows the given names of the people already in the registry. */
	public PaperReader(Collection<String> knownPeople) {
		this.names = new Names(knownPeople);
	}

	public Reading read(Layout layout, Kind kind) {
		List<Line> lines = layout.lines();
		Accounts accounts = new Accounts();
		int agenda = AgendaReader.start(lines);
		List<Line> head = lines.subList(0, agenda);
		MeetingFields fields = FieldReader.read(head, kind, accounts);
		List<Entry> participants = new ArrayList<>(new ParticipantReader(this.names).read(head, fields.kind(), accounts));
		List<Sak> saker = AgendaReader.read(lines, agenda, accounts);
		participants.addAll(new PresenterReader(this.names).read(lines, agenda, fields.kind(), participants, accounts));
		return new Reading(fields, participants, saker, accounts.all(lines));
	}

}
