package no.styringskart.search;

import java.util.ArrayList;
import java.util.List;

import no.styringskart.shared.Fold;

/**
 * How well one stored text matches a search, and the text as a snippet with the matching words marked. Words are
 * cut and folded as the index's analyzer cuts and folds them, so what Lucene found can be found again here.
 *
 * @param bonus what the match adds to Lucene's score: 3 when every word matches exactly, less for prefixes and
 * near misses; 7 more when the whole text is the query, 3 more when it holds the query as a phrase
 * @param text the text
 * @param tokens its words
 * @param marked which of them match
 */
record TextMatch(double bonus, String text, List<Token> tokens, boolean[] marked) {

	/** Characters of context a long text keeps around its first match. */
	private static final int CONTEXT = 90;

	record Token(int start, int end, String folded) {
	}

	/** The match of {@code text}, or null when none of the query's words is in it. */
	static TextMatch of(String text, SearchText query) {
		List<Token> tokens = tokens(text);
		boolean[] marked = new boolean[tokens.size()];
		double found = 0;
		for (SearchText.SakNumber sak : query.sakNumbers()) {
			boolean any = false;
			for (int i = 0; i + 1 < tokens.size(); i++) {
				if (tokens.get(i).folded().equals(sak.number()) && sak.years().contains(tokens.get(i + 1).folded())) {
					marked[i] = marked[i + 1] = true;
					any = true;
				}
			}
			found += any ? 1 : 0;
		}
		for (String word : query.words()) {
			double best = 0;
			for (int i = 0; i < tokens.size(); i++) {
				double quality = quality(tokens.get(i).folded(), word);
				if (quality > 0) {
					marked[i] = true;
					best = Math.max(best, quality);
				}
			}
			found += best;
		}
		if (found == 0) {
			return null;
		}
		int terms = query.sakNumbers().size() + query.words().size();
		String folded = String.join(" ", tokens.stream().map(Token::folded).toList());
		String asked = query.folded();
		double phrase = folded.equals(asked) ? 7 : (" " + folded + " ").contains(" " + asked + " ") ? 3 : 0;
		return new TextMatch(3 * found / terms + phrase, text, tokens, marked);
	}

	/** 1 for the word itself, 0.8 for a word it begins, 0.6 for one edit away (Lucene's fuzzy match), else 0. */
	private static double quality(String token, String word) {
		if (token.equals(word)) {
			return 1;
		}
		if (token.startsWith(word)) {
			return 0.8;
		}
		boolean fuzzy = word.length() >= 3 && word.chars().anyMatch(Character::isLetter);
		return (fuzzy && oneEditApart(token, word)) ? 0.6 : 0;
	}

	private static boolean oneEditApart(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2));
			return a.substring(i + 1).equals(b.substring(Math.min(i + 1, b.length()))) || swapped;
		}
		String longer = (a.length() > b.length()) ? a : b;
		String shorter = (a.length() > b.length()) ? b : a;
		return longer.substring(i + 1).equals(shorter.substring(i));
	}

	/** Runs of letters and digits ({@code @}, an OCR form of ø, counts as a letter), each with its folded form. */
	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean inWord = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '@');
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				tokens.add(new Token(start, i, fold(text, start, i)));
				start = -1;
			}
		}
		return tokens;
	}

	/** A word folded as {@link Fold#fold} folds it; most are plain ASCII, which only needs lower-casing. */
	private static String fold(String text, int start, int end) {
		StringBuilder plain = new StringBuilder(end - start);
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				plain.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				plain.append((char) (c + ('a' - 'A')));
			}
			else {
				return Fold.fold(text.substring(start, end)).replace(" ", "");
			}
		}
		return plain.toString();
	}

	/**
	 * The text (around the first match when it is long) as HTML: escaped, matches in {@code <mark>}; made only for
	 * the text a hit shows, not for every text ranked.
	 */
	String snippet() {
		return snippet(this.text, this.tokens, this.marked);
	}

	private static String snippet(String text, List<Token> tokens, boolean[] marked) {
		int first = 0;
		while (!marked[first]) {
			first++;
		}
		int from = 0;
		int to = text.length();
		if (text.length() > 2 * CONTEXT + 40) {
			from = Math.max(0, tokens.get(first).start() - CONTEXT);
			to = Math.min(text.length(), tokens.get(first).end() + CONTEXT);
			from = (from == 0) ? 0 : wordStart(text, from);
			to = (to == text.length()) ? to : wordEnd(text, to);
		}
		StringBuilder html = new StringBuilder((from > 0) ? "…" : "");
		int at = from;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!marked[i] || token.start() < from || token.end() > to) {
				continue;
			}
			escape(text.substring(at, token.start()), html);
			html.append("<mark>");
			escape(text.substring(token.start(), token.end()), html);
			html.append("</mark>");
			at = token.end();
		}
		escape(text.substring(at, to), html);
		return html.append((to < text.length()) ? "…" : "").toString();
	}

	private static int wordStart(String text, int at) {
		int space = text.indexOf(' ', at);
		return (space < 0 || space > at + 20) ? at : space + 1;
	}

	private static int wordEnd(String text, int at) {
		int space = text.lastIndexOf(' ', at);
		return (space < 0 || space < at - 20) ? at : space;
	}

	/** A text as HTML, nothing marked. */
	static String escaped(String text) {
		StringBuilder html = new StringBuilder(text.length());
		escape(text, html);
		return html.toString();
	}

	private static void escape(String text, StringBuilder html) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				default -> html.append(c);
			}
		}
	}

}
