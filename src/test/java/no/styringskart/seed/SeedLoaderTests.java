package no.styringskart.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The curated seed as loaded into the real Neo4j: counts, idempotency, provenance and facts from each paper. */
@StyringskartTest
class SeedLoaderTests {

	static final String SEED = "file:seed/";

	@Autowired
	SeedLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void theGraphHoldsEveryMeetingSakAttendanceMembershipAndDependencyTheFilesDeclare() throws IOException {
		SeedLoadReport report = this.loader.load(SEED);
		Map<String, Integer> declared = countDeclared();
		assertThat(report.nodesByLabel()).containsEntry("Meeting", (long) declared.get("meetings"))
			.containsEntry("AgendaItem", (long) declared.get("agenda"))
			.containsEntry("Attendance", (long) declared.get("attendance"))
			.containsEntry("Membership", (long) declared.get("memberships"))
			.containsEntry("Person", (long) declared.get("people"))
			.containsEntry("Document", (long) declared.get("documents"));
		assertThat(report.relationshipsByType()).containsEntry("DEPENDS_ON", (long) declared.get("dependencies"));
		// the size the issue expects of a complete reading of the five papers
		assertThat(report.nodesByLabel().get("Person")).isGreaterThan(100);
		assertThat(report.nodesByLabel().get("AgendaItem")).isGreaterThanOrEqualTo(85);
		assertThat(report.nodesByLabel().get("Meeting")).isGreaterThanOrEqualTo(28);
	}

	@Test
	void loadingTwiceGivesIdenticalCounts() {
		SeedLoadReport first = this.loader.load(SEED);
		SeedLoadReport second = this.loader.load(SEED);
		assertThat(second.nodesByLabel()).isEqualTo(first.nodesByLabel());
		assertThat(second.relationshipsByType()).isEqualTo(first.relationshipsByType());
		assertThat(first.nodes()).isGreaterThan(500);
	}

