package no.styringskart.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import no.styringskart.neo4j.EmbeddedNeo4j;
import no.styringskart.neo4j.InProcessReads;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one Neo4j server all integration tests of a JVM share, started on first use and stopped when the JVM
 * exits. The single switch: {@code -Dstyringskart.test.neo4j=embedded|testcontainers|auto} (default
 * {@code auto}: Testcontainers when a Docker engine answers, otherwise the in-process server).
 */
public final class TestNeo4j {

	public static final String PASSWORD = "styringskart-test";

	private static volatile Server server;

	private TestNeo4j() {
	}

	/**
	 * Where the shared server is, and how to log in; {@code inProcessReads} when it runs in this JVM, as the app's
	 * embedded default does, else null.
	 */
	public record Server(URI boltUri, String username, String password, String kind, InProcessReads inProcessReads) {
	}

	public static Server get() {
		Server current = server;
		if (current == null) {
			synchronized (TestNeo4j.class) {
				current = server;
				if (current == null) {
					current = start();
					server = current;
				}
			}
		}
		return current;
	}

	private static Server start() {
		String mode = System.getProperty("styringskart.test.neo4j", "auto");
		boolean docker = switch (mode) {
			case "testcontainers" -> true;
			case "embedded" -> false;
			default -> dockerAvailable();
		};
		return docker ? startContainer() : startEmbedded();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
	private static Server startContainer() {
		Neo4jContainer container = new Neo4jContainer("neo4j:2026.08").withAdminPassword(PASSWORD);
		container.start();
		return new Server(URI.create(container.getBoltUrl()), "neo4j", PASSWORD, "testcontainers", null);
	}

	private static Server startEmbedded() {
		try {
			Path directory = Files.createTempDirectory("styringskart-test-neo4j");
			EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(directory, "127.0.0.1", freePort());
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "test-neo4j-shutdown"));
			return new Server(neo4j.boltUri(), "neo4j", PASSWORD, "embedded", neo4j.inProcessReads());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
