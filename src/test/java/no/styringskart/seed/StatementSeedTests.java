package no.styringskart.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import no.styringskart.shared.Fold;
import no.styringskart.support.SeedWithStatements;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the papers say is validated like every other fact and written with the rest of the seed, all or nothing. */
@StyringskartTest
class StatementSeedTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@TempDir
	Path copy;

	@Test
	void statementsMilestoneDatesAndInvolvementsAreWrittenAndReplacedOnReload() throws IOException {
		String seed = SeedWithStatements.copyInto(this.copy);

		SeedLoadReport first = this.loader.load(seed);
		SeedLoadReport second = this.loader.load(seed);

		assertThat(second.nodesByLabel()).isEqualTo(first.nodesByLabel())
			.containsEntry("Statement", 7L)
			.containsEntry("MilestoneDate", 2L);
		assertThat(second.relationshipsByType()).isEqualTo(first.relationshipsByType())
			.containsEntry("ABOUT", 7L)
			.containsEntry("STATED_IN", 7L)
			.containsEntry("BY", 2L)
			.containsEntry("HAS_DATE", 2L)
			.containsEntry("INVOLVES", 2L);
		assertThat(second.warnings()).extracting(SeedProblem::toString)
			.containsExactly(SeedWithStatements.PAPER + ": statements[6].about: id 'nufa-2020-08-26' is ambiguous "
					+ "(document/meeting): taken as the meeting");
		Map<String, Object> action = this.neo4j.query("""
				MATCH (s:Statement {id: 'kjernejournal-action-point-1'})-[:ABOUT]->(i:Initiative),
				      (s)-[:BY]->(o:Organisation), (s)-[:STATED_IN]->(d:Document)
				RETURN s.kind AS kind, s.due AS due, s.evidenceLines AS lines, s.evidenceQuotes AS quotes,
				       i.id AS about, o.id AS actor, d.id AS document,
				       COLLECT { MATCH (s)-[:CONCERNS]->(x) RETURN x.id ORDER BY x.id } AS concerns""")
			.fetch()
			.one()
			.orElseThrow();
		assertThat(action).containsEntry("kind", "action-point")
			.containsEntry("due", "2020-10-15")
			.containsEntry("about", "kjernejournal")
			.containsEntry("actor", "direktoratet-for-e-helse")
			.containsEntry("document", "nufa-2020-08-26")
			.containsEntry("concerns", List.of("ks", "norsk-helsenett-sf"))
			.containsEntry("lines", List.of("1084-1085"));
		assertThat((List<?>) action.get("quotes")).singleElement().asString().doesNotContain("\n").contains("av dokumentdeling");
		assertThat(this.neo4j.query("""
				MATCH (:Statement {id: 'kjernejournal-milestone-1'})-[:HAS_DATE]->(d:MilestoneDate)
				RETURN d.stated + ' ' + d.date + ' ' + d.kind AS date ORDER BY d.position""").fetchAs(String.class).all())
			.containsExactly("15. oktober 2020 2020-10-15 planned", "1. oktober 2020 2020-10-01 planned");
		assertThat(this.neo4j.query("""
				MATCH (:Initiative {id: 'kjernejournal'})-[r:INVOLVES]->(o:Organisation)
				RETURN r.role + ' ' + o.id + ' ' + r.note AS involvement""").fetchAs(String.class).all())
			.containsExactly("participant norsk-helsenett-sf samarbeider om planen for dokumentdeling");
		assertThat(this.neo4j.query("MATCH (s:Statement {id: 'nasjonal-e-helseportefolje-figure-1'}) RETURN s.value")
			.fetchAs(Double.class).one()).contains(85.0);
	}

	@Test
	void aBrokenStatementRejectsTheWholeSeedNamingFileAndPathAndWritesNothing() throws IOException {
		String seed = SeedWithStatements.copyInto(this.copy, SeedWithStatements.STATEMENTS.replace("""
				involvements:
				""", """
				  - id: kjernejournal
				    kind: opinion
				    about: no-such-sak
				    actor: hl7-fhir
				    text: "Noe."
				    evidence: {quote: "Dette står ikke i papiret"}
				  - id: nufa-sak-24-20-alternative-3
				    kind: alternative
				    about: nufa-sak-24-20
				    text: "Uten nummer."
				    evidence: {quote: "NUFA godkjenner innkalling og dagsorden."}
				  - id: nufa-sak-24-20-figure-1
				    kind: figure
				    about: nufa-sak-24-20
				    text: "Tall uten hva det teller."
				    figure: {value: 3}
				    evidence: {quote: "NUFA godkjenner innkalling og dagsorden."}
				  - id: kjernejournal-milestone-2
				    kind: milestone
				    about: kjernejournal
				    text: "Uten datoer."
				  - id: kjernejournal-risk-1
				    kind: risk
				    about: kjernejournal
				    text: "Datoer på en risiko."
				    dates: [{stated: "snart", kind: planned, evidence: {quote: "NUFA godkjenner innkalling og dagsorden."}}]
				    evidence: {quote: "NUFA godkjenner innkalling og dagsorden."}
				  - id: kjernejournal-milestone-3
				    kind: milestone
				    about: kjernejournal
				    text: "Dato med feil."
				    dates: [{stated: "31. juni", date: "juni 2021", kind: expected}]
				involvements:
				  - subject: karl-stener-vestli
				    party: nufa
				    role: boss
				    evidence: {quote: "24/20 Godkjenning av innkalling og dagsorden"}
				"""));
		SeedLoadReport before = this.loader.counts();

		InvalidSeedException rejected = catchThrowableOfType(InvalidSeedException.class, () -> this.loader.load(seed));

		String file = SeedWithStatements.PAPER + ": ";
		assertThat(rejected.problems()).extracting(SeedProblem::toString)
			.contains(file + "statements[7].id: duplicate id 'kjernejournal': already the id of a initiative",
					file + "statements[7].kind: 'opinion' is not one of " + new java.util.TreeSet<>(SeedStatements.KINDS),
					file + "statements[7].about: unknown id 'no-such-sak'",
					file + "statements[7].actor: 'hl7-fhir' is a standard, expected body/organisation/person",
					file + "statements[7].evidence.quote: quote not found in nufa-2020-08-26: \"Dette står ikke i papiret\"",
					file + "statements[8].order: an alternative needs its number (an integer order)",
					file + "statements[9].figure.counts: is required (what the number counts)",
					file + "statements[10].dates: a milestone needs its dates (each stated date with its passage)",
					file + "statements[11].dates: only a milestone has dates",
					file + "statements[12].dates[0].kind: 'expected' is not one of [actual, planned, revised]",
					file + "statements[12].dates[0].date: 'juni 2021' is not a date like 2021, 2021-06 or 2021-06-30",
					file + "statements[12].dates[0].evidence: evidence is required (a quote from the paper)",
					file + "involvements[0].subject: 'karl-stener-vestli' is a person, expected agendaItem/initiative",
					file + "involvements[0].role: 'boss' is not one of " + new java.util.TreeSet<>(SeedStatements.ROLES));
		assertThat(rejected).hasMessageContaining("nothing was written");
		SeedLoadReport after = this.loader.counts();
		assertThat(after.nodesByLabel()).isEqualTo(before.nodesByLabel());
		assertThat(after.relationshipsByType()).isEqualTo(before.relationshipsByType());
	}

	@Test
	void aQuoteOfMoreThanOneFactIsAWarningNotAnError() throws IOException {
		String paper = Fold.spaces(Files.readString(Path.of("seed/sources/001_14ad3e2d94874d64.txt")));
		int start = paper.indexOf("En gjennomgang av de 52 prosjektene");
		String paragraph = paper.substring(start, start + 450).strip().replace("\\", "\\\\").replace("\"", "\\\"");
		String seed = SeedWithStatements.copyInto(this.copy, """
				statements:
				  - id: nasjonal-e-helseportefolje-finding-1
				    kind: finding
				    about: nasjonal-e-helseportefolje
				    text: "De fleste prosjektene er i gjennomføringsfase."
				    evidence: {quote: "%s"}
				""".formatted(paragraph));

		SeedLoadReport report = this.loader.load(seed);

		assertThat(report.nodesByLabel()).containsEntry("Statement", 1L);
		assertThat(report.warnings()).extracting(SeedProblem::toString)
			.singleElement()
			.asString()
			.startsWith(SeedWithStatements.PAPER + ": statements[0].evidence: quote of ")
			.endsWith("characters (over 400): a statement's quote is one fact, a sentence or two");
	}

	@Test
	void theNewInitiativeKindsLoadQuietlyAndAnUnknownKindLoadsWithAWarning() throws IOException {
		SeedWithStatements.copyInto(this.copy, "");
		Files.writeString(this.copy.resolve("papers/zz-kinds.yaml"), """
				document: nufa-2020-08-26
				initiatives:
				  - id: dokumentdeling
				    name: Dokumentdeling
				    kind: tjeneste
				    evidence: {quote: "dokumentdeling (via kjernejournal)"}
				  - id: veikart-for-dokumentdeling
				    name: Veikart for dokumentdeling
				    kind: veikart
				    evidence: {quote: "Plan for dokumentdeling"}
				""");

		SeedLoadReport report = this.loader.load("file:" + this.copy + "/");

		assertThat(report.warnings()).extracting(SeedProblem::toString)
			.containsExactly("papers/zz-kinds.yaml: initiatives[1].kind: 'veikart' is not one of "
					+ new java.util.TreeSet<>(SeedValidator.INITIATIVE_KINDS));
		assertThat(this.neo4j.query("MATCH (i:Initiative {id: 'dokumentdeling'}) RETURN i.kind").fetchAs(String.class).one())
			.contains("tjeneste");
	}

	@AfterEach
	void leaveTheGoodSeedForTheNextTests() {
		this.loader.load(SeedLoaderTests.SEED);
	}

}
