package no.styringskart.analysis;

import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Who sits in which body over all time, written down once with the graph: a {@code SITS_IN} relationship from a
 * person to each body they sit in, with the roles held and the organisations represented there, and
 * {@code seatCount} on the person. The overlap and bridging questions without a time window read it instead of
 * collecting memberships and attendance across the whole graph on every request, which at a million attendance
 * records no longer fits a transaction. The graph changes only when a seed is written, and every write path
 * refreshes the summary in the same transaction (or, on the bulk path, right after).
 */
@Component
public class SeatSummary {

	private static final Logger log = LoggerFactory.getLogger(SeatSummary.class);

	private static final String ROLES = BodyMembership.SEAT_ROLES.stream()
		.map(role -> "'" + role + "'")
		.collect(Collectors.joining(", ", "[", "]"));

	// The seat definition of BodyMembership without a window (roles are constants, not input); %2$s is empty or
	// makes each thousand people a transaction of its own.
	private static final String REFRESH = """
			MATCH (p:Person)
			CALL (p) {
			  CALL (p) {
			    CALL (p) {
			      MATCH (p)-[:HAS_MEMBERSHIP]->(m:Membership)-[:IN_BODY]->(b:Body) WHERE m.role <> 'sekretariat'
			      OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(o:Organisation)
			      RETURN b, o, m.role AS role
			      UNION
			      MATCH (p)-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->(:Meeting)-[:OF_BODY]->(b:Body)
			      WHERE a.role IN %1$s
			      OPTIONAL MATCH (a)-[:ON_BEHALF_OF]->(o:Organisation)
			      RETURN b, o, a.role AS role
			    }
			    WITH b, collect(DISTINCT role) AS roles, collect(DISTINCT o.id) AS organisations
			    CREATE (p)-[:SITS_IN {roles: roles, organisations: organisations}]->(b)
			  }
			  SET p.seatCount = COUNT { (p)-[:SITS_IN]->() }
			} %2$s""";

	private static final String FORGET = "MATCH ()-[s:SITS_IN]->() CALL (s) { DELETE s } IN TRANSACTIONS OF 10000 ROWS";

	private final Driver driver;

	SeatSummary(Driver driver) {
		this.driver = driver;
	}

	/** Writes the summary of a freshly written graph, in the transaction that wrote it. */
	public static void writeIn(TransactionContext tx) {
		tx.run(REFRESH.formatted(ROLES, "")).consume();
	}

	/** Writes the summary of a graph written on the bulk path, a thousand people per transaction. */
	public static void writeInBatches(Session session) {
		session.run(REFRESH.formatted(ROLES, "IN TRANSACTIONS OF 1000 ROWS")).consume();
	}

	/** Graphs written before the summary existed get it here, once, at startup. */
	public void ensureWritten() {
		try (Session session = this.driver.session()) {
			boolean missing = session.executeRead(tx -> tx
				.run("MATCH (p:Person) WHERE p.seatCount IS NULL RETURN count(p) > 0 AS missing")
				.single()
				.get("missing")
				.asBoolean());
			if (missing) {
				log.info("Writing the seat summary of a graph written before it existed");
				session.run(FORGET).consume();
				writeInBatches(session);
			}
		}
	}

}
