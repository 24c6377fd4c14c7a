/**
 * One search over every text of every node and relationship (names, titles, vedtak, notes, statuses, statements,
 * evidence quotes…), through Neo4j full-text indexes with an analyzer that folds as the query is folded, so it is
 * tolerant of accents and OCR damage; sak numbers in any form; lookup by global id.
 */
package no.styringskart.search;
