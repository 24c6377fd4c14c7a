package no.styringskart.search;

import no.styringskart.shared.Evidence;

/**
 * One search result.
 *
 * @param score Lucene's score with the bonus of the best matching text
 * @param kind what was found
 * @param field the property whose text matched best (name, aliases, evidenceQuotes…)
 * @param matched that text in full
 * @param snippet that text, around the match, as HTML with the matching words in {@code <mark>}
 * @param evidence the quote that matched, or the first passage stating what was found
 * @param result the entity, dependency, body relation or statement found
 * @param counterpart the other end, for a position or an involvement; else null
 */
record SearchHit(double score, SearchType kind, String field, String matched, String snippet, Evidence evidence,
		Object result, Object counterpart) {

	/** The result when it is a statement, typed, so a client need not spell out the union. */
	public StatementMention statement() {
		return (this.result instanceof StatementMention mention) ? mention : null;
	}

}
