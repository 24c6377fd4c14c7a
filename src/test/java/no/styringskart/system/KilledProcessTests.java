package no.styringskart.system;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import no.styringskart.neo4j.EmbeddedNeo4j;
import no.styringskart.support.StandaloneApp;
import no.styringskart.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The app on its embedded default, in a process of its own: a second instance on the same data directory
 * fails fast, and after the process is killed (SIGKILL, in the middle of a seed reload) the data is intact and
 * the app starts again on it.
 */
class KilledProcessTests {

	private static final String ADMIN_TOKEN = "kill-test-admin-token";

	@TempDir
	Path workspace;

	private Process child;

	@AfterEach
	void killTheChild() {
		if (this.child != null) {
			this.child.destroyForcibly();
		}
	}

	@Test
	void aKilledAppLeavesItsDataIntactAndASecondAppCannotShareIt() throws Exception {
		Path data = this.workspace.resolve("data");
		Path log = this.workspace.resolve("app.log");
		int httpPort = TestNeo4j.freePort();
		this.child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
				StandaloneApp.class.getName(), "--styringskart.neo4j.embedded.data-directory=" + data,
				"--styringskart.neo4j.embedded.bolt-port=" + TestNeo4j.freePort(), "--server.port=" + httpPort,
				"--styringskart.security.admin-token=" + ADMIN_TOKEN)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
			.until(() -> !this.child.isAlive() || Files.readString(log).contains("Styringskart ready"));
		assertThat(this.child.isAlive()).as("the app started; its log:%n%s", Files.readString(log)).isTrue();

		long started = System.nanoTime();
		assertThatThrownBy(() -> StandaloneApp.start("--styringskart.neo4j.embedded.data-directory=" + data,
				"--styringskart.neo4j.embedded.bolt-port=" + TestNeo4j.freePort(), "--server.port=0"))
			.hasStackTraceContaining("EmbeddedNeo4jStartupException")
			.hasStackTraceContaining("in use by another process");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the second instance fails fast")
			.isLessThan(Duration.ofSeconds(30));

		HttpClient http = HttpClient.newHttpClient();
		long nodesBefore = nodeCount(http, httpPort);
		assertThat(nodesBefore).isGreaterThan(700);
		http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"mutation { reloadSeed { nodeCount } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
			.until(() -> occurrences(Files.readString(log), "is valid; replacing the seeded graph") == 2);
		this.child.destroyForcibly().waitFor();
		assertThat(occurrences(Files.readString(log), "Seed loaded from")).as("killed before the reload committed")
			.isEqualTo(1);

		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, "127.0.0.1", TestNeo4j.freePort());
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			List<Long> counts = driver.executableQuery("""
					RETURN COUNT { MATCH (n) } AS nodes,
					       COUNT { MATCH (p:Person) WITH p.id AS id, count(*) AS copies WHERE copies > 1 RETURN id } AS duplicated""")
				.execute()
				.records()
				.stream()
				.flatMap(r -> List.of(r.get("nodes").asLong(), r.get("duplicated").asLong()).stream())
				.toList();
			assertThat(counts).as("nodes, duplicated people after recovery").containsExactly(nodesBefore, 0L);
		}

		try (StandaloneApp again = StandaloneApp.start("--styringskart.neo4j.embedded.data-directory=" + data,
				"--styringskart.neo4j.embedded.bolt-port=" + TestNeo4j.freePort(), "--server.port=0")) {
			assertThat(nodeCount(http, again.port())).isEqualTo(nodesBefore);
		}
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private static String javaCommand() {
		return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
	}

	private static long nodeCount(HttpClient http, int port) throws Exception {
		String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ about { nodeCount } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		return Long.parseLong(body.replaceAll("(?s).*\"nodeCount\":(\\d+).*", "$1"));
	}

}
