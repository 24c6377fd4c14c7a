package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a meeting paper: "Møte 1/2021" (or "Møte i NUFA", "Møtenr.: 2/2021"), "Dato 18. mars 2021"
 * (or 18.03.2021, or a date alone on its line), "Tid Kl. 10.00 – 12.30", "Sted Videomøte", in a label/value
 * table, with tags or with OCR damage ("Mgte", "KI.").
 */
final class MeetingHeader {

	private static final String LEAD = "^[\\s>*#•-]*(?:<[^>]{1,20}>\\s*)*";

	private static final String TAIL = "\\s*(?:</[^>]{1,20}>)?\\s*[:.]?(?:\\s+|\\t|$)(.*)$";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	static final Pattern MEETING = Pattern.compile(LEAD + "(?:" + OcrRepair.tolerant("Møtenummer") + "|"
			+ OcrRepair.tolerant("Møtenr") + "\\.?|" + OcrRepair.tolerant("Møte") + ")" + TAIL, FLAGS);

	static final Pattern DATE = Pattern.compile(LEAD + "(?:" + OcrRepair.tolerant("Dato") + "|"
			+ OcrRepair.tolerant("Møtedato") + ")" + TAIL, FLAGS);

	static final Pattern TIME = Pattern.compile(LEAD + "(?:" + OcrRepair.tolerant("Tidspunkt") + "|"
			+ OcrRepair.tolerant("Tid") + "|" + OcrRepair.tolerant("Klokkeslett") + ")" + TAIL, FLAGS);

	static final Pattern PLACE = Pattern.compile(LEAD + "(?:" + OcrRepair.tolerant("Møtested") + "|"
			+ OcrRepair.tolerant("Sted") + ")" + TAIL, FLAGS);

	private static final Pattern MEETING_NUMBER = Pattern.compile("^(\\d{1,2}\\s?/\\s?(?:\\d{4}|\\d{2}))(?!\\d)");

	/** "Møte i X", "Referat fra møte i X", "Møte X (Y)": the body a heading names. */
	private static final Pattern MEETING_OF = Pattern.compile("(?:" + OcrRepair.tolerant("møte") + "|"
			+ OcrRepair.tolerant("møtet") + ")\\s+i\\s+(.+?)\\s*(?:</[^>]+>|\\t|$)", FLAGS);

	/** A line that is a header field (ends a list of participants). */
	static boolean isHeaderField(String line) {
		return (MEETING.matcher(line).find() && !line.strip().toLowerCase().startsWith("møteleder"))
				|| DATE.matcher(line).find() || TIME.matcher(line).find() || PLACE.matcher(line).find();
	}

	/** What a header says, each value with the line it is on. */
	record Header(Value<String> number, Value<LocalDate> date, Value<String[]> time, Value<String> place,
			List<Value<String>> bodyPhrases) {
	}

	record Value<T>(T value, int line) {
	}

	private MeetingHeader() {
	}

	/** Reads the header fields in lines {@code from..to}. */
	static Header read(PaperText text, int from, int to) {
		Value<String> number = null;
		Value<LocalDate> date = null;
		Value<String[]> time = null;
		Value<String> place = null;
		List<Value<String>> bodies = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			String line = text.line(n);
			Matcher of = MEETING_OF.matcher(line);
			if (of.find()) {
				bodies.add(new Value<>(PaperText.clean(of.group(1)), n));
			}
			Matcher m;
			if ((m = DATE.matcher(line)).find() && date == null) {
				Optional<Vocabulary.Found<LocalDate>> found = Vocabulary.date(valueOrNext(text, n, m.group(1)));
				if (found.isPresent()) {
					date = new Value<>(found.get().value(), n);
				}
			}
			else if ((m = TIME.matcher(line)).find() && time == null) {
				Optional<String[]> range = Vocabulary.timeRange(valueOrNext(text, n, m.group(1)));
				if (range.isPresent()) {
					time = new Value<>(range.get(), n);
				}
			}
			else if ((m = PLACE.matcher(line)).find() && place == null && !PaperText.clean(m.group(1)).isEmpty()) {
				place = new Value<>(PaperText.clean(m.group(1)), n);
			}
			else if ((m = MEETING.matcher(line)).find() && !line.strip().toLowerCase().startsWith("møtel")) {
				String value = PaperText.clean(m.group(1));
				Matcher numbered = MEETING_NUMBER.matcher(value);
				if (numbered.find()) {
					if (number == null) {
						number = new Value<>(numbered.group(1).replace(" ", ""), n);
					}
				}
				else if (!value.isEmpty() && !value.toLowerCase().startsWith("i ")) {
					bodies.add(new Value<>(value, n));
				}
			}
			else if (date == null && isDateOnly(line)) {
				date = new Value<>(Vocabulary.date(line).orElseThrow().value(), n);
			}
		}
		return new Header(number, date, time, place, bodies);
	}

	/** A label alone on its line takes its value from the next line with text. */
	private static String valueOrNext(PaperText text, int n, String value) {
		if (!value.isBlank()) {
			return value;
		}
		for (int k = n + 1; k <= n + 3; k++) {
			if (!text.blank(k)) {
				return text.line(k);
			}
		}
		return "";
	}

	static boolean isDateOnly(String line) {
		String clean = PaperText.clean(line);
		return Vocabulary.date(clean).map(d -> d.start() == 0 && d.end() >= clean.length() - 1).orElse(false);
	}

}
