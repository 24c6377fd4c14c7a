package no.styringskart.search;

import java.time.LocalDate;

/**
 * Narrows a search: to what concerns a body, to meetings or papers dated in a window, to what a document states.
 */
record SearchFilter(String body, LocalDate from, LocalDate to, String document) {
}
