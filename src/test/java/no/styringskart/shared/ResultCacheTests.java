package no.styringskart.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import no.styringskart.support.StandaloneApp;
import no.styringskart.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept answers on the embedded default, where every commit is seen: a question asked again is answered from the
 * cache, a write by any Bolt client makes the next answer new, and {@code Cache-Control: no-cache} recomputes.
 */
class ResultCacheTests {

	private static final String DEPENDENTS = """
			{ dependents(of: "tag", depth: 1) { reached { node { ... on Initiative { id } ... on Standard { id } } } } }""";

	@TempDir
	static Path data;

	static int bolt;

	static StandaloneApp app;

	static ResultCache cache;

	@BeforeAll
	static void start() {
		bolt = TestNeo4j.freePort();
		app = StandaloneApp.start("--styringskart.neo4j.embedded.data-directory=" + data,
				"--styringskart.neo4j.embedded.bolt-port=" + bolt, "--server.port=0");
		cache = app.context().getBean(ResultCache.class);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void aQuestionAskedAgainIsAnsweredFromTheCacheUntilAnyClientChangesTheGraph() throws Exception {
		assertThat(cache.enabled()).isTrue();
		List<String> before = dependentIds(ask(DEPENDENTS, false));
		assertThat(before).isNotEmpty().doesNotContain("cache-probe");
		ResultCache.Counts first = cache.counts();

		assertThat(dependentIds(ask(DEPENDENTS, false))).isEqualTo(before);
		ResultCache.Counts again = cache.counts();
		assertThat(again.hits()).isEqualTo(first.hits() + 1);
		assertThat(again.misses()).isEqualTo(first.misses());

		// a client of the embedded server's Bolt port, not the app, adds a dependent of TAG
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
			driver.executableQuery("""
					MATCH (tag:Initiative {id: 'tag'})<-[d:DEPENDS_ON]-() WITH tag, d LIMIT 1
					CREATE (:Initiative {id: 'cache-probe', name: 'Cache probe'})-[probe:DEPENDS_ON]->(tag)
					SET probe = properties(d)""").execute();
			List<String> after = dependentIds(ask(DEPENDENTS, false));
			assertThat(after).contains("cache-probe").containsAll(before);
			assertThat(cache.counts().misses()).isEqualTo(again.misses() + 1);
			driver.executableQuery("MATCH (n:Initiative {id: 'cache-probe'}) DETACH DELETE n").execute();
		}
		assertThat(dependentIds(ask(DEPENDENTS, false))).isEqualTo(before);
	}

	@Test
	void noCacheRecomputesTheAnswer() throws Exception {
		JsonNode kept = ask(DEPENDENTS, false);
		ResultCache.Counts before = cache.counts();
		JsonNode recomputed = ask(DEPENDENTS, true);
		ResultCache.Counts after = cache.counts();
		assertThat(recomputed).isEqualTo(kept);
		assertThat(after.hits()).isEqualTo(before.hits());
		assertThat(after.misses()).isEqualTo(before.misses());
		assertThat(ask(DEPENDENTS, false)).isEqualTo(kept);
		assertThat(cache.counts().hits()).isEqualTo(after.hits() + 1);
	}

	@Test
	void everyCostlyQuestionIsKeptAndAnsweredAlikeFromTheCache() throws Exception {
		List<String> questions = List.of(
				"{ dependencies(of: \"nilar\", depth: 3) { reached { distance node { ... on Initiative { id } } } } }",
				"{ overlap(bodies: [\"nuit\", \"nufa\"]) { sharedPeople { id } pairs { sharedPeopleCount } } }",
				"{ overlapMatrix { sizes cells { sharedPeopleCount sharedPeople { id } } } }",
				"{ bridgingPeople(first: 5) { person { id } bodyCount seats { body { id } } } }",
				"{ bridgingOrganisations(first: 5) { organisation { id } bodyCount } }",
				"{ search(text: \"kjernejournal\") { score result { ... on Initiative { id } } } }");
		for (String question : questions) {
			JsonNode computed = ask(question, true);
			ResultCache.Counts before = cache.counts();
			assertThat(ask(question, false)).as(question).isEqualTo(computed);
			assertThat(cache.counts().hits()).as(question).isEqualTo(before.hits() + 1);
		}
	}

	@Test
	void theTableOfSourceDocumentsIsKeptWithTheAnswersThatQuoteThem() throws Exception {
		String quoted = "{ dependents(of: \"tag\", depth: 2) { reached { chains { steps { evidence { quote document { id } } } } } } }";
		JsonNode computed = ask(quoted, true);
		assertThat(computed.at("/data/dependents/reached/0/chains/0/steps/0/evidence/0/document/id").asString()).isNotEmpty();
		ResultCache.Counts before = cache.counts();
		assertThat(ask(quoted, false)).isEqualTo(computed);
		assertThat(cache.counts().hits()).as("the answer and the documents").isEqualTo(before.hits() + 2);
	}

	private static List<String> dependentIds(JsonNode answer) {
		return answer.at("/data/dependents/reached").valueStream().map(r -> r.at("/node/id").asString()).sorted().toList();
	}

	private static JsonNode ask(String query, boolean recompute) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + app.port() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("query", query))));
		if (recompute) {
			request.header("Cache-Control", "no-cache");
		}
		HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode answer = json.readTree(response.body());
		assertThat(answer.has("errors")).as(response.body()).isFalse();
		return answer;
	}

}
