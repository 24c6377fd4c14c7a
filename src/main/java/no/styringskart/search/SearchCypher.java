package no.styringskart.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The Cypher of one search: the node index and the relationship index queried for the kinds asked for, each hit
 * kept when it passes the filters. Every fragment is fixed text; the text, ids and dates travel as parameters.
 */
final class SearchCypher {

	private SearchCypher() {
	}

	/** What concerns body {@code $body}: the body, its meetings, saker, seats, roles, secretariat, and what its saker concern. */
	private static String inBody(String v) {
		return """
				EXISTS { MATCH (body:Body {id: $body}) WHERE %1$s = body
				  OR EXISTS { (%1$s)-[:OF_BODY|IN_BODY|HELD_BY]->(body) }
				  OR EXISTS { (%1$s)<-[:HAS_AGENDA_ITEM]-(:Meeting)-[:OF_BODY]->(body) }
				  OR EXISTS { (%1$s)-[:AT_MEETING]->(:Meeting)-[:OF_BODY]->(body) }
				  OR EXISTS { (%1$s)-[:HAS_MEMBERSHIP]->(:Membership)-[:IN_BODY]->(body) }
				  OR EXISTS { (%1$s)-[:HAS_ATTENDANCE]->(:Attendance)-[:AT_MEETING]->(:Meeting)-[:OF_BODY]->(body) }
				  OR EXISTS { (body)-[:RUN_BY]->(%1$s) }
				  OR EXISTS { (%1$s)<-[:CONCERNS]-(:AgendaItem)<-[:HAS_AGENDA_ITEM]-(:Meeting)-[:OF_BODY]->(body) }
				  OR EXISTS { (%1$s)-[:ABOUT]->(body) } }""".formatted(v);
	}

	/** Whether one of the papers {@code v} cites is dated in {@code $from..$to} (a paper with only a year: its 1 January). */
	private static String citedInWindow(String v) {
		return """
				EXISTS { MATCH (paper:Document) WHERE paper.id IN coalesce(%s.evidenceDocuments, [])
				  AND CASE WHEN paper.date IS NOT NULL THEN paper.date WHEN paper.year IS NOT NULL THEN date({year: paper.year}) END
				      >= $from
				  AND CASE WHEN paper.date IS NOT NULL THEN paper.date WHEN paper.year IS NOT NULL THEN date({year: paper.year}) END
				      <= $to }""".formatted(v);
	}

	/** A node in the window: its meeting's date (meetings, saker, attendance), the paper's date, or a cited paper's. */
	private static String nodeInWindow(String v) {
		return """
				(%1$s OR (%2$s:Meeting AND %2$s.date >= $from AND %2$s.date <= $to)
				  OR (%2$s:Document AND %2$s.date >= $from AND %2$s.date <= $to)
				  OR EXISTS { MATCH (%2$s)<-[:HAS_AGENDA_ITEM]-(m:Meeting) WHERE m.date >= $from AND m.date <= $to }
				  OR EXISTS { MATCH (%2$s)-[:AT_MEETING]->(m:Meeting) WHERE m.date >= $from AND m.date <= $to })"""
			.formatted(citedInWindow(v), v);
	}

	/** A node the document states: cites it, is it, or describes its meeting. */
	private static String nodeInDocument(String v) {
		return """
				($document IN coalesce(%1$s.evidenceDocuments, []) OR (%1$s:Document AND %1$s.id = $document)
				  OR EXISTS { (%1$s)-[:DESCRIBED_IN]->(:Document {id: $document}) }
				  OR EXISTS { (%1$s)<-[:HAS_AGENDA_ITEM]-(:Meeting)-[:DESCRIBED_IN]->(:Document {id: $document}) }
				  OR EXISTS { (%1$s)-[:AT_MEETING]->(:Meeting)-[:DESCRIBED_IN]->(:Document {id: $document}) })"""
			.formatted(v);
	}

	static String of(boolean nodes, boolean relationships, SearchFilter filter) {
		List<String> parts = new ArrayList<>();
		if (nodes) {
			List<String> where = new ArrayList<>(List.of("any(l IN labels(x) WHERE l IN $labels)"));
			if (filter.body() != null) {
				where.add(inBody("x"));
			}
			if (filter.from() != null || filter.to() != null) {
				where.add(nodeInWindow("x"));
			}
			if (filter.document() != null) {
				where.add(nodeInDocument("x"));
			}
			parts.add("""
					CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node, score
					WITH node AS x, score WHERE %s
					RETURN x, null AS r, score""".formatted(String.join("\n  AND ", where)));
		}
		if (relationships) {
			List<String> where = new ArrayList<>(List.of("type(r) IN $types"));
			if (filter.body() != null) {
				where.add("(" + inBody("a") + " OR " + inBody("b") + ")");
			}
			if (filter.from() != null || filter.to() != null) {
				where.add(citedInWindow("r"));
			}
			if (filter.document() != null) {
				where.add("$document IN coalesce(r.evidenceDocuments, [])");
			}
			parts.add("""
					CALL db.index.fulltext.queryRelationships('search_relations', $query, {limit: $limit}) YIELD relationship, score
					WITH relationship AS r, startNode(relationship) AS a, endNode(relationship) AS b, score WHERE %s
					RETURN null AS x, r, score""".formatted(String.join("\n  AND ", where)));
		}
		// a milestone date is found for its statement; a statement comes with what it is about
		return """
				CALL () {
				%s
				}
				WITH x, r, score, CASE WHEN x:MilestoneDate THEN COLLECT { MATCH (s:Statement)--(x) RETURN s LIMIT 1 }[0] ELSE x END AS statement
				RETURN x, r, score, startNode(r) AS a, r AS d, endNode(r) AS b, statement,
				  CASE WHEN statement:Statement THEN COLLECT { MATCH (statement)-[:ABOUT]->(t) RETURN t } ELSE [] END AS about"""
			.formatted(String.join("\nUNION ALL\n", parts));
	}

}
