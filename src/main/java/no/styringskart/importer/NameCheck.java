package no.styringskart.importer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses what cannot be a name before it reaches the draft: too long, holding a heading word or a sak number,
 * or (for a person) a single word. A layout the reader got wrong shows here first, so the reason is reported.
 */
final class NameCheck {

	static final int LONGEST = 120;

	private static final Pattern HEADING_WORD = Pattern.compile("(?iu)\\b(?:saksliste|dagsorden|forfall|fravær|fråvær"
			+ "|deltakere|deltakarar|medlemmer|medlemmar|tilstede|bisittere|sekretariat|møtested|møtetid|tidspunkt"
			+ "|referat|innkalling|vedlegg|agenda)\\b");

	private static final Pattern SAK_NUMBER = Pattern.compile("(?<![\\d])\\d{1,3}/(?:\\d{4}|\\d{2})(?!\\d)");

	private NameCheck() {
	}

	/** Why a written person's name cannot be one, or empty when it can. */
	static Optional<String> person(String name) {
		if (name.strip().split("\\s+").length < 2) {
			return Optional.of("a person's name of one word (\"" + name + "\")");
		}
		return common(name);
	}

	/** Why a written organisation's name cannot be one, or empty when it can. */
	static Optional<String> organisation(String name) {
		return common(name);
	}

	private static Optional<String> common(String name) {
		if (name.length() > LONGEST) {
			return Optional.of("a name of " + name.length() + " characters (more than " + LONGEST + "): \""
					+ name.substring(0, 60) + " …\"");
		}
		if (HEADING_WORD.matcher(name).find()) {
			return Optional.of("a name holding a heading word (\"" + name + "\")");
		}
		if (SAK_NUMBER.matcher(name).find()) {
			return Optional.of("a name holding a sak number (\"" + name + "\")");
		}
		return Optional.empty();
	}

}
