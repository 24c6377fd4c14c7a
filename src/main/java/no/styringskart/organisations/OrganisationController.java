package no.styringskart.organisations;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.changes.ChangeEvent;
import no.styringskart.councils.Body;
import no.styringskart.councils.Membership;
import no.styringskart.initiatives.Initiative;
import no.styringskart.people.Person;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Filter;
import no.styringskart.shared.ListField;
import no.styringskart.shared.ListOrder;
import no.styringskart.shared.Listing;
import no.styringskart.shared.Lookup;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;
import no.styringskart.standards.Standard;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class OrganisationController {

	private static final Listing<Organisation> LIST = Listing
		.sortedBy("Organisation", Organisation.class, "NAME", "n.sortName", Organisation::of, Organisation::id)
		.orSortedBy("KIND", "n.kind + ' ' + toLower(n.name)")
		.orSortedBy("SECTOR", "n.sector + ' ' + toLower(n.name)")
		.orSortedBy("SEAT_COUNT", Listing.count("(n)<-[:ON_BEHALF_OF]-(:Membership)"));

	private static final ListField<Organisation> SUB_ORGANISATIONS = ListField.ofNodes("Organisation", "subOrganisations",
			"(n)<-[:SUB_ORGANISATION_OF]-(c)", "c", "c.name, c.id", Organisation::of);

	private static final ListField<Membership> SEATS = new ListField<>("Organisation", "seats",
			"(n)<-[:ON_BEHALF_OF]-(m:Membership)-[:IN_BODY]->(b)",
			"{m: m, b: b, p: COLLECT { MATCH (m)<-[:HAS_MEMBERSHIP]-(p) RETURN p }[0]}", "b.name, m.id",
			Membership::withNeighbours);

	private static final ListField<Body> BODIES_RUN = ListField.ofNodes("Organisation", "bodiesRun",
			"(n)<-[:RUN_BY]-(b:Body)", "b", "b.name, b.id", Body::of);

	private static final ListField<Initiative> INITIATIVES_OWNED = ListField.ofNodes("Organisation", "initiativesOwned",
			"(n)<-[:OWNED_BY]-(i:Initiative)", "i", "i.name, i.id", Initiative::of);

	private static final ListField<Standard> STANDARDS_MAINTAINED = ListField.ofNodes("Organisation", "standardsMaintained",
			"(n)<-[:MAINTAINED_BY]-(s:Standard)", "s", "s.name, s.id", Standard::of);

	private static final ListField<ChangeEvent> CHANGE_EVENTS = ListField.ofNodes("Organisation", "changeEvents",
			"(n)<-[:ORIGINAL|RESULTING]-(e:ChangeEvent)", "e", "e.date, e.id", ChangeEvent::of);

	/** Read with the organisation when a request for one organisation selects them. */
	private static final List<ListField<?>> READ_AHEAD = List.of(SUB_ORGANISATIONS, SEATS, BODIES_RUN,
			INITIATIVES_OWNED, STANDARDS_MAINTAINED, CHANGE_EVENTS);

	private final ReadQueries neo4j;

	private final Related related;

	OrganisationController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Organisation organisation(@Argument String id, DataFetchingEnvironment environment) {
		return Lookup.byId(this.neo4j, "Organisation", "organisation", id, Organisation::of, environment, READ_AHEAD);
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument Integer first, @Argument String after,
			@Argument OrganisationFilter filter, @Argument ListOrder orderBy, DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains()).equal("kind", filter.kind()).equal("sector", filter.sector());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after), selection);
	}

	@BatchMapping
	Map<Organisation, Organisation> parent(List<Organisation> organisations) {
		return this.related.one(organisations, Organisation::id, """
				UNWIND $ids AS id MATCH (:Organisation {id: id})-[:SUB_ORGANISATION_OF]->(p) RETURN id, p""",
				r -> Organisation.of(r.get("p").asNode()));
	}

	@BatchMapping
	Map<Organisation, List<Organisation>> subOrganisations(List<Organisation> organisations, GraphQLContext context) {
		return this.related.many(context, organisations, Organisation::id, SUB_ORGANISATIONS);
	}

	@BatchMapping
	Map<Organisation, List<Membership>> seats(List<Organisation> organisations, GraphQLContext context) {
		return this.related.many(context, organisations, Organisation::id, SEATS);
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
	Map<Organisation, List<Body>> bodiesRun(List<Organisation> organisations, GraphQLContext context) {
		return this.related.many(context, organisations, Organisation::id, BODIES_RUN);
	}

	@BatchMapping
	Map<Organisation, List<Initiative>> initiativesOwned(List<Organisation> organisations, GraphQLContext context) {
		return this.related.many(context, organisations, Organisation::id, INITIATIVES_OWNED);
	}

	@BatchMapping
	Map<Organisation, List<Standard>> standardsMaintained(List<Organisation> organisations, GraphQLContext context) {
		return this.related.many(context, organisations, Organisation::id, STANDARDS_MAINTAINED);
	}

	@BatchMapping
	Map<Organisation, List<ChangeEvent>> changeEvents(List<Organisation> organisations, GraphQLContext context) {
		return this.related.many(context, organisations, Organisation::id, CHANGE_EVENTS);
	}

}
