package no.styringskart.councils;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;

import org.springframework.graphql.data.method.annotation.BatchMapping;

@QueryController
class MembershipController {

	private final Related related;

	MembershipController(ReadQueries neo4j) {
		this.related = new Related(neo4j);
	}

	@BatchMapping
	Map<Membership, Person> person(List<Membership> memberships, GraphQLContext context) {
		return this.related.one(context, "Membership.person", memberships, Membership::id,
				"UNWIND $ids AS id MATCH (:Membership {id: id})<-[:HAS_MEMBERSHIP]-(p) RETURN id, p",
				r -> Person.of(r.get("p").asNode()));
	}

	@BatchMapping
	Map<Membership, Body> body(List<Membership> memberships, GraphQLContext context) {
		return this.related.one(context, "Membership.body", memberships, Membership::id,
				"UNWIND $ids AS id MATCH (:Membership {id: id})-[:IN_BODY]->(b) RETURN id, b",
				r -> Body.of(r.get("b").asNode()));
	}

	@BatchMapping
	Map<Membership, Organisation> onBehalfOf(List<Membership> memberships, GraphQLContext context) {
		return this.related.one(context, "Membership.onBehalfOf", memberships, Membership::id,
				"UNWIND $ids AS id MATCH (:Membership {id: id})-[:ON_BEHALF_OF]->(o) RETURN id, o",
				r -> Organisation.of(r.get("o").asNode()));
	}

	@BatchMapping
	Map<Membership, Person> replaces(List<Membership> memberships) {
		return this.related.one(memberships, Membership::id,
				"UNWIND $ids AS id MATCH (:Membership {id: id})-[:REPLACES]->(p) RETURN id, p",
				r -> Person.of(r.get("p").asNode()));
	}

}
