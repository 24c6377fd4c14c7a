package no.styringskart.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * An agenda often shortens a title that the sak's own heading gives in full ("Plan for internasjonale standarder"
 * → "Plan for internasjonale standarder 2021-2024"). The heading's title is taken when it starts like the agenda's
 * and contains all its words in order, adding words: a longer form of the same title, not another sak.
 */
final class FullerTitles {

	private static final Pattern MARKUP = Pattern.compile("<[^>]{1,20}>");

	private static final Pattern CELL = Pattern.compile("\\t|\\s\\|\\s");

	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:sak\\s+)?\\d{1,3}\\s?[/-]\\s?\\d{2,4}\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILING_TIME = Pattern.compile("\\s*" + Vocabulary.TIME.pattern() + "\\s*$");

	private FullerTitles() {
	}

	/** The fuller title on the sak's heading line, if it has one. */
	static Optional<String> of(String agendaTitle, String headingLine) {
		List<String> words = words(agendaTitle);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		for (String cell : CELL.split(MARKUP.matcher(headingLine).replaceAll(""))) {
			String candidate = withoutTypeAndTime(LEADING_NUMBER.matcher(cell).replaceFirst("")).strip();
			List<String> fuller = words(candidate);
			if (fuller.size() > words.size() && fuller.get(0).equals(words.get(0)) && inOrder(words, fuller)) {
				return Optional.of(Fold.spaces(candidate));
			}
		}
		return Optional.empty();
	}

	private static String withoutTypeAndTime(String cell) {
		String rest = cell.strip();
		for (boolean changed = true; changed;) {
			changed = false;
			Matcher type = Vocabulary.SAK_TYPE.matcher(rest);
			int last = -1;
			while (type.find()) {
				last = (type.end() == rest.length()) ? type.start() : last;
			}
			if (last > 0) {
				rest = rest.substring(0, last).strip();
				changed = true;
			}
			Matcher time = TRAILING_TIME.matcher(rest);
			if (time.find() && time.start() > 0) {
				rest = rest.substring(0, time.start()).strip();
				changed = true;
			}
		}
		return rest;
	}

	private static boolean inOrder(List<String> words, List<String> fuller) {
		int at = 0;
		for (String word : fuller) {
			if (at < words.size() && word.equals(words.get(at))) {
				at++;
			}
		}
		return at == words.size();
	}

	private static List<String> words(String text) {
		return Arrays.stream(OcrRepair.skeleton(Fold.fold(text)).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
	}

}
