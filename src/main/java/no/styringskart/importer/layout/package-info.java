/**
 * The importer's first stage: any paper's text (typed, a PDF transcript, an HTML page flattened by its
 * structure) normalised into logical lines, with the physical lines that carry nothing to read left out and why.
 */
package no.styringskart.importer.layout;
