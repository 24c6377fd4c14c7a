package no.styringskart.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.shared.BadRequestException;
import no.styringskart.shared.Fold;

/**
 * What a search asks for: sak numbers ({@code 51/18}, {@code sak 51/18}, {@code 51-18}) and folded words. It
 * reaches Lucene only as folded words and digits that this class quotes and joins itself, never as query syntax.
 *
 * @param sakNumbers each as its number and its year, folded (51 and 18)
 * @param words the other folded words, at most {@value #MAX_WORDS}
 */
record SearchText(List<SakNumber> sakNumbers, List<String> words) {

	static final int MAX_TEXT = 200;

	static final int MAX_WORDS = 10;

	/** A sak number, with an optional "sak"/"saksnr." before it; the year of two or four digits. */
	private static final Pattern SAK_NUMBER = Pattern.compile(
			"(?iu)(?:\\bsak(?:snummer|snr|nr)?\\.?\\s*(?:nr\\.?\\s*)?)?(?<![\\p{L}\\p{N}])(\\d{1,4})\\s*[/-]\\s*(\\d{4}|\\d{2})(?![\\p{L}\\p{N}])");

	/** A sak number: {@code 51/18} is number 51 of (20)18. */
	record SakNumber(String number, String year) {

		/** The year as written and in its other form (18 and 2018, 2021 and 21), for a paper that writes it so. */
		List<String> years() {
			if (this.year.length() == 2) {
				return List.of(this.year, "20" + this.year);
			}
			return this.year.startsWith("20") ? List.of(this.year, this.year.substring(2)) : List.of(this.year);
		}

		/** Every form of the number as the folded words it becomes in stored text. */
		List<List<String>> forms() {
			return years().stream().map(y -> List.of(this.number, y)).toList();
		}

	}

	static SearchText of(String text) {
		if (text != null && text.length() > MAX_TEXT) {
			throw new BadRequestException("text is longer than " + MAX_TEXT + " characters");
		}
		List<SakNumber> numbers = new ArrayList<>();
		StringBuilder rest = new StringBuilder();
		Matcher sak = SAK_NUMBER.matcher((text != null) ? text : "");
		while (sak.find()) {
			numbers.add(new SakNumber(String.valueOf(Integer.parseInt(sak.group(1))), sak.group(2)));
			sak.appendReplacement(rest, " ");
		}
		sak.appendTail(rest);
		List<String> words = Fold.words(rest.toString()).stream().limit(MAX_WORDS).toList();
		if (words.isEmpty() && numbers.isEmpty()) {
			throw new BadRequestException("text must contain at least one letter or digit");
		}
		return new SearchText(List.copyOf(numbers), words);
	}

	/**
	 * The Lucene query: every sak number as a phrase of its two words (either form of the year), and every word
	 * exactly, as a prefix or (a word with a letter, from three characters) one edit away, which is what lets
	 * {@code sgr} find {@code sor}. Folded words hold only a-z and 0-9, so nothing needs escaping.
	 */
	String lucene() {
		List<String> clauses = new ArrayList<>();
		for (SakNumber sak : this.sakNumbers) {
			clauses.add("(" + String.join(" OR ", sak.forms().stream().map(f -> "\"" + String.join(" ", f) + "\"").toList()) + ")");
		}
		for (String w : this.words) {
			String fuzzy = (w.length() >= 3 && w.chars().anyMatch(Character::isLetter)) ? " OR " + w + "~1" : "";
			clauses.add("(" + w + "^3 OR " + w + "*^2" + fuzzy + ")");
		}
		return String.join(" AND ", clauses);
	}

	/** The words and the sak numbers, as one folded text: what a stored text equal to the query folds to. */
	String folded() {
		List<String> all = new ArrayList<>();
		this.sakNumbers.forEach(s -> all.add(s.number() + " " + s.year()));
		all.addAll(this.words);
		return String.join(" ", all);
	}

}
