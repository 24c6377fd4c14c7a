package no.styringskart.importer;

/**
 * One sak as an agenda table lists it.
 *
 * @param number the sak number as written ("24/20", "03/2024", "3-24"), or null in a table numbered 1, 2, 3
 * @param order its position in the agenda, from 1
 * @param title the title, markup removed (OCR damage kept)
 * @param type the sakstype in proper spelling, or null
 * @param time the time it starts ("09:15"), or null
 * @param evidence the row's lines
 */
record AgendaRow(String number, int order, String title, String type, String time, Quote evidence) {
}
