package no.styringskart.bench;

import java.util.List;
import java.util.Map;

/**
 * One benchmark question, asked three ways: the GraphQL request to Styringskart, the same answer computed by
 * hand-written Cypher through the driver (the floor), and, when it can be expressed, a request to the Neo4j
 * GraphQL Library peer.
 *
 * @param name short name used in reports
 * @param graphQl the Styringskart request (pages of a walk are chained through {@code $after})
 * @param floor the hand-written Cypher; for a walk, one page, with {@code %s} for the index-friendly condition
 * that starts the walk or continues it after {@code $afterKey}, {@code $afterId}
 * @param pages how many requests make one answer (10 for the list walk, else 1)
 */
record Workload(String name, String graphQl, String floor, int pages) {

	/**
	 * The seats of body {@code b} (people, and the ids of the organisations they represent there) from the seat
	 * summary the graph is written with; the overlap and bridging questions have no window, so every contender
	 * reads the same summary.
	 */
	private static final String SEATS = """
			OPTIONAL MATCH (p:Person)-[s:SITS_IN]->(b)
			WITH b, collect(p) AS people, reduce(all = [], ids IN collect(s.organisations) | all + [id IN ids WHERE NOT id IN all]) AS organisations""";

	static List<Workload> all(Parameters p) {
		return List.of(
				new Workload("dependents depth 5", """
						query($id: ID!) { dependents(of: $id, depth: 5) { reached { distance
						  node { ... on Initiative { id name } ... on Standard { id name } }
						  chains { steps { dependent { ... on Initiative { name } ... on Standard { name } } kind
						    dependency { ... on Initiative { name } ... on Standard { name } }
						    evidence { quote lines document { id } } } } } } }""", """
						MATCH (root:Initiative {id: $id})
						MATCH path = (x)-[:DEPENDS_ON*1..5]->(root) WHERE x <> root
						WITH x, path ORDER BY length(path)
						WITH x, collect(path)[0..3] AS paths, min(length(path)) AS distance
						RETURN x.id AS id, x.name AS name, distance,
						  [path IN paths | [r IN relationships(path) | {dependent: startNode(r).name, kind: r.kind,
						    dependency: endNode(r).name, quotes: r.evidenceQuotes, lines: r.evidenceLines,
						    documents: r.evidenceDocuments}]] AS chains
						ORDER BY distance, name""", 1),
				new Workload("overlap matrix 10 bodies", """
						query($ids: [ID!]) { overlapMatrix(bodies: $ids) { sizes cells { a { id } b { id }
						  sharedPeopleCount peopleJaccard peopleOverlapCoefficient
						  sharedOrganisationCount organisationJaccard organisationOverlapCoefficient } } }""", """
						UNWIND $ids AS id MATCH (b:Body {id: id})
						%s
						WITH collect({id: b.id, people: people, organisations: organisations}) AS sets
						UNWIND range(0, size(sets) - 2) AS i UNWIND range(i + 1, size(sets) - 1) AS j
						WITH sets[i] AS a, sets[j] AS c
						WITH a, c, size([x IN a.people WHERE x IN c.people]) AS sp,
						     size([x IN a.organisations WHERE x IN c.organisations]) AS so
						RETURN a.id AS a, c.id AS b, size(a.people) AS sizeA, size(c.people) AS sizeB, sp,
						  CASE WHEN size(a.people) + size(c.people) - sp = 0 THEN 0.0
						       ELSE toFloat(sp) / (size(a.people) + size(c.people) - sp) END AS peopleJaccard,
						  so, CASE WHEN size(a.organisations) + size(c.organisations) - so = 0 THEN 0.0
						       ELSE toFloat(so) / (size(a.organisations) + size(c.organisations) - so) END AS orgJaccard
						""".formatted(SEATS), 1),
				new Workload("bridging people top 50", """
						{ bridgingPeople(first: 50) { person { id name } bodyCount
						  seats { body { name } roles organisations { name } } } }""", """
						MATCH (p:Person) WHERE p.seatCount >= 2
						WITH p ORDER BY p.seatCount DESC, p.name LIMIT 50
						MATCH (p)-[s:SITS_IN]->(b:Body)
						WITH p, b, s ORDER BY b.name
						RETURN p.id AS id, p.name AS name, p.seatCount AS bodyCount,
						  collect({body: b.name, roles: s.roles,
						    organisations: COLLECT { MATCH (o:Organisation) WHERE o.id IN s.organisations RETURN o.name }}) AS seats
						ORDER BY bodyCount DESC, name""", 1),
				new Workload("person profile", """
						query($id: ID!) { person(id: $id) { name
						  memberships { role body { name } onBehalfOf { name } }
						  attendance { status role meeting { date body { name } } }
						  presented { number title } } }""", """
						MATCH (p:Person {id: $id})
						RETURN p.name AS name,
						  COLLECT { MATCH (p)-[:HAS_MEMBERSHIP]->(m)-[:IN_BODY]->(b)
						            OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(o)
						            RETURN {role: m.role, body: b.name, onBehalfOf: o.name} } AS memberships,
						  COLLECT { MATCH (p)-[:HAS_ATTENDANCE]->(a)-[:AT_MEETING]->(mt)-[:OF_BODY]->(b)
						            RETURN {status: a.status, role: a.role, date: mt.date, body: b.name} } AS attendance,
						  COLLECT { MATCH (i:AgendaItem)-[:PRESENTED_BY]->(p) RETURN {number: i.number, title: i.title} } AS presented""", 1),
				new Workload("body page", """
						query($id: ID!) { body(id: $id) { name
						  profile { meetingCount membersByOrganisation { organisation { name } count }
						    agendaItemsByType { name count } }
						  meetings { date } }
						  agendaItems(filter: {body: $id}, first: 50) { totalCount edges { node { number title type } } } }""", """
						MATCH (b:Body {id: $id})
						RETURN b.name AS name,
						  COUNT { (b)<-[:OF_BODY]-(:Meeting) } AS meetingCount,
						  COLLECT { MATCH (b)<-[:IN_BODY]-(m:Membership)-[:ON_BEHALF_OF]->(o)
						            WITH o, count(*) AS c RETURN {organisation: o.name, count: c} } AS byOrganisation,
						  COLLECT { MATCH (b)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(i)
						            WITH i.type AS type, count(*) AS c RETURN {type: type, count: c} } AS byType,
						  COLLECT { MATCH (b)<-[:OF_BODY]-(mt:Meeting) RETURN mt.date ORDER BY mt.date } AS meetings,
						  COUNT { (b)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->() } AS agendaItemCount,
						  COLLECT { MATCH (b)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(i)
						            RETURN {number: i.number, title: i.title, type: i.type} ORDER BY i.sortKey, i.id LIMIT 50 } AS page""", 1),
				new Workload("search", """
						query($text: String!) { search(text: $text, first: 20) { score matched
						  result { __typename ... on Person { id name } ... on Organisation { id name } ... on Body { id name }
						    ... on Initiative { id name } ... on Standard { id name } ... on AgendaItem { id title } } } }""", """
						CALL db.index.fulltext.queryNodes('search', $lucene, {limit: 20}) YIELD node, score
						RETURN node.id AS id, coalesce(node.name, node.title) AS name, labels(node)[0] AS type, score""", 1),
				new Workload("search quotes", """
						query($text: String!) { search(text: $text, first: 20) { score kind field snippet
						  evidence { quote lines document { id } }
						  result { __typename ... on Person { id } ... on Organisation { id } ... on Body { id }
						    ... on Meeting { id } ... on Initiative { id } ... on Standard { id } ... on AgendaItem { id }
						    ... on Dependency { kind } ... on BodyRelation { kind } } } }""", """
						CALL () {
						  CALL db.index.fulltext.queryNodes('search', $lucene, {limit: 20}) YIELD node, score
						  RETURN node AS x, score
						  UNION ALL
						  CALL db.index.fulltext.queryRelationships('search_relations', $lucene, {limit: 20}) YIELD relationship, score
						  RETURN relationship AS x, score
						}
						WITH x, score ORDER BY score DESC LIMIT 20
						WITH x, score, [i IN range(0, size(coalesce(x.evidenceQuotes, [])) - 1)
						  WHERE toLower(x.evidenceQuotes[i]) CONTAINS $word][0] AS i
						RETURN x.id AS id, score, x.evidenceQuotes[i] AS quote, x.evidenceDocuments[i] AS document,
						  x.evidenceLines[i] AS lines""", 1),
				new Workload("list walk 10 pages", """
						query($after: String) { people(first: 20, after: $after) { totalCount
						  pageInfo { hasNextPage endCursor } edges { node { id name } } } }""", """
						CALL () { MATCH (n:Person) RETURN count(n) AS total }
						RETURN total, COLLECT {
						  MATCH (n:Person) WHERE %s
						  RETURN {id: n.id, name: n.name, key: n.sortName} ORDER BY n.sortName, n.id LIMIT 21 } AS page""", 10));
	}

	/** The ids and texts the workload asks about, chosen by the same rule at every scale. */
	record Parameters(String initiative, List<String> bodies, String person, String body, String searchText,
			String lucene, String quoteWord) {

		Map<String, Object> graphQlVariables(Workload w) {
			return switch (w.name()) {
				case "dependents depth 5" -> Map.of("id", this.initiative);
				case "overlap matrix 10 bodies" -> Map.of("ids", this.bodies);
				case "person profile" -> Map.of("id", this.person);
				case "body page" -> Map.of("id", this.body);
				case "search" -> Map.of("text", this.searchText);
				case "search quotes" -> Map.of("text", this.quoteWord);
				default -> Map.of();
			};
		}

		Map<String, Object> floorParameters(Workload w) {
			return switch (w.name()) {
				case "search" -> Map.of("lucene", this.lucene);
				case "search quotes" -> Map.of("lucene", "(%1$s^3 OR %1$s*^2 OR %1$s~1)".formatted(this.quoteWord),
						"word", this.quoteWord);
				default -> graphQlVariables(w);
			};
		}

	}

}
