package no.styringskart.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.seed.SyntheticGraphs;
import no.styringskart.support.TestNeo4j;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a read costs in each way the Java driver can run it, on the app's embedded Neo4j with the real seed:
 * {@code ./mvnw -Pbench test -Dtest=DriverReadModes}. The ways are asked in turn, round after round, so they share
 * the machine's noise; p50 of each goes to {@code bench/results/driver-read-modes.md}. This is why the query
 * controllers and the Floor read in auto-commit.
 */
@Tag("benchmark")
class DriverReadModes {

	private static final int WARM_UP = 2_000;

	private static final int ROUNDS = 4_000;

	private static final String BY_ID = "MATCH (n:Person {id: $id}) RETURN n";

	@FunctionalInterface
	private interface Read {

		void run(Driver driver, Map<String, Object> parameters);

	}

	@Test
	void measure() throws Exception {
		SessionConfig readSession = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
		TransactionConfig timeout = TransactionConfig.builder().withTimeout(java.time.Duration.ofSeconds(10)).build();
		Map<String, Read> ways = new LinkedHashMap<>();
		ways.put("auto-commit, one statement", (driver, p) -> {
			try (Session session = driver.session(readSession)) {
				session.run(BY_ID, p).list();
			}
		});
		ways.put("managed transaction (executeRead), one statement", (driver, p) -> {
			try (Session session = driver.session(readSession)) {
				session.executeRead(tx -> tx.run(BY_ID, p).list(), timeout);
			}
		});
		ways.put("explicit transaction rolled back, one statement", (driver, p) -> {
			try (Session session = driver.session(readSession); Transaction tx = session.beginTransaction(timeout)) {
				tx.run(BY_ID, p).list();
				tx.rollback();
			}
		});
		ways.put("auto-commit, two statements in sessions of their own", (driver, p) -> {
			for (int i = 0; i < 2; i++) {
				try (Session session = driver.session(readSession)) {
					session.run(BY_ID, p).list();
				}
			}
		});
		ways.put("explicit transaction rolled back, two statements", (driver, p) -> {
			try (Session session = driver.session(readSession); Transaction tx = session.beginTransaction(timeout)) {
				tx.run(BY_ID, p).list();
				tx.run(BY_ID, p).list();
				tx.rollback();
			}
		});

		Path work = Path.of("target", "bench");
		Path data = work.resolve("data-read-modes");
		FileSystemUtils.deleteRecursively(data);
		Files.createDirectories(work);
		int bolt = TestNeo4j.freePort();
		Map<String, long[]> nanos = new LinkedHashMap<>();
		ways.keySet().forEach(way -> nanos.put(way, new long[ROUNDS]));
		try (AppProcess app = AppProcess.start(data, bolt, TestNeo4j.freePort(), work.resolve("app-read-modes.log"));
				Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
			SyntheticGraphs.load(driver, 1, 42);
			String person = driver.executableQuery("MATCH (n:Person) RETURN n.id AS id ORDER BY id LIMIT 1")
				.execute()
				.records()
				.getFirst()
				.get("id")
				.asString();
			Map<String, Object> parameters = Map.of("id", person);
			for (int round = 0; round < WARM_UP + ROUNDS; round++) {
				for (Map.Entry<String, Read> way : ways.entrySet()) {
					long started = System.nanoTime();
					way.getValue().run(driver, parameters);
					if (round >= WARM_UP) {
						nanos.get(way.getKey())[round - WARM_UP] = System.nanoTime() - started;
					}
				}
			}
		}
		List<String> lines = new ArrayList<>(List.of("# What a read costs through the Java driver", "",
				"`" + BY_ID + "` on the real seed, " + ROUNDS + " rounds after " + WARM_UP
						+ " to warm up, the ways asked in turn. `./mvnw -Pbench test -Dtest=DriverReadModes`.",
				"", "| Way | p50 ms |", "|---|---|"));
		nanos.forEach((way, times) -> {
			Arrays.sort(times);
			lines.add("| %s | %.3f |".formatted(way, times[times.length / 2] / 1e6));
		});
		lines.forEach(System.out::println);
		Path out = Path.of(System.getProperty("bench.out", "bench/results"));
		Files.createDirectories(out);
		Files.write(out.resolve("driver-read-modes.md"), lines);
		assertThat(nanos.values()).allSatisfy(times -> assertThat(times[0]).isPositive());
	}

}
