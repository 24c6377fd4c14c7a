package no.styringskart.statements;

import java.time.LocalDate;

/** Which milestones the root list gives. */
record MilestoneFilter(String about, String mentions, String body, LocalDate from, LocalDate to, String document) {
}
