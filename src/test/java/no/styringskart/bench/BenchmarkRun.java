package no.styringskart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.styringskart.seed.SyntheticGraphs;
import no.styringskart.support.TestNeo4j;
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
 * by side: p50/p95/p99 at concurrency 1 and 8, and throughput at 16. The contenders are hand-written Cypher
 * through the driver (the floor), Styringskart over HTTP, and the Neo4j GraphQL Library ({@code bench/peer}).
 * Writes {@code bench/results/}.
 * Tunable: {@code -Dbench.scales=1,100,1000 -Dbench.requests=100 -Dbench.throughput-seconds=5 -Dbench.out=bench/results}.
 */
@Tag("benchmark")
class BenchmarkRun {

	private static final List<Integer> SCALES = Arrays.stream(System.getProperty("bench.scales", "1,100").split(","))
		.map(String::strip).map(Integer::parseInt).toList();

	private static final int REQUESTS = Integer.getInteger("bench.requests", 100);

	private static final Duration THROUGHPUT_TIME = Duration.ofSeconds(Integer.getInteger("bench.throughput-seconds", 5));

	/** No measurement loop runs longer than this, however slow a contender is. */
	private static final Duration CAP = Duration.ofSeconds(Integer.getInteger("bench.cap-seconds", 60));

	private static final Path OUT = Path.of(System.getProperty("bench.out", "bench/results"));

	/** The Neo4j GraphQL Library peer runs when Node.js is here, unless {@code -Dbench.peer=false}. */
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
					Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
				long rss = app.rssBytes();
				facts.add(new BenchReport.ScaleFacts(scale, loaded, app.startupToFirstAnswer, rss));
				Workload.Parameters parameters = parameters(driver);
				List<Contender> contenders = new ArrayList<>(List.of(new Contender.Floor(driver),
						Contender.GraphQlEndpoint.at("Styringskart", "http://localhost:" + http + "/graphql", Contender.STYRINGSKART)));
				PeerProcess peer = PEER ? PeerProcess.start(bolt, TestNeo4j.freePort(), work.resolve("peer-x" + scale + ".log")) : null;
				if (peer != null) {
					contenders.add(Contender.GraphQlEndpoint.at("Peer", "http://127.0.0.1:" + peer.port + "/graphql", new PeerDialect()));
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

	private static void measureAll(int scale, Workload.Parameters parameters, List<Contender> contenders,
			List<BenchReport.Row> rows) throws Exception {
		for (Workload workload : Workload.all(parameters)) {
			for (Contender contender : contenders) {
				var ask = contender.ask(workload, parameters);
				Latencies one;
				Latencies eight;
				Latencies sixteen;
				try {
					Latencies.measure(ask, 1, Math.max(5, REQUESTS / 10), CAP); // warm-up
					one = Latencies.measure(ask, 1, REQUESTS, CAP);
					eight = Latencies.measure(ask, 8, REQUESTS * 2, CAP);
					sixteen = Latencies.measure(ask, 16, Integer.MAX_VALUE, THROUGHPUT_TIME);
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

	private static Workload.Parameters parameters(Driver driver) {
		List<String> bodies = driver.executableQuery("""
				MATCH (b:Body) RETURN b.id AS id ORDER BY COUNT { (b)<-[:IN_BODY]-() } DESC, b.id LIMIT 10""")
			.execute().records().stream().map(r -> r.get("id").asString()).toList();
		String person = driver.executableQuery("""
				MATCH (p:Person)
				RETURN p.id AS id ORDER BY COUNT { (p)-[:HAS_MEMBERSHIP]->() } + COUNT { (p)-[:HAS_ATTENDANCE]->() } DESC, p.id
				LIMIT 1""").execute().records().getFirst().get("id").asString();
		return new Workload.Parameters("tag", bodies, person, "nuit", "kjernejournal",
				"(kjernejournal^3 OR kjernejournal*^2 OR kjernejournal~1)");
	}

}
