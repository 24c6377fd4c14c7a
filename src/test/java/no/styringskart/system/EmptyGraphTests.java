package no.styringskart.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import no.styringskart.support.StandaloneApp;
import no.styringskart.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A graph with no seed and no relationships still answers: counts of nothing are zero, not missing. */
class EmptyGraphTests {

	@TempDir
	Path data;

	@Test
	void aboutAnEmptyGraphCountsZeroes() throws Exception {
		try (StandaloneApp app = StandaloneApp.start("--styringskart.neo4j.embedded.data-directory=" + this.data,
				"--styringskart.neo4j.embedded.bolt-port=" + TestNeo4j.freePort(), "--server.port=0",
				"--styringskart.seed.load=never")) {
			String body = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"query\":\"{ about { nodeCount relationshipCount labels { name count } } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(body).doesNotContain("errors")
				.contains("\"relationshipCount\":0")
				.contains("{\"name\":\"Person\",\"count\":0}");
		}
	}

}
