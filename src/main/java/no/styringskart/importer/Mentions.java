package no.styringskart.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * Mentions in a sak's text: known initiatives and standards by their names and aliases, and references to
 * other saker ("sak 39/20", "(42/20)").
 */
final class Mentions {

	private static final Pattern SAK_REFERENCE = Pattern.compile(
			"(?i)(?:\\bsak(?:ene)?\\s+|\\()(\\d{1,3})\\s?/\\s?(\\d{2}|(?:19|20)\\d{2})(?![\\d/])");

	private Mentions() {
	}

	/**
	 * Whether a name occurs in a text as whole words. Short or upper-case names ("TAG", "KJ", "FHI") must occur
	 * exactly as written; longer names are compared folded (case, accents, punctuation).
	 */
	static boolean mentioned(String name, String text) {
		if (name.length() <= 4 || name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
			return Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(name) + "(?![\\p{L}\\d-])").matcher(text).find();
		}
		String needle = Fold.fold(name);
		return !needle.isEmpty() && (" " + Fold.fold(text) + " ").contains(" " + needle + " ");
	}

	/** The ids of known entities mentioned in a text. */
	static List<String> known(List<ImportRegistry.Known> entities, String text) {
		Set<String> ids = new LinkedHashSet<>();
		for (ImportRegistry.Known entity : entities) {
			if (entity.names().stream().anyMatch(n -> mentioned(n, text))) {
				ids.add(entity.id());
			}
		}
		return List.copyOf(ids);
	}

	/** Sak numbers referred to, as "number/short year" ("39/20"). */
	static List<String> sakReferences(String text) {
		Set<String> numbers = new LinkedHashSet<>();
		Matcher m = SAK_REFERENCE.matcher(text);
		while (m.find()) {
			numbers.add(Integer.parseInt(m.group(1)) + "/" + Vocabulary.shortYear(m.group(2)));
		}
		return List.copyOf(numbers);
	}

}
