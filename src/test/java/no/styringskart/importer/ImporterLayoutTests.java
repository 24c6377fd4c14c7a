package no.styringskart.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The block pipeline on small papers written for this test in layouts of the same family that the corpus does
 * not hold (nynorsk labels and "Name (Org)" / "Name – Org" entries, a run-on transcript with "Sak 1" headings and
 * "Name, Org, Name, Org" lists, an HTML page with an agenda table), and its honesty: a paper without a date is a
 * failure, Windows-1252 bytes read as text, impossible names are refused, and the work stays linear.
 */
class ImporterLayoutTests {

	private static final Path LAYOUTS = Path.of("src/test/resources/importer/layouts");

	private static ImportRegistry registry;

	@BeforeAll
	static void readRegistry() {
		registry = SeedRegistry.read("file:seed/");
	}

	private static Draft.Meeting meeting(String text, ImportOptions options) {
		String paper = PaperInput.html(text, options) ? HtmlText.of(text) : text;
		Draft draft = Importer.read(paper, "layout-test", registry, options).result().draft();
		assertThat(draft.meetings()).hasSize(1);
		return draft.meetings().get(0);
	}

	private static Draft.Attendance attendance(Draft.Meeting meeting, String person) {
		return meeting.attendance().stream().filter(a -> a.person().equals(person)).findFirst().orElseThrow(
				() -> new AssertionError(person + " not among " + meeting.attendance().stream().map(Draft.Attendance::person).toList()));
	}

	@Test
	void aNynorskInnkallingWithLabelsAndThreeEntryForms() throws IOException {
		Draft.Meeting m = meeting(Files.readString(LAYOUTS.resolve("ehelsestyre-nynorsk-innkalling.txt")), ImportOptions.NONE);
		assertThat(m.date()).isEqualTo(LocalDate.of(2024, 6, 14));
		assertThat(m.start() + "-" + m.end()).isEqualTo("10:00-14:00");
		assertThat(m.place()).isEqualTo("Direktoratet for e-helse, Verkstedveien 1, Oslo");
		assertThat(m.status()).isEqualTo("planned");
		assertThat(attendance(m, "bjarne-nilsen").status()).isEqualTo("invited");
		assertThat(attendance(m, "kari-larsen").role()).isEqualTo("medlem");
		assertThat(attendance(m, "ola-nordmann").status()).isEqualTo("absent");
		assertThat(attendance(m, "eva-berg").role()).isEqualTo("sekretariat");
		assertThat(m.attendance()).hasSize(5);
		assertThat(m.agenda()).extracting(Draft.AgendaItem::number).containsExactly("12/24", "13/24", "14/24");
		assertThat(m.agenda().get(1).title()).isEqualTo("Nasjonal e-helseportefølje");
	}

	@Test
	void aRunOnTranscriptWithSakHeadingsAndAlternatingNamesAndOrganisations() throws IOException {
		Draft.Meeting m = meeting(Files.readString(LAYOUTS.resolve("fagutval-kodeverk-runon.txt")), ImportOptions.NONE);
		assertThat(m.date()).isEqualTo(LocalDate.of(2021, 5, 5));
		assertThat(m.place()).isEqualTo("Teams");
		assertThat(m.status()).isEqualTo("held");
		assertThat(m.attendance()).extracting(Draft.Attendance::person)
			.containsExactly("anne-hansen", "lars-olsen", "marit-dahl", "jon-berg", "siri-lie");
		assertThat(attendance(m, "jon-berg").status()).isEqualTo("absent");
		assertThat(attendance(m, "siri-lie").role()).isEqualTo("sekretariat");
		assertThat(m.agenda()).extracting(Draft.AgendaItem::title)
			.containsExactly("Godkjenning av innkalling og dagsorden", "Kodeverk for laboratoriemedisin", "Eventuelt");
	}

	@Test
	void anHtmlPageIsReadFromItsStructure() throws IOException {
		Draft.Meeting m = meeting(Files.readString(LAYOUTS.resolve("programstyre-page.html")), ImportOptions.NONE);
		assertThat(m.date()).isEqualTo(LocalDate.of(2019, 4, 3));
		assertThat(m.start() + "-" + m.end()).isEqualTo("09:00-12:00");
		assertThat(attendance(m, "per-olav-lie").role()).isEqualTo("vara");
		assertThat(attendance(m, "anne-strand").status()).isEqualTo("absent");
		assertThat(attendance(m, "jonas-berg").status()).isEqualTo("absent");
		assertThat(m.agenda()).extracting(Draft.AgendaItem::title).containsExactly("Status i programmet", "Budsjett 2020");
	}

