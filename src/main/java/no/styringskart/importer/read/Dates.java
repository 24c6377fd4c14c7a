package no.styringskart.importer.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as these papers write them: "11. februar 2015", "Mandag 20. april, 2009", "18.12.2019", a
 * slug in a web address ("skate-mote-11-mars-2020", "skate-mote-11102023-referat"), a month and year with the
 * day given elsewhere ("desember 2015" and "DAG 1 (2. desember)"), and times "kl. 09:00–11:30".
 */
public final class Dates {

	private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember");

	private static final String MONTH = "(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november"
			+ "|desember)";

	private static final Pattern IN_WORDS = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\.\\s*" + MONTH
			+ "\\.?,?\\s+(\\d{4})(?!\\d)");

	private static final Pattern IN_DIGITS = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");

	private static final Pattern IN_SLUG = Pattern.compile("(?iu)(?<![\\d])(\\d{1,2})-" + MONTH + "-(\\d{4})(?!\\d)");

	private static final Pattern DIGIT_SLUG = Pattern.compile("(?<=-)(\\d{2})(\\d{2})(\\d{4})(?=-|/|$)");

	private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<![\\d.]\\s?)\\b" + MONTH + ",?\\s+(\\d{4})(?!\\d)");

	private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\.\\s*" + MONTH + "(?!\\s*,?\\s*\\d)");

	private static final Pattern TIME_RANGE = Pattern.compile(
			"(?<![\\d.:])([01]?\\d|2[0-3])[.:]([0-5]\\d)\\s*(?:[-–—]|til)\\s*([01]?\\d|2[0-3])[.:]([0-5]\\d)(?!\\d)");

	private Dates() {
	}

	/** The first full date a text writes, in words, in digits or in a web address. */
	public static Optional<LocalDate> date(String text) {
		Matcher words = IN_WORDS.matcher(text);
		if (words.find()) {
			return of(words.group(3), month(words.group(2)), words.group(1));
		}
		Matcher digits = IN_DIGITS.matcher(text);
		if (digits.find()) {
			return of(digits.group(3), Integer.parseInt(digits.group(2)), digits.group(1));
		}
		Matcher slug = IN_SLUG.matcher(text);
		if (slug.find()) {
			return of(slug.group(3), month(slug.group(2)), slug.group(1));
		}
		Matcher digitSlug = DIGIT_SLUG.matcher(text);
		if (digitSlug.find()) {
			return of(digitSlug.group(3), Integer.parseInt(digitSlug.group(2)), digitSlug.group(1));
		}
		return Optional.empty();
	}

	/** A month and year without a day ("desember 2015"): the first day of that month, to be completed. */
	static Optional<LocalDate> monthOnly(String text) {
		Matcher m = MONTH_YEAR.matcher(text);
		return m.find() ? of(m.group(2), month(m.group(1)), "1") : Optional.empty();
	}

	/** The day a text gives for a month without a year ("2. desember"), or 0. */
	static int dayOf(String text, int month) {
		Matcher m = DAY_MONTH.matcher(text);
		while (m.find()) {
			if (month(m.group(2)) == month) {
				return Integer.parseInt(m.group(1));
			}
		}
		return 0;
	}

	/** The first time range ("09:00–11:30", "Kl. 08:30 – 11:30") as "HH:MM" pairs. */
	static Optional<String[]> timeRange(String text) {
		Matcher m = TIME_RANGE.matcher(text);
		return m.find() ? Optional.of(new String[] { time(m.group(1), m.group(2)), time(m.group(3), m.group(4)) })
				: Optional.empty();
	}

	static boolean hasTime(String text) {
		return TIME_RANGE.matcher(text).find();
	}

	private static String time(String hours, String minutes) {
		return ((hours.length() == 1) ? "0" + hours : hours) + ":" + minutes;
	}

	private static int month(String written) {
		return MONTHS.indexOf(written.toLowerCase(Locale.ROOT)) + 1;
	}

	private static Optional<LocalDate> of(String year, int month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
