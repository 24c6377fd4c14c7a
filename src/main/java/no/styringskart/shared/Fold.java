package no.styringskart.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Folds Norwegian text and its OCR damage to a plain lower-case ASCII key, so {@code Sør-Øst}, {@code Sor-Ost}
 * and {@code Sør Øst} meet: ø/ö/@ → o, æ → ae, å/ä → a, other accents dropped, punctuation to spaces.
 */
public final class Fold {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^a-z0-9]+");

	private Fold() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String lower = text.toLowerCase(java.util.Locale.ROOT)
			.replace("æ", "ae")
			.replace("ø", "o")
			.replace("ö", "o")
			.replace("@", "o")
			.replace("å", "a")
			.replace("ä", "a");
		String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return NOT_LETTERS_OR_DIGITS.matcher(plain).replaceAll(" ").strip();
	}

	/**
	 * Whitespace runs (newlines and non-breaking spaces included) as one space, none at either end: how the seed
	 * loader reads a paper and the quotes checked against it, and how the importer writes the quotes it drafts.
	 */
	public static String spaces(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				pendingSpace = !out.isEmpty();
			}
			else {
				if (pendingSpace) {
					out.append(' ');
					pendingSpace = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Whether {@link #spaces} counts a character as space. */
	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/** The folded words of a text, for matching word by word. */
	public static List<String> words(String text) {
		String folded = fold(text);
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

}
