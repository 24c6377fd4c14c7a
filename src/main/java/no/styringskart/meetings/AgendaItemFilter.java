package no.styringskart.meetings;

import java.time.LocalDate;

/** Filter of the {@code agendaItems} list. */
record AgendaItemFilter(String body, String type, LocalDate from, LocalDate to, String textContains,
		Boolean hasDecision) {
}
