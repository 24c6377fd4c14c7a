package no.styringskart.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words these papers are built from: sakstyper, months, times, sak numbers, and the labels that open a
 * header field or a list of participants. Every pattern tolerates the papers' OCR damage.
 */
final class Vocabulary {

	private Vocabulary() {
	}

	/** Sakstyper in their proper spelling; the paper's spelling stays in the evidence. */
	static final List<String> SAK_TYPES = List.of("Godkjenning", "Orientering", "Drøfting", "Tilslutning",
			"Beslutning", "Vedtak", "Innspill", "Diskusjon", "Informasjon", "Eventuelt", "Forankring", "Høring");

	private static final String TYPE_ALTERNATIVES = String.join("|",
			SAK_TYPES.stream().map(OcrRepair::tolerant).toList());

	/** One sakstype or two joined by "og" ("Tilslutning og drøfting"), as a whole cell or at the end of a row. */
	static final Pattern SAK_TYPE = Pattern.compile("(?<![\\p{L}])((?:" + TYPE_ALTERNATIVES + ")(?:\\s+og\\s+(?:"
			+ TYPE_ALTERNATIVES + "))?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The sakstype in proper spelling for a matched cell, e.g. "Drgfting" → "Drøfting". */
	static String sakType(String matched) {
		String[] parts = matched.strip().split("\\s+og\\s+");
		StringBuilder type = new StringBuilder();
		for (String part : parts) {
			String proper = SAK_TYPES.stream()
				.filter(t -> OcrRepair.tolerantWord(t).matcher(part).matches())
				.findFirst()
				.orElse(part);
			type.append(type.isEmpty() ? proper : " og " + proper.toLowerCase(java.util.Locale.ROOT));
		}
		return type.toString();
	}

	/**
	 * A sak number as papers write it: "24/20", "1/2021", "Sak 03/2024", "3-24" (also with OCR's "17125" for
	 * "17/25" not recognised: a number that cannot be read is left for the report).
	 */
	static final Pattern SAK_NUMBER = Pattern.compile("(?<![\\d/.-])(\\d{1,3})\\s?([/-])\\s?((?:19|20)\\d{2}|\\d{2})(?![\\d/.]|-\\d)");

	/** The short year of a sak number ("2024" → "24"). */
	static String shortYear(String year) {
		return (year.length() == 4) ? year.substring(2) : year;
	}

	private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
			"august", "september", "oktober", "november", "desember");

	private static final Pattern DATE_IN_WORDS = Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s*("
			+ String.join("|", MONTHS.stream().map(OcrRepair::tolerant).toList()) + ")\\.?\\s+(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern DATE_IN_DIGITS = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d])");

	/** The first date in a text: "18. mars 2021", "18.03.2021" or "15.05.25". */
	static Optional<Found<LocalDate>> date(String text) {
		Matcher words = DATE_IN_WORDS.matcher(text);
		Matcher digits = DATE_IN_DIGITS.matcher(text);
		boolean inWords = words.find();
		boolean inDigits = digits.find();
		if (inWords && (!inDigits || words.start() <= digits.start())) {
			return safeDate(Integer.parseInt(words.group(3)), month(words.group(2)), Integer.parseInt(words.group(1)))
				.map(d -> new Found<>(d, words.start(), words.end()));
		}
		if (inDigits) {
			String year = digits.group(3);
			int y = (year.length() == 2) ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
			return safeDate(y, Integer.parseInt(digits.group(2)), Integer.parseInt(digits.group(1)))
				.map(d -> new Found<>(d, digits.start(), digits.end()));
		}
		return Optional.empty();
	}

	static int month(String written) {
		for (int m = 0; m < MONTHS.size(); m++) {
			if (OcrRepair.tolerantWord(MONTHS.get(m)).matcher(written).matches()) {
				return m + 1;
			}
		}
		return 0;
	}

	static Optional<LocalDate> safeDate(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** "Kl. 10.00 – 12.30", "KI. 09.00 - 16.00", "09:00 - 16:00", "kl. 1300-1500". */
	private static final Pattern TIME_RANGE = Pattern.compile(
			"(?<!\\d)([01]?\\d|2[0-3])[.:]?([0-5]\\d)\\s*(?:[-–—]|til)\\s*([01]?\\d|2[0-3])[.:]?([0-5]\\d)(?!\\d)");

	static Optional<String[]> timeRange(String text) {
		Matcher m = TIME_RANGE.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of(new String[] { time(m.group(1), m.group(2)), time(m.group(3), m.group(4)) });
	}

	/** A time of day in a table cell: "11:00", "09.15". */
	static final Pattern TIME = Pattern.compile("(?<![\\d.:/])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d/]|\\.\\d)");

	static String time(String hours, String minutes) {
		return ((hours.length() == 1) ? "0" + hours : hours) + ":" + minutes;
	}

	/** A value and where it was found in its text. */
	record Found<T>(T value, int start, int end) {
	}

}
