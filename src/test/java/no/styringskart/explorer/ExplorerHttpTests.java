package no.styringskart.explorer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer works offline: its page, every script it loads and every module those import come from the app. */
@StyringskartTest
class ExplorerHttpTests {

	private static final Pattern PAGE_ASSET = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");

	private static final Pattern MODULE_IMPORT = Pattern.compile("from '(\\.{1,2}/[^']+)'");

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theFrontPageIsTheExplorerAndEveryAssetAndModuleIsServedByTheAppItself() throws Exception {
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<main id=\"main\"", "lang=\"nb\"");

		Set<String> served = new HashSet<>();
		var pending = new ArrayDeque<String>();
		Matcher assets = PAGE_ASSET.matcher(page.body());
		while (assets.find()) {
			pending.add(assets.group(1));
		}
		while (!pending.isEmpty()) {
			String asset = pending.poll();
			if (!served.add(asset)) {
				continue;
			}
			assertThat(asset).as("%s is served by the app, not a CDN", asset).startsWith("/");
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as("GET %s", asset).isEqualTo(200);
			assertThat(response.body()).as("GET %s", asset).isNotBlank();
			if (asset.endsWith(".js") && asset.startsWith("/explorer/")) {
				Matcher imports = MODULE_IMPORT.matcher(response.body());
				while (imports.find()) {
					pending.add(URI.create(asset).resolve(imports.group(1)).getPath());
				}
			}
		}
		assertThat(served).contains("/explorer/js/main.js", "/explorer/js/pages/overlap.js",
				"/explorer/js/pages/dependencies.js", "/webjars/cytoscape/dist/cytoscape.min.js",
				"/webjars/echarts/dist/echarts.common.min.js");
	}

	@Test
	void everySourcePaperADocumentNamesCanBeReadAndNothingElseBesideThem() throws Exception {
		List<String> files = this.graphQl.document("{ documents { file } }")
			.execute()
			.path("documents[*].file")
			.entityList(String.class)
			.get()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
		assertThat(files).isNotEmpty();
		for (String file : files) {
			HttpResponse<String> paper = get("/papers/" + file);
			assertThat(paper.statusCode()).as("GET /papers/%s", file).isEqualTo(200);
			assertThat(paper.body()).as("GET /papers/%s", file).isNotBlank();
		}
		assertThat(get("/papers/../sources.yaml").statusCode()).isNotEqualTo(200);
		assertThat(get("/papers/%2e%2e/sources.yaml").statusCode()).isNotEqualTo(200);
		assertThat(get("/papers/no-such-paper.txt").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
