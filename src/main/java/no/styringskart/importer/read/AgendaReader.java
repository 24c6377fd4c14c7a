package no.styringskart.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.importer.layout.Line;

/**
 * Reads the agenda: saker numbered {@code 01/15}, {@code 1/2014}, {@code Sak 3}, or with the number lost
 * ({@code /15 Title}); bulleted ({@code • 1/22 Title} with a presenter line {@code Organisation/Person} under
 * it); numbered points ({@code 1. Innledning}) where the paper numbers its saker no other way. A title ends
 * where a run-on transcript goes on with a sakstype, a time, a presenter or the next sentence.
 */
final class AgendaReader {

	static final Pattern AGENDA_HEADING = Pattern.compile("(?i)^(?:saksliste|sakliste|dagsorden|agenda|saker til behandling"
			+ "|faste saker|saksdokumenter|saker fr[aå] .{3,60}|referat punkt.*|sak nr.*|program)\\s*:?$");

	private static final Pattern NUMBERED = Pattern.compile(
			"^(?:[Ss]ak\\s+)?(\\d{1,3}/(?:\\d{4}|\\d{2}))\\s*[:.,–-]?\\s+(\\S.*)$");

	private static final Pattern LOST_NUMBER = Pattern.compile("^/(?:\\d{4}|\\d{2})\\s+(\\p{Lu}.*)$");

	private static final Pattern SAK_WORD = Pattern.compile("^[Ss]ak\\s+(\\d{1,3})\\s*[:.–-]?\\s+(\\p{Lu}.*)$");

	private static final Pattern POINT = Pattern.compile("^(\\d{1,2})\\.\\s+(\\p{Lu}.*)$");

	/** "Difi/Ingelin Killengreen", "Digdir, SSB og KS/Helge Bang", "v/Ingelin Killengreen". */
	private static final Pattern PRESENTER = Pattern.compile("^(?:v/\\s*.{3,60}|[^/]{2,120}/\\s*\\p{Lu}[\\p{L}. -]{2,60})$");

	private static final Pattern TITLE_END = Pattern.compile("\\s+(?:(?:\\p{Lu}\\p{Ll}+sak)\\b|v/|ved\\s+\\p{Lu}|Vedlegg\\b"
			+ "|(?<![\\d.:])(?:[01]?\\d|2[0-3])[.:][0-5]\\d\\s*[-–])");

	/**
	 * Where a run-on title stops: an acronym that opens a name ("NIKT Fagforum"), a full stop, or a capitalised
	 * function word that opens the next sentence ("… og svar Om KITH", "… sept Ingen større endringer").
	 */
	private static final Pattern RUN_ON_END = Pattern.compile("\\s+\\p{Lu}{3,}(?=\\s+\\p{Lu}\\p{Ll})|(?<=[a-zæøå])\\.\\s+(?=\\p{Lu})"
			+ "|(?<=\\p{Ll})\\s+(?=(?:Det|Den|Dette|De|Vi|Om|Saken|Møtet|Referatet|Ingen|Alle|Her|Vedtak|Forslag|Konklusjon)[\\s:])");

	private static final Pattern TRAILING_TYPE = Pattern.compile("\\s+(?:Diskusjon|Orientering|Beslutning|Vedtak"
			+ "|Drøfting|Informasjon|Drøftingssak)$");

	private AgendaReader() {
	}

