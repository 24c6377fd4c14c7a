package no.styringskart.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The peer, {@code bench/peer/server.mjs} (the Neo4j GraphQL Library), in a Node.js process of its own. Its
 * dependencies are installed on first use with {@code npm ci} from the committed lock file.
 */
final class PeerProcess implements AutoCloseable {

	static final Path HOME = Path.of("bench", "peer");

	private final Process process;

	final int port;

	private PeerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Whether Node.js is here to run the peer at all. */
	static boolean available() {
		try {
			return new ProcessBuilder("node", "--version").start().waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	static PeerProcess start(int boltPort, int port, Path log) throws Exception {
		if (!Files.isDirectory(HOME.resolve("node_modules"))) {
			Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(HOME.toFile())
				.redirectErrorStream(true).redirectOutput(log.resolveSibling("peer-npm.log").toFile()).start();
			if (!install.waitFor(10, TimeUnit.MINUTES) || install.exitValue() != 0) {
				throw new IllegalStateException("npm ci failed in " + HOME + "; see " + log.resolveSibling("peer-npm.log"));
			}
		}
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs").directory(HOME.toFile())
			.redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("NEO4J_URI", "bolt://127.0.0.1:" + boltPort);
		builder.environment().put("PORT", String.valueOf(port));
		Process process = builder.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!Files.exists(log) || !Files.readString(log).contains("peer ready")) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new IllegalStateException("the peer did not start; see " + log + ":\n" + Files.readString(log));
			}
			Thread.sleep(100);
		}
		return new PeerProcess(process, port);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
