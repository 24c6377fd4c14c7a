package no.styringskart.seed;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import no.styringskart.analysis.SeatSummary;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a validated {@link SeedGraph} inside the caller's transaction: the seeded part of the graph is
 * replaced as a whole, so loading twice gives the same graph and a removed fact disappears.
 */
final class SeedWriter {

	/** Labels the seed owns; everything carrying one of them is replaced on load. */
	static final List<String> SEEDED_LABELS = List.of("Document", "Organisation", "Person", "Body", "Initiative",
			"Standard", "Membership", "Meeting", "Attendance", "AgendaItem", "StandardAdoption", "ChangeEvent", "Role", "Statement",
			"MilestoneDate");

	private static final String EVIDENCE = """
			evidenceDocuments: row.evidenceDocuments, evidenceQuotes: row.evidenceQuotes,
			evidenceLines: row.evidenceLines""";

	private static final List<String> STATEMENTS = List.of("""
			UNWIND $documents AS row
			CREATE (:Document {id: row.id, file: row.file, url: row.url, title: row.title, kind: row.kind, date: row.date,
			        year: row.year, publisher: row.publisher})
			""", """
			UNWIND $organisations AS row
			CREATE (:Organisation {id: row.id, name: row.name, sortName: toLower(row.name), aliases: row.aliases, kind: row.kind,
			        sector: row.sector, sources: row.sources, searchKey: row.searchKey, %s})
			""".formatted(EVIDENCE), """
			UNWIND $organisations AS row
			WITH row WHERE row.parent IS NOT NULL
			MATCH (o:Organisation {id: row.id}), (p:Organisation {id: row.parent})
			CREATE (o)-[:SUB_ORGANISATION_OF]->(p)
			""", """
			UNWIND $people AS row
			CREATE (:Person {id: row.id, name: row.name, sortName: toLower(row.name), aliases: row.aliases, sources: row.sources,
			        searchKey: row.searchKey, %s})
			""".formatted(EVIDENCE), """
			UNWIND $titles AS row
			MATCH (p:Person {id: row.person})
			OPTIONAL MATCH (o:Organisation {id: row.organisation})
			CALL (p, o, row) {
			  WITH * WHERE o IS NOT NULL
			  CREATE (p)-[:HAS_POSITION {title: row.title, %1$s}]->(o)
			}
			SET p.titles = coalesce(p.titles, []) + row.title
			""".formatted(EVIDENCE), """
			UNWIND $bodies AS row
			CREATE (b:Body {id: row.id, name: row.name, sortName: toLower(row.name), aliases: row.aliases, kind: row.kind, model: row.model,
			        sources: row.sources, searchKey: row.searchKey, %s})
			WITH b, row WHERE row.owner IS NOT NULL
			MATCH (o:Organisation {id: row.owner})
			CREATE (b)-[:RUN_BY]->(o)
			""".formatted(EVIDENCE), """
			UNWIND $initiatives AS row
			CREATE (i:Initiative {id: row.id, name: row.name, sortName: toLower(row.name), aliases: row.aliases, kind: row.kind,
			        period: row.period, status: row.status, sources: row.sources, searchKey: row.searchKey, %s})
			WITH i, row WHERE row.owner IS NOT NULL
			MATCH (o:Organisation {id: row.owner})
			CREATE (i)-[:OWNED_BY]->(o)
			""".formatted(EVIDENCE), """
			UNWIND $initiatives AS row
			WITH row WHERE row.partOf IS NOT NULL
			MATCH (i:Initiative {id: row.id}), (p:Initiative {id: row.partOf})
			CREATE (i)-[:PART_OF]->(p)
			""", """
			UNWIND $standards AS row
			CREATE (s:Standard {id: row.id, name: row.name, sortName: toLower(row.name), aliases: row.aliases, kind: row.kind,
			        sources: row.sources, searchKey: row.searchKey, %s})
			WITH s, row WHERE row.sdo IS NOT NULL
			MATCH (o:Organisation {id: row.sdo})
			CREATE (s)-[:MAINTAINED_BY]->(o)
			""".formatted(EVIDENCE), """
			UNWIND $memberships AS row
			MATCH (p:Person {id: row.person}), (b:Body {id: row.body})
			CREATE (p)-[:HAS_MEMBERSHIP]->(m:Membership {id: row.id, role: row.role, from: row.from, to: row.to,
			        observedOn: row.observedOn, %s})-[:IN_BODY]->(b)
			WITH m, row
			CALL (m, row) {
			  MATCH (o:Organisation {id: row.onBehalfOf})
			  CREATE (m)-[:ON_BEHALF_OF]->(o)
			}
			CALL (m, row) {
			  MATCH (r:Person {id: row.replaces})
			  CREATE (m)-[:REPLACES]->(r)
			}
			""".formatted(EVIDENCE), """
			UNWIND $meetings AS row
			MATCH (b:Body {id: row.body}), (d:Document {id: row.document})
			CREATE (m:Meeting {id: row.id, number: row.number, date: row.date, start: row.start, end: row.end,
			        place: row.place, status: row.status, papers: row.papers, %s})-[:OF_BODY]->(b)
			CREATE (m)-[:DESCRIBED_IN]->(d)
			""".formatted(EVIDENCE), """
			UNWIND $attendance AS row
			MATCH (p:Person {id: row.person}), (m:Meeting {id: row.meeting})
			CREATE (p)-[:HAS_ATTENDANCE]->(a:Attendance {id: row.id, role: row.role, status: row.status,
			        note: row.note, %s})-[:AT_MEETING]->(m)
			WITH a, row
			CALL (a, row) {
			  MATCH (o:Organisation {id: row.onBehalfOf})
			  CREATE (a)-[:ON_BEHALF_OF]->(o)
			}
			""".formatted(EVIDENCE), """
			UNWIND $agendaItems AS row
			MATCH (m:Meeting {id: row.meeting})
			CREATE (m)-[:HAS_AGENDA_ITEM]->(:AgendaItem {id: row.id, number: row.number, order: row.order,
			        title: row.title, type: row.type, time: row.time, proposedDecision: row.proposedDecision,
			        decision: row.decision, summary: row.summary, attachments: row.attachments,
			        searchKey: row.searchKey, sortKey: row.sortKey, %s})
			""".formatted(EVIDENCE), """
			UNWIND $agendaLinks AS row
			MATCH (i:AgendaItem {id: row.item}), (t:$(row.label) {id: row.target})
			MERGE (i)-[:$(row.type)]->(t)
			""", """
			UNWIND $dependencies AS row
			CALL (row) {
			  OPTIONAL MATCH (i:Initiative {id: row.dependent}) OPTIONAL MATCH (s:Standard {id: row.dependent})
			  RETURN coalesce(i, s) AS a
			}
			CALL (row) {
			  OPTIONAL MATCH (i:Initiative {id: row.dependency}) OPTIONAL MATCH (s:Standard {id: row.dependency})
			  RETURN coalesce(i, s) AS b
			}
			WITH a, b, row WHERE a IS NOT NULL AND b IS NOT NULL
			CREATE (a)-[:DEPENDS_ON {kind: row.kind, statedFrom: row.statedFrom, statedTo: row.statedTo,
			        note: row.note, %s}]->(b)
			// a stated part_of and the registry's partOf are one PART_OF relation, which parts and partOf read
			WITH a, b, row WHERE row.kind = 'part_of' AND a:Initiative AND b:Initiative
			MERGE (a)-[:PART_OF]->(b)
			""".formatted(EVIDENCE), """
			UNWIND $bodyRelations AS row
			MATCH (a:Body {id: row.from})
			CALL (row) {
			  OPTIONAL MATCH (body:Body {id: row.to}) OPTIONAL MATCH (o:Organisation {id: row.to})
			  RETURN coalesce(body, o) AS b
			}
			WITH a, b, row WHERE b IS NOT NULL
			CREATE (a)-[:$(row.type) {%s}]->(b)
			""".formatted(EVIDENCE), """
			UNWIND $adoptions AS row
			MATCH (s:Standard {id: row.standard})
			CREATE (s)-[:HAS_ADOPTION]->(:StandardAdoption {id: row.id, level: row.level, year: row.year,
			        status: row.status, scope: row.scope, %s})
			""".formatted(EVIDENCE), """
			UNWIND $changeEvents AS row
			CREATE (e:ChangeEvent {id: row.id, kind: row.kind, date: row.date, subjectType: row.subjectType, %s})
			WITH e, row
			CALL (e, row) {
			  UNWIND row.originals AS original
			  CALL (original) {
			    MATCH (o:Organisation {id: original}) RETURN o
			    UNION MATCH (o:Body {id: original}) RETURN o
			    UNION MATCH (o:Initiative {id: original}) RETURN o
			  }
			  CREATE (e)-[:ORIGINAL]->(o)
			}
			CALL (e, row) {
			  UNWIND row.results AS result
			  CALL (result) {
			    MATCH (o:Organisation {id: result}) RETURN o
			    UNION MATCH (o:Body {id: result}) RETURN o
			    UNION MATCH (o:Initiative {id: result}) RETURN o
			  }
			  CREATE (e)-[:RESULTING]->(o)
			}
			""".formatted(EVIDENCE), """
			UNWIND $roles AS row
			CREATE (r:Role {id: row.id, name: row.name, kind: row.kind, description: row.description, %s})
			WITH r, row
			UNWIND row.heldBy AS holder
			CALL (holder) {
			  MATCH (h:Organisation {id: holder}) RETURN h
			  UNION MATCH (h:Body {id: holder}) RETURN h
			}
			CREATE (r)-[:HELD_BY]->(h)
			""".formatted(EVIDENCE), """
			UNWIND $statements AS row
			MATCH (a:$(row.aboutLabel) {id: row.about}), (d:Document {id: row.document})
			CREATE (s:Statement {id: row.id, kind: row.kind, text: row.text, order: row.order, due: row.due,
			        value: row.value, unit: row.unit, counts: row.counts, asOf: row.asOf, searchKey: row.searchKey,
			        %s})-[:ABOUT]->(a)
			CREATE (s)-[:STATED_IN]->(d)
			WITH s, row WHERE row.actor IS NOT NULL
			MATCH (x:$(row.actorLabel) {id: row.actor})
			CREATE (s)-[:BY]->(x)
			""".formatted(EVIDENCE), """
			UNWIND $statementLinks AS row
			MATCH (s:Statement {id: row.statement}), (t:$(row.label) {id: row.target})
			MERGE (s)-[:CONCERNS]->(t)
			""", """
			UNWIND $milestoneDates AS row
			MATCH (s:Statement {id: row.statement})
			CREATE (s)-[:HAS_DATE]->(:MilestoneDate {id: row.id, position: row.position, stated: row.stated,
			        date: row.date, kind: row.kind, %s})
			""".formatted(EVIDENCE), """
			UNWIND $involvements AS row
			MATCH (a:$(row.subjectLabel) {id: row.subject}), (b:$(row.partyLabel) {id: row.party})
			CREATE (a)-[:INVOLVES {role: row.role, note: row.note, %s}]->(b)
			""".formatted(EVIDENCE));