	@Test
	void windows1252BytesAreReadAsText() throws IOException {
		String text = Files.readString(LAYOUTS.resolve("ehelsestyre-nynorsk-innkalling.txt"));
		String decoded = PaperInput.decode(text.getBytes("windows-1252"));
		assertThat(decoded).isEqualTo(text);
		assertThat(meeting(decoded, ImportOptions.NONE).attendance()).hasSize(5);
	}

	@Test
	void aPaperWithoutItsDateDraftsNothingAndTheCommandFailsUntilTheDateIsGiven(@TempDir Path temp) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String paper = "--file=" + ImporterCorpusTests.CORPUS.resolve("skate-2020-03-11.txt");
		int exit = ImportCommand.run(new String[] { "import", paper, "--document=skate-2020-03-11",
				"--out=" + temp.resolve("a.yaml") }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(ImportCommand.NO_MEETING);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no meeting drafted").contains("--date=");
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("loads with the seed");
		int given = ImportCommand.run(new String[] { "import", paper, "--document=skate-2020-03-11", "--date=2020-03-11",
				"--kind=referat", "--out=" + temp.resolve("b.yaml") }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(given).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("loads with the seed");
	}

	@Test
	void everyLineOfAPaperIsAccountedFor() throws IOException {
		String text = Files.readString(ImporterCorpusTests.CORPUS.resolve("skate-2016-03-02.txt"));
		ImportReport report = Importer.read(text, "skate-2016", registry, ImportOptions.NONE).result().report();
		List<ImportReport.Item> all = new java.util.ArrayList<>(report.recognised());
		all.addAll(report.uncertain());
		all.addAll(report.skipped());
		String[] lines = text.split("\n", -1);
		for (int n = 1; n <= lines.length; n++) {
			int line = n;
			if (!lines[n - 1].isBlank()) {
				assertThat(all).as("line %d: %s", n, lines[n - 1])
					.anyMatch(i -> i.firstLine() <= line && line <= i.lastLine() && i.firstLine() > 0);
			}
		}
		assertThat(report.recognised()).anyMatch(i -> i.description().startsWith("stand-in: Geir Jacobsen for Lars Peder Brekk"));
	}

	@Test
	void impossibleNamesAreRefused() {
		assertThat(NameCheck.person("Kari")).isPresent();
		assertThat(NameCheck.person("Saksliste Kari Nordmann")).isPresent();
		assertThat(NameCheck.organisation("Helse Vest RHF 12/24")).isPresent();
		assertThat(NameCheck.organisation("x".repeat(121))).isPresent();
		assertThat(NameCheck.person("Kari Nordmann")).isEmpty();
		assertThat(NameCheck.organisation("Direktoratet for e-helse (eHelse)")).isEmpty();
	}

	@Test
	void fiveMegabytesOfHeaderLikeLinesImportInSeconds() {
		StringBuilder paper = new StringBuilder();
		for (int i = 0; paper.length() < 5_000_000; i++) {
			paper.append("Møte i Skate Dato: ").append(1 + i % 28).append(". mars 2020 Tidspunkt: kl. 09:00–11:30 ")
				.append("Sted: Oslo Medlemmer: Kari Nordmann, Difi Forfall: Ola Hansen, NAV\n");
		}
		long started = System.nanoTime();
		Importer.read(paper.toString(), "big", registry, ImportOptions.NONE);
		double seconds = (System.nanoTime() - started) / 1e9;
		// the seed-layout reader took 167 s on such a paper; the block pipeline is linear (a few seconds a megabyte on a loaded CI machine)
		assertThat(seconds).as("seconds for 5 MB").isLessThan(60);
	}

	@Test
	void theSameOrganisationWrittenTwiceGetsOneIdAndAnAbbreviationInBracketsResolves() throws IOException {
		Draft draft = Importer.read(Files.readString(ImporterCorpusTests.CORPUS.resolve("skate-2020-03-11.txt")), "s",
				registry, new ImportOptions(null, LocalDate.of(2020, 3, 11), null, false)).result().draft();
		Draft.Meeting m = draft.meetings().get(0);
		assertThat(attendance(m, "christine-bergland").onBehalfOf()).isEqualTo("direktoratet-for-e-helse");
		assertThat(attendance(m, "norunn-saure").onBehalfOf()).isEqualTo("direktoratet-for-e-helse");
		assertThat(draft.organisations()).extracting(Draft.Organisation::id).doesNotHaveDuplicates();
	}

}
