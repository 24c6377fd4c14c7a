package no.styringskart.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.introspection.IntrospectionQuery;
import no.styringskart.shared.ParsedDocuments;
import no.styringskart.support.ChunkedBody;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and careless requests are refused with a clear error before they cost anything, and change nothing. */
@StyringskartTest
class RequestLimitsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient neo4j;

	@LocalServerPort
	int port;

	@Test
	void graphiqlsIntrospectionFitsTheDepthLimitButADeeperQueryIsRefused() {
		this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY)
			.execute()
			.path("__schema.types[*].name")
			.entityList(String.class)
			.contains("Person", "Initiative");
		String parents = "parent { ".repeat(15) + "name" + " }".repeat(15);
		this.graphQl.document("{ organisation(id: \"helse-sor-ost-rhf\") { " + parents + " } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().equals("The query nests 17 levels deep; at most 15 are allowed (styringskart.limits.max-depth)"))
			.verify();
	}

	@Test
	void aQueryOverTheCostBudgetIsRefusedBeforeItRuns() {
		this.graphQl.document("""
				{ people(first: 100) { edges { node { memberships { body { memberships { person {
				  attendance { meeting { agendaItems { title } } } } } } } } } } }""")
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("The query would cost ")
					&& e.getMessage().contains("over the budget of 25000 (styringskart.limits.max-cost)"))
			.verify();
		this.graphQl.document("{ people(first: 100) { totalCount edges { node { name memberships { role body { name } } } } } }")
			.execute()
			.path("people.totalCount")
			.entity(Integer.class)
			.satisfies(total -> assertThat(total).isGreaterThan(100));
	}

	/** Parsing and validation are kept per document text; the limits are not, as they depend on the variables. */
	@Test
	void theLimitsAreCheckedByOneInstrumentationThatGraphqlJavaCallsUnchained(@Autowired GraphQlSource source) {
		// a chain, even of one, is called at every field of every answer; the limits need the operation only
		assertThat(source.graphQl().getInstrumentation()).isInstanceOf(DepthAndCostLimits.class);
	}

	@Test
	void aDocumentAskedAgainIsNotParsedAgainButIsStillHeldToTheBudget(@Autowired ParsedDocuments parsed) {
		String document = """
				query($first: Int) { people(first: $first) { edges { node { memberships { body { memberships { person {
				  attendance { meeting { agendaItems { title } } } } } } } } } } }""";
		assertThat(parsed.document(document)).isEmpty();
		this.graphQl.document(document)
			.variable("first", 1)
			.execute()
			.path("people.edges")
			.entityList(Object.class)
			.hasSize(1);
		assertThat(parsed.document(document)).isPresent();
		this.graphQl.document(document)
			.variable("first", 100)
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("The query would cost ")
					&& e.getMessage().contains("over the budget of 25000"))
			.verify();
		// a document with errors is never kept
		String invalid = "{ people(first: 1) { noSuchField } }";
		this.graphQl.document(invalid).execute().errors().expect(e -> e.getMessage().contains("noSuchField")).verify();
		assertThat(parsed.document(invalid)).isEmpty();
	}

	@Test
	void anOversizedBodyIsRefusedWith413WhetherOrNotItsLengthIsDeclared() throws Exception {
		String huge = "{\"query\":\"{ about { nodeCount } }\",\"variables\":{\"pad\":\"" + "x".repeat(150_000) + "\"}}";
		HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofString(huge));
		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.body()).contains("at most 102400 are accepted (styringskart.limits.max-request-size)");

		HttpResponse<String> chunked = post(ChunkedBody.of(huge.getBytes(StandardCharsets.UTF_8)));
		assertThat(chunked.statusCode()).isEqualTo(413);

		HttpResponse<String> small = post(ChunkedBody.of("{\"query\":\"{ about { nodeCount } }\"}".getBytes(StandardCharsets.UTF_8)));
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.body()).contains("nodeCount");
	}

	@Test
	void searchAndFilterInputIsDataNeverCypherOrLuceneSyntax() {
		long nodesBefore = nodeCount();
		List<String> hostile = List.of("\"'", "\\", "\\\\'\"", "AND", "helse AND NOT sør", "*", "sør*", "~", "helse~2",
				":", "name:helse", "(", ")", "[", "{", "^", "/", "' OR 1=1 --", "\") DETACH DELETE n //",
				"} MATCH (n) DETACH DELETE n //", "$words", "`Person`", "x".repeat(199), "helse ".repeat(33),
				"Sør-Øst\u0000", "\uD83D\uDE00 emoji");
		for (String text : hostile) {
			var response = this.graphQl.document("""
					query($text: String!, $id: ID!) {
					  search(text: $text) { score matched }
					  people(filter: {nameContains: $text, body: $id}) { totalCount }
					  agendaItems(filter: {textContains: $text, type: $text, body: $id}) { totalCount }
					  organisations(filter: {nameContains: $text, kind: $text, sector: $text}) { totalCount }
					}""").variable("text", text).variable("id", text).execute();
			response.errors()
				.satisfy(errors -> assertThat(errors).as(text)
					.allSatisfy(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		}
		this.graphQl.document("query($text: String!) { search(text: $text) { score } }")
			.variable("text", "x".repeat(10_000))
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("longer than"))
			.verify();
		assertThat(nodeCount()).isEqualTo(nodesBefore);
	}

	@Test
	void everyResponseCarriesARequestIdThatErrorsQuote() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("X-Request-Id", "trace-42")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ about { nodeCount } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-42");
		HttpResponse<String> generated = post(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ about { nodeCount } }\"}"));
		assertThat(generated.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
	}

	private long nodeCount() {
		return this.neo4j.query("MATCH (n) RETURN count(n) AS c").fetchAs(Long.class).one().orElseThrow();
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
