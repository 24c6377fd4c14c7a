package no.styringskart.councils;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import no.styringskart.changes.ChangeEvent;
import no.styringskart.meetings.Meeting;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Filter;
import no.styringskart.shared.ListOrder;
import no.styringskart.shared.Listing;
import no.styringskart.shared.Lookup;
import no.styringskart.shared.Neighbours;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.Related;
import no.styringskart.shared.Values;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class BodyController {

	private static final Listing<Body> LIST = Listing
		.sortedBy("Body", "NAME", "n.sortName", Body::of, Body::id)
		.orSortedBy("KIND", "n.kind + ' ' + toLower(n.name)")
		.orSortedBy("MEETING_COUNT", Listing.count("(n)<-[:OF_BODY]-(:Meeting)"))
		.orSortedBy("MEMBER_COUNT", Listing.count("(n)<-[:IN_BODY]-(:Membership)"));

	private final Neo4jClient neo4j;

	private final Related related;

	BodyController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Body body(@Argument String id) {
		return Lookup.byId(this.neo4j, "Body", "body", id, Body::of);
	}

	@QueryMapping
	Connection<Body> bodies(@Argument Integer first, @Argument String after, @Argument BodyFilter filter,
			@Argument ListOrder orderBy) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains()).equal("kind", filter.kind()).equal("model", filter.model());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<Body, Organisation> runBy(List<Body> bodies) {
		return this.related.one(bodies, Body::id, "UNWIND $ids AS id MATCH (:Body {id: id})-[:RUN_BY]->(o) RETURN id, o",
				r -> Organisation.of(r.get("o").asNode()));
	}

	@BatchMapping
	Map<Body, List<Membership>> memberships(List<Body> bodies, GraphQLContext context) {
		return this.related.many(bodies, Body::id, """
				UNWIND $ids AS id MATCH (b:Body {id: id})<-[:IN_BODY]-(m:Membership)<-[:HAS_MEMBERSHIP]-(p)
				RETURN id, m, p, b, COLLECT { MATCH (m)-[:ON_BEHALF_OF]->(o) RETURN o }[0] AS o
				ORDER BY m.role, p.name""", r -> {
			Membership membership = Membership.of(r.get("m").asNode());
			Neighbours.put(context, "Membership.person", membership, Person.of(r.get("p").asNode()));
			Neighbours.put(context, "Membership.body", membership, Body.of(r.get("b").asNode()));
			Neighbours.put(context, "Membership.onBehalfOf", membership, Values.node(r, "o", Organisation::of));
			return membership;
		});
	}

	@BatchMapping
	Map<Body, List<Meeting>> meetings(List<Body> bodies) {
		return this.related.many(bodies, Body::id, """
				UNWIND $ids AS id MATCH (:Body {id: id})<-[:OF_BODY]-(m:Meeting) RETURN id, m ORDER BY m.date""",
				r -> Meeting.of(r.get("m").asNode()));
	}

	@BatchMapping
	Map<Body, List<BodyRelation>> relations(List<Body> bodies) {
		return this.related.many(bodies, Body::id, """
				UNWIND $ids AS id MATCH (a:Body {id: id})-[r:%s]->(b)
				RETURN id, a, r, b ORDER BY type(r), b.name""".formatted(BodyRelation.TYPES), BodyRelation::of);
	}

	@BatchMapping
	Map<Body, List<BodyRelation>> incomingRelations(List<Body> bodies) {
		return this.related.many(bodies, Body::id, """
				UNWIND $ids AS id MATCH (a:Body)-[r:%s]->(b:Body {id: id})
				RETURN id, a, r, b ORDER BY type(r), a.name""".formatted(BodyRelation.TYPES), BodyRelation::of);
	}

	@BatchMapping
	Map<Body, List<ChangeEvent>> changeEvents(List<Body> bodies) {
		return this.related.many(bodies, Body::id, """
				UNWIND $ids AS id MATCH (:Body {id: id})<-[:ORIGINAL|RESULTING]-(e:ChangeEvent) RETURN id, e ORDER BY e.date""",
				r -> ChangeEvent.of(r.get("e").asNode()));
	}

}
