package no.styringskart.bench;

import java.util.Map;

/**
 * The workload questions in the schema the Neo4j GraphQL Library generates from {@code bench/peer/server.mjs}:
 * its own filters and connections, and the {@code @cypher} fields defined there where it has no native
 * equivalent.
 */
final class PeerDialect implements Contender.Dialect {

	private static final Map<String, String> DOCUMENTS = Map.of(
			"dependents depth 5", """
					query($id: ID!) { dependents(id: $id) { id name distance
					  chains { dependent kind dependency quotes lines documents } } }""",
			"overlap matrix 10 bodies", """
					query($ids: [ID!]!) { overlapMatrix(ids: $ids) { a b sharedPeopleCount peopleJaccard
					  sharedOrganisationCount organisationJaccard } }""",
			"bridging people top 50", """
					{ bridgingPeople(first: 50) { id name bodyCount seats { body roles organisations } } }""",
			"person profile", """
					query($id: ID!) { people(where: {id: {eq: $id}}) { name
					  memberships { role body { name } onBehalfOf { name } }
					  attendance { status role meeting { date body { name } } }
					  presented { number title } } }""",
			"body page", """
					query($id: ID!) { bodies(where: {id: {eq: $id}}) { name meetingCount
					  membersByOrganisation { name count } agendaItemsByType { name count }
					  meetings { date } agendaItemCount agendaPage(first: 50) { number title type } } }""",
			"search", """
					query($lucene: String!) { search(lucene: $lucene) { id name type score } }""",
			"search quotes", """
					query($lucene: String!, $word: String!) { searchQuotes(lucene: $lucene, word: $word) { id score quote document lines } }""",
			"list walk 10 pages", """
					query($after: String) { peopleConnection(first: 20, after: $after, sort: [{name: ASC}]) { totalCount
					  pageInfo { hasNextPage endCursor } edges { node { id name } } } }""");

	@Override
	public String document(Workload workload) {
		return DOCUMENTS.get(workload.name());
	}

	@Override
	public Map<String, Object> variables(Workload workload, Workload.Parameters parameters) {
		return parameters.floorParameters(workload);
	}

	@Override
	public String pageInfo() {
		return "/data/peopleConnection/pageInfo";
	}

}
