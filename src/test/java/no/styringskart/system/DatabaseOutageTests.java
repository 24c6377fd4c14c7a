package no.styringskart.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import no.styringskart.neo4j.EmbeddedNeo4j;
import no.styringskart.support.StandaloneApp;
import no.styringskart.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An external Neo4j that is down when the app starts, comes up, goes away and comes back: the app starts
 * anyway, says what it waits for, answers SERVICE_UNAVAILABLE meanwhile and recovers without a restart.
 */
class DatabaseOutageTests {

	private static final String ABOUT = "{\"query\":\"{ about { nodeCount } }\"}";

	@TempDir
	Path neo4jData;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theAppOutlivesNeo4jAndRecoversWhenItComesBack() throws Exception {
		int bolt = TestNeo4j.freePort();
		try (StandaloneApp app = StandaloneApp.start("--spring.neo4j.uri=bolt://127.0.0.1:" + bolt, "--server.port=0",
				"--styringskart.startup.retry-interval=300ms")) {
			HttpResponse<String> health = get(app, "/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"graph\"").contains("waiting for Neo4j");
			assertThat(post(app, ABOUT).body()).contains("SERVICE_UNAVAILABLE").doesNotContain("Exception");

			try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(this.neo4jData, "127.0.0.1", bolt)) {
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
					.until(() -> get(app, "/actuator/health").statusCode() == 200);
				assertThat(nodeCount(app)).as("schema and seed applied once Neo4j came").isGreaterThan(700);
			}

			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
				String body = post(app, ABOUT).body();
				assertThat(body).contains("SERVICE_UNAVAILABLE").contains("try again shortly").doesNotContain("Exception");
			});
			assertThat(get(app, "/actuator/health").statusCode()).isEqualTo(503);

			try (EmbeddedNeo4j again = EmbeddedNeo4j.start(this.neo4jData, "127.0.0.1", bolt)) {
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
					.untilAsserted(() -> assertThat(nodeCount(app)).isGreaterThan(700));
				assertThat(get(app, "/actuator/health").statusCode()).isEqualTo(200);
			}
		}
	}

	private long nodeCount(StandaloneApp app) throws Exception {
		String body = post(app, ABOUT).body();
		if (!body.contains("\"nodeCount\":")) {
			return -1;
		}
		return Long.parseLong(body.replaceAll("(?s).*\"nodeCount\":(\\d+).*", "$1"));
	}

	private HttpResponse<String> get(StandaloneApp app, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(StandaloneApp app, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
