package no.styringskart.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import no.styringskart.shared.ParsedDocuments;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents built to make the server work out of all proportion to their size are refused before validation, in
 * well under a second, with a BAD_REQUEST that names the setting reached; the cost estimate cannot be wrapped round.
 */
@StyringskartTest
class HostileDocumentsTests {

	/** Far more than a refusal needs; today's validation of a long chain of fragments took seconds to minutes. */
	private static final Duration QUICKLY = Duration.ofSeconds(3);

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	/** The probe's case: a chain of a thousand fragments was validated for seconds or overflowed the stack. */
	@Test
	void aLongChainOfFragmentsIsRefusedQuickly() throws Exception {
		String chain = IntStream.range(0, 1000)
			.mapToObj(i -> "fragment F" + i + " on Query { ...F" + (i + 1) + " }")
			.collect(Collectors.joining("\n", "{ ...F0 }\n", "\nfragment F1000 on Query { __typename }"));
		assertRefused(chain, "styringskart.limits.max-tokens");
		String shorter = IntStream.range(0, 300)
			.mapToObj(i -> "fragment F" + i + " on Query { ...F" + (i + 1) + " }")
			.collect(Collectors.joining("\n", "{ ...F0 }\n", "\nfragment F300 on Query { __typename }"));
		assertRefused(shorter, "styringskart.limits.max-fragments");
	}

	@Test
	void aChainOfFragmentsDeeperThanTheLimitIsRefused() throws Exception {
		String chain = IntStream.range(0, 20)
			.mapToObj(i -> "fragment F" + i + " on Query { ...F" + (i + 1) + " }")
			.collect(Collectors.joining("\n", "{ ...F0 }\n", "\nfragment F20 on Query { __typename }"));
		assertRefused(chain, "styringskart.limits.max-spread-depth");
	}

	@Test
	void aCycleOfFragmentsIsRefusedBeforeValidationWalksIt() throws Exception {
		String cycle = IntStream.range(0, 5)
			.mapToObj(i -> "fragment F" + i + " on Query { ...F" + ((i + 1) % 5) + " }")
			.collect(Collectors.joining("\n", "{ ...F0 }\n", ""));
		JsonNode error = assertRefused(cycle, "may not form a cycle");
		assertThat(error.path("message").asString()).startsWith("Fragment F");
	}

	/** Seven fragments, each spreading the next twenty times: a billion fields once spread out. */
	@Test
	void fragmentsThatMultiplyEachOtherAreRefusedByTheirSpreadOutSize() throws Exception {
		StringBuilder document = new StringBuilder("{ about { ...F0 } }\n");
		for (int i = 0; i < 7; i++) {
			document.append("fragment F").append(i).append(" on About { ").append(("...F" + (i + 1) + " ").repeat(20)).append("}\n");
		}
		document.append("fragment F7 on About { nodeCount }");
		assertRefused(document.toString(), "styringskart.limits.max-cost");
	}

	@Test
	void aDocumentWithTooManyTokensIsRefusedWhileItIsParsed() throws Exception {
		assertRefused("{ about { " + "nodeCount ".repeat(6_000) + "} }", "styringskart.limits.max-tokens");
	}

	@Test
	void anOperationWithTooManyTopLevelFieldsIsRefused() throws Exception {
		String aliases = IntStream.range(0, 101).mapToObj(i -> "a" + i + ": about { nodeCount }").collect(Collectors.joining(" "));
		assertRefused("{ " + aliases + " }", "styringskart.limits.max-root-fields");
		// the same fields brought in by a fragment count as well
		assertRefused("{ ...A } fragment A on Query { " + aliases + " }", "styringskart.limits.max-root-fields");
		String allowed = IntStream.range(0, 100).mapToObj(i -> "a" + i + ": about { nodeCount }").collect(Collectors.joining(" "));
		assertThat(post("{ " + allowed + " }").path("data").path("a99").path("nodeCount").asLong()).isPositive();
	}

	/** 1,431,655,766 x 3 is 2^32 + 2: in 32 bits the cost wrapped to a handful and the query ran. */
	@Test
	void aCostThatOverflowsThirtyTwoBitsIsStillOverTheBudget() throws Exception {
		JsonNode product = assertRefused("{ people(first: 1431655766) { edges { node { name } } } }", "styringskart.limits.max-cost");
		assertThat(product.path("message").asString()).startsWith("The query would cost 4294967299,");
		// two fields of 1.2 billion each summed past 2^31 to a negative cost
		JsonNode sum = assertRefused("{ a: people(first: 1200000000) { totalCount } b: people(first: 1200000000) { totalCount } }",
				"styringskart.limits.max-cost");
		assertThat(sum.path("message").asString()).startsWith("The query would cost 2400000002,");
	}

	/** A cycle search of length 6 is priced by its work, so a handful of them fills the budget. */
	@Test
	void analysisFieldsCostTheirWorkScaledByTheirArguments() throws Exception {
		String five = IntStream.range(0, 5).mapToObj(i -> "c" + i + ": dependencyCycles(maxLength: 6) { length }")
			.collect(Collectors.joining(" "));
		assertRefused("{ " + five + " }", "styringskart.limits.max-cost");
		assertThat(post("{ dependencyCycles(maxLength: 6) { length } }").path("errors").isMissingNode()).isTrue();
		// the same five at the shortest length fit
		String short5 = IntStream.range(0, 5).mapToObj(i -> "c" + i + ": dependencyCycles(maxLength: 2) { length }")
			.collect(Collectors.joining(" "));
		assertThat(post("{ " + short5 + " }").path("errors").isMissingNode()).isTrue();
	}

	/** Parsed documents take about ten times their text in memory: the kept ones are bounded by their size. */
	@Test
	void parsedDocumentsAreKeptByTheirSizeNotTheirNumber(@Autowired ParsedDocuments parsed) throws Exception {
		String large = "{ about { nodeCount } }\n# " + "x".repeat(60_000);
		assertThat(post(large).path("data").path("about").path("nodeCount").asLong()).isPositive();
		assertThat(parsed.document(large)).as("a 60 KB document is parsed again when asked again").isEmpty();
		for (int i = 0; i < 200; i++) {
			String distinct = "{ about { nodeCount } }\n# " + i + " " + "x".repeat(15_000);
			assertThat(post(distinct).path("errors").isMissingNode()).isTrue();
		}
		assertThat(parsed.keptCharacters()).as("characters of document text kept").isLessThanOrEqualTo(2_000_000);
		String small = "{ about { relationshipCount } }";
		post(small);
		assertThat(parsed.document(small)).isPresent();
	}

	@Test
	void graphiqlsIntrospectionStillFitsEveryLimit() {
		this.graphQl.document(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	private JsonNode assertRefused(String document, String naming) throws Exception {
		long started = System.nanoTime();
		JsonNode answer = post(document);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull()).as("no data for %s", answer).isTrue();
		JsonNode error = answer.path("errors").path(0);
		assertThat(error.path("message").asString()).as("%s", answer).contains(naming);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(answer.path("errors").size()).isEqualTo(1);
		assertThat(took).as("time to refuse").isLessThan(QUICKLY);
		return error;
	}

	private JsonNode post(String document) throws Exception {
		String body = this.json.writeValueAsString(java.util.Map.of("query", document));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

}
