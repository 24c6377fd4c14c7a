package no.styringskart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import no.styringskart.seed.SyntheticGraphs;
import no.styringskart.support.TestNeo4j;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark, on demand only: {@code ./mvnw -Pbench test}. For each scale it builds a graph (the real seed
 * grown synthetically) in a fresh embedded data directory, starts the app on it as its own process and
 * measures its startup and memory, then asks every workload question of each contender on the same Neo4j, side
 * by side: p50/p95/p99 at concurrency 1 (requests interleaved between the contenders) and 8, and throughput at
 * 16, after a warm-up of each contender on the whole workload. The contenders are hand-written Cypher
 * through the driver (the floor), Styringskart over HTTP (as it runs, with its answers kept while the graph is
 * unchanged, and asked to recompute each answer), and the Neo4j GraphQL Library ({@code bench/peer}).
 * Writes {@code bench/results/}.
 * Tunable: {@code -Dbench.scales=1,100,1000 -Dbench.requests=100 -Dbench.throughput-seconds=5
 * -Dbench.warm-up-seconds=60 -Dbench.out=bench/results}.
 */
@Tag("benchmark")
class BenchmarkRun {

	/** Styringskart as it runs: a request asked again is answered from its kept response while the graph is unchanged. */
	static final String STYRINGSKART = "Styringskart";

	/** The same app asked with {@code Cache-Control: no-cache}: every answer computed from the graph. */
	static final String RECOMPUTED = "SK recomputed";

	private static final List<Integer> SCALES = Arrays.stream(System.getProperty("bench.scales", "1,100").split(","))
		.map(String::strip).map(Integer::parseInt).toList();

	private static final int REQUESTS = Integer.getInteger("bench.requests", 100);

	private static final Duration THROUGHPUT_TIME = Duration.ofSeconds(Integer.getInteger("bench.throughput-seconds", 5));

	/** How long each contender is asked the whole workload before anything is measured. */
	private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warm-up-seconds", 60));

	/** No measurement loop runs longer than this, however slow a contender is. */
	private static final Duration CAP = Duration.ofSeconds(Integer.getInteger("bench.cap-seconds", 60));

	private static final Path OUT = Path.of(System.getProperty("bench.out", "bench/results"));

	/** The Neo4j GraphQL Library peer runs when Node.js is here, unless {@code -Dbench.peer=false}. */
	/** The questions to ask, by name ({@code -Dbench.questions=search,search quotes}); all when not given. */
	private static final List<String> QUESTIONS = Arrays.stream(System.getProperty("bench.questions", "").split(","))
		.map(String::strip).filter(q -> !q.isEmpty()).toList();

	private static final boolean PEER = Boolean.parseBoolean(System.getProperty("bench.peer", "true")) && PeerProcess.available();