	@Test
	void everyQuoteInTheGraphOccursInItsSourcePaper() throws IOException {
		this.loader.load(SEED);
		Map<String, String> papers = foldedPapers();
		List<Map<String, Object>> evidence = this.neo4j.query("""
				CALL () {
				  MATCH (n) WHERE n.evidenceQuotes IS NOT NULL
				  RETURN labels(n)[0] + ' ' + coalesce(n.id, '') AS owner, n.evidenceDocuments AS documents,
				         n.evidenceQuotes AS quotes, n.evidenceLines AS lines
				  UNION ALL
				  MATCH ()-[r]->() WHERE r.evidenceQuotes IS NOT NULL
				  RETURN type(r) AS owner, r.evidenceDocuments AS documents, r.evidenceQuotes AS quotes,
				         r.evidenceLines AS lines
				}
				RETURN owner, documents, quotes, lines""").fetch().all().stream().toList();
		int checked = 0;
		for (Map<String, Object> row : evidence) {
			List<?> documents = (List<?>) row.get("documents");
			List<?> quotes = (List<?>) row.get("quotes");
			List<?> lines = (List<?>) row.get("lines");
			assertThat(quotes).hasSameSizeAs(documents).hasSameSizeAs(lines);
			for (int i = 0; i < quotes.size(); i++) {
				String paper = papers.get((String) documents.get(i));
				if (paper == null) {
					assertThat(lines.get(i)).as("evidence of %s from an external source", row.get("owner"))
						.isEqualTo("external, paraphrased");
					continue;
				}
				assertThat(paper).as("quote of %s", row.get("owner")).contains(fold((String) quotes.get(i)));
				assertThat((String) lines.get(i)).matches("\\d+(-\\d+)?");
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(1000);
	}

	@Test
	void nilarDependsOnTagWithTheQuoteThatSaysSo() {
		this.loader.load(SEED);
		var quotes = this.neo4j.query("""
				MATCH (:Initiative {id: 'nilar'})-[d:DEPENDS_ON]->(:Initiative {id: 'tag'})
				UNWIND d.evidenceQuotes AS quote RETURN quote""").fetchAs(String.class).all();
		assertThat(quotes).anySatisfy(q -> assertThat(q).contains("avhengighet til TAG"));
		var dependents = this.neo4j.query("""
				MATCH (i:Initiative)-[:DEPENDS_ON]->(:Initiative {id: 'tag'}) RETURN i.id""")
			.fetchAs(String.class)
			.all();
		assertThat(dependents).contains("nilar", "helseplattformen", "dokumentdeling-i-kjernejournal");
	}

	@Test
	void eHelsestyretMarch2021ListsItsMembersAndSak421RefersTo3920() {
		this.loader.load(SEED);
		var organisation = this.neo4j.query("""
				MATCH (:Person {id: 'karl-stener-vestli'})-[:HAS_MEMBERSHIP]->(m:Membership)-[:IN_BODY]->
				      (:Body {id: 'nasjonalt-e-helsestyre'}), (m)-[:ON_BEHALF_OF]->(o)
				RETURN o.name""").fetchAs(String.class).all();
		assertThat(organisation).contains("Direktoratet for e-helse");
		var aliases = this.neo4j.query("MATCH (p:Person {id: 'karl-stener-vestli'}) UNWIND p.aliases AS a RETURN a")
			.fetchAs(String.class)
			.all();
		assertThat(aliases).contains("Karl Vestli");
		var referred = this.neo4j.query("""
				MATCH (:AgendaItem {number: '4/21'})<-[:HAS_AGENDA_ITEM]-(:Meeting)-[:OF_BODY]->
				      (:Body {id: 'nasjonalt-e-helsestyre'})
				MATCH (:AgendaItem {number: '4/21'})-[:REFERS_TO]->(earlier:AgendaItem)
				RETURN earlier.number""").fetchAs(String.class).all();
		assertThat(referred).contains("39/20");
	}

	@Test
	void theDecember2020ReferatOfTheEHelsestyretIsAMeetingWithItsVedtak() {
		this.loader.load(SEED);
		var decisions = this.neo4j.query("""
				MATCH (m:Meeting {date: date('2020-12-16')})-[:OF_BODY]->(:Body {id: 'nasjonalt-e-helsestyre'}),
				      (m)-[:HAS_AGENDA_ITEM]->(i:AgendaItem)
				WHERE i.decision IS NOT NULL RETURN i.number + ': ' + i.decision""").fetchAs(String.class).all();
		assertThat(decisions).hasSizeGreaterThanOrEqualTo(8)
			.anySatisfy(d -> assertThat(d).contains("godkjenner referatet fra ekstramøtet 13. november 2020"));
	}

	@Test
	void nufaJune2020AttendanceAndDecisionsComeFromTheEmbeddedReferat() {
		this.loader.load(SEED);
		var attended = this.neo4j.query("""
				MATCH (:Person {id: 'jon-gupta'})-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->
				      (:Meeting {id: 'nufa-2020-06-12'}), (a)-[:ON_BEHALF_OF]->(o)
				RETURN a.status + ' for ' + o.name""").fetchAs(String.class).all();
		assertThat(attended).containsExactly("present for Helse Sør-Øst RHF");
		var decision = this.neo4j.query("MATCH (i:AgendaItem {id: 'nufa-sak-17-20'}) RETURN i.decision")
			.fetchAs(String.class)
			.one();
		assertThat(decision).hasValue("NUFA tar sakene til orientering.");
	}

	@Test
	void theProgrammeBoardRecordsReplacementsAsData() {
		this.loader.load(SEED);
		var replaced = this.neo4j.query("""
				MATCH (:Person {id: 'ole-johan-kvan'})-[:HAS_MEMBERSHIP]->(m:Membership)-[:REPLACES]->(old:Person),
				      (m)-[:IN_BODY]->(:Body {id: 'programstyret-helhetlig-samhandling'})
				RETURN old.name""").fetchAs(String.class).all();
		assertThat(replaced).containsExactly("Rune Simensen");
	}

	@Test
	void theStandardsReportNamesStandardsBodiesAndRoles() {
		this.loader.load(SEED);
		var sdo = this.neo4j.query("MATCH (:Standard {id: 'hl7-fhir'})-[:MAINTAINED_BY]->(o) RETURN o.id")
			.fetchAs(String.class)
			.all();
		assertThat(sdo).containsExactly("hl7-international");
		var roles = this.neo4j.query("""
				MATCH (r:Role) WHERE 'samarbeidsmodell-standarder-2022' IN r.evidenceDocuments RETURN count(r)""")
			.fetchAs(Long.class)
			.one();
		assertThat(roles).hasValueSatisfying(count -> assertThat(count).isGreaterThanOrEqualTo(10));
	}

	@Test
	void whoAttendedNuit1Of2025IsKnownPersonByPerson() {
		this.loader.load(SEED);
		var rows = this.neo4j.query("""
				MATCH (m:Meeting {number: '1/2025'})-[:OF_BODY]->(:Body {id: 'nuit'})
				MATCH (p:Person)-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->(m)
				RETURN p.name AS name, a.status AS status""").fetch().all();
		Map<String, Object> status = new HashMap<>();
		rows.forEach(r -> status.put((String) r.get("name"), r.get("status")));
		assertThat(status).containsEntry("Ole Johan Kvan", "present")
			.containsEntry("Ole Jørgen Kirkeluten", "absent")
			.containsEntry("Odd Ruud", "present");
		assertThat(status).hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void theMergerOfDirektoratetForEHelseIntoHelsedirektoratetKeepsBothOrganisations() {
		this.loader.load(SEED);
		var event = this.neo4j.query("""
				MATCH (e:ChangeEvent {kind: 'merger'})-[:ORIGINAL]->(:Organisation {id: 'direktoratet-for-e-helse'}),
				      (e)-[:RESULTING]->(:Organisation {id: 'helsedirektoratet'})
				RETURN toString(e.date)""").fetchAs(String.class).all();
		assertThat(event).containsExactly("2024-01-01");
	}

	/** Counts read straight from the YAML trees, independently of the loader's own model. */
	static Map<String, Integer> countDeclared() throws IOException {
		YAMLMapper yaml = new YAMLMapper();
		Map<String, Integer> counts = new HashMap<>();
		Set<String> people = new HashSet<>();
		counts.put("documents", yaml.readTree(Path.of("seed/sources.yaml").toFile()).get("documents").size());
		try (Stream<Path> files = Stream.concat(Files.list(Path.of("seed/registry")), Files.list(Path.of("seed/papers")))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
				JsonNode root = yaml.readTree(file.toFile());
				root.path("people").forEach(p -> people.add(p.get("id").asString()));
				counts.merge("memberships", root.path("memberships").size(), Integer::sum);
				counts.merge("dependencies", root.path("dependencies").size(), Integer::sum);
				for (JsonNode meeting : root.path("meetings")) {
					counts.merge("meetings", 1, Integer::sum);
					counts.merge("agenda", meeting.path("agenda").size(), Integer::sum);
					counts.merge("attendance", meeting.path("attendance").size(), Integer::sum);
				}
			}
		}
		counts.put("people", people.size());
		counts.putIfAbsent("memberships", 0);
		return counts;
	}

	static Map<String, String> foldedPapers() throws IOException {
		YAMLMapper yaml = new YAMLMapper();
		Map<String, String> papers = new HashMap<>();
		for (JsonNode document : yaml.readTree(Path.of("seed/sources.yaml").toFile()).get("documents")) {
			if (document.hasNonNull("file")) {
				papers.put(document.get("id").asString(), fold(
						Files.readString(Path.of("seed/sources", document.get("file").asString()), StandardCharsets.UTF_8)));
			}
		}
		return papers;
	}

	private static String fold(String text) {
		return text.replaceAll("[\\s\\p{Z}]+", " ").strip();
	}

}
