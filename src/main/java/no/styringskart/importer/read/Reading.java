package no.styringskart.importer.read;

import java.util.List;

/**
 * What the readers made of a paper's logical lines.
 *
 * @param fields the meeting's fields
 * @param participants every person named in a participant section or as a presenter, as written
 * @param saker the agenda
 * @param accounts every logical line with what became of it
 */
public record Reading(MeetingFields fields, List<Entry> participants, List<Sak> saker,
		List<Accounts.Account> accounts) {
}
