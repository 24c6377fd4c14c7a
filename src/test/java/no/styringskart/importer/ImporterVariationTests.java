package no.styringskart.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.styringskart.seed.ExtraPaper;
import no.styringskart.seed.SeedLoader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Papers of the same family that are not among the five: other councils and years, reordered agenda columns,
 * other sak numbering, missing sections, other list layouts, OCR damage, and a PDF. Fixtures are invented
 * meetings under src/test/resources/importer/.
 */
class ImporterVariationTests {

	private static final ImportRegistry REGISTRY = SeedRegistry.read("file:seed/");

	private static String fixture(String name) throws IOException {
		return Files.readString(Path.of("src/test/resources/importer", name + ".txt"));
	}

	private static PaperImporter.ImportResult read(String name) throws IOException {
		return PaperImporter.read(fixture(name), name, REGISTRY);
	}

	private static Draft.Meeting meeting(Draft draft, String id) {
		return draft.meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void anInnkallingAndAReferatInOneFileWithReorderedColumnsAndFourDigitYears() throws IOException {
		Draft draft = read("styringsgruppe-kvalitetsregistre-2024").draft();

		assertThat(draft.bodies()).extracting(Draft.Body::id, Draft.Body::name, Draft.Body::kind)
			.containsExactly(tuple("nasjonal-styringsgruppe-for-kvalitetsregistre",
					"Nasjonal styringsgruppe for kvalitetsregistre", "styre"));
		Draft.Meeting innkalling = meeting(draft, "nasjonal-styringsgruppe-for-kvalitetsregistre-2024-09-04");
		assertThat(innkalling).extracting(Draft.Meeting::number, Draft.Meeting::start, Draft.Meeting::end,
				Draft.Meeting::place, Draft.Meeting::status)
			.containsExactly("3/2024", "09:30", "12:00", "Helsedirektoratet, Storo", "planned");
		// "Sakstype | Sak | Tidspunkt | Tema": the header says which cell is which
		assertThat(innkalling.agenda()).extracting(Draft.AgendaItem::id, Draft.AgendaItem::number,
				Draft.AgendaItem::type, Draft.AgendaItem::time, Draft.AgendaItem::title)
			.startsWith(tuple("nasjonal-styringsgruppe-for-kvalitetsregistre-sak-7-24", "07/2024", "Godkjenning", "09:30",
					"Godkjenning av innkalling og dagsorden"))
			.contains(tuple("nasjonal-styringsgruppe-for-kvalitetsregistre-sak-9-24", "09/2024", "Drøfting", "09:45",
					"Felles løsning for innrapportering til kvalitetsregistre"));
		Draft.AgendaItem felles = innkalling.agenda().get(2);
		assertThat(felles.proposedDecision())
			.isEqualTo("Styringsgruppen drøfter forslaget og ber sekretariatet legge frem en plan.");
		assertThat(felles.attachments()).containsExactly("Vedlegg 2: Notat om felles innrapportering");
		// "sak 05/2024" is a sak of the referat further down the same file
		assertThat(felles.refersTo()).containsExactly("nasjonal-styringsgruppe-for-kvalitetsregistre-sak-5-24");
		assertThat(innkalling.agenda().get(3).initiatives()).containsExactly("kjernejournal", "helsenorge");
		// "Name, Organisation" lists with observers and a secretariat: invited to an innkalling
		assertThat(innkalling.attendance()).extracting(Draft.Attendance::person, Draft.Attendance::onBehalfOf,
				Draft.Attendance::role, Draft.Attendance::status)
			.contains(tuple("kari-nordmann", "helse-vest-rhf", "medlem", "invited"),
					tuple("per-olav-skjesol", "helse-midt-norge-rhf", "medlem", "invited"),
					tuple("hans-vik", "helse-og-omsorgsdepartementet", "observator", "invited"),
					tuple("nina-dahl", "helsedirektoratet", "sekretariat", "invited"));
	}

	@Test
	void aReferatWithTwoColumnsFlattenedPartialAttendanceAndOcrDamage() throws IOException {
		PaperImporter.ImportResult result = read("styringsgruppe-kvalitetsregistre-2024");
		Draft.Meeting referat = meeting(result.draft(), "nasjonal-styringsgruppe-for-kvalitetsregistre-2024-06-12");

		assertThat(referat.status()).isEqualTo("held");
		assertThat(referat.attendance()).extracting(Draft.Attendance::person, Draft.Attendance::onBehalfOf,
				Draft.Attendance::role, Draft.Attendance::status, Draft.Attendance::note)
			.containsExactly(tuple("kari-nordmann", "helse-vest-rhf", "medlem", "present", null),
					// "Helse Sgr-@st RHF", and a note after a dash
					tuple("ola-berg", "helse-sor-ost-rhf", "medlem", "partial", "fra kl. 10.30"),
					tuple("ingrid-solberg", "oslo-kommune", "medlem", "present", null),
					tuple("per-olav-skjesol", "helse-midt-norge-rhf", "medlem", "partial", "til sak 05/2024"),
					// "Bjgrn Aas": OCR's g for ø, repaired in the name, kept as written in an alias
					tuple("bjorn-aas", "bergen-kommune", "medlem", "present", null),
					tuple("marte-lien", "ks", "medlem", "absent", null),
					tuple("hans-vik", "helse-og-omsorgsdepartementet", "observator", "present", null),
					tuple("nina-dahl", "helsedirektoratet", "sekretariat", "present", null));
		assertThat(result.draft().people()).filteredOn(p -> p.id().equals("bjorn-aas"))
			.singleElement()
			.satisfies(p -> assertThat(p.aliases()).containsExactly("Bjgrn Aas"));
		assertThat(referat.agenda()).extracting(Draft.AgendaItem::number, Draft.AgendaItem::decision)
			.containsExactly(tuple("04/2024", "Styringsgruppen godkjenner innkalling og dagsorden."),
					tuple("05/2024", "Styringsgruppen ber sekretariatet utrede en felles løsning."), tuple("06/2024", null));
	}

	@Test
	void dashNumberingOcrDamageAndNoAttendanceList() throws IOException {
		PaperImporter.ImportResult result = read("fagrad-vest-2023");
		Draft.Meeting meeting = result.draft().meetings().get(0);

		assertThat(meeting.id()).isEqualTo("regionalt-fagrad-for-e-helse-i-vest-2023-11-07");
		// "Mgte 4/2023", "KI. 13.00 - 15.30"
		assertThat(meeting).extracting(Draft.Meeting::number, Draft.Meeting::start, Draft.Meeting::end)
			.containsExactly("4/2023", "13:00", "15:30");
		assertThat(meeting.agenda()).extracting(Draft.AgendaItem::id, Draft.AgendaItem::type, Draft.AgendaItem::time)
			.containsExactly(tuple("regionalt-fagrad-for-e-helse-i-vest-sak-3-23", "Godkjenning", "13:00"),
					tuple("regionalt-fagrad-for-e-helse-i-vest-sak-4-23", "Drøfting", "13:10"),
					tuple("regionalt-fagrad-for-e-helse-i-vest-sak-5-23", "Drøfting", "14:00"),
					tuple("regionalt-fagrad-for-e-helse-i-vest-sak-6-23", "Orientering", "14:50"),
					tuple("regionalt-fagrad-for-e-helse-i-vest-sak-7-23", "Eventuelt", "15:20"));
		// a title wrapped onto the next line; the break between saker is no sak
		assertThat(meeting.agenda().get(1).title())
			.isEqualTo("Erfaringer med digital hjemmeoppfglging i kommunene i Vestland");
		assertThat(meeting.agenda().get(0).proposedDecision()).isEqualTo("Fagrådet godkjenner innkalling og dagsorden.");
		assertThat(meeting.attendance()).isEmpty();
		assertThat(result.report().uncertain()).anySatisfy(u -> assertThat(u.description())
			.contains("no participant list found"));
	}

	@Test
	void noAgendaTableSakerFromTheirHeadingsAndCommaListsWithNotes() throws IOException {
		PaperImporter.ImportResult result = read("arbeidsgruppe-felles-sprak-2024");
		Draft.Meeting meeting = result.draft().meetings().get(0);

		assertThat(meeting.id()).isEqualTo("arbeidsgruppe-for-felles-sprak-2024-01-15");
		assertThat(meeting.attendance()).extracting(Draft.Attendance::person, Draft.Attendance::onBehalfOf,
				Draft.Attendance::status, Draft.Attendance::note)
			.containsExactly(tuple("siri-holm", "norsk-helsenett-sf", "present", null),
					tuple("knut-rod", "helse-nord-rhf", "present", null),
					tuple("turid-vang", "tromso-kommune", "partial", "fra sak 2/24"),
					tuple("eva-moe", "helse-nord-rhf", "absent", null));
		assertThat(meeting.agenda()).extracting(Draft.AgendaItem::number, Draft.AgendaItem::title,
				Draft.AgendaItem::decision)
			.containsExactly(tuple("1/24", "Mandat for arbeidsgruppen", "Arbeidsgruppen slutter seg til mandatet."),
					tuple("2/24", "Plan for SNOMED CT i kommunene", "Arbeidsgruppen ber Norsk helsenett SF lage en plan."));
		assertThat(meeting.agenda().get(1).standards()).containsExactly("snomed-ct");
		assertThat(result.report().uncertain()).anySatisfy(u -> assertThat(u.description()).contains("no agenda table"));
	}

	@Test
	void runTogetherColumnsOfEarlierTreatmentsAreToldApartByTheWidthOfTheVedtakColumn() throws IOException {
		PaperImporter.ImportResult result = read("fagutvalg-midt-2025");
		Draft draft = result.draft();

		// a title wrapped over two lines; the vedtak column's width says where each line's title piece ends
		assertThat(meeting(draft, "nufa-2025-03-05").agenda()).extracting(Draft.AgendaItem::id, Draft.AgendaItem::title,
				Draft.AgendaItem::decision)
			.containsExactly(tuple("nufa-sak-12-25", "Innføring av felles legemiddelliste i kommunene",
					"NUFA drøftet planen og ba om at prosjektet legger frem en gevinstplan i neste møte, "
							+ "og at den deles med NUIT."));
		// a one-line title: the lines after it are all vedtak; the body with a comma, the date on the next line
		assertThat(meeting(draft, "nuit-2024-10-07").agenda()).extracting(Draft.AgendaItem::title,
				Draft.AgendaItem::decision)
			.containsExactly(tuple("Legemiddelliste", "NUIT støttet planen. Helsedirektoratet tar med seg innspill fra "
					+ "møtet i det videre arbeidet med innføringen."));
		// one sak number given to two meetings: both drafted without it, and reported
		assertThat(meeting(draft, "nufa-2025-05-06").agenda()).extracting(Draft.AgendaItem::number,
				Draft.AgendaItem::title)
			.containsExactly(tuple(null, "Gevinstplan for legemiddellisten"));
		assertThat(meeting(draft, "nufa-2025-05-07").agenda()).extracting(Draft.AgendaItem::number,
				Draft.AgendaItem::title)
			.containsExactly(tuple(null, "Temamøte om pilotering"));
		assertThat(result.report().uncertain()).filteredOn(u -> u.description().startsWith("sak 25/25 of nufa is given"))
			.hasSize(2);
	}

	@Test
	void aTableOfEarlierTreatmentsGivesHeldMeetingsWithTheirSakerAndVedtak() throws IOException {
		PaperImporter.ImportResult result = read("e-helseutvalg-nord-2024");
		Draft draft = result.draft();

		// cells separated by tabs: body and date from the meeting column, title and vedtak apart
		assertThat(meeting(draft, "nufa-2024-03-14")).extracting(Draft.Meeting::body, Draft.Meeting::status)
			.containsExactly("nufa", "held");
		assertThat(meeting(draft, "nufa-2024-03-14").agenda()).extracting(Draft.AgendaItem::id, Draft.AgendaItem::title,
				Draft.AgendaItem::decision)
			.containsExactly(tuple("nufa-sak-21-24", "Deling av pasientjournal",
					"NUFA drøftet saken og ba om en felles plan for landsdelen."));
		// separated cells need no body to open the vedtak
		assertThat(meeting(draft, "nufa-2024-04-12").agenda()).extracting(Draft.AgendaItem::title,
				Draft.AgendaItem::decision)
			.containsExactly(tuple("Status for journaldeling", "Saken ble utsatt til neste møte."));
		// each cell a block of its own, the body by an alias, a wrapped title
		assertThat(meeting(draft, "nasjonalt-e-helserad-2024-02-15").agenda())
			.extracting(Draft.AgendaItem::id, Draft.AgendaItem::title, Draft.AgendaItem::decision)
			.containsExactly(tuple("nasjonalt-e-helserad-sak-4-24", "Plan for pasientjournal i Nord-Norge",
					"Nasjonalt e-helseråd støtter at det lages en felles plan og ber om å få den til behandling."));
		// cells run together along the lines: the meeting (body from the vedtak's subject), not a guessed title
		assertThat(meeting(draft, "nasjonalt-e-helserad-2024-01-11").agenda()).isEmpty();
		assertThat(result.report().uncertain()).anySatisfy(u -> assertThat(u.description())
			.startsWith("sak 7/24 of nasjonalt-e-helserad-2024-01-11: the row's columns are run together"));
		// a heading with no table under it is reported, with its line
		assertThat(result.report().skipped()).anySatisfy(u -> assertThat(u)
			.extracting(ImportReport.Item::kind, ImportReport.Item::firstLine)
			.containsExactly("earlier treatments", 48));
		// the paper's own meeting is untouched by the table; its sak takes the fuller title of its own heading
		assertThat(meeting(draft, "regionalt-e-helseutvalg-nord-2024-06-06").agenda()).hasSize(3)
			.extracting(Draft.AgendaItem::title)
			.contains("Felles plan for deling av pasientjournal i nord 2024-2026");
		// text the draft says nothing about is listed as skipped, with its lines
		assertThat(result.report().skipped()).anySatisfy(u -> assertThat(u)
			.extracting(ImportReport.Item::kind, ImportReport.Item::description)
			.containsExactly("unused text", "not used: \"Praktisk informasjon\" (3 lines)"));
	}

	@Test
	void aMeetingCalendarGivesThePlannedMeetingsAfterThePapersOwn() throws IOException {
		PaperImporter.ImportResult result = read("programstyre-akuttmedisin-2022");
		Draft draft = result.draft();

		assertThat(draft.meetings()).filteredOn(m -> m.papers().contains("motekalender"))
			.extracting(Draft.Meeting::id, Draft.Meeting::status, Draft.Meeting::start, Draft.Meeting::end)
			.containsExactly(tuple("prosjektstyret-for-digital-akuttmedisin-2022-03-23", "planned", "10:00", "12:00"),
					// no year on the line: the meeting's year
					tuple("prosjektstyret-for-digital-akuttmedisin-2022-06-08", "planned", "09:00", "11:00"),
					tuple("prosjektstyret-for-digital-akuttmedisin-2022-10-19", "planned", "10:00", "12:00"));
		// the paper's own date in the plan adds nothing to the meeting
		Draft.Meeting own = meeting(draft, "prosjektstyret-for-digital-akuttmedisin-2022-01-12");
		assertThat(own.status()).isEqualTo("held");
		// a numbered vedtak goes on past the blank line before its next item, and a sentence past a doubled line break
		assertThat(own.agenda().get(1).decision()).isEqualTo("1. Programstyret tar status til orientering. "
				+ "2. Programledelsen legger frem en revidert plan for neste møte.");
		assertThat(result.report().skipped()).anySatisfy(u -> assertThat(u.description())
			.startsWith("2022-01-12 is not after prosjektstyret-for-digital-akuttmedisin-2022-01-12"));
	}

	@Test
	void everyFixtureDraftLoadsWithTheSeed() throws IOException {
		for (String name : List.of("styringsgruppe-kvalitetsregistre-2024", "fagrad-vest-2023",
				"arbeidsgruppe-felles-sprak-2024", "e-helseutvalg-nord-2024", "programstyre-akuttmedisin-2022")) {
			String draft = DraftWriter.write(read(name).draft());
			assertThatNoException().as(name)
				.isThrownBy(() -> SeedLoader.validate("file:seed/",
						List.of(new ExtraPaper(name, name, null, fixture(name), draft))));
		}
	}

	@Test
	void aPdfOfAPaperGivesTheSameDraftAsItsText() throws IOException {
		String text = fixture("fagrad-vest-2023");
		String extracted = PdfText.extract(pdf(text));

		Draft fromText = PaperImporter.read(text, "fagrad", REGISTRY).draft();
		Draft fromPdf = PaperImporter.read(extracted, "fagrad", REGISTRY).draft();

		assertThat(withoutEvidence(fromPdf)).isEqualTo(withoutEvidence(fromText));
		assertThat(fromPdf.meetings().get(0).agenda()).hasSize(5);
	}

	@Test
	void aPdfWithoutATextLayerIsRefusedWithAReason() throws IOException {
		ByteArrayOutputStream blank = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(blank);
		}
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PdfText.extract(blank.toByteArray())))
			.isInstanceOf(ImportException.class)
			.hasMessageContaining("no text layer");
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PdfText.extract("not a pdf".getBytes())))
			.hasMessageContaining("not a PDF");
	}

	/** A PDF with the text's lines, one per line, as a word processor would lay it out. */
	static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			List<String> lines = text.lines().toList();
			for (int start = 0; start < lines.size(); start += 50) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 10);
					content.setLeading(14);
					content.newLineAtOffset(50, 740);
					for (String line : lines.subList(start, Math.min(lines.size(), start + 50))) {
						content.showText(line.replace("\t", "    ").replace("‘", "'"));
						content.newLine();
					}
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** The facts of a draft without where they were found (a PDF's line numbers differ from the text's). */
	private static String withoutEvidence(Draft draft) {
		StringBuilder facts = new StringBuilder();
		for (Draft.Meeting m : draft.meetings()) {
			facts.append(m.id()).append(m.number()).append(m.start()).append(m.end()).append(m.place()).append(m.status())
				.append('\n');
			m.attendance().forEach(a -> facts.append(a.person()).append(a.status()).append(a.note()).append('\n'));
			m.agenda().forEach(i -> facts.append(i.id()).append(i.title()).append(i.type()).append(i.time())
				.append(i.proposedDecision()).append(i.decision()).append('\n'));
		}
		draft.bodies().forEach(b -> facts.append(b.id()).append(b.name()).append('\n'));
		return facts.toString();
	}

}
