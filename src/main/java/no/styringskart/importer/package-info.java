/**
 * The importer: reads a new meeting paper (text, an HTML page, or a PDF's text layer) through a pipeline of
 * stages ({@code layout} normalises it into logical lines, {@code read} reads fields, participants and agenda,
 * {@code BlockImporter} resolves and drafts), recognises its meetings, participants,
 * saker and decisions with line ranges as evidence, resolves names against the seed's registry, and drafts a
 * paper file in the seed format plus a report of what was recognised, uncertain or skipped. Loading a draft
 * goes through the seed's own validated, all-or-nothing loader.
 */
package no.styringskart.importer;
