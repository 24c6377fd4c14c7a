package no.styringskart.neo4j;

import java.nio.file.Path;

import no.styringskart.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jTests {

	@TempDir
	Path directory;

	@Test
	void dataWrittenOverBoltSurvivesARestartOnTheSameDirectory() {
		int port = TestNeo4j.freePort();
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(this.directory, "127.0.0.1", port)) {
			try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
				driver.executableQuery("CREATE (:Probe {name: 'kept'})").execute();
			}
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(this.directory, "127.0.0.1", port);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			var names = driver.executableQuery("MATCH (p:Probe) RETURN p.name AS name")
				.execute()
				.records()
				.stream()
				.map(r -> r.get("name").asString())
				.toList();
			assertThat(names).containsExactly("kept");
		}
	}

	@Test
	void cleanShutdownReleasesTheStoreSoTheNextStartSucceedsAtOnce() {
		int port = TestNeo4j.freePort();
		EmbeddedNeo4j.start(this.directory, "127.0.0.1", port).close();
		try (EmbeddedNeo4j again = EmbeddedNeo4j.start(this.directory, "127.0.0.1", port);
				Driver driver = GraphDatabase.driver(again.boltUri(), AuthTokens.none())) {
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
				.isEqualTo(1);
		}
	}

	/** With a Bolt password set, a process that reaches the port without it can neither read nor write. */
	@Test
	void boltCanRequireCredentials() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(this.directory, "127.0.0.1", TestNeo4j.freePort(), "bolt-secret-42")) {
			try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
				assertThatThrownBy(() -> anonymous.executableQuery("CREATE (:Intruder)").execute())
					.isInstanceOf(AuthenticationException.class);
			}
			try (Driver wrong = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.BOLT_USER, "guess"))) {
				assertThatThrownBy(() -> wrong.executableQuery("RETURN 1").execute()).isInstanceOf(AuthenticationException.class);
			}
			try (Driver admitted = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.BOLT_USER, "bolt-secret-42"))) {
				assertThat(admitted.executableQuery("MATCH (i:Intruder) RETURN count(i) AS c").execute().records().getFirst()
					.get("c").asLong()).isZero();
			}
		}
	}

	@Test
	void aSecondServerOnTheSameDirectoryFailsWithAClearMessage() {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(this.directory, "127.0.0.1", TestNeo4j.freePort())) {
			assertThatThrownBy(() -> EmbeddedNeo4j.start(this.directory, "127.0.0.1", TestNeo4j.freePort()))
				.isInstanceOf(EmbeddedNeo4jStartupException.class)
				.hasMessageContaining(this.directory.toAbsolutePath().normalize().toString())
				.hasMessageContaining("in use by another process");
			assertThat(first.boltUri()).isNotNull();
		}
	}

}
