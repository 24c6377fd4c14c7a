package no.styringskart.importer.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.importer.layout.Line;
import no.styringskart.importer.read.MeetingFields.Field;

/**
 * Reads the meeting's fields from the paper's head (the lines before its agenda): labelled fields first
 * ("Møtested:", "Møtetid:", "Tidspunkt:", "Sted:", "Dato:", "Tid:"), then a date in a title ("Skate-møte 11.
 * februar 2015 – referat", "Møte i … Mandag 20. april, 2009") or a web address; the body from "Medlemmer av X",
 * "Møte i X", "X-møte" or the paper's title.
 */
final class FieldReader {

	private static final Pattern PLACE_LABEL = Pattern.compile("(?i)^(?:Møtested|Møtestad|Sted|Stad)\\s?:\\s*(.*)$");

	private static final Pattern TIME_LABEL = Pattern.compile(
			"(?i)^(?:Møtetidspkt|Møtetidspunkt|Møtetid|Tidspunkt|Tid|Dato|Dato og tid)\\s?:\\s*(.*)$");

	/** Lines whose date is not the meeting's: an earlier meeting's minutes, publication dates, a draft's date. */
	private static final Pattern OTHER_DATE = Pattern.compile(
			"(?i)godkjenning|godkjent|forrige|publisert|sist endret|oppdatert|utkast pr|neste møte|frist");

	private static final Pattern MEMBERS_OF = Pattern.compile("^(?:Medlemmer|Medlemmar)\\s+(?:av|i)\\s+(.{2,80})$");

	private static final Pattern MEETING_OF = Pattern.compile(
			"(?i)\\bmøte\\s+i\\s+(?!regi\\b)(.{3,120}?)(?=\\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|måndag|tysdag|\\d|"
					+ "foreløpig|referat|utkast|dato)\\b|[.,]|$)");

	private static final Pattern TITLE_MEETING = Pattern.compile("^(?:\\d+\\s+)?(\\p{Lu}[\\p{L}\\d -]{1,60}?)[- ](?:møte|interessentmøte)\\b");

	private static final Pattern NAMED_TITLE = Pattern.compile("^(?:\\d+\\s+)?(?:Møteinnkalling|Innkalling|Møtereferat|Referat)?\\s*"
			+ "(\\p{Lu}[\\p{L} -]{3,100}\\(\\p{Lu}[\\p{L}-]{1,12}\\))");

	private static final Pattern PLACE_AFTER_TIME = Pattern.compile(
			"(?i)\\bkl\\.?\\s*(?:\\d{1,2}[.:]\\d{2}\\s*[-–]\\s*\\d{1,2}[.:]\\d{2})?\\s*,?\\s+(\\p{Lu}[^,]{2,60}(?:,\\s*[^,]{2,60}){0,3})");

	private FieldReader() {
	}

	static MeetingFields read(List<Line> head, Kind given, Accounts accounts) {
		Field<String> place = null;
		Field<LocalDate> date = null;
		Field<String> start = null;
		Field<String> end = null;
		Field<LocalDate> monthOnly = null;
		for (Line line : head) {
			String text = line.text();
			Matcher placed = PLACE_LABEL.matcher(text);
			if (placed.matches() && place == null && !placed.group(1).isBlank()) {
				place = new Field<>(placed.group(1).strip(), line);
				accounts.recognised(line, "meeting place");
			}
			Matcher timed = TIME_LABEL.matcher(text);
			if (timed.matches()) {
				String value = timed.group(1);
				Optional<LocalDate> d = Dates.date(value);
				if (d.isPresent() && date == null) {
					date = new Field<>(d.get(), line);
				}
				else if (d.isEmpty() && monthOnly == null) {
					monthOnly = Dates.monthOnly(value).map(m -> new Field<>(m, line)).orElse(null);
				}
				Optional<String[]> times = Dates.timeRange(value);
				if (times.isPresent() && start == null) {
					start = new Field<>(times.get()[0], line);
					end = new Field<>(times.get()[1], line);
				}
				accounts.recognised(line, "meeting date or time");
			}
		}
		for (Line line : head) {
			if (date != null) {
				break;
			}
			if (!OTHER_DATE.matcher(line.text()).find()) {
				Optional<LocalDate> d = Dates.date(line.text());
				if (d.isPresent()) {
					date = new Field<>(d.get(), line);
					accounts.recognised(line, "meeting date (from a title or heading)");
				}
			}
		}
		if (date == null && monthOnly != null) {
			int month = monthOnly.value().getMonthValue();
			for (Line line : head) {
				int day = Dates.dayOf(line.text(), month);
				if (day > 0) {
					date = new Field<>(monthOnly.value().withDayOfMonth(day), line);
					accounts.recognised(line, "meeting day (its month and year from line " + monthOnly.line().source()
							+ ")");
					break;
				}
			}
		}
		if (start == null) {
			for (Line line : head) {
				String lower = line.text().toLowerCase(Locale.ROOT);
				if ((lower.contains("kl") || lower.contains("tid")) && Dates.hasTime(line.text())
						&& !OTHER_DATE.matcher(line.text()).find() && line.text().length() < 200) {
					String[] times = Dates.timeRange(line.text()).orElseThrow();
					start = new Field<>(times[0], line);
					end = new Field<>(times[1], line);
					break;
				}
			}
		}
		if (place == null && date != null) {
			Matcher after = PLACE_AFTER_TIME.matcher(date.line().text());
			if (after.find()) {
				place = new Field<>(after.group(1).replaceAll(",\\s*https?://.*$", "").strip(), date.line());
			}
		}
		return new MeetingFields(body(head, accounts), date, start, end, place, kind(head, given));
	}

	private static Field<String> body(List<Line> head, Accounts accounts) {
		for (Line line : head) {
			Matcher m = MEMBERS_OF.matcher(line.text());
			if (m.matches()) {
				return new Field<>(m.group(1).strip(), line);
			}
		}
		for (Line line : head) {
			Matcher m = MEETING_OF.matcher(line.text());
			if (m.find()) {
				return new Field<>(m.group(1).strip(), line);
			}
		}
		for (Line line : head.subList(0, Math.min(6, head.size()))) {
			Matcher named = NAMED_TITLE.matcher(line.text());
			if (named.find()) {
				accounts.recognised(line, "title naming the body");
				return new Field<>(named.group(1).strip(), line);
			}
			Matcher titled = TITLE_MEETING.matcher(line.text());
			if (titled.find()) {
				accounts.recognised(line, "title naming the body");
				return new Field<>(titled.group(1).strip(), line);
			}
		}
		return null;
	}

	private static Kind kind(List<Line> head, Kind given) {
		if (given != null) {
			return given;
		}
		for (Line line : head.subList(0, Math.min(12, head.size()))) {
			String lower = line.text().toLowerCase(Locale.ROOT);
			if (lower.contains("innkalling") || lower.contains("dagsorden")) {
				return Kind.INNKALLING;
			}
			if (lower.contains("referat") && !lower.contains("godkjenning") && !lower.contains("forrige")) {
				return Kind.REFERAT;
			}
		}
		// minutes record who came: a stand-in, an absence or a list of who attended
		for (Line line : head) {
			String lower = line.text().toLowerCase(Locale.ROOT);
			if (lower.matches(".*\\bpva\\b.*") || lower.matches("^(forfall|fravær|fråvær|frafall|til stede|tilstede)\\b.*")) {
				return Kind.REFERAT;
			}
		}
		return Kind.UNKNOWN;
	}

}
