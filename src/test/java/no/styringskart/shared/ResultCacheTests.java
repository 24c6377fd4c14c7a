package no.styringskart.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * Kept answers and kept responses on the embedded default, where every commit is seen: a request asked again is
 * answered with the bytes of its kept response, a question asked again in another request from the kept answer, a
 * write by any Bolt client makes the next answer new, and {@code Cache-Control: no-cache} recomputes.
 */
class ResultCacheTests {

	private static final String DEPENDENTS = """
			{ dependents(of: "tag", depth: 1) { reached { node { ... on Initiative { id } ... on Standard { id } } } } }""";

	@TempDir
	static Path data;

	static int bolt;

	static StandaloneApp app;

	static ResultCache cache;

	static KeptResponses responses;

	@BeforeAll
	static void start() {
		bolt = TestNeo4j.freePort();
		app = StandaloneApp.start("--styringskart.neo4j.embedded.data-directory=" + data,
				"--styringskart.neo4j.embedded.bolt-port=" + bolt, "--server.port=0");
		cache = app.context().getBean(ResultCache.class);
		responses = app.context().getBean(KeptResponses.class);
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

		ResultCache.Counts firstResponses = responses.counts();
		assertThat(dependentIds(ask(DEPENDENTS, false))).isEqualTo(before);
		ResultCache.Counts again = cache.counts();
		assertThat(again).as("the request asked again is not executed").isEqualTo(first);
		assertThat(responses.counts().hits()).isEqualTo(firstResponses.hits() + 1);

		// the same question in another request: its answer is kept, though the response is not yet
		assertThat(dependentIds(ask(DEPENDENTS.replace("{ id }", "{ id name }"), false))).isEqualTo(before);
		assertThat(cache.counts().hits()).isEqualTo(first.hits() + 1);
		assertThat(cache.counts().misses()).isEqualTo(first.misses());

		// a client of the embedded server's Bolt port, not the app, adds a dependent of TAG
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
			driver.executableQuery("""
					MATCH (tag:Initiative {id: 'tag'})<-[d:DEPENDS_ON]-() WITH tag, d LIMIT 1
					CREATE (:Initiative {id: 'cache-probe', name: 'Cache probe'})-[probe:DEPENDS_ON]->(tag)
					SET probe = properties(d)""").execute();
			List<String> after = dependentIds(ask(DEPENDENTS, false));
			assertThat(after).contains("cache-probe").containsAll(before);
			assertThat(cache.counts().misses()).isEqualTo(again.misses() + 1);
			assertThat(responses.counts().kept()).as("responses kept before the change are let go").isEqualTo(1);
			driver.executableQuery("MATCH (n:Initiative {id: 'cache-probe'}) DETACH DELETE n").execute();
		}
		assertThat(dependentIds(ask(DEPENDENTS, false))).isEqualTo(before);
	}

	@Test
	void noCacheRecomputesTheAnswer() throws Exception {
		JsonNode kept = ask(DEPENDENTS, false);
		ResultCache.Counts before = cache.counts();
		ResultCache.Counts responsesBefore = responses.counts();
		JsonNode recomputed = ask(DEPENDENTS, true);
		ResultCache.Counts after = cache.counts();
		assertThat(recomputed).isEqualTo(kept);
		assertThat(after.hits()).isEqualTo(before.hits());
		assertThat(after.misses()).isEqualTo(before.misses());
		assertThat(responses.counts()).as("no-cache neither reads nor keeps a response").isEqualTo(responsesBefore);
		assertThat(ask(DEPENDENTS, false)).isEqualTo(kept);
		assertThat(responses.counts().hits()).isEqualTo(responsesBefore.hits() + 1);
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
			ResultCache.Counts responsesBefore = responses.counts();
			assertThat(ask(question, false)).as(question).isEqualTo(computed);
			assertThat(responses.counts().hits()).as(question).isEqualTo(responsesBefore.hits() + 1);
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

	@Test
	void aKeptResponseIsTheJsonOfTheRecomputedOneWithItsOwnRequestId() throws Exception {
		String query = """
				query($id: ID!) { dependents(of: $id, depth: 5) { reached { distance node { ... on Initiative { id name } }
				  chains { steps { kind evidence { quote lines document { id } } } } } } }""";
		HttpResponse<String> computed = send(query, Map.of("id", "tag"), true, "computed-1");
		HttpResponse<String> first = send(query, Map.of("id", "tag"), false, "first-1");
		ResultCache.Counts before = responses.counts();
		HttpResponse<String> kept = send(query, Map.of("id", "tag"), false, "kept-1");
		assertThat(responses.counts().hits()).isEqualTo(before.hits() + 1);
		assertThat(kept.body()).isEqualTo(first.body()).isEqualTo(computed.body());
		assertThat(kept.body()).as("larger than a buffer of the server's, so written in chunks unless whole").hasSizeGreaterThan(32_000);
		assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("kept-1");
		assertThat(kept.headers().firstValue("Content-Length")).as("written as kept, in one piece")
			.hasValue(String.valueOf(kept.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
		assertThat(kept.headers().firstValue("Content-Type")).isEqualTo(computed.headers().firstValue("Content-Type"));

		HttpResponse<String> other = send(query, Map.of("id", "nilar"), false, "other-1");
		assertThat(other.body()).as("other variables, another response").isNotEqualTo(kept.body());
		assertThat(other.body()).isEqualTo(send(query, Map.of("id", "nilar"), true, "other-2").body());
	}

	@Test
	void aRequestThatAsksMoreThanKeptQuestionsOrFailsIsNotKept() throws Exception {
		List<String> requests = List.of(
				"{ dependents(of: \"tag\", depth: 1) { reached { distance } } person(id: \"karl-stener-vestli\") { name } }",
				"{ dependents(of: \"no-such-initiative\", depth: 1) { reached { distance } } }",
				"query Named { bridgingPeople(first: 2) { bodyCount } } query Other { person(id: \"karl-stener-vestli\") { name } }");
		for (String request : requests) {
			ResultCache.Counts before = responses.counts();
			for (int i = 0; i < 2; i++) {
				send(request, Map.of(), false, "not-kept");
			}
			assertThat(responses.counts().hits()).as(request).isEqualTo(before.hits());
			assertThat(responses.counts().misses()).as(request).isEqualTo(before.misses() + 2);
		}
	}

	private static HttpResponse<String> send(String query, Map<String, Object> variables, boolean recompute, String requestId)
			throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + app.port() + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Request-Id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (recompute) {
			request.header("Cache-Control", "no-cache");
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
