package no.styringskart.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list query over {@code n}, built from fixed Cypher fragments and parameters; a
 * condition whose value is absent is left out. User input only ever travels as a parameter.
 */
public final class Filter {

	final List<String> conditions = new ArrayList<>();

	final Map<String, Object> parameters = new HashMap<>();

	/** A pattern that finds the candidates from an indexed start instead of scanning the label, if any. */
	String anchor;

	/** Every folded word of the text occurs in the node's folded names (accents, case and order ignored). */
	public Filter words(String text) {
		List<String> words = (text == null || text.isBlank()) ? null : Fold.words(text);
		return when("all(w IN $words WHERE n.searchKey CONTAINS w)", "words", words);
	}

	/** {@code n.<property> = value}. */
	public Filter equal(String property, Object value) {
		return when("n." + property + " = $" + property, property, value);
	}

	/**
	 * Restricts the list to the nodes {@code n} a pattern reaches from an indexed node, applied when the value
	 * is present: the query starts there instead of testing every node of the label. At most one per list.
	 */
	public Filter from(String pattern, String parameter, Object value) {
		if (value != null) {
			if (this.anchor != null) {
				throw new IllegalStateException("a list has at most one anchor pattern");
			}
			this.anchor = pattern;
			this.parameters.put(parameter, value);
		}
		return this;
	}

	/** A fragment over {@code n} using {@code $<parameter>}, applied when the value is present. */
	public Filter when(String condition, String parameter, Object value) {
		if (value != null) {
			this.conditions.add(condition);
			this.parameters.put(parameter, value);
		}
		return this;
	}

}
