package no.styringskart.roles;

import java.util.List;
import java.util.Map;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles by id, listed and searched; who leads a body; who replaced whom. */
@StyringskartTest
class RolesAndLeadersApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver neo4j;

	private List<String> stored(String cypher, Map<String, Object> parameters) {
		return this.neo4j.executableQuery(cypher).withParameters(parameters).execute().records().stream()
			.map(r -> r.get(0).asString())
			.toList();
	}

	@Test
	void aRoleIsFoundByIdWithWhoHoldsIt() {
		this.graphQl.document("{ role(id: \"samarbeidsmodell-rolle-myndighet\") { name kind heldBy { ... on Organisation { id } } } }")
			.execute()
			.path("role.name")
			.entity(String.class)
			.isEqualTo("Myndighet (Direktoratet for e-helse)")
			.path("role.heldBy[*].id")
			.entityList(String.class)
			.containsExactly("direktoratet-for-e-helse");
	}

	@Test
	void rolesPageThroughEveryRoleByName() {
		List<String> all = stored("MATCH (r:Role) RETURN r.id ORDER BY toLower(r.name), r.id", Map.of());
		List<String> first = this.graphQl.document("{ roles(first: 5) { totalCount pageInfo { endCursor } edges { node { id } } } }")
			.execute()
			.path("roles.totalCount")
			.entity(Integer.class)
			.isEqualTo(all.size())
			.path("roles.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(first).isEqualTo(all.subList(0, 5));
	}

	@Test
	void rolesFilterByHolderBodyAndName() {
		List<String> heldByNhn = stored("MATCH (r:Role)-[:HELD_BY]->({id: 'norsk-helsenett-sf'}) RETURN r.id ORDER BY toLower(r.name), r.id", Map.of());
		assertThat(heldByNhn).isNotEmpty();
		this.graphQl.document("{ roles(first: 100, filter: {heldBy: \"norsk-helsenett-sf\"}) { edges { node { id } } } }")
			.execute()
			.path("roles.edges[*].node.id")
			.entityList(String.class)
			.isEqualTo(heldByNhn);
		this.graphQl.document("{ roles(first: 100, filter: {nameContains: \"leverandor\"}) { edges { node { name } } } }")
			.execute()
			.path("roles.edges[*].node.name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n.toLowerCase()).contains("leverandør")));
		List<String> inBody = stored("""
				MATCH (r:Role)-[:HELD_BY]->(h) WHERE (h:Body AND h.id = $body) OR EXISTS { (h)<-[:ON_BEHALF_OF]-(:Membership)-[:IN_BODY]->(:Body {id: $body}) }
				RETURN DISTINCT r.id AS id, toLower(r.name) AS name ORDER BY name, id""", Map.of("body", "nufa"));
		this.graphQl.document("{ roles(first: 100, filter: {body: \"nufa\"}) { edges { node { id } } } }")
			.execute()
			.path("roles.edges[*].node.id")
			.entityList(String.class)
			.isEqualTo(inBody);
	}

	@Test
	void searchFindsRolesByNameAndDescription() {
		this.graphQl.document("{ search(text: \"premissgiver\", types: [ROLE]) { kind field result { ... on Role { id } } } }")
			.execute()
			.path("search[0].result.id")
			.entity(String.class)
			.isEqualTo("samarbeidsmodell-rolle-myndighet")
			.path("search[0].field")
			.entity(String.class)
			.isEqualTo("description");
	}

	@Test
	void anInitiativesRolesAreThoseItsOwnerHolds() {
		var row = this.neo4j.executableQuery("MATCH (i:Initiative)-[:OWNED_BY]->(o)<-[:HELD_BY]-(r:Role) RETURN i.id AS i, collect(r.id) AS roles ORDER BY i LIMIT 1")
			.execute()
			.records()
			.getFirst();
		this.graphQl.document("{ initiative(id: \"%s\") { roles { id } } }".formatted(row.get("i").asString()))
			.execute()
			.path("initiative.roles[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(row.get("roles").asList(v -> v.asString())));
	}

	@Test
	void aBodysLeadersAreItsLederMembershipsAndItsSecretariatIsApart() {
		var body = this.neo4j.executableQuery("""
				MATCH (p:Person)-[:HAS_MEMBERSHIP]->(:Membership {role: 'leder'})-[:IN_BODY]->(b:Body)
				RETURN b.id AS body, collect(p.id) AS leaders ORDER BY body LIMIT 1""")
			.execute()
			.records()
			.getFirst();
		this.graphQl.document("{ body(id: \"%s\") { leaders { role person { id } } runBy { id } } }".formatted(body.get("body").asString()))
			.execute()
			.path("body.leaders[*].role")
			.entityList(String.class)
			.satisfies(roles -> assertThat(roles).isNotEmpty().containsOnly("leder"))
			.path("body.leaders[*].person.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(body.get("leaders").asList(v -> v.asString())));
	}

	@Test
	void whoReplacedWhomReadsBothWays() {
		var pair = this.neo4j.executableQuery("MATCH (x:Person)-[:HAS_MEMBERSHIP]->(:Membership)-[:REPLACES]->(y:Person) RETURN x.id AS x, y.id AS y ORDER BY x, y LIMIT 1")
			.execute()
			.records()
			.getFirst();
		String x = pair.get("x").asString();
		String y = pair.get("y").asString();
		this.graphQl.document("{ x: person(id: \"%s\") { replaces { id } replacedBy { id } } y: person(id: \"%s\") { replacedBy { id } } }".formatted(x, y))
			.execute()
			.path("x.replaces[*].id")
			.entityList(String.class)
			.contains(y)
			.path("y.replacedBy[*].id")
			.entityList(String.class)
			.contains(x);
	}

}
