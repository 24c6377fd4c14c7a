package no.styringskart.system;

import java.util.List;

/**
 * What the service is connected to and how much the graph holds.
 *
 * @param neo4jVersion the server's version as it reports it
 * @param neo4jEdition community or enterprise
 * @param embedded whether the database runs inside this process
 * @param nodeCount all nodes
 * @param relationshipCount all relationships
 * @param labels node count per label, largest first
 * @param relationshipTypes relationship count per type, largest first
 */
public record About(String neo4jVersion, String neo4jEdition, boolean embedded, long nodeCount,
		long relationshipCount, List<Count> labels, List<Count> relationshipTypes) {

	/** A name and how many of it. */
	public record Count(String name, long count) {
	}

}
