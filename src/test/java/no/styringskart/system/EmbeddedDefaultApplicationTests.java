package no.styringskart.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import no.styringskart.StyringskartApplication;
import no.styringskart.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The zero-setup default: no {@code spring.neo4j.uri}, so the app runs its own Neo4j on a data directory. */
class EmbeddedDefaultApplicationTests {

	@TempDir
	Path data;

	@Test
	void startsItsOwnNeo4jAndKeepsTheDataAcrossARestart() throws Exception {
		int boltPort = TestNeo4j.freePort();
		try (ConfigurableApplicationContext app = start(boltPort)) {
			assertThat(about(app)).contains("\"embedded\":true");
			app.getBean(Neo4jClient.class).query("CREATE (:RestartProbe {name: 'still here'})").run();
		}
		try (ConfigurableApplicationContext app = start(boltPort)) {
			assertThat(app.getBean(Neo4jClient.class)
				.query("MATCH (p:RestartProbe) RETURN p.name")
				.fetchAs(String.class)
				.all()).containsExactly("still here");
			assertThat(about(app)).contains("{\"name\":\"RestartProbe\",\"count\":1}");
		}
	}

	private ConfigurableApplicationContext start(int boltPort) {
		return new SpringApplicationBuilder(StyringskartApplication.class).run("--server.port=0",
				"--styringskart.neo4j.embedded.data-directory=" + this.data,
				"--styringskart.neo4j.embedded.bolt-port=" + boltPort);
	}

	private static String about(ConfigurableApplicationContext app) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"query\":\"{ about { embedded labels { name count } } }\"}"))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
