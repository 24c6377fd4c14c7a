package no.styringskart.seed;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Loads a synthetic governance graph at a scale of the real seed, through the product's bulk write path. */
public final class SyntheticGraphs {

	private SyntheticGraphs() {
	}

	/** What was written, and how long generating and writing took. */
	public record Loaded(int scale, Map<String, Long> nodesByLabel, long nodes, long relationships, long generateMillis,
			long writeMillis) {
	}

	public static Loaded load(Driver driver, int scale, long randomSeed) {
		long started = System.nanoTime();
		SeedGraph real = SeedValidator.validate(SeedFiles.read("file:seed/"));
		SeedGraph graph = SyntheticGovernance.grow(real, scale, randomSeed);
		long generated = System.nanoTime();
		try (Session session = driver.session()) {
			SeedWriter.writeInBatches(session, graph, 10_000);
		}
		long written = System.nanoTime();
		SeedLoadReport report;
		try (Session session = driver.session()) {
			report = session.executeRead(tx -> SeedLoader.report(tx, "(synthetic x" + scale + ")", written));
		}
		return new Loaded(scale, report.nodesByLabel(), report.nodes(), report.relationships(),
				(generated - started) / 1_000_000, (written - generated) / 1_000_000);
	}

}
