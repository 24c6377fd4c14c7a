package no.styringskart.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator can close reads too: then the GraphQL endpoint and the source papers need a token, while health and
 * the explorer's page (which asks for the token) stay open.
 */
@StyringskartTest
@TestPropertySource(properties = "styringskart.security.reads=authenticated")
class ProtectedReadsTests {

	@LocalServerPort
	int port;

	@Test
	void readsNeedATokenWhenConfiguredSo() throws Exception {
		assertThat(post(null).statusCode()).isEqualTo(401);
		HttpResponse<String> withReadToken = post(StyringskartTest.READ_TOKEN);
		assertThat(withReadToken.statusCode()).isEqualTo(200);
		assertThat(withReadToken.body()).contains("nodeCount");
		assertThat(post(StyringskartTest.ADMIN_TOKEN).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void sourcePapersNeedTheTokenTooWhileTheExplorerPageLoads() throws Exception {
		String paper = "/papers/000_42186ddcc7bb4984.txt";
		assertThat(get(paper, null).statusCode()).isEqualTo(401);
		HttpResponse<String> withReadToken = get(paper, StyringskartTest.READ_TOKEN);
		assertThat(withReadToken.statusCode()).isEqualTo(200);
		assertThat(withReadToken.body()).contains("Nasjonalt e-helsestyre");
		assertThat(get("/", null).statusCode()).isEqualTo(200);
		assertThat(get("/explorer/js/api.js", null).statusCode()).isEqualTo(200);
	}

	/** Anyone may see that the server is up; what it runs on and where it keeps its data only a token holder. */
	@Test
	void healthShowsItsDetailsOnlyToATokenHolder() throws Exception {
		HttpResponse<String> anonymous = get("/actuator/health");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\":\"UP\"")
			.doesNotContain("neo4j")
			.doesNotContain("2026.")
			.doesNotContain("diskSpace")
			.doesNotContain("path");
		HttpResponse<String> reader = get("/actuator/health", StyringskartTest.READ_TOKEN);
		assertThat(reader.statusCode()).isEqualTo(200);
		assertThat(reader.body()).contains("\"neo4j\":{").contains("2026.");
	}

	private HttpResponse<String> post(String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ about { nodeCount } }\"}"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return get(path, null);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
