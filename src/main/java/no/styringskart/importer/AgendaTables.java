package no.styringskart.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * Agenda tables: a header naming the columns ("Sak | Agenda | Tidspunkt | Sakstype", "Saksnummer Sakstittel
 * Beskrivelse Type sak", "# Agenda Type sak", in any order), then one row per sak. With tab- or pipe-separated
 * cells the header says which cell is which; without, the number leads, a time and a sakstype are recognised
 * where they stand, and titles may wrap onto the following lines.
 */
final class AgendaTables {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern HEADER_START = Pattern.compile(
			"^[\\s>*|]*(?:<[^>]{1,20}>\\s*)*(?:Sak|Saksnummer|Saksnr\\.?|Nr\\.?|#)(?:\\s*</[^>]{1,20}>)?(?:\\s|\\t|\\||$)", FLAGS);

	private static final Pattern HEADER_WORD = Pattern.compile(
			"\\b(?:Agenda|Tema|Tittel|Sakstittel|Sakstype|Type sak|Tidspunkt)\\b", FLAGS);

	/** The start of a row: a sak number ("Sak 03/2024" too) or, in a numbered list, a small ordinal. */
	private static final Pattern ROW_NUMBER = Pattern.compile(
			"^[\\s>*|]*(?:<[^>]{1,20}>\\s*)*(?:Sak\\s+)?(\\d{1,3}\\s?[/-]\\s?(?:(?:19|20)\\d{2}|\\d{2}))(?![\\d/.])(?:\\s*</[^>]{1,20}>)?(.*)$",
			FLAGS);

	private static final Pattern BREAK = Pattern.compile("^[\\s|‘']*(?:Pause|Lunsj|Lunch)\\b", FLAGS);

	private static final Pattern NOISE = Pattern.compile("[|‘’\\\\]");

	/** Column roles a header cell can name. */
	enum Column {

		NUMBER, TITLE, TYPE, TIME, OTHER;

		static Column of(String header) {
			String h = Fold.spaces(header.replaceAll("<[^>]{1,20}>|\\*\\*", " ")).toLowerCase(Locale.ROOT);
			if (h.matches("(sak|saksnummer|saksnr\\.?|nr\\.?|#)")) {
				return NUMBER;
			}
			if (h.contains("type")) {
				return TYPE;
			}
			if (h.startsWith("tid") || h.equals("kl.")) {
				return TIME;
			}
			if (h.startsWith("agenda") || h.contains("tittel") || h.startsWith("tema")) {
				return TITLE;
			}
			return OTHER;
		}

	}

	/** A table found: its rows and the lines it spans. */
	record Table(List<AgendaRow> rows, int headerLine, int lastLine) {
	}

	private AgendaTables() {
	}

	/** Every agenda table in lines {@code from..to}, in order. */
	static List<Table> find(PaperText text, int from, int to) {
		List<Table> tables = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			String line = text.line(n);
			if (!isHeader(line)) {
				continue;
			}
			List<String> cells = cells(line);
			Table table = (cells.size() >= 3) ? delimited(text, n, to, cells) : undelimited(text, n, to, line);
			if (!table.rows().isEmpty()) {
				tables.add(table);
				n = table.lastLine();
			}
		}
		return tables;
	}

	/**
	 * Saker read from their headings when a paper has no agenda table: a line that starts with a sak number
	 * ("Sak 3/24 Budsjett 2025", "3/24 Budsjett 2025") followed by a title.
	 */
	static Table fromHeadings(PaperText text, int from, int to) {
		List<Row> rows = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			Matcher number = ROW_NUMBER.matcher(text.line(n));
			if (number.find() && !PaperText.clean(number.group(2)).isEmpty()
					&& rows.stream().noneMatch(r -> r.number.equals(number.group(1).replace(" ", "")))) {
				Row row = new Row(n);
				row.number = number.group(1).replace(" ", "");
				row.add(number.group(2), true, false);
				rows.add(row);
			}
		}
		return new Table(toRows(text, rows), from, rows.isEmpty() ? from : rows.get(0).firstLine - 1);
	}

	/**
	 * A table header: it starts with the number column ("Sak", "Saksnummer", "#"), or, in a table with cells,
	 * has a number column anywhere (reordered columns); and it names a title, type or time column.
	 */
	static boolean isHeader(String line) {
		if (!HEADER_WORD.matcher(line).find()) {
			return false;
		}
		List<String> cells = cells(line);
		return HEADER_START.matcher(line).find()
				|| (cells.size() >= 3 && cells.stream().anyMatch(c -> Column.of(c) == Column.NUMBER));
	}

	/** "Agenda Regionalt fagråd …" in a table header: the body whose agenda it is. */
	static java.util.Optional<String> agendaOf(String headerLine) {
		Matcher m = Pattern.compile("(?i)\\bAgenda +(?!Type|Tidspunkt|Sakstype)(\\S.+?)\\s*(?:[‘'|\\t]|\\s(?:Tidspunkt|Sakstype|Type)\\b|</|$)")
			.matcher(headerLine);
		return m.find() ? java.util.Optional.of(PaperText.clean(m.group(1))) : java.util.Optional.empty();
	}

	private static List<String> cells(String line) {
		String[] parts = line.contains("\t") ? line.split("\t") : line.split("\\s\\|\\s");
		List<String> cells = new ArrayList<>();
		for (String part : parts) {
			cells.add(part);
		}
		while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
			cells.remove(cells.size() - 1);
		}
		return cells;
	}

	// --- cells named by the header ---------------------------------------------------------------------

	private static Table delimited(PaperText text, int header, int to, List<String> headerCells) {
		List<Column> columns = headerCells.stream().map(Column::of).toList();
		List<Row> rows = new ArrayList<>();
		int last = header;
		for (int n = header + 1; n <= to; n++) {
			String line = text.line(n);
			if (line.isBlank()) {
				// a table's rows are contiguous; what follows a gap is the saker's own text
				if (!rows.isEmpty()) {
					break;
				}
				continue;
			}
			List<String> cells = cells(line);
			if (cells.size() < 2 || isHeader(line)) {
				break;
			}
			Row row = new Row(n);
			for (int c = 0; c < Math.min(cells.size(), columns.size()); c++) {
				String cell = PaperText.clean(NOISE.matcher(cells.get(c)).replaceAll(" "));
				switch (columns.get(c)) {
					case NUMBER -> row.number = cell;
					case TITLE -> row.title.append(cell);
					case TYPE -> row.type = cell;
					case TIME -> row.time = cell;
					default -> {
					}
				}
			}
			if ((row.number == null || row.number.isEmpty()) && !rows.isEmpty()) {
				rows.get(rows.size() - 1).continueWith(row, n);
			}
			else if (row.number != null && (ROW_NUMBER.matcher(row.number).matches() || row.number.matches("\\d{1,2}\\.?"))) {
				rows.add(row);
			}
			else {
				break;
			}
			last = n;
		}
		return new Table(toRows(text, rows), header, last);
	}

	// --- rows without cell boundaries --------------------------------------------------------------------

	private static Table undelimited(PaperText text, int header, int to, String headerLine) {
		String headerText = PaperText.clean(headerLine).toLowerCase(Locale.ROOT);
		boolean hasType = headerText.contains("type");
		boolean typeFirst = hasType && headerText.indexOf("type") < Math.max(headerText.indexOf("tema"),
				Math.max(headerText.indexOf("tittel"), headerText.indexOf("agenda")));
		List<Row> rows = new ArrayList<>();
		int last = header;
		int blanks = 0;
		for (int n = header + 1; n <= to; n++) {
			String line = text.line(n);
			if (line.isBlank()) {
				blanks++;
				continue;
			}
			if (isHeader(line)) {
				break;
			}
			Matcher number = ROW_NUMBER.matcher(line);
			boolean numbered = number.find();
			if (numbered && rows.stream().anyMatch(r -> r.number.equals(number.group(1).replace(" ", "")))) {
				// a number seen before: the agenda is over and the first sak's own text begins
				break;
			}
			Row current = rows.isEmpty() ? null : rows.get(rows.size() - 1);
			if (numbered) {
				Row row = new Row(n);
				row.number = number.group(1).replace(" ", "");
				row.add(number.group(2), hasType, typeFirst);
				rows.add(row);
			}
			else if (BREAK.matcher(line).find()) {
				// a break is not a sak
			}
			else if (current != null && continues(current, line, blanks)) {
				current.add(line, hasType, false);
				current.lastLine = n;
			}
			else {
				break;
			}
			blanks = 0;
			last = n;
		}
		return new Table(toRows(text, rows), header, last);
	}

	/** Whether a line without a number still belongs to the row above (a wrapped title, its time, its type). */
	private static boolean continues(Row row, String line, int blanks) {
		String clean = PaperText.clean(NOISE.matcher(line).replaceAll(" "));
		String rest = Vocabulary.TIME.matcher(clean).replaceAll(" ");
		rest = Vocabulary.SAK_TYPE.matcher(rest).replaceAll(" ").strip();
		if (rest.isEmpty()) {
			return true;
		}
		if (folded(row.title.toString()).equals("eventuelt") || blanks > 3 || clean.matches("(?i)(sak|tema|sakstype)")) {
			return false;
		}
		return clean.length() <= ((row.type == null) ? 90 : 70) && !clean.endsWith(".");
	}

	private static String folded(String text) {
		return Fold.fold(text);
	}

	private static List<AgendaRow> toRows(PaperText text, List<Row> rows) {
		List<AgendaRow> result = new ArrayList<>();
		for (Row row : rows) {
			String number = (row.number != null && row.number.matches("\\d{1,2}\\.?")) ? null : row.number;
			String title = Fold.spaces(row.title.toString()).replaceAll("(\\p{L})- (?!og\\b|eller\\b|til\\b)(\\p{Ll})", "$1-$2");
			String type = (row.type == null || row.type.isBlank()) ? null : typeOf(row.type);
			if (type == null && Fold.fold(title).equals("eventuelt")) {
				type = "Eventuelt";
			}
			String time = null;
			if (row.time != null) {
				Matcher t = Vocabulary.TIME.matcher(row.time);
				time = t.find() ? Vocabulary.time(t.group(1), t.group(2)) : null;
			}
			if (!title.isEmpty()) {
				result.add(new AgendaRow(number, result.size() + 1, title, type, time,
						text.quote(row.firstLine, row.firstLine)));
			}
		}
		return result;
	}

	private static String typeOf(String cell) {
		Matcher m = Vocabulary.SAK_TYPE.matcher(cell);
		return m.find() ? Vocabulary.sakType(m.group(1)) : PaperText.clean(cell);
	}

	/** A row being read. */
	private static final class Row {

		final int firstLine;

		int lastLine;

		String number;

		final StringBuilder title = new StringBuilder();

		String type;

		String time;

		Row(int line) {
			this.firstLine = line;
			this.lastLine = line;
		}

		/** Adds a line's text: takes out a time and (when the table has the column) a sakstype. */
		void add(String raw, boolean hasType, boolean typeFirst) {
			String clean = PaperText.clean(NOISE.matcher(raw).replaceAll(" "));
			Matcher time = Vocabulary.TIME.matcher(clean);
			if (this.time == null && time.find()) {
				this.time = time.group();
				clean = (clean.substring(0, time.start()) + " " + clean.substring(time.end())).strip();
			}
			if (hasType && this.type == null) {
				Matcher type = Vocabulary.SAK_TYPE.matcher(clean);
				int at = -1;
				String found = null;
				while (type.find()) {
					boolean atEdge = typeFirst ? type.start() == 0 : type.end() >= clean.strip().length();
					if (atEdge || clean.strip().equals(type.group(1))) {
						at = type.start();
						found = type.group(1);
						if (typeFirst) {
							break;
						}
					}
				}
				// a row that is only "Eventuelt" has that as its title, not as its type
				boolean onlyType = found != null && this.title.isEmpty()
						&& clean.substring(0, at).isBlank() && clean.substring(at + found.length()).isBlank();
				if (found != null && !onlyType) {
					this.type = found;
					clean = (clean.substring(0, at) + " " + clean.substring(at + found.length())).strip();
				}
			}
			if (!clean.isEmpty()) {
				this.title.append(this.title.isEmpty() ? "" : " ").append(clean);
			}
		}

		void continueWith(Row other, int line) {
			if (!other.title.isEmpty()) {
				this.title.append(' ').append(other.title);
			}
			this.lastLine = line;
		}

	}

}
