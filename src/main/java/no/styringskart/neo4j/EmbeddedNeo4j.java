package no.styringskart.neo4j;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS running in this JVM with its Bolt connector on a local port, so the application's writes (and any
 * Bolt client) talk to it exactly as to a standalone server; the application's reads may skip Bolt
 * ({@link #inProcessReads()}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** The user a Bolt client logs in as when the connector requires credentials. */
	public static final String BOLT_USER = "neo4j";

	/** Bolt waits up to minutes for idle connections by default; a local server can let go quickly. */
	private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofMillis(200);

	private final Path dataDirectory;

	private final URI boltUri;

	private final DatabaseManagementService dbms;

	private EmbeddedNeo4j(Path dataDirectory, URI boltUri, DatabaseManagementService dbms) {
		this.dataDirectory = dataDirectory;
		this.boltUri = boltUri;
		this.dbms = dbms;
	}

	/**
	 * Starts a DBMS on the given directory, failing with a readable message when the directory is held by
	 * another process or the port is taken.
	 */
	public static EmbeddedNeo4j start(Path dataDirectory, String boltAddress, int boltPort) {
		return start(dataDirectory, boltAddress, boltPort, null);
	}

	/**
	 * Starts a DBMS whose Bolt connector requires the user {@value #BOLT_USER} with {@code boltPassword}, or no
	 * credentials when it is null. The password is set anew at every start, so changing it needs only a restart.
	 */
	public static EmbeddedNeo4j start(Path dataDirectory, String boltAddress, int boltPort, String boltPassword) {
		Path home = dataDirectory.toAbsolutePath().normalize();
		long started = System.nanoTime();
		try {
			Files.createDirectories(home);
			DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
				.setConfig(GraphDatabaseSettings.auth_enabled, boltPassword != null)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(boltAddress, boltPort))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
				.build();
			if (boltPassword != null) {
				// the app's own embedded access needs no login, so it may set the password Bolt clients must give
				dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
					.executeTransactionally("ALTER USER " + BOLT_USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
							Map.of("password", boltPassword));
			}
			URI uri = URI.create("bolt://" + boltAddress + ":" + boltPort);
			log.info("Embedded Neo4j started in {} ms: data in {}, Bolt at {} ({})",
					(System.nanoTime() - started) / 1_000_000, home, uri,
					(boltPassword != null) ? "user " + BOLT_USER + " with a password" : "no authentication");
			return new EmbeddedNeo4j(home, uri, dbms);
		}
		catch (RuntimeException | java.io.IOException ex) {
			throw new EmbeddedNeo4jStartupException(home, boltAddress, boltPort, ex);
		}
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Counts every commit that changes the default database from now on, whoever makes it. Neo4j calls its
	 * transaction listeners only for transactions with changes, after the commit is visible to readers.
	 */
	public GraphChanges watchChanges() {
		GraphChanges changes = new GraphChanges();
		this.dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
				new TransactionEventListener<Void>() {

					@Override
					public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
						return null;
					}

					@Override
					public void afterCommit(TransactionData data, Void state, GraphDatabaseService database) {
						changes.committed();
					}

					@Override
					public void afterRollback(TransactionData data, Void state, GraphDatabaseService database) {
					}

					// the count needs no detail of what changed, so Neo4j gathers none
					@Override
					public Set<TransactionData.DataSelection> transactionDataSelection() {
						return EnumSet.noneOf(TransactionData.DataSelection.class);
					}

				});
		return changes;
	}

	/** Reads of the default database straight from this JVM, without Bolt. */
	public InProcessReads inProcessReads() {
		return new InProcessReads(this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
	}

	/** Clean shutdown: flushes and releases the store lock so the next start finds no stale lock. */
	@Override
	public void close() {
		long started = System.nanoTime();
		this.dbms.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
