package no.styringskart.organisations;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import no.styringskart.changes.ChangeEvent;
import no.styringskart.councils.Body;
import no.styringskart.councils.Membership;
import no.styringskart.initiatives.Initiative;
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
import no.styringskart.standards.Standard;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class OrganisationController {

	private static final Listing<Organisation> LIST = Listing
		.sortedBy("Organisation", "NAME", "n.sortName", Organisation::of, Organisation::id)
		.orSortedBy("KIND", "n.kind + ' ' + toLower(n.name)")
		.orSortedBy("SECTOR", "n.sector + ' ' + toLower(n.name)")
		.orSortedBy("SEAT_COUNT", Listing.count("(n)<-[:ON_BEHALF_OF]-(:Membership)"));

	private final Neo4jClient neo4j;

	private final Related related;

	OrganisationController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Organisation organisation(@Argument String id) {
		return Lookup.byId(this.neo4j, "Organisation", "organisation", id, Organisation::of);
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument Integer first, @Argument String after,
			@Argument OrganisationFilter filter, @Argument ListOrder orderBy) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains()).equal("kind", filter.kind()).equal("sector", filter.sector());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<Organisation, Organisation> parent(List<Organisation> organisations) {
		return this.related.one(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (:Organisation {id: id})-[:SUB_ORGANISATION_OF]->(p) RETURN id, p""",
				r -> Organisation.of(r.get("p").asNode()));
	}

	@BatchMapping
	Map<Organisation, List<Organisation>> subOrganisations(List<Organisation> organisations) {
		return this.related.many(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (:Organisation {id: id})<-[:SUB_ORGANISATION_OF]-(c)
				RETURN id, c ORDER BY c.name""", r -> Organisation.of(r.get("c").asNode()));
	}

	@BatchMapping
	Map<Organisation, List<Membership>> seats(List<Organisation> organisations, GraphQLContext context) {
		return this.related.many(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (:Organisation {id: id})<-[:ON_BEHALF_OF]-(m:Membership)-[:IN_BODY]->(b)
				RETURN id, m, b, COLLECT { MATCH (m)<-[:HAS_MEMBERSHIP]-(p) RETURN p }[0] AS p
				ORDER BY b.name, m.id""", r -> {
			Membership membership = Membership.of(r.get("m").asNode());
			Neighbours.put(context, "Membership.body", membership, Body.of(r.get("b").asNode()));
			Neighbours.put(context, "Membership.person", membership, Values.node(r, "p", Person::of));
			return membership;
		});
	}

	@BatchMapping
	Map<Organisation, List<Person>> people(List<Organisation> organisations) {
		return this.related.many(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (o:Organisation {id: id})
				CALL (o) {
				  MATCH (o)<-[:ON_BEHALF_OF]-(:Membership|Attendance)<-[:HAS_MEMBERSHIP|HAS_ATTENDANCE]-(p:Person) RETURN p
				  UNION
				  MATCH (o)<-[:HAS_POSITION]-(p:Person) RETURN p
				}
				RETURN id, p ORDER BY p.name""", r -> Person.of(r.get("p").asNode()));
	}

	@BatchMapping
	Map<Organisation, List<Body>> bodiesRun(List<Organisation> organisations) {
		return this.related.many(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (:Organisation {id: id})<-[:RUN_BY]-(b:Body) RETURN id, b ORDER BY b.name""",
				r -> Body.of(r.get("b").asNode()));
	}

	@BatchMapping
	Map<Organisation, List<Initiative>> initiativesOwned(List<Organisation> organisations) {
		return this.related.many(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (:Organisation {id: id})<-[:OWNED_BY]-(i:Initiative) RETURN id, i ORDER BY i.name""",
				r -> Initiative.of(r.get("i").asNode()));
	}

	@BatchMapping
	Map<Organisation, List<Standard>> standardsMaintained(List<Organisation> organisations) {
		return this.related.many(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (:Organisation {id: id})<-[:MAINTAINED_BY]-(s:Standard) RETURN id, s ORDER BY s.name""",
				r -> Standard.of(r.get("s").asNode()));
	}

	@BatchMapping
	Map<Organisation, List<ChangeEvent>> changeEvents(List<Organisation> organisations) {
		return this.related.many(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (:Organisation {id: id})<-[:ORIGINAL|RESULTING]-(e:ChangeEvent)
				RETURN id, e ORDER BY e.date""", r -> ChangeEvent.of(r.get("e").asNode()));
	}

}
