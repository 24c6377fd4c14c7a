package no.styringskart.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
 * A hardened deployment: no introspection, no GraphiQL, a short query timeout. Probe fields, added to the
 * schema for this test only, show that query controllers read in read-only transactions that Neo4j itself
 * stops at the timeout.
 */
@StyringskartTest
@TestPropertySource(properties = { "styringskart.limits.query-timeout-seconds=2",
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