	@Test
	void measure() throws Exception {
		Files.createDirectories(OUT);
		Path work = Path.of("target", "bench");
		List<BenchReport.Row> rows = new ArrayList<>();
		List<BenchReport.ScaleFacts> facts = new ArrayList<>();
		for (int scale : SCALES) {
			Path data = work.resolve("data-x" + scale);
			FileSystemUtils.deleteRecursively(data);
			Files.createDirectories(work);
			int bolt = TestNeo4j.freePort();
			int http = TestNeo4j.freePort();
			SyntheticGraphs.Loaded loaded;
			try (AppProcess first = AppProcess.start(data, bolt, http, work.resolve("app-x" + scale + "-load.log"));
					Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
				loaded = SyntheticGraphs.load(driver, scale, 42);
				System.out.printf("x%d: %d nodes, %d relationships; generated in %d ms, written in %d ms%n", scale,
						loaded.nodes(), loaded.relationships(), loaded.generateMillis(), loaded.writeMillis());
			}
			try (AppProcess app = AppProcess.start(data, bolt, http, work.resolve("app-x" + scale + ".log"));
					Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none());
					CloseableHttpClient client = Contender.httpClient()) {
				long rss = app.rssBytes();
				facts.add(new BenchReport.ScaleFacts(scale, loaded, app.startupToFirstAnswer, rss));
				Workload.Parameters parameters = parameters(driver);
				String endpoint = "http://127.0.0.1:" + http + "/graphql";
				List<Contender> contenders = new ArrayList<>(List.of(new Contender.Floor(driver),
						Contender.GraphQlEndpoint.at(STYRINGSKART, endpoint, client, Contender.STYRINGSKART),
						Contender.GraphQlEndpoint.at(RECOMPUTED, endpoint, client, Contender.STYRINGSKART,
								Map.of("Cache-Control", "no-cache"))));
				PeerProcess peer = PEER ? PeerProcess.start(bolt, TestNeo4j.freePort(), work.resolve("peer-x" + scale + ".log")) : null;
				if (peer != null) {
					contenders.add(Contender.GraphQlEndpoint.at("Peer", "http://127.0.0.1:" + peer.port + "/graphql", client, new PeerDialect()));
				}
				try {
					measureAll(scale, parameters, contenders, rows);
				}
				finally {
					if (peer != null) {
						peer.close();
					}
				}
			}
			FileSystemUtils.deleteRecursively(data);
		}
		BenchReport report = new BenchReport(rows, facts);
		report.write(OUT);
		assertThat(rows).isNotEmpty();
	}

	/**
	 * Every contender is first warmed up on the whole workload (the JVMs of the app and of this client compile
	 * their hot paths under load; a server is judged running, not starting). Then, per question: latency at one
	 * client with the contenders' requests interleaved, and at eight and sixteen clients one contender at a time.
	 */
	private static void measureAll(int scale, Workload.Parameters parameters, List<Contender> contenders,
			List<BenchReport.Row> rows) throws Exception {
		List<Workload> workloads = Workload.all(parameters)
			.stream()
			.filter(w -> QUESTIONS.isEmpty() || QUESTIONS.contains(w.name()))
			.toList();
		List<Contender> answering = new ArrayList<>(contenders);
		for (Contender contender : contenders) {
			try {
				warmUp(contender, workloads, parameters);
			}
			catch (Exception ex) {
				System.out.printf("x%d %-12s FAILED while warming up, left out: %s%n", scale, contender.name(), ex.getMessage());
				answering.remove(contender);
			}
		}
		for (Workload workload : workloads) {
			List<Callable<?>> asks = answering.stream().<Callable<?>>map(c -> c.ask(workload, parameters)).toList();
			List<Latencies.Outcome> ones = Latencies.interleaved(asks, REQUESTS, CAP);
			for (int i = 0; i < answering.size(); i++) {
				Contender contender = answering.get(i);
				Latencies one = ones.get(i).latencies();
				Latencies eight;
				Latencies sixteen;
				try {
					if (ones.get(i).failure() != null) {
						throw ones.get(i).failure();
					}
					eight = Latencies.measure(asks.get(i), 8, REQUESTS * 2, CAP);
					sixteen = Latencies.measure(asks.get(i), 16, Integer.MAX_VALUE, THROUGHPUT_TIME);
				}
				catch (Exception ex) {
					// a contender that fails (an error, a timeout) is reported as such, and the run goes on
					System.out.printf("x%d %-26s %-12s FAILED: %s%n", scale, workload.name(), contender.name(), ex.getMessage());
					continue;
				}
				rows.add(new BenchReport.Row(scale, workload.name(), contender.name(), one, eight, sixteen));
				System.out.printf("x%d %-26s %-12s p50 %8.2f ms  p99 %8.2f ms  c8 p50 %8.2f ms  %7.1f req/s%n", scale,
						workload.name(), contender.name(), one.percentileMillis(50), one.percentileMillis(99),
						eight.percentileMillis(50), sixteen.throughput());
			}
		}
	}

	/**
	 * Asks the whole workload round and round, from four clients, for the warm-up time: a JVM compiles its hot
	 * paths only after thousands of calls, and a few dozen requests per question leave the app's latency at two or
	 * three times what it settles at.
	 */
	private static void warmUp(Contender contender, List<Workload> workloads, Workload.Parameters parameters)
			throws Exception {
		List<Callable<Object>> asks = workloads.stream().map(w -> contender.ask(w, parameters)).toList();
		Latencies rounds = Latencies.measure(() -> {
			for (Callable<Object> ask : asks) {
				ask.call();
			}
			return null;
		}, 4, Integer.MAX_VALUE, WARM_UP);
		System.out.printf("%s warmed up: %d rounds of the workload in %d s%n", contender.name(), rounds.nanos().size(),
				rounds.elapsed().toSeconds());
	}

	static Workload.Parameters parameters(Driver driver) {
		List<String> bodies = driver.executableQuery("""
				MATCH (b:Body) RETURN b.id AS id ORDER BY COUNT { (b)<-[:IN_BODY]-() } DESC, b.id LIMIT 10""")
			.execute().records().stream().map(r -> r.get("id").asString()).toList();
		String person = driver.executableQuery("""
				MATCH (p:Person)
				RETURN p.id AS id ORDER BY COUNT { (p)-[:HAS_MEMBERSHIP]->() } + COUNT { (p)-[:HAS_ATTENDANCE]->() } DESC, p.id
				LIMIT 1""").execute().records().getFirst().get("id").asString();
		return new Workload.Parameters("tag", bodies, person, "nuit", "kjernejournal",
				"(kjernejournal^3 OR kjernejournal*^2 OR kjernejournal~1)", "samhandling");
	}

}
