/**
 * The importer's readers over logical lines: the meeting's fields, its participant sections and entries (bokmål
 * and nynorsk, stand-ins, run-on lists), its agenda and the presenters the saker name, each line accounted for.
 * What they read is as written; resolving it against the registry is the next stage's work.
 */
package no.styringskart.importer.read;
