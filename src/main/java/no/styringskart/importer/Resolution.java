package no.styringskart.importer;

import java.util.List;

/**
 * What a name in the paper was resolved to.
 *
 * @param written the name as the paper writes it
 * @param outcome linked to a registry entity, proposed for review (a new entity for now), or new
 * @param id the linked id (LINKED only)
 * @param candidates the candidates considered, best first
 */
record Resolution(String written, Outcome outcome, String id, List<Match> candidates) {

	enum Outcome {

		/** Above the threshold and unambiguous: the draft refers to the existing id. */
		LINKED,
		/** In the grey zone (or ambiguous): the draft declares a new entity, the report proposes the match. */
		PROPOSED,
		/** Nothing close: a new entity. */
		NEW

	}

	Match best() {
		return this.candidates.isEmpty() ? null : this.candidates.get(0);
	}

}
