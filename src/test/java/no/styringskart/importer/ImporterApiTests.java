package no.styringskart.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import no.styringskart.seed.SeedLoader;
import no.styringskart.support.StyringskartTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The importPaper mutation against the app and its real Neo4j: admin only, draft and report, apply, bad input. */
@StyringskartTest
class ImporterApiTests {

	private static final String IMPORT = """
			mutation ($doc: ID!, $text: String, $pdf: String, $apply: Boolean) {
			  importPaper(documentId: $doc, text: $text, pdfBase64: $pdf, title: "Test", apply: $apply) {
			    documentId draft valid problems
			    recognised { kind description lines firstLine lastLine }
			    uncertain { kind description lines }
			    skipped { kind description lines }
			    resolutions { entityType written outcome id line candidates { id name score reason } }
			    load { nodeCount relationshipCount labels { name count } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	SeedLoader loader;

	@AfterEach
	void restoreTheCuratedSeed() {
		this.loader.load("file:seed/");
	}

	private HttpGraphQlTester admin() {
		// applying reads the paper twice over and reloads the whole seed in one transaction: more than the client's
		// default 5 s on a loaded two-core machine
		return this.graphQl.mutate()
			.header("Authorization", "Bearer " + StyringskartTest.ADMIN_TOKEN)
			.webTestClient(client -> client.responseTimeout(java.time.Duration.ofSeconds(30)))
			.build();
	}

	private static String fixture() throws IOException {
		return Files.readString(Path.of("src/test/resources/importer/styringsgruppe-kvalitetsregistre-2024.txt"));
	}

	private long nodes() {
		return this.neo4j.query("MATCH (n) RETURN count(n) AS c").fetchAs(Long.class).one().orElseThrow();
	}

	@Test
	void withoutTheAdminTokenNothingIsImported() throws IOException {
		long before = nodes();
		this.graphQl.document(IMPORT)
			.variables(Map.of("doc", "kvalitetsregistre-2024-09-04", "text", fixture(), "apply", true))
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.UNAUTHORIZED)
			.verify();
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void aDraftAndItsReportWithoutTouchingTheGraph() throws IOException {
		long before = nodes();
		var response = admin().document(IMPORT)
			.variables(Map.of("doc", "kvalitetsregistre-2024-09-04", "text", fixture()))
			.execute();

		response.path("importPaper.valid").entity(Boolean.class).isEqualTo(true);
		response.path("importPaper.draft").entity(String.class)
			.satisfies(yaml -> assertThat(yaml).contains("document: kvalitetsregistre-2024-09-04")
				.contains("- id: nasjonal-styringsgruppe-for-kvalitetsregistre-2024-09-04"));
		response.path("importPaper.recognised[*].kind").entityList(String.class).contains("meeting", "participants", "sak");
		response.path("importPaper.resolutions[?(@.written == 'Helse Sgr-@st RHF')]").entityList(Map.class)
			.satisfies(list -> assertThat(list).singleElement()
				.satisfies(r -> assertThat(r).containsEntry("outcome", "LINKED").containsEntry("id", "helse-sor-ost-rhf")));
		response.path("importPaper.load").valueIsNull();
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void applyingLoadsTheSeedPlusTheDraftAndTwiceGivesTheSameGraph() throws IOException {
		Map<String, Object> variables = Map.of("doc", "kvalitetsregistre-2024-09-04", "text", fixture(), "apply", true);
		long first = admin().document(IMPORT).variables(variables).execute()
			.path("importPaper.load.nodeCount").entity(Long.class).get();
		long afterFirst = nodes();
		long second = admin().document(IMPORT).variables(variables).execute()
			.path("importPaper.load.nodeCount").entity(Long.class).get();

		assertThat(second).isEqualTo(first);
		assertThat(nodes()).isEqualTo(afterFirst);
		var attendance = this.neo4j.query("""
				MATCH (p:Person)-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->(m:Meeting {id: $id})
				RETURN p.id AS person, a.status AS status, a.evidenceLines[0] AS lines ORDER BY person""")
			.bind("nasjonal-styringsgruppe-for-kvalitetsregistre-2024-06-12").to("id")
			.fetch()
			.all();
		assertThat(attendance).extracting(r -> r.get("person") + " " + r.get("status"))
			.contains("ola-berg partial", "per-olav-skjesol partial", "marte-lien absent");
		// the loader found every quote in the imported paper and gave it its lines
		assertThat(attendance).allSatisfy(r -> assertThat((String) r.get("lines")).matches("\\d+(-\\d+)?"));
		// an existing person was linked, not duplicated
		assertThat(this.neo4j.query("MATCH (p:Person) WHERE p.name = 'Per Olav Skjesol' RETURN count(p)")
			.fetchAs(Long.class).one()).contains(1L);
	}

	@Test
	void emptyTextBinaryJunkAndAPdfWithoutTextAreRefusedAndTheGraphIsUntouched() throws IOException {
		long before = nodes();
		refused(Map.of("doc", "empty-paper", "text", "  \n \n", "apply", true), "the paper is empty");
		refused(Map.of("doc", "junk-paper", "text", "PK\u0003\u0004\u0000\u0000binary\u0001\u0002\u0000\u0007".repeat(10),
				"apply", true), "binary or control characters, the first at line 1, column 3");
		refused(Map.of("doc", "scanned-paper", "pdf", Base64.getEncoder().encodeToString(blankPdf()), "apply", true),
				"no text layer");
		refused(Map.of("doc", "Not A Slug", "text", fixture(), "apply", true), "must be a lower-case slug");
		refused(Map.of("doc", "nuit-2025-05-15", "text", fixture(), "apply", true), "already names a document");
		assertThat(nodes()).isEqualTo(before);
	}

	private void refused(Map<String, Object> variables, String message) {
		admin().document(IMPORT)
			.variables(variables)
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains(message))
			.verify();
	}

	private static byte[] blankPdf() throws IOException {
		try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
