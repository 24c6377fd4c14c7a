package no.styringskart.neo4j;

import java.nio.file.Path;

/** The in-process Neo4j could not start; the message says which directory and port, and the likely cause. */
public class EmbeddedNeo4jStartupException extends RuntimeException {

	EmbeddedNeo4jStartupException(Path dataDirectory, String boltAddress, int boltPort, Throwable cause) {
		super(describe(dataDirectory, boltAddress, boltPort, cause), cause);
	}

	private static String describe(Path dataDirectory, String boltAddress, int boltPort, Throwable cause) {
		String root = rootMessage(cause);
		String hint;
		if (root.contains("lock") || root.contains("Lock")) {
			hint = "the data directory is in use by another process (is another Styringskart or Neo4j running on it?)";
		}
		else if (root.contains("Address already in use") || root.contains("bind")) {
			hint = "Bolt port " + boltPort + " is taken; set styringskart.neo4j.embedded.bolt-port to a free one";
		}
		else {
			hint = root;
		}
		return "Cannot start the embedded Neo4j on " + dataDirectory + " (Bolt " + boltAddress + ":" + boltPort
				+ "): " + hint;
	}

	private static String rootMessage(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append(' ');
		}
		return all.toString().trim();
	}

}
