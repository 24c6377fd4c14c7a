package no.styringskart.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body that is JSON but not a GraphQL request, and a direct request for the error page, are the
 * client's mistakes: a 4xx with a message saying what is wrong, and no stack trace in the log.
 */
@StyringskartTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aJsonNullOrNonObjectBodyIsABadRequestNotAServerError(CapturedOutput output) throws Exception {
		for (String body : new String[] { "null", "[]", "\"query\"", "42", "  null  " }) {
			int logBefore = output.getAll().length();
			HttpResponse<String> response = post(body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.body()).as(body).contains("BAD_REQUEST").contains("JSON object").doesNotContain("Exception");
			String logged = output.getAll().substring(logBefore);
			assertThat(logged).as("log of %s", body).doesNotContain("\tat ").doesNotContain("ERROR");
		}
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFoundAndLogsNoStackTrace(CapturedOutput output) throws Exception {
		int logBefore = output.getAll().length();
		for (String method : new String[] { "GET", "POST" }) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/error"))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(method).isEqualTo(404);
		}
		assertThat(output.getAll().substring(logBefore)).doesNotContain("\tat ").doesNotContain("ERROR");
	}

	private HttpResponse<String> post(String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
