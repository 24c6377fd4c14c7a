package no.styringskart.meetings;

import java.time.LocalDate;

/** Filter of the {@code meetings} list. */
record MeetingFilter(String body, LocalDate from, LocalDate to, String status) {
}
