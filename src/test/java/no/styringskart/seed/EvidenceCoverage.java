package no.styringskart.seed;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * How much of a source paper the stored quotes cover. A line is substantive when it has at least five words of at
 * least three letters; it is covered when quotes span at least half of its non-space characters. A quote covers
 * its first occurrence in the paper with whitespace folded, which is where the loader locates it.
 */
final class EvidenceCoverage {

	private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

	private EvidenceCoverage() {
	}

	/** Substantive and covered lines of one paper. */
	record Paper(String document, int substantive, int covered) {

		double share() {
			return (this.substantive == 0) ? 0 : (double) this.covered / this.substantive;
		}

	}

	static Paper measure(String document, String text, Collection<String> quotes) {
		boolean[] covered = coveredCharacters(text, quotes);
		int substantive = 0;
		int coveredLines = 0;
		int start = 0;
		for (String line : text.split("\n", -1)) {
			if (substantive(line)) {
				substantive++;
				int nonSpace = 0;
				int hit = 0;
				for (int i = start; i < start + line.length(); i++) {
					if (!Fold.isSpace(text.charAt(i))) {
						nonSpace++;
						hit += covered[i] ? 1 : 0;
					}
				}
				coveredLines += (2 * hit >= nonSpace) ? 1 : 0;
			}
			start += line.length() + 1;
		}
		return new Paper(document, substantive, coveredLines);
	}

	static boolean substantive(String line) {
		int words = 0;
		Matcher word = WORD.matcher(line);
		while (word.find()) {
			if (word.group().codePoints().filter(Character::isLetter).count() >= 3) {
				words++;
			}
		}
		return words >= 5;
	}

	/** The characters of the text that the first occurrence of some quote spans. */
	private static boolean[] coveredCharacters(String text, Collection<String> quotes) {
		StringBuilder folded = new StringBuilder(text.length());
		int[] origin = new int[text.length()];
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Fold.isSpace(c)) {
				pendingSpace = !folded.isEmpty();
				continue;
			}
			if (pendingSpace) {
				origin[folded.length()] = i - 1; // a space: never counted, as line coverage counts non-space only
				folded.append(' ');
				pendingSpace = false;
			}
			origin[folded.length()] = i;
			folded.append(c);
		}
		boolean[] covered = new boolean[text.length()];
		for (String quote : quotes) {
			String needle = Fold.spaces(quote);
			int at = needle.isEmpty() ? -1 : folded.indexOf(needle);
			for (int k = at; at >= 0 && k < at + needle.length(); k++) {
				covered[origin[k]] = true;
			}
		}
		return covered;
	}

}
