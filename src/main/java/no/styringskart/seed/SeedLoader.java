package no.styringskart.seed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import no.styringskart.shared.WriteConflictException;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Loads the curated seed: reads and validates all of it first, then replaces the seeded graph in a single
 * write transaction. A seed with any problem raises {@link InvalidSeedException} and writes nothing.
 */
@Service
public class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	/** How long a write waits for the one before it; a seed load takes seconds. */
	static final Duration WRITER_WAIT = Duration.ofSeconds(60);

	/**
	 * The app's writers (reloads, applied imports, the startup load) take turns: two replacements of the seeded graph
	 * at once would each delete what the other creates and fail on the uniqueness constraints. First come, first
	 * served.
	 */
	private final ReentrantLock writers = new ReentrantLock(true);

	private final Driver driver;

	private final SeedProperties properties;

	SeedLoader(Driver driver, SeedProperties properties) {
		this.driver = driver;
		this.properties = properties;
	}

	/** Loads the configured seed location. */
	public SeedLoadReport load() {
		return load(this.properties.location());
	}

	/** Loads the seed at a Spring resource location such as {@code file:seed/}. */
	public SeedLoadReport load(String location) {
		return load(location, step -> log.debug("Seed write step {} of {} done", step, SeedWriter.steps()));
	}

	/**
	 * Loads the configured seed plus papers from outside it (e.g. an imported draft), validated and written
	 * exactly like the seed itself: all or nothing, and the same graph however often it is repeated.
	 */
	public SeedLoadReport loadWith(List<ExtraPaper> extras) {
		return load(this.properties.location(), extras,
				step -> log.debug("Seed write step {} of {} done", step, SeedWriter.steps()));
	}

	/** Validates the configured seed plus extra papers without writing; throws {@link InvalidSeedException}. */
	public void checkWith(List<ExtraPaper> extras) {
		validate(this.properties.location(), extras);
	}

	/** Validates the seed at a location plus extra papers, writing nothing; throws {@link InvalidSeedException}. */
	public static void validate(String location, List<ExtraPaper> extras) {
		SeedValidator.validate(SeedFiles.read(location).with(extras));
	}

	/** Loads a seed, calling {@code afterStep} after each write statement inside the transaction. */
	SeedLoadReport load(String location, IntConsumer afterStep) {
		return load(location, List.of(), afterStep);
	}

	private SeedLoadReport load(String seedLocation, List<ExtraPaper> extras, IntConsumer afterStep) {
		long started = System.nanoTime();
		SeedGraph graph = SeedValidator.validate(SeedFiles.read(seedLocation).with(extras));
		String location = seedLocation
				+ extras.stream().map(extra -> " + imported paper " + extra.documentId()).collect(Collectors.joining());
		log.info("Seed from {} is valid; replacing the seeded graph in one transaction", location);
		takeTurn();
		try (Session session = this.driver.session(SessionConfig.builder().build())) {
			SeedLoadReport report = session.executeWrite(tx -> {
				SeedWriter.replace(tx, graph, afterStep);
				return report(tx, location, started);
			});
			log.info("Seed loaded from {} in {} ms: {} nodes, {} relationships", location, report.millis(),
					report.nodes(), report.relationships());
			graph.warnings().forEach(warning -> log.warn("Seed warning: {}", warning));
			return report.withWarnings(graph.warnings());
		}
		finally {
			this.writers.unlock();
		}
	}

	/** Waits for the writes before this one; one whose caller has given up (interrupted) writes nothing. */
	private void takeTurn() {
		try {
			if (!this.writers.tryLock(WRITER_WAIT.toSeconds(), TimeUnit.SECONDS)) {
				throw new WriteConflictException("another write of the graph has run for more than "
						+ WRITER_WAIT.toSeconds() + " s; nothing was written");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the write was given up before it began; nothing was written", ex);
		}
	}

	/** Writes a (large, generated) graph in batches: fast, but not atomic; see {@link SeedWriter#writeInBatches}. */
	SeedLoadReport bulkLoad(SeedGraph graph, int batchSize) {
		long started = System.nanoTime();
		try (Session session = this.driver.session()) {
			SeedWriter.writeInBatches(session, graph, batchSize);
			return session.executeRead(tx -> report(tx, "(bulk)", started));
		}
	}

	/** What the graph holds now, per seeded label and relationship type, without writing anything. */
	public SeedLoadReport counts() {
		long started = System.nanoTime();
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> report(tx, "(current graph)", started));
		}
	}

	/** Whether any seeded node exists (the startup check for {@code if-empty}). */
	public boolean graphHasSeed() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (d:Document) RETURN count(d) > 0 AS seeded")
				.single()
				.get("seeded")
				.asBoolean());
		}
	}

	static SeedLoadReport report(TransactionContext tx, String location, long started) {
		Map<String, Long> labels = new TreeMap<>();
		for (String label : SeedWriter.SEEDED_LABELS) {
			labels.put(label, tx.run("MATCH (n:$($label)) RETURN count(n) AS c", Map.of("label", label))
				.single()
				.get("c")
				.asLong());
		}
		Map<String, Long> types = new TreeMap<>();
		tx.run("""
				MATCH (n)-[r]->() WHERE any(l IN labels(n) WHERE l IN $labels)
				RETURN type(r) AS type, count(r) AS c""", Map.of("labels", SeedWriter.SEEDED_LABELS))
			.forEachRemaining(r -> types.put(r.get("type").asString(), r.get("c").asLong()));
		return new SeedLoadReport(location, labels, types, (System.nanoTime() - started) / 1_000_000, List.of());
	}

}