	private SeedWriter() {
	}

	/** Each statement gets just the rows it unwinds, not the whole seed. */
	private static Map<String, Object> only(Map<String, Object> parameters, String statement) {
		Map<String, Object> used = new java.util.HashMap<>();
		parameters.forEach((name, rows) -> {
			if (java.util.regex.Pattern.compile("\\$" + name + "\\b").matcher(statement).find()) {
				used.put(name, rows);
			}
		});
		return used;
	}

	/**
	 * Replaces the seeded graph, telling {@code afterStep} the number of each statement done (deletes first,
	 * then creates); an exception from it, like any other, rolls the whole transaction back.
	 */
	static void replace(TransactionContext tx, SeedGraph graph, IntConsumer afterStep) {
		int step = 0;
		for (String label : SEEDED_LABELS) {
			tx.run("MATCH (n:$($label)) DETACH DELETE n", Map.of("label", label)).consume();
			afterStep.accept(++step);
		}
		Map<String, Object> parameters = graph.asParameters();
		for (String statement : STATEMENTS) {
			tx.run(statement, only(parameters, statement)).consume();
			afterStep.accept(++step);
		}
		SeatSummary.writeIn(tx);
		afterStep.accept(++step);
	}

	/**
	 * The bulk path for graphs too big for one transaction (synthetic benchmark graphs, large imports): the
	 * same statements, each run over batches of rows in transactions of their own. Not atomic: a failure
	 * leaves a partial graph, so the curated seed never goes this way.
	 */
	static void writeInBatches(Session session, SeedGraph graph, int batchSize) {
		for (String label : SEEDED_LABELS) {
			session.run("MATCH (n:$($label)) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
					Map.of("label", label)).consume();
		}
		Map<String, Object> parameters = graph.asParameters();
		for (String statement : STATEMENTS) {
			only(parameters, statement).forEach((name, rows) -> {
				List<?> all = (List<?>) rows;
				for (int from = 0; from < all.size(); from += batchSize) {
					List<?> batch = all.subList(from, Math.min(all.size(), from + batchSize));
					session.executeWrite(tx -> tx.run(statement, Map.of(name, batch)).consume());
				}
			});
		}
		SeatSummary.writeInBatches(session);
	}

	/** How many statements {@link #replace} runs. */
	static int steps() {
		return SEEDED_LABELS.size() + STATEMENTS.size() + 1; // and the seat summary
	}

}
