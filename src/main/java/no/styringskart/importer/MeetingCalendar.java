package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's plan of meetings — "Møtekalender 2021", "Møteplan", "Møtedatoer" — a heading followed by one date a
 * line (a list or a table), each maybe with a time ("12. mai kl. 1300-1500", "- 26.08.2021 12:00–14:00"). A date
 * without a year takes the heading's year, else the year of the meeting the plan belongs to.
 */
final class MeetingCalendar {

	private static final Pattern HEADING = Pattern.compile("^[\\W\\d]*(?:" + OcrRepair.tolerant("møtekalender") + "|"
			+ OcrRepair.tolerant("møteplan") + "|" + OcrRepair.tolerant("møtedatoer") + ")(?:\\s+(?:for\\s+)?((?:19|20)\\d{2}))?"
			+ "\\s*:?[*\\s]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern DAY_AND_MONTH = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s*("
			+ String.join("|", List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
					"oktober", "november", "desember").stream().map(OcrRepair::tolerant).toList())
			+ ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The header of a plan laid out as a table: "Dato | Tid | Sted". */
	private static final Pattern TABLE_HEADER = Pattern.compile("(?i)^\\W*dato\\b");

	/** Blank lines allowed between the heading and the dates, or between dates. */
	private static final int GAP = 2;

	/**
	 * One planned date.
	 * @param date the date
	 * @param start the time it starts, or null
	 * @param end the time it ends, or null
	 * @param evidence its line
	 */
	record Entry(LocalDate date, String start, String end, Quote evidence) {
	}

	/** A plan: its heading line, last line and dates. */
	record Calendar(int firstLine, int lastLine, List<Entry> entries) {
	}

	private MeetingCalendar() {
	}

	/** The lines that head a meeting plan. */
	static List<Integer> headings(PaperText text) {
		List<Integer> headings = new ArrayList<>();
		for (int n = 1; n <= text.lineCount(); n++) {
			if (HEADING.matcher(text.line(n)).find()) {
				headings.add(n);
			}
		}
		return headings;
	}

	/** The dates under the heading on line {@code heading}; {@code fallbackYear} for dates that give none. */
	static Calendar read(PaperText text, int heading, int fallbackYear) {
		Matcher title = HEADING.matcher(text.line(heading));
		title.find();
		int year = (title.group(1) != null) ? Integer.parseInt(title.group(1)) : fallbackYear;
		List<Entry> entries = new ArrayList<>();
		int last = heading;
		for (int n = heading + 1; n <= text.lineCount() && n - last <= GAP + 1; n++) {
			if (text.blank(n)) {
				continue;
			}
			Optional<LocalDate> date = date(text.line(n), year);
			if (date.isEmpty() && entries.isEmpty() && TABLE_HEADER.matcher(text.line(n)).find()) {
				continue;
			}
			if (date.isEmpty()) {
				break;
			}
			Optional<String[]> time = Vocabulary.timeRange(text.line(n));
			entries.add(new Entry(date.get(), time.map(t -> t[0]).orElse(null), time.map(t -> t[1]).orElse(null),
					text.quote(n, n)));
			last = n;
		}
		return new Calendar(heading, last, entries);
	}

	private static Optional<LocalDate> date(String line, int year) {
		Optional<Vocabulary.Found<LocalDate>> full = Vocabulary.date(line);
		if (full.isPresent()) {
			return full.map(Vocabulary.Found::value);
		}
		Matcher m = DAY_AND_MONTH.matcher(line);
		return m.find() ? Vocabulary.safeDate(year, Vocabulary.month(m.group(2)), Integer.parseInt(m.group(1)))
				: Optional.empty();
	}

}
