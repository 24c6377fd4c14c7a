package no.styringskart.councils;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.changes.ChangeEvent;
import no.styringskart.meetings.Meeting;
import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Filter;
import no.styringskart.shared.ListField;
import no.styringskart.shared.ListOrder;
import no.styringskart.shared.Listing;
import no.styringskart.shared.Lookup;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadAhead;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class BodyController {

	private static final Listing<Body> LIST = Listing
		.sortedBy("Body", Body.class, "NAME", "n.sortName", Body::of, Body::id)
		.orSortedBy("KIND", "n.kind + ' ' + toLower(n.name)")
		.orSortedBy("MEETING_COUNT", Listing.count("(n)<-[:OF_BODY]-(:Meeting)"))
		.orSortedBy("MEMBER_COUNT", Listing.count("(n)<-[:IN_BODY]-(:Membership)"));

	private static final ListField<Membership> MEMBERSHIPS = new ListField<>("Body", "memberships",
			"(n)<-[:IN_BODY]-(m:Membership)<-[:HAS_MEMBERSHIP]-(p)",
			"{m: m, p: p, b: n, o: COLLECT { MATCH (m)-[:ON_BEHALF_OF]->(o) RETURN o }[0]}", "m.role, p.name, m.id",
			Membership::withNeighbours);

	private static final ListField<Membership> LEADERS = new ListField<>("Body", "leaders",
			"(n)<-[:IN_BODY]-(m:Membership {role: 'leder'})<-[:HAS_MEMBERSHIP]-(p)",
			"{m: m, p: p, b: n, o: COLLECT { MATCH (m)-[:ON_BEHALF_OF]->(o) RETURN o }[0]}",
			"coalesce(m.to, m.observedOn, m.from) DESC, p.name, m.id", Membership::withNeighbours);

	private static final ListField<Meeting> MEETINGS = ListField.ofNodes("Body", "meetings",
			"(n)<-[:OF_BODY]-(m:Meeting)", "m", "m.date, m.id", Meeting::of);

	private static final ListField<BodyRelation> RELATIONS = new ListField<>("Body", "relations",
			"(n)-[r:%s]->(b)".formatted(BodyRelation.TYPES), "{a: n, r: r, b: b}", "type(r), b.name, b.id",
			(row, context) -> BodyRelation.of(row));

	private static final ListField<BodyRelation> INCOMING_RELATIONS = new ListField<>("Body", "incomingRelations",
			"(a:Body)-[r:%s]->(n)".formatted(BodyRelation.TYPES), "{a: a, r: r, b: n}", "type(r), a.name, a.id",
			(row, context) -> BodyRelation.of(row));

	private static final ListField<ChangeEvent> CHANGE_EVENTS = ListField.ofNodes("Body", "changeEvents",
			"(n)<-[:ORIGINAL|RESULTING]-(e:ChangeEvent)", "e", "e.date, e.id", ChangeEvent::of);

	private static final List<ListField<?>> LISTS = List.of(MEMBERSHIPS, LEADERS, MEETINGS, RELATIONS, INCOMING_RELATIONS,
			CHANGE_EVENTS);

	private final ReadQueries neo4j;

	private final Related related;

	/** Read with the body when a request for one body selects them: its lists, and what other features compute. */
	private final List<ReadAhead> readAhead;

	BodyController(ReadQueries neo4j, List<ReadAhead> computedElsewhere) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
		this.readAhead = Stream.concat(LISTS.stream(), computedElsewhere.stream().filter(r -> r.type().equals("Body")))
			.toList();
	}

	@QueryMapping
	Body body(@Argument String id, DataFetchingEnvironment environment) {
		return Lookup.byId(this.neo4j, "Body", "body", id, Body::of, environment, this.readAhead);
	}

	@QueryMapping
	Connection<Body> bodies(@Argument Integer first, @Argument String after, @Argument BodyFilter filter,
			@Argument ListOrder orderBy, DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains()).equal("kind", filter.kind()).equal("model", filter.model());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after), selection);
	}

	@BatchMapping
	Map<Body, Organisation> runBy(List<Body> bodies) {
		return this.related.one(bodies, Body::id, "UNWIND $ids AS id MATCH (:Body {id: id})-[:RUN_BY]->(o) RETURN id, o",
				r -> Organisation.of(r.get("o").asNode()));
	}

	@BatchMapping
	Map<Body, List<Membership>> memberships(List<Body> bodies, GraphQLContext context) {
		return this.related.many(context, bodies, Body::id, MEMBERSHIPS);
	}

	@BatchMapping
	Map<Body, List<Membership>> leaders(List<Body> bodies, GraphQLContext context) {
		return this.related.many(context, bodies, Body::id, LEADERS);
	}

	@BatchMapping
	Map<Body, List<Meeting>> meetings(List<Body> bodies, GraphQLContext context) {
		return this.related.many(context, bodies, Body::id, MEETINGS);
	}

	@BatchMapping
	Map<Body, List<BodyRelation>> relations(List<Body> bodies, GraphQLContext context) {
		return this.related.many(context, bodies, Body::id, RELATIONS);
	}

	@BatchMapping
	Map<Body, List<BodyRelation>> incomingRelations(List<Body> bodies, GraphQLContext context) {
		return this.related.many(context, bodies, Body::id, INCOMING_RELATIONS);
	}

	@BatchMapping
	Map<Body, List<ChangeEvent>> changeEvents(List<Body> bodies, GraphQLContext context) {
		return this.related.many(context, bodies, Body::id, CHANGE_EVENTS);
	}

}
