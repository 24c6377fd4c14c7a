package no.styringskart.neo4j;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many transactions have changed the graph since this process started, as the in-process DBMS reports
 * them: every commit with changes counts, the application's own and those of any Bolt client. Whatever was
 * computed from the graph while this count stood still is still true.
 */
public final class GraphChanges {

	private final AtomicLong commits = new AtomicLong();

	/** The number of changing commits so far; read it before reading the graph, not after. */
	public long count() {
		return this.commits.get();
	}

	void committed() {
		this.commits.incrementAndGet();
	}

}
