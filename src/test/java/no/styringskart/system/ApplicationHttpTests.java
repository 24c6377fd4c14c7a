package no.styringskart.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@StyringskartTest
class ApplicationHttpTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void answersATypenameQueryOverHttp() {
		this.graphQl.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
	}

	/** The answer is written in an async dispatch that the security filters skip; it has their headers all the same. */
	@Test
	void aGraphQlAnswerCarriesTheSecurityHeaders() throws Exception {
		HttpResponse<String> answer = post("application/json", "application/json", "{\"query\": \"{ __typename }\"}");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
	}

	/** The pages may load scripts and styles from the app alone and are framed by no one; links leak no address. */
	@Test
	void pagesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
		for (String path : new String[] { "/", "/explorer/", "/graphiql", "/graphiql/index.html" }) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self';",
						"object-src 'none'", "frame-ancestors 'none'"));
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
		}
	}

	@Test
	void answersInTheGraphQlResponseMediaTypeWhenTheClientAcceptsIt() throws Exception {
		HttpResponse<String> answer = post("application/json", "application/graphql-response+json",
				"{\"query\": \"{ __typename }\"}");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/graphql-response+json"));
		assertThat(answer.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
	}

	/** Some clients still send their JSON request as {@code application/graphql}. */
	@Test
	void readsARequestSentAsApplicationGraphql() throws Exception {
		HttpResponse<String> answer = post("application/graphql", "application/json", "{\"query\": \"{ __typename }\"}");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
	}

	@Test
	void anInvalidDocumentIsAnsweredWithItsErrorAndWhereItIs() throws Exception {
		HttpResponse<String> answer = post("application/json", "application/json", "{\"query\": \"{ nosuchfield }\"}");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).startsWith("{\"errors\":[{\"message\":\"")
			.contains("nosuchfield", "\"locations\":[{\"line\":1,\"column\":3}]", "\"classification\":\"ValidationError\"");
	}

	@Test
	void aRequestInAnotherMediaTypeIsRefused() throws Exception {
		assertThat(post("text/plain", "application/json", "{ __typename }").statusCode()).isEqualTo(415);
	}

	/** A request is observed once as a whole; Spring Security's filters are not each observed on every request. */
	@Test
	void aGraphQlRequestIsMeasuredAsAWholeNotFilterByFilter() throws Exception {
		assertThat(post("application/json", "application/json", "{\"query\": \"{ __typename }\"}").statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.meters.find("http.server.requests").tag("uri", "/graphql").timers()).isNotEmpty());
		assertThat(this.meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security"));
	}

	@Test
	void aboutReportsTheServerAndCountsFromNeo4j() {
		this.graphQl.document("{ about { neo4jVersion nodeCount relationshipCount labels { name count } } }")
			.execute()
			.path("about.neo4jVersion")
			.entity(String.class)
			.satisfies(version -> assertThat(version).startsWith("2026."))
			.path("about.nodeCount")
			.entity(Long.class)
			.satisfies(count -> assertThat(count).isNotNegative());
	}

	@Test
	void graphiqlIsServedWithEveryScriptAndStylesheetFromTheAppItself() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<div id=\"graphiql\">");
		Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
		int count = 0;
		while (assets.find()) {
			String asset = assets.group(1);
			assertThat(asset).as("asset %s is served by the app, not a CDN", asset).startsWith("/");
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as("GET %s", asset).isEqualTo(200);
			assertThat(response.body()).as("GET %s", asset).isNotBlank();
			count++;
		}
		assertThat(count).as("scripts and stylesheets on the page").isGreaterThanOrEqualTo(5);
	}

	@Test
	void actuatorHealthIsUpAndIncludesNeo4j() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"neo4j\":{").contains("2026.");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String contentType, String accept, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", contentType)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
