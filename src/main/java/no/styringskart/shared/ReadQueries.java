package no.styringskart.shared;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import no.styringskart.neo4j.InProcessReads;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Runs the Cypher of the {@link QueryController}s. Each statement is a transaction of its own, stopped by the
 * database after {@code styringskart.limits.query-timeout-seconds} or when its request's time is up
 * ({@link RequestDeadline}), whichever comes first:
 * <ul>
 * <li>on the embedded default, in this JVM without Bolt ({@link InProcessReads}: about 0.4 ms less per statement
 * than through the driver on loopback), in a transaction that is never committed and refuses a write;
 * <li>with an external server, in auto-commit in a READ session, so a cluster routes it to a reader and Neo4j
 * refuses a write in it.
 * </ul>
 * Why not one transaction per request: over Bolt its BEGIN and ROLLBACK are two more round trips (about 0.4 ms, more
 * than a small query takes), and Neo4j reads at read-committed isolation, so the statements of one transaction share
 * no snapshot that separate statements would lack.
 */
@Component
public class ReadQueries {

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final Duration timeout;

	private final InProcessReads inProcess;

	ReadQueries(Driver driver, DatabaseSelectionProvider databases, ObjectProvider<InProcessReads> inProcess,
			@Value("${styringskart.limits.query-timeout-seconds:10}") int timeoutSeconds) {
		this.driver = driver;
		this.databases = databases;
		this.timeout = Duration.ofSeconds(timeoutSeconds);
		this.inProcess = inProcess.getIfAvailable();
	}

	/** Every row the statement returns, mapped in order. */
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		Duration timeout = RequestDeadline.left(this.timeout);
		if (timeout.toMillis() < 1) {
			throw new QueryTimeoutException("the request's time ran out before this statement");
		}
		// in process the app reads its default database; another one chosen by configuration goes through the driver
		if (this.inProcess != null && this.databases.getDatabaseSelection().getValue() == null) {
			return this.inProcess.list(cypher, parameters, mapper, timeout);
		}
		try (Session session = this.driver.session(readSession())) {
			return session.run(new Query(cypher, parameters), TransactionConfig.builder().withTimeout(timeout).build())
				.list(mapper::apply);
		}
	}

	public <T> List<T> list(String cypher, Function<Record, T> mapper) {
		return list(cypher, Map.of(), mapper);
	}

	/** The statement's one row mapped, or empty when it returns none; more than one row is a mistake in the query. */
	public <T> Optional<T> one(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		List<T> rows = list(cypher, parameters, mapper);
		if (rows.size() > 1) {
			throw new IllegalStateException("expected at most one row, got " + rows.size());
		}
		return rows.stream().findFirst();
	}

	public <T> Optional<T> one(String cypher, Function<Record, T> mapper) {
		return one(cypher, Map.of(), mapper);
	}

	private SessionConfig readSession() {
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
		String database = this.databases.getDatabaseSelection().getValue();
		if (database != null) {
			config.withDatabase(database);
		}
		return config.build();
	}

}
