/** Search across names, aliases, titles and vedtak, tolerant of accents and OCR damage; lookup by global id. */
package no.styringskart.search;
