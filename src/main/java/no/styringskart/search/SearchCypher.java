package no.styringskart.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The Cypher of one search: the node index and the relationship index queried for the kinds asked for, each hit
 * kept when it passes the filters. Every fragment is fixed text; the text, ids and dates travel as parameters.
 * What a filter admits (a body's circle, the papers dated in the window) is read once, before the indexes.
 */
final class SearchCypher {

	/**
	 * What concerns body {@code $body}: the body, its meetings, seats and roles, its saker and attendance, the
	 * people with a seat or attendance in it, its secretariat, what its saker concern, statements about it.
	 */
	private static final String CIRCLE = """
			MATCH (body:Body {id: $body})
			CALL (body) {
			  RETURN body AS c
			  UNION MATCH (c)-[:OF_BODY|IN_BODY|HELD_BY]->(body) RETURN c
			  UNION MATCH (c:AgendaItem)<-[:HAS_AGENDA_ITEM]-(:Meeting)-[:OF_BODY]->(body) RETURN c
			  UNION MATCH (c:Attendance)-[:AT_MEETING]->(:Meeting)-[:OF_BODY]->(body) RETURN c
			  UNION MATCH (c:Person)-[:HAS_MEMBERSHIP]->(:Membership)-[:IN_BODY]->(body) RETURN c
			  UNION MATCH (c:Person)-[:HAS_ATTENDANCE]->(:Attendance)-[:AT_MEETING]->(:Meeting)-[:OF_BODY]->(body) RETURN c
			  UNION MATCH (body)-[:RUN_BY]->(c) RETURN c
			  UNION MATCH (c)<-[:CONCERNS]-(:AgendaItem)<-[:HAS_AGENDA_ITEM]-(:Meeting)-[:OF_BODY]->(body) RETURN c
			  UNION MATCH (c)-[:ABOUT]->(body) RETURN c
			}
			WITH collect(c) AS circle""";

	/** The papers dated in {@code $from..$to} (a paper with only a year: its 1 January). */
	private static final String PAPERS = """
			COLLECT { MATCH (paper:Document)
			  WITH paper, CASE WHEN paper.date IS NOT NULL THEN paper.date WHEN paper.year IS NOT NULL THEN date({year: paper.year}) END AS day
			  WHERE day >= $from AND day <= $to RETURN paper.id } AS papers""";

	/** A node in the window: its meeting's date (meetings, saker, attendance), the paper's date, or a cited paper's. */
	private static final String NODE_IN_WINDOW = """
			(any(id IN coalesce(x.evidenceDocuments, []) WHERE id IN papers) OR (x:Document AND x.id IN papers)
			  OR (x:Meeting AND x.date >= $from AND x.date <= $to)
			  OR EXISTS { MATCH (x)<-[:HAS_AGENDA_ITEM]-(m:Meeting) WHERE m.date >= $from AND m.date <= $to }
			  OR EXISTS { MATCH (x)-[:AT_MEETING]->(m:Meeting) WHERE m.date >= $from AND m.date <= $to })""";

	/** A node the document states: cites it, is it, or describes its meeting. */
	private static final String NODE_IN_DOCUMENT = """
			($document IN coalesce(x.evidenceDocuments, []) OR (x:Document AND x.id = $document)
			  OR EXISTS { (x)-[:DESCRIBED_IN]->(:Document {id: $document}) }
			  OR EXISTS { (x)<-[:HAS_AGENDA_ITEM]-(:Meeting)-[:DESCRIBED_IN]->(:Document {id: $document}) }
			  OR EXISTS { (x)-[:AT_MEETING]->(:Meeting)-[:DESCRIBED_IN]->(:Document {id: $document}) })""";

	private SearchCypher() {
	}

	static String of(boolean nodes, boolean relationships, SearchFilter filter) {
		boolean body = filter.body() != null;
		boolean window = filter.from() != null || filter.to() != null;
		List<String> parts = new ArrayList<>();
		if (nodes) {
			List<String> where = new ArrayList<>(List.of("any(l IN labels(x) WHERE l IN $labels)"));
			where.add(body ? "x IN circle" : "true");
			where.add(window ? NODE_IN_WINDOW : "true");
			where.add((filter.document() != null) ? NODE_IN_DOCUMENT : "true");
			parts.add("""
					CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node, score
					WITH node AS x, score WHERE %s
					RETURN x, null AS r, score""".formatted(String.join("\n  AND ", where)));
		}
		if (relationships) {
			List<String> where = new ArrayList<>(List.of("type(r) IN $types"));
			where.add(body ? "(a IN circle OR b IN circle)" : "true");
			where.add(window ? "any(id IN coalesce(r.evidenceDocuments, []) WHERE id IN papers)" : "true");
			where.add((filter.document() != null) ? "$document IN coalesce(r.evidenceDocuments, [])" : "true");
			parts.add("""
					CALL db.index.fulltext.queryRelationships('search_relations', $query, {limit: $limit}) YIELD relationship, score
					WITH relationship AS r, startNode(relationship) AS a, endNode(relationship) AS b, score WHERE %s
					RETURN null AS x, r, score""".formatted(String.join("\n  AND ", where)));
		}
		String prelude = (body ? CIRCLE : "WITH [] AS circle") + "\nWITH circle, " + (window ? PAPERS : "[] AS papers");
		// a milestone date is found for its statement; a statement comes with what it is about
		return """
				%s
				CALL (circle, papers) {
				%s
				}
				WITH x, r, score, CASE WHEN x:MilestoneDate THEN COLLECT { MATCH (s:Statement)--(x) RETURN s LIMIT 1 }[0] ELSE x END AS statement
				RETURN x, r, score, startNode(r) AS a, r AS d, endNode(r) AS b, statement,
				  CASE WHEN statement:Statement THEN COLLECT { MATCH (statement)-[:ABOUT]->(t) RETURN t } ELSE [] END AS about"""
			.formatted(prelude, String.join("\nUNION ALL\n", parts));
	}

}
