package no.styringskart.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.seed.SyntheticGraphs;
import no.styringskart.support.TestNeo4j;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client adds to a GraphQL request over HTTP, on the app's embedded default with the real seed:
 * {@code ./mvnw -Pbench test -Dtest=HttpClientModes}. The same requests go through the JDK's {@code HttpClient}
 * (which hands each exchange to a thread of its own) and through Apache's classic client (the benchmark's client), in turn, round
 * after round, so both share the machine's noise; p50 of each goes to {@code bench/results/http-clients.md}.
 * Every answer is recomputed ({@code Cache-Control: no-cache}).
 */
@Tag("benchmark")
class HttpClientModes {

	private static final int WARM_UP = 3_000;

	private static final int ROUNDS = 3_000;

	private record Measured(String question, long[] jdkNanos, long[] apacheNanos) {
	}

	@Test
	void measure() throws Exception {
		Path work = Path.of("target", "bench");
		Path data = work.resolve("data-http-clients");
		FileSystemUtils.deleteRecursively(data);
		Files.createDirectories(work);
		int bolt = TestNeo4j.freePort();
		int http = TestNeo4j.freePort();
		List<Measured> measured = new ArrayList<>();
		try (AppProcess app = AppProcess.start(data, bolt, http, work.resolve("app-http-clients.log"));
				Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none());
				CloseableHttpClient apache = Contender.httpClient();
				HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			SyntheticGraphs.load(driver, 1, 42);
			Workload.Parameters parameters = BenchmarkRun.parameters(driver);
			Map<String, Workload> questions = new LinkedHashMap<>();
			questions.put("{ __typename }", new Workload("typename", "{ __typename }", "", 1));
			Workload.all(parameters)
				.stream()
				.filter(w -> List.of("person profile", "dependents depth 5").contains(w.name()))
				.forEach(w -> questions.put(w.name(), w));
			String url = "http://127.0.0.1:" + http + "/graphql";
			Contender.GraphQlEndpoint viaApache = Contender.GraphQlEndpoint.at("Apache", url, apache,
					Contender.STYRINGSKART, Map.of("Cache-Control", "no-cache"));
			JsonMapper json = JsonMapper.builder().build();
			for (Map.Entry<String, Workload> question : questions.entrySet()) {
				String document = question.getValue().graphQl();
				Map<String, Object> variables = parameters.graphQlVariables(question.getValue());
				HttpRequest viaJdk = HttpRequest.newBuilder(URI.create(url))
					.header("Content-Type", "application/json")
					.header("Cache-Control", "no-cache")
					.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document, "variables", variables))))
					.build();
				long[] jdkNanos = new long[ROUNDS];
				long[] apacheNanos = new long[ROUNDS];
				for (int round = 0; round < WARM_UP + ROUNDS; round++) {
					// each client goes first every other round: the second of a pair tends to measure slower
					for (int turn = 0; turn < 2; turn++) {
						boolean jdkTurn = (turn + round) % 2 == 0;
						long started = System.nanoTime();
						if (jdkTurn) {
							HttpResponse<String> response = jdk.send(viaJdk, HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() != 200 || json.readTree(response.body()).has("errors")) {
								throw new IllegalStateException("the JDK client got " + response.statusCode() + ": " + response.body());
							}
						}
						else {
							viaApache.post(document, variables);
						}
						if (round >= WARM_UP) {
							(jdkTurn ? jdkNanos : apacheNanos)[round - WARM_UP] = System.nanoTime() - started;
						}
					}
				}
				measured.add(new Measured(question.getKey(), jdkNanos, apacheNanos));
			}
		}
		FileSystemUtils.deleteRecursively(data);
		List<String> lines = new ArrayList<>(List.of("# What the HTTP client adds to a GraphQL request", "",
				"Styringskart on its embedded default with the real seed, every answer recomputed; " + ROUNDS
						+ " rounds after " + WARM_UP + " to warm up, the two clients asked in turn. "
						+ "`./mvnw -Pbench test -Dtest=HttpClientModes`.",
				"", "| Question | JDK HttpClient p50 ms | Apache classic p50 ms | Apache/JDK |", "|---|---|---|---|"));
		for (Measured m : measured) {
			double jdk = p50(m.jdkNanos());
			double apache = p50(m.apacheNanos());
			lines.add("| %s | %.3f | %.3f | %.2f |".formatted(m.question(), jdk, apache, apache / jdk));
		}
		lines.forEach(System.out::println);
		Path out = Path.of(System.getProperty("bench.out", "bench/results"));
		Files.createDirectories(out);
		Files.write(out.resolve("http-clients.md"), lines);
		assertThat(measured).hasSize(3)
			.allSatisfy(m -> assertThat(Arrays.stream(m.jdkNanos()).min().orElseThrow()).isPositive())
			.allSatisfy(m -> assertThat(Arrays.stream(m.apacheNanos()).min().orElseThrow()).isPositive());
	}

	private static double p50(long[] times) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

}
