package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * Tables of earlier treatments of a sak — "Vedtak fra tidligere behandlinger", "Tidligere saker", "Oversikt over
 * tidligere behandlinger", "Vedtak fra tidligere møter" — with columns sak number, meeting (body and date), title
 * and vedtak. Extraction leaves a row either with its cells on separate blocks, with cell separators, or (OCR of a
 * narrow table) with the cells of each printed line run together; only in the first two cases are title and
 * vedtak told apart with confidence.
 */
final class EarlierDecisions {

	static final Pattern HEADING = Pattern.compile("(?i)^\\W*(?:vedtak\\s+fra\\s+tidligere\\s+(?:behandlinger|"
			+ OcrRepair.tolerant("møter") + ")|tidligere\\s+(?:saker|behandlinger|vedtak)|oversikt\\s+over\\s+tidligere"
			+ "\\s+(?:saker|behandlinger|vedtak))\\b");

	private static final Pattern HEADER = Pattern.compile("(?i)\\bsak.*\\bvedtak\\b");

	private static final Pattern ROW_START = Pattern.compile("^\\s*(\\d{1,3}/(?:\\d{4}|\\d{2}))(?![\\d/.])\\s*(.*)$");

	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:\\t|\\s\\|\\s)\\s*");

	/** How much longer than the vedtak column a line must be to hold a piece of the title too (a short word). */
	private static final int TITLE_ROOM = 6;

	/** Whether a line is the header of such a table ("Saksnummer | Møte og dato Tittel på sak Vedtak"). */
	static boolean isTableHeader(String line) {
		return HEADER.matcher(line).find();
	}

	/** A page header or footer left inside the text by extraction: an indented line. */
	private static final Pattern PAGE_MARK = Pattern.compile("^ \\S");

	/**
	 * One row.
	 * @param number the sak number as written
	 * @param meetingCell what the meeting column says besides the date ("NUFA", "E-helserådet"), may be empty
	 * @param date the meeting's date, or null when the row gives none
	 * @param subject the body named at the start of the vedtak ("NUFA drøftet …"), or null
	 * @param title the sak's title, or null when the columns are run together
	 * @param decision the vedtak, or null likewise
	 * @param evidence the row's lines
	 */
	record Row(String number, String meetingCell, LocalDate date, String subject, String title, String decision,
			Quote evidence) {

		boolean separable() {
			return this.title != null;
		}

	}

	/** A table and the lines it spans, from its heading. */
	record Table(int firstLine, int lastLine, List<Row> rows) {
	}

	private final PaperText text;

	/** Bodies of the registry, as the subject that opens a vedtak: "NUFA drøftet", "Nasjonalt e-helseråd har gitt". */
	private final Pattern subjects;

	/** Bodies of the registry, as the meeting cell that opens a row: "NUFA", "E-helserådet,". */
	private final Pattern meetingBodies;

	private EarlierDecisions(PaperText text, List<String> bodyNames) {
		this.text = text;
		List<String> names = bodyNames.stream().sorted((a, b) -> b.length() - a.length()).map(OcrRepair::tolerant).toList();
		this.subjects = Pattern.compile("(?<![\\p{L}\\d])(" + String.join("|", names) + "),?\\s+(?=\\p{Ll})",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		this.meetingBodies = Pattern.compile("(" + String.join("|", names) + ")(?:\\s*[,|]\\s*|\\s+)",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * The tables of the paper; each ends at its last row, at the next of {@code ends} (toppnotat headers, meeting
	 * headers) or at a page mark.
	 */
	static List<Table> find(PaperText text, List<String> bodyNames, List<Integer> ends) {
		EarlierDecisions reader = new EarlierDecisions(text, bodyNames);
		List<Table> tables = new ArrayList<>();
		for (int n = 1; n <= text.lineCount(); n++) {
			int heading = n;
			if (HEADING.matcher(text.line(n)).find()) {
				int end = ends.stream().filter(e -> e > heading).min(Integer::compare).orElse(text.lineCount() + 1) - 1;
				tables.add(reader.table(n, end));
			}
		}
		return tables;
	}

	private Table table(int heading, int limit) {
		List<Row> rows = new ArrayList<>();
		int header = 0;
		for (int n = heading + 1; n <= Math.min(limit, heading + 8) && header == 0; n++) {
			header = HEADER.matcher(this.text.line(n)).find() ? n : 0;
		}
		if (header == 0) {
			return new Table(heading, heading, rows);
		}
		int last = header;
		List<Integer> lines = new ArrayList<>();
		for (int n = header + 1; n <= limit; n++) {
			boolean blank = this.text.blank(n);
			if (ROW_START.matcher(this.text.line(n)).find()) {
				if (!lines.isEmpty()) {
					rows.add(row(lines));
				}
				lines = new ArrayList<>(List.of(n));
				last = n;
			}
			else if (lines.isEmpty() && !blank || PAGE_MARK.matcher(this.text.line(n)).find()) {
				break; // after a row, anything but the next row ends the table
			}
			else if (blank && !lines.isEmpty() && rowEnds(lines)) {
				rows.add(row(lines));
				lines = new ArrayList<>();
			}
			else if (!lines.isEmpty()) {
				lines.add(n);
				last = blank ? last : n;
			}
		}
		if (!lines.isEmpty()) {
			rows.add(row(lines));
		}
		return new Table(heading, last, rows);
	}

	/**
	 * Whether a blank line after these lines ends the row: a row whose first line holds more than its number runs
	 * its cells along the lines and ends at a blank line; a row of cells in blocks of their own ends after four
	 * (number, meeting, title, vedtak).
	 */
	private boolean rowEnds(List<Integer> lines) {
		Matcher start = ROW_START.matcher(this.text.line(lines.get(0)));
		start.find();
		return !start.group(2).isBlank() || blocks(lines).size() >= 4;
	}

	/** Reads a row from its lines (the first starts with the sak number). */
	private Row row(List<Integer> lines) {
		List<List<String>> blocks = blocks(lines);
		int first = lines.get(0);
		int lastLine = first;
		for (int n : lines) {
			lastLine = this.text.blank(n) ? lastLine : n;
		}
		Quote evidence = this.text.quote(first, lastLine);
		Matcher start = ROW_START.matcher(this.text.line(first));
		start.find();
		String number = start.group(1);
		if (blocks.size() >= 3) {
			return vertical(number, blocks, evidence);
		}
		return flat(number, blocks.stream().flatMap(List::stream).toList(), evidence);
	}

	/** Each cell a block of its own: number, meeting, title, vedtak. */
	private Row vertical(String number, List<List<String>> blocks, Quote evidence) {
		List<String> cells = new ArrayList<>(blocks.stream().map(b -> String.join(" ", b).strip()).toList());
		String rest = cells.get(0).substring(cells.get(0).indexOf(number) + number.length()).strip();
		if (rest.isEmpty()) {
			cells.remove(0);
		}
		else {
			cells.set(0, rest);
		}
		if (cells.size() < 3) {
			return flat(number, blocks.stream().flatMap(List::stream).toList(), evidence);
		}
		Optional<Vocabulary.Found<LocalDate>> date = Vocabulary.date(cells.get(0));
		String meetingCell = date.map(d -> cells.get(0).substring(0, d.start())).orElse(cells.get(0));
		String decision = String.join(" ", cells.subList(2, cells.size()));
		return new Row(number, clean(meetingCell), date.map(Vocabulary.Found::value).orElse(null), subject(decision),
				clean(cells.get(1)), clean(decision), evidence);
	}

	/**
	 * Cells run along each line. The first line holds meeting, title and the vedtak's start (its subject); later
	 * lines continue title and vedtak. Where a separator stands between them it tells them apart; elsewhere the
	 * width of the vedtak column does: its first line measures it, and a later line longer than that by more than a
	 * word holds a piece of the title before it. The title ends at the first line with no room for it. A row whose
	 * meeting cell cannot be told from its title ("Nasjonalt e-" with "helseråd" on the next line) is left whole.
	 */
	private Row flat(String number, List<String> lines, Quote evidence) {
		Matcher start = ROW_START.matcher(lines.get(0));
		start.find();
		String firstLine = start.group(2);
		String[] firstCells = SEPARATOR.split(firstLine.strip());
		if (lines.size() == 1 && firstCells.length >= 3) {
			return separated(number, firstCells, evidence);
		}
		LocalDate date = null;
		Matcher subject = this.subjects.matcher(firstLine);
		int vedtak = -1;
		while (subject.find()) {
			if (subject.start() > 0) {
				vedtak = subject.start();
				break;
			}
		}
		String left = (vedtak >= 0) ? firstLine.substring(0, vedtak) : firstLine;
		StringBuilder decision = new StringBuilder((vedtak >= 0) ? firstLine.substring(vedtak) : "");
		int vedtakWidth = decision.toString().strip().length();
		Optional<Vocabulary.Found<LocalDate>> leftDate = Vocabulary.date(left);
		Matcher body = this.meetingBodies.matcher(left.strip());
		String meetingCell = "";
		String title;
		boolean cellsKnown = true;
		if (leftDate.isPresent()) {
			date = leftDate.get().value();
			meetingCell = left.substring(0, leftDate.get().start());
			title = left.substring(leftDate.get().end());
		}
		else if (body.lookingAt()) {
			meetingCell = body.group(1);
			title = left.strip().substring(body.end());
		}
		else {
			List<String> cells = List.of(SEPARATOR.split(left.strip(), 2));
			cellsKnown = cells.size() == 2;
			meetingCell = cellsKnown ? cells.get(0) : "";
			title = cellsKnown ? cells.get(1) : left;
		}
		StringBuilder fullTitle = new StringBuilder(title.replaceAll("^\\s*\\|\\s*", ""));
		boolean titleGoesOn = true;
		for (String line : lines.subList(1, lines.size())) {
			String rest = line.strip();
			Optional<Vocabulary.Found<LocalDate>> found = Vocabulary.date(rest);
			if (found.isPresent() && date == null) {
				date = found.get().value();
				rest = (rest.substring(0, found.get().start()) + " " + rest.substring(found.get().end())).strip();
			}
			String[] cells = titleGoesOn ? SEPARATOR.split(rest, 2) : new String[] { rest };
			if (cells.length == 1 && titleGoesOn && vedtak >= 0 && rest.length() > vedtakWidth + TITLE_ROOM) {
				cells = splitByWidth(rest, vedtakWidth);
			}
			if (cells.length == 2) {
				fullTitle.append(' ').append(cells[0]);
				decision.append(' ').append(cells[1]);
			}
			else {
				titleGoesOn = false;
				decision.append(' ').append(rest);
			}
		}
		String decided = clean(decision.toString());
		boolean separable = vedtak >= 0 && cellsKnown;
		return new Row(number, clean(meetingCell), date, subject(decided), separable ? clean(fullTitle.toString()) : null,
				separable ? decided : null, evidence);
	}

	/** The title piece and the vedtak piece of a line, the latter as close to the vedtak column's width as words allow. */
	private static String[] splitByWidth(String line, int vedtakWidth) {
		int best = -1;
		for (int i = line.indexOf(' '); i > 0; i = line.indexOf(' ', i + 1)) {
			int width = line.length() - i - 1;
			if (best < 0 || Math.abs(width - vedtakWidth) < Math.abs(line.length() - best - 1 - vedtakWidth)) {
				best = i;
			}
		}
		return (best < 0) ? new String[] { line } : new String[] { line.substring(0, best), line.substring(best + 1) };
	}

	/** A one-line row of separated cells: meeting, title, vedtak, whatever the vedtak starts with. */
	private Row separated(String number, String[] cells, Quote evidence) {
		Optional<Vocabulary.Found<LocalDate>> date = Vocabulary.date(cells[0]);
		String meetingCell = date.map(d -> cells[0].substring(0, d.start())).orElse(cells[0]);
		String decision = clean(String.join(" ", Arrays.asList(cells).subList(2, cells.length)));
		return new Row(number, clean(meetingCell), date.map(Vocabulary.Found::value).orElse(null), subject(decision),
				clean(cells[1]), decision, evidence);
	}

	private String subject(String decision) {
		Matcher m = this.subjects.matcher(decision);
		return (m.lookingAt()) ? m.group(1) : null;
	}

	private List<List<String>> blocks(List<Integer> lines) {
		List<List<String>> blocks = new ArrayList<>();
		List<String> block = new ArrayList<>();
		for (int n : lines) {
			if (this.text.blank(n)) {
				if (!block.isEmpty()) {
					blocks.add(block);
					block = new ArrayList<>();
				}
			}
			else {
				block.add(this.text.line(n).strip());
			}
		}
		if (!block.isEmpty()) {
			blocks.add(block);
		}
		return blocks;
	}

	private static String clean(String cell) {
		return Fold.spaces(cell.replace(" | ", " ")).replaceAll("^[|,\\s]+|[|,\\s]+$", "");
	}

}
