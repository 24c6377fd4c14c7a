package no.styringskart.importer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.styringskart.seed.SeedLoader;
import no.styringskart.support.ChunkedBody;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin upload {@code POST /admin/papers/{documentId}}: papers larger than a GraphQL request, as text or PDF. */
@StyringskartTest
class PaperUploadTests {

	private static final Path FIXTURE = Path.of("src/test/resources/importer/styringsgruppe-kvalitetsregistre-2024.txt");

	/** The NUIT paper: 102 KB, over the GraphQL request limit. */
	private static final Path LARGE_PAPER = Path.of("seed/sources/004_e6a34afdae23d904.txt");

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	SeedLoader loader;

	@LocalServerPort
	int port;

	@AfterEach
	void restoreTheCuratedSeed() {
		this.loader.load("file:seed/");
	}

	@Test
	void aPaperOverTheGraphQlLimitIsDraftedFromItsRawTextWithoutTouchingTheGraph() throws Exception {
		long before = nodes();
		byte[] paper = Files.readAllBytes(LARGE_PAPER);
		// over the 100 KB GraphQL limit once its newlines and quotes are escaped into a request
		assertThat(paper.length).isGreaterThan(100_000);

		HttpResponse<String> response = post("nuit-copy?title=NUIT%20copy", "text/plain; charset=utf-8",
				StyringskartTest.ADMIN_TOKEN, HttpRequest.BodyPublishers.ofByteArray(paper));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		assertThat(response.body()).contains("\"documentId\":\"nuit-copy\"", "document: nuit-copy", "\"recognised\":[",
				"\"skipped\":[", "\"resolutions\":[", "\"valid\":");
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void aPdfIsReadFromItsTextLayerAndApplyingLoadsTheDraft() throws Exception {
		byte[] pdf = ImporterVariationTests.pdf(Files.readString(FIXTURE));

		HttpResponse<String> response = post("kvalitetsregistre-2024-pdf?apply=true", "application/pdf",
				StyringskartTest.ADMIN_TOKEN, HttpRequest.BodyPublishers.ofByteArray(pdf));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"valid\":true", "nasjonal-styringsgruppe-for-kvalitetsregistre-2024-09-04",
				"\"load\":{");
		assertThat(this.neo4j.query("MATCH (m:Meeting {id: 'nasjonal-styringsgruppe-for-kvalitetsregistre-2024-09-04'}) "
				+ "RETURN count(m)").fetchAs(Long.class).one()).contains(1L);
	}

	@Test
	void onlyTheAdminTokenMayUpload() throws Exception {
		long before = nodes();
		byte[] text = Files.readAllBytes(FIXTURE);
		assertThat(post("kvalitetsregistre-2024?apply=true", "text/plain", null, HttpRequest.BodyPublishers.ofByteArray(text))
			.statusCode()).isEqualTo(401);
		assertThat(post("kvalitetsregistre-2024?apply=true", "text/plain", "not-a-token",
				HttpRequest.BodyPublishers.ofByteArray(text)).statusCode()).isEqualTo(401);
		assertThat(post("kvalitetsregistre-2024?apply=true", "text/plain", StyringskartTest.READ_TOKEN,
				HttpRequest.BodyPublishers.ofByteArray(text)).statusCode()).isEqualTo(403);
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void badInputIsRefusedWith400SayingWhatIsWrongAndTheGraphIsUnchanged() throws Exception {
		long before = nodes();
		byte[] text = Files.readAllBytes(FIXTURE);
		assertRefused(post("Not%20A%20Slug?apply=true", "text/plain", StyringskartTest.ADMIN_TOKEN,
				HttpRequest.BodyPublishers.ofByteArray(text)), 400, "must be a lower-case slug");
		assertRefused(post("nuit-2025-05-15?apply=true", "text/plain", StyringskartTest.ADMIN_TOKEN,
				HttpRequest.BodyPublishers.ofByteArray(text)), 400, "already names a document");
		assertRefused(post("empty-paper?apply=true", "text/plain", StyringskartTest.ADMIN_TOKEN,
				HttpRequest.BodyPublishers.ofString(" \n ")), 400, "the paper is empty");
		assertRefused(post("not-a-pdf?apply=true", "application/pdf", StyringskartTest.ADMIN_TOKEN,
				HttpRequest.BodyPublishers.ofByteArray(text)), 400, "not a PDF");
		assertThat(post("word-file?apply=true", "application/msword", StyringskartTest.ADMIN_TOKEN,
				HttpRequest.BodyPublishers.ofByteArray(text)).statusCode()).isEqualTo(415);
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void aBodyOverTheUploadLimitIsRefusedWith413() throws Exception {
		long before = nodes();
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		java.util.Arrays.fill(huge, (byte) 'x');

		HttpResponse<String> response = post("huge-paper?apply=true", "text/plain", StyringskartTest.ADMIN_TOKEN,
				ChunkedBody.of(huge));

		assertRefused(response, 413, "at most 10485760 are accepted (styringskart.limits.max-upload-size)");
		assertThat(nodes()).isEqualTo(before);
	}

	private static void assertRefused(HttpResponse<String> response, int status, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.body()).contains(message);
	}

	private HttpResponse<String> post(String pathAndQuery, String contentType, String token,
			HttpRequest.BodyPublisher body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/admin/papers/" + pathAndQuery))
			.header("Content-Type", contentType)
			.POST(body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private long nodes() {
		return this.neo4j.query("MATCH (n) RETURN count(n) AS c").fetchAs(Long.class).one().orElseThrow();
	}

}