	/** The index of the first line that opens the agenda or a sak, or the number of lines. */
	static int start(List<Line> lines) {
		int firstPoint = -1;
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).item();
			if (AGENDA_HEADING.matcher(text).matches() || NUMBERED.matcher(text).matches()
					|| LOST_NUMBER.matcher(text).matches() || SAK_WORD.matcher(text).matches()) {
				return i;
			}
			Matcher point = POINT.matcher(text);
			if (firstPoint < 0 && point.matches() && point.group(1).equals("1")) {
				firstPoint = i;
			}
		}
		// a paper that numbers its saker 1., 2., 3. and nothing else: the agenda starts at point 1
		return (firstPoint >= 0) ? firstPoint : lines.size();
	}

	static List<Sak> read(List<Line> lines, int from, Accounts accounts) {
		boolean numbered = false;
		for (Line line : lines.subList(from, lines.size())) {
			numbered |= NUMBERED.matcher(line.item()).matches() || SAK_WORD.matcher(line.item()).matches();
		}
		List<Sak> saker = new ArrayList<>();
		int lastPoint = 0;
		boolean inAgenda = false;
		for (int i = from; i < lines.size(); i++) {
			Line line = lines.get(i);
			String text = line.item();
			if (AGENDA_HEADING.matcher(text).matches()) {
				accounts.recognised(line, "agenda heading");
				inAgenda = true;
				continue;
			}
			Sak sak = null;
			Matcher m;
			if ((m = NUMBERED.matcher(text)).matches() || (m = SAK_WORD.matcher(text)).matches()) {
				sak = new Sak(m.group(1), title(m.group(2), line), null, line);
			}
			else if ((m = LOST_NUMBER.matcher(text)).matches()) {
				sak = new Sak(null, title(m.group(1), line), null, line);
				accounts.uncertain(line, "sak whose number the transcript lost: \"" + sak.title() + "\"");
			}
			else if (!numbered && (m = POINT.matcher(text)).matches() && Integer.parseInt(m.group(1)) > lastPoint
					&& (inAgenda || Integer.parseInt(m.group(1)) <= lastPoint + 2)) {
				lastPoint = Integer.parseInt(m.group(1));
				sak = new Sak(m.group(1), title(m.group(2), line), null, line);
			}
			else if (!saker.isEmpty() && PRESENTER.matcher(text).matches() && presenterFree(saker)) {
				Sak last = saker.remove(saker.size() - 1);
				saker.add(new Sak(last.number(), last.title(), text, last.line()));
				accounts.recognised(line, "presenter of sak " + last.number());
				continue;
			}
			else if (inAgenda && line.bulleted() && saker.isEmpty() && !numbered) {
				sak = new Sak(null, text, null, line);
			}
			else if (inAgenda && line.bulleted()) {
				accounts.uncertain(line, "agenda item without a sak number in an agenda of numbered saker; not drafted");
				continue;
			}
			if (sak == null) {
				accounts.recognised(line, saker.isEmpty() ? "text before the first sak"
						: "text of sak " + saker.get(saker.size() - 1).number());
				continue;
			}
			if (sak.title().isBlank()) {
				accounts.uncertain(line, "a sak number without a title");
				continue;
			}
			saker.add(sak);
			accounts.recognised(line, "sak " + ((sak.number() != null) ? sak.number() : "(no number)") + " \""
					+ sak.title() + "\"");
		}
		return saker;
	}

	private static boolean presenterFree(List<Sak> saker) {
		return saker.get(saker.size() - 1).presenter() == null;
	}

	/** The title of a sak: up to a sakstype, a time, a presenter, or (in a run-on page) the next sentence. */
	static String title(String written, Line line) {
		String title = written.strip();
		Matcher end = TITLE_END.matcher(title);
		if (end.find()) {
			title = title.substring(0, end.start());
		}
		if (line.runOn()) {
			Matcher runOn = RUN_ON_END.matcher(title);
			if (runOn.find() && !title.substring(0, runOn.start()).isBlank()) {
				title = title.substring(0, runOn.start());
			}
			List<String> words = Names.words(title);
			if (words.size() > 16) {
				title = String.join(" ", words.subList(0, 16));
			}
		}
		Matcher type = TRAILING_TYPE.matcher(title);
		if (type.find() && Names.words(title).size() > 3) {
			title = title.substring(0, type.start());
		}
		return title.strip().replaceAll("[,:;]$", "");
	}

}
