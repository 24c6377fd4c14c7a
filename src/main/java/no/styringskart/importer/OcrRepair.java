package no.styringskart.importer;

import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * The confusions OCR makes in these papers (ø read as g, e, a or @; Ø as @; å as a; æ as ae or e; I as | or l;
 * O as 0), used only to build matching keys and tolerant patterns. The paper's own text stays as it is.
 */
final class OcrRepair {

	private OcrRepair() {
	}

	/**
	 * A key in which each group of confusable letters is one letter, so {@code Jgrgen}, {@code Jørgen} and
	 * {@code Jorgen} share a key. Coarse on purpose: it only finds candidates, {@link #similarity} scores them.
	 */
	static String skeleton(String text) {
		String folded = Fold.fold(text);
		StringBuilder key = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			key.append(collapse(folded.charAt(i)));
		}
		return key.toString();
	}

	private static char collapse(char c) {
		return switch (c) {
			case 'g', 'e', 'a', '0' -> 'o';
			case 'l', '1' -> 'i';
			default -> c;
		};
	}

	/** Edit distance on folded text where only OCR confusions were made counts below 1 per confusion. */
	static double distance(String x, String y) {
		double[] previous = new double[y.length() + 1];
		double[] current = new double[y.length() + 1];
		for (int j = 0; j <= y.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= y.length(); j++) {
				char a = x.charAt(i - 1);
				char b = y.charAt(j - 1);
				double substitute = (a == b) ? 0 : confusable(a, b) ? 0.25 : 1;
				current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitute);
			}
			double[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length()];
	}

	/** Whether {@code a} and {@code b} differ only by OCR confusions (same length, each difference known). */
	static boolean equivalent(String a, String b) {
		String x = Fold.fold(a);
		String y = Fold.fold(b);
		if (x.length() != y.length()) {
			return false;
		}
		for (int i = 0; i < x.length(); i++) {
			if (x.charAt(i) != y.charAt(i) && !confusable(x.charAt(i), y.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean confusable(char a, char b) {
		return collapse(a) == collapse(b);
	}

	/**
	 * A case-insensitive pattern for a word or phrase that also matches its OCR-damaged forms: {@code Møte}
	 * matches {@code Mgte} and {@code Mote}, {@code Ikke} matches {@code lkke}, {@code Kl.} matches {@code KI.}.
	 */
	static String tolerant(String phrase) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < phrase.length(); i++) {
			char c = phrase.charAt(i);
			regex.append(switch (Character.toLowerCase(c)) {
				case 'ø' -> "(?:[øØoOgGeEaA@öÖéÉpP]|og)";
				case 'å' -> "(?:[åÅaA3]|aa)";
				case 'æ' -> "(?:æ|Æ|ae|e|a)";
				case 'o' -> "[oO0øØ]";
				case 'i' -> "[iIl|1]";
				case 'l' -> "[lLI|1]";
				case ' ' -> "\\s+";
				default -> Pattern.quote(String.valueOf(c));
			});
		}
		return regex.toString();
	}

	static Pattern tolerantWord(String phrase) {
		return Pattern.compile("(?<![\\p{L}\\d])" + tolerant(phrase) + "(?![\\p{L}\\d])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
