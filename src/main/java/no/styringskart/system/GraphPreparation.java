package no.styringskart.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.styringskart.analysis.SeatSummary;
import no.styringskart.neo4j.GraphSchema;
import no.styringskart.seed.SeedAtStartup;
import no.styringskart.shared.DatabaseFailures;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Prepares the graph (schema migrations, then the seed) before the web server takes requests. When an
 * external Neo4j cannot be reached the app starts anyway, reports the graph DOWN and keeps trying in the
 * background every {@code styringskart.startup.retry-interval}; a broken seed still stops the app at once.
 */
@Component("graph")
public class GraphPreparation implements SmartInitializingSingleton, DisposableBean, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(GraphPreparation.class);

	private final Driver driver;

	private final GraphSchema schema;

	private final SeedAtStartup seed;

	private final SeatSummary seats;

	private final Duration retryInterval;

	private volatile boolean ready;

	private volatile String waitingFor = "not started";

	private ScheduledExecutorService retries;

	GraphPreparation(Driver driver, GraphSchema schema, SeedAtStartup seed, SeatSummary seats,
			@Value("${styringskart.startup.retry-interval:5s}") Duration retryInterval) {
		this.driver = driver;
		this.schema = schema;
		this.seed = seed;
		this.seats = seats;
		this.retryInterval = retryInterval;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!tryToPrepare()) {
			log.warn("Neo4j is not reachable ({}); Styringskart starts anyway, answers SERVICE_UNAVAILABLE and retries "
					+ "every {}", this.waitingFor, this.retryInterval);
			this.retries = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("graph-preparation").daemon().factory());
			long millis = this.retryInterval.toMillis();
			this.retries.scheduleWithFixedDelay(this::retry, millis, millis, TimeUnit.MILLISECONDS);
		}
	}

	private void retry() {
		try {
			if (tryToPrepare()) {
				log.info("Neo4j is reachable again; the graph is ready");
				this.retries.shutdown();
			}
		}
		catch (RuntimeException ex) {
			this.waitingFor = "preparing the graph failed: " + ex.getMessage();
			log.error("Preparing the graph failed; not retrying", ex);
			this.retries.shutdown();
		}
	}

	/** True when prepared; false when Neo4j is unreachable; throws for any other failure. */
	private boolean tryToPrepare() {
		try {
			// fails fast, where a transaction would retry an unreachable server for half a minute
			this.driver.verifyConnectivity();
			this.schema.apply();
			this.seed.loadAsConfigured();
			this.seats.ensureWritten();
			this.ready = true;
			return true;
		}
		catch (RuntimeException ex) {
			if (!DatabaseFailures.unavailable(ex)) {
				throw ex;
			}
			this.waitingFor = ex.getMessage();
			return false;
		}
	}

	/** Whether the graph has its schema and seed, so reads mean what they say. */
	public boolean isReady() {
		return this.ready;
	}

	@Override
	public Health health() {
		return this.ready ? Health.up().build()
				: Health.down().withDetail("reason", "waiting for Neo4j: " + this.waitingFor).build();
	}

	@Override
	public void destroy() {
		if (this.retries != null) {
			this.retries.shutdownNow();
		}
	}

}
