package no.styringskart.statements;

import java.time.LocalDate;
import java.util.List;

/** Which statements the root list gives. */
record StatementFilter(List<StatementKind> kinds, String about, String mentions, String actor, String body, LocalDate from,
		LocalDate to, String document) {
}
