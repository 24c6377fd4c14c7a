package no.styringskart.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admin writes sent at the same moment take turns: each reload either succeeds or is answered with a classified
 * CONFLICT, never an internal error, and the graph ends as one reload leaves it.
 */
@StyringskartTest
class ConcurrentWritesTests {

	private static final String RELOAD = "{\"query\":\"mutation { reloadSeed { nodeCount relationshipCount } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void concurrentReloadsEachSucceedOrGetAClassifiedConflict() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		int writers = 6;
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<JsonNode>> answers = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			answers.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + StyringskartTest.ADMIN_TOKEN)
						.timeout(Duration.ofSeconds(120))
						.POST(HttpRequest.BodyPublishers.ofString(RELOAD))
						.build(), HttpResponse.BodyHandlers.ofString());
					return this.json.readTree(response.body());
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		start.countDown();
		List<Long> nodeCounts = new ArrayList<>();
		for (CompletableFuture<JsonNode> answer : answers) {
			JsonNode body = answer.join();
			if (body.path("errors").isEmpty()) {
				nodeCounts.add(body.path("data").path("reloadSeed").path("nodeCount").asLong());
			}
			else {
				assertThat(body.path("errors").path(0).path("extensions").path("classification").asString())
					.as("%s", body).isEqualTo("CONFLICT");
			}
		}
		assertThat(nodeCounts).as("reloads that succeeded").isNotEmpty();
		assertThat(nodeCounts).as("every reload that succeeded left the same graph").containsOnly(nodeCounts.getFirst());
		long nodes = this.neo4j.query("MATCH (n) WHERE NOT n:ProbeWrite RETURN count(n) AS c").fetchAs(Long.class).one().orElseThrow();
		assertThat(nodes).isGreaterThanOrEqualTo(nodeCounts.getFirst());
	}

}
