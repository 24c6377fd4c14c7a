package no.styringskart.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.ServiceErrorType;
import no.styringskart.support.StyringskartTest;
import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hardened deployment: no introspection, no GraphiQL, a short query timeout and a very short import timeout. Probe fields, added to the
 * schema for this test only, show that query controllers read in read-only transactions that Neo4j itself
 * stops at the timeout.
 */
@StyringskartTest
@TestPropertySource(properties = { "styringskart.limits.query-timeout-seconds=2", "styringskart.limits.import-timeout=100ms",
		"spring.graphql.schema.introspection.enabled=false", "styringskart.graphiql.enabled=false" })
class HardenedDeploymentTests {

	/** A query that compares every triple of nodes: it runs for minutes unless stopped. */
	static final String RUNAWAY = "MATCH (a), (b), (c) WHERE a.id < b.id AND b.id < c.id RETURN count(*) AS rows";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@LocalServerPort
	int port;

	@Test
	void aRunawayQueryIsStoppedInTheDatabaseAtTheTimeout() {
		long started = System.nanoTime();
		this.graphQl.document("{ probeRunaway }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType().toString().equals(ServiceErrorType.TIMEOUT.name()) && e.getMessage().contains("longer than 2 s")
					&& e.getMessage().contains("Request id") && !e.getMessage().contains("MATCH"))
			.verify();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(this.neo4j.query("""
				SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH $runaway RETURN count(*) AS running""")
			.bind(RUNAWAY)
			.to("runaway")
			.fetchAs(Long.class)
			.one()
			.orElseThrow()).as("transactions still running the abandoned query").isZero());
	}

	/**
	 * Six runaway fields share the request's one deadline: the others do not each get the full timeout again, and
	 * nothing of the request is still running in the database once it is answered.
	 */
	@Test
	void aRequestsFieldsShareOneDeadlineAndStopWithIt() {
		long started = System.nanoTime();
		this.graphQl.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.document("{ a: probeRunaway b: probeRunaway c: probeRunaway d: probeRunaway e: probeRunaway f: probeRunaway }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).hasSize(6)
				.allSatisfy(e -> assertThat(e.getErrorType().toString()).isEqualTo(ServiceErrorType.TIMEOUT.name())));
		// one timeout of 2 s and a wide margin; each field timing out in turn took 12 s and more
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
		assertThat(runningRunaways()).as("transactions still running the abandoned query").isZero();
	}

	private long runningRunaways() {
		return this.neo4j.query("""
				SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH $runaway RETURN count(*) AS running""")
			.bind(RUNAWAY)
			.to("runaway")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	@Test
	void readsRunInReadOnlyTransactionsAndFailuresHideTheirInternals() {
		this.graphQl.document("{ probeWrite }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.INTERNAL_ERROR
					&& e.getMessage().startsWith("Internal error; the server log has the details under request id")
					&& !e.getMessage().contains("CREATE") && !e.getMessage().contains("Exception"))
			.verify();
		assertThat(this.neo4j.query("MATCH (p:ProbeWrite) RETURN count(p) AS c").fetchAs(Long.class).one()).hasValue(0L);
	}

	/** An import that runs past its limit is refused in time, and is stopped before it writes anything. */
	@Test
	void anImportOverItsTimeLimitIsRefusedAndWritesNothing() throws Exception {
		long nodesBefore = nodes();
		// ten copies of the largest paper: more than a warmed-up importer reads in 100 ms
		byte[] paper = Files.readString(Path.of("seed/sources/004_e6a34afdae23d904.txt")).repeat(10)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		long started = System.nanoTime();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/papers/slow-copy?apply=true"))
				.header("Content-Type", "text/plain; charset=utf-8")
				.header("Authorization", "Bearer " + StyringskartTest.ADMIN_TOKEN)
				.POST(HttpRequest.BodyPublishers.ofByteArray(paper))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("did not finish within 100 ms (styringskart.limits.import-timeout)",
				"nothing was written");
		// the importer runs on to its end (it cannot be stopped half-way), then stops short of writing
		await().atMost(Duration.ofSeconds(120)).until(() -> !importStillRunning());
		assertThat(nodes()).isEqualTo(nodesBefore);
		assertThat(this.neo4j.query("MATCH (d:Document {id: 'slow-copy'}) RETURN count(d) AS c").fetchAs(Long.class).one())
			.hasValue(0L);
	}

	/** Whether the import's thread (it runs in this JVM) is still in the app's code. */
	private static boolean importStillRunning() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.anyMatch(thread -> thread.getKey().getName().startsWith("paper-import-") && Arrays.stream(thread.getValue())
				.anyMatch(frame -> frame.getClassName().startsWith("no.styringskart.")));
	}

	private long nodes() {
		return this.neo4j.query("MATCH (n) RETURN count(n) AS c").fetchAs(Long.class).one().orElseThrow();
	}

	@Test
	void introspectionAndGraphiqlAreSwitchedOff() throws Exception {
		this.graphQl.document("{ __schema { types { name } } }").execute().errors().expect(e -> true).verify();
		this.graphQl.document("{ about { nodeCount } }").execute().path("about.nodeCount").hasValue();
		HttpClient http = HttpClient.newHttpClient();
		for (String path : new String[] { "/graphiql", "/graphiql/index.html", "/graphiql/start.js" }) {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as(path).isEqualTo(404);
		}
	}

	/** Boot switches introspection off JVM-wide; give it back to the other test contexts sharing this JVM. */
	@AfterAll
	static void reenableIntrospectionForOtherContexts() {
		Introspection.enabledJvmWide(true);
	}

	@TestConfiguration
	static class Probes {

		@Bean
		GraphQlSourceBuilderCustomizer probeSchema() {
			String sdl = """
					extend type Query {
					    "Test only: a query that runs until stopped."
					    probeRunaway: Int
					    "Test only: tries to write from a query controller."
					    probeWrite: Int
					}
					""";
			return builder -> builder.schemaResources(new ByteArrayResource(sdl.getBytes(StandardCharsets.UTF_8), "probe.graphqls"));
		}

		@Bean
		ProbeController probeController(ReadQueries neo4j) {
			return new ProbeController(neo4j);
		}

	}

	@QueryController
	static class ProbeController {

		private final ReadQueries neo4j;

		ProbeController(ReadQueries neo4j) {
			this.neo4j = neo4j;
		}

		@QueryMapping
		Long probeRunaway() {
			return this.neo4j.one(RUNAWAY, r -> r.get(0).asLong()).orElseThrow();
		}

		@QueryMapping
		Long probeWrite() {
			return this.neo4j.one("CREATE (p:ProbeWrite) RETURN 1 AS one", r -> r.get(0).asLong()).orElseThrow();
		}

	}

}
