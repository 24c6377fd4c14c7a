package no.styringskart.search;

import java.util.List;

/**
 * A statement search found (by its text, the text of one of its milestone dates, or its quotes), in scalars, so
 * that search needs nothing of the type that lists statements.
 *
 * @param about what the statement is about (its {@code ABOUT} relationships), as search results
 */
record StatementMention(String statementId, String statementKind, String text, List<Object> about) {
}
