package no.styringskart.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads are open; changing the graph needs the admin token, and a refused write changes nothing. */
@StyringskartTest
class WriteAccessTests {

	private static final String RELOAD = "mutation { reloadSeed { nodeCount relationshipCount labels { name count } } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@LocalServerPort
	int port;

	/** A mark a reload would wipe out, since it recreates every seeded node. */
	@BeforeEach
	void markTheGraph() {
		this.neo4j.query("MATCH (p:Person {id: 'karl-stener-vestli'}) SET p.untouchedSince = 'before'").run();
	}

	@Test
	void withoutATokenTheReloadIsUnauthorizedAndNothingIsWritten() {
		this.graphQl.document(RELOAD)
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.UNAUTHORIZED && e.getMessage().contains("needs the admin token"))
			.verify();
		assertThat(mark()).isEqualTo("before");
	}

	@Test
	void theReadTokenMayReadButNotReload() {
		HttpGraphQlTester reader = this.graphQl.mutate().header("Authorization", "Bearer " + StyringskartTest.READ_TOKEN).build();
		reader.document("{ about { nodeCount } }").execute().path("about.nodeCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
		reader.document(RELOAD)
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.FORBIDDEN && e.getMessage().contains("may only read"))
			.verify();
		assertThat(mark()).isEqualTo("before");
	}

	@Test
	void theAdminTokenReloadsTheSeed() {
		var response = this.graphQl.mutate()
			.header("Authorization", "Bearer " + StyringskartTest.ADMIN_TOKEN)
			.build()
			.document(RELOAD)
			.execute();
		assertThat(response.path("reloadSeed.nodeCount").entity(Integer.class).get()).isGreaterThan(700);
		assertThat(response.path("reloadSeed.labels[?(@.name == 'Person')].count").entityList(Integer.class).get())
			.singleElement()
			.satisfies(people -> assertThat(people).isGreaterThan(100));
		assertThat(mark()).as("the reload recreated the node").isNull();
	}

	@Test
	void anUnknownTokenIsRefusedAtTheDoorWith401() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer guessed-token")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ about { nodeCount } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
		assertThat(response.body()).contains("UNAUTHORIZED").doesNotContain("Exception");
	}

	private String mark() {
		return this.neo4j.query("MATCH (p:Person {id: 'karl-stener-vestli'}) RETURN p.untouchedSince AS mark")
			.fetchAs(String.class)
			.one()
			.orElse(null);
	}

}
