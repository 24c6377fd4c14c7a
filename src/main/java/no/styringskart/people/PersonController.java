package no.styringskart.people;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.councils.Body;
import no.styringskart.councils.Membership;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.meetings.Attendance;
import no.styringskart.meetings.Meeting;
import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Evidence;
import no.styringskart.shared.Filter;
import no.styringskart.shared.ListField;
import no.styringskart.shared.ListOrder;
import no.styringskart.shared.Listing;
import no.styringskart.shared.Lookup;
import no.styringskart.shared.Neighbours;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;
import no.styringskart.shared.Values;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class PersonController {

	private static final Listing<Person> LIST = Listing
		.sortedBy("Person", Person.class, "NAME", "n.sortName", Person::of, Person::id)
		.orSortedBy("FAMILY_NAME", "toLower(last(split(n.name, ' '))) + ' ' + toLower(n.name)")
		.orSortedBy("MEMBERSHIP_COUNT", Listing.count("(n)-[:HAS_MEMBERSHIP]->()"))
		.orSortedBy("ATTENDANCE_COUNT", Listing.count("(n)-[:HAS_ATTENDANCE]->()"));

	private static final ListField<Position> POSITIONS = new ListField<>("Person", "positions",
			"(n)-[h:HAS_POSITION]->(o:Organisation)", "{h: h, o: o}", "o.name, h.title",
			(row, context) -> new Position(row.get("h").get("title").asString(), Organisation.of(row.get("o").asNode()),
					Evidence.of(row.get("h").asRelationship())));

	private static final ListField<Membership> MEMBERSHIPS = new ListField<>("Person", "memberships",
			"(n)-[:HAS_MEMBERSHIP]->(m:Membership)-[:IN_BODY]->(b)",
			"{m: m, b: b, o: COLLECT { MATCH (m)-[:ON_BEHALF_OF]->(o) RETURN o }[0]}", "b.name, m.observedOn, m.id",
			Membership::withNeighbours);

	private static final ListField<Attendance> ATTENDANCE = new ListField<>("Person", "attendance",
			"(n)-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->(m)",
			"{a: a, m: m, b: COLLECT { MATCH (m)-[:OF_BODY]->(b) RETURN b }[0]}", "m.date DESC, a.id", (row, context) -> {
				Attendance attendance = Attendance.of(row.get("a").asNode());
				Meeting meeting = Meeting.of(row.get("m").asNode());
				Neighbours.put(context, "Attendance.meeting", attendance, meeting);
				Neighbours.put(context, "Meeting.body", meeting, Values.node(row, "b", Body::of));
				return attendance;
			});

	// a person replaced in two seats is listed once: from the membership with the lowest id
	private static final ListField<Person> REPLACES = ListField.ofNodes("Person", "replaces", """
			(n)-[:HAS_MEMBERSHIP]->(m:Membership)-[:REPLACES]->(r:Person)
			WHERE NOT EXISTS { (n)-[:HAS_MEMBERSHIP]->(e:Membership)-[:REPLACES]->(r) WHERE e.id < m.id }""", "r",
			"r.name, r.id", Person::of);

	private static final ListField<Person> REPLACED_BY = ListField.ofNodes("Person", "replacedBy", """
			(r:Person)-[:HAS_MEMBERSHIP]->(m:Membership)-[:REPLACES]->(n)
			WHERE NOT EXISTS { (r)-[:HAS_MEMBERSHIP]->(e:Membership)-[:REPLACES]->(n) WHERE e.id < m.id }""", "r",
			"r.name, r.id", Person::of);

	private static final ListField<AgendaItem> PRESENTED = agendaItems("presented", "PRESENTED_BY");

	private static final ListField<AgendaItem> CASE_OFFICER_FOR = agendaItems("caseOfficerFor", "CASE_OFFICER");

	/** Read with the person when a request for one person selects them. */
	private static final List<ListField<?>> READ_AHEAD = List.of(POSITIONS, MEMBERSHIPS, ATTENDANCE, PRESENTED,
			CASE_OFFICER_FOR, REPLACES, REPLACED_BY);

	private final ReadQueries neo4j;

	private final Related related;

	PersonController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	/** Saker linked to the person by {@code type}, in meeting order, each handing on its meeting. */
	private static ListField<AgendaItem> agendaItems(String field, String type) {
		return new ListField<>("Person", field, "(n)<-[:%s]-(i:AgendaItem)<-[:HAS_AGENDA_ITEM]-(m)".formatted(type),
				"{i: i, m: m}", "m.date, i.order, i.id", AgendaItem::withMeeting);
	}

	@QueryMapping
	Person person(@Argument String id, DataFetchingEnvironment environment) {
		return Lookup.byId(this.neo4j, "Person", "person", id, Person::of, environment, READ_AHEAD);
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument PersonFilter filter,
			@Argument ListOrder orderBy, DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains())
				.from("(:Body {id: $body})<-[:IN_BODY]-(:Membership)<-[:HAS_MEMBERSHIP]-(n:Person)", "body", filter.body())
				.when("EXISTS { (n)-[:HAS_MEMBERSHIP|HAS_ATTENDANCE]->()-[:ON_BEHALF_OF]->(:Organisation {id: $organisation}) }",
						"organisation", filter.organisation());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after), selection);
	}

	@BatchMapping
	Map<Person, List<Position>> positions(List<Person> people, GraphQLContext context) {
		return this.related.many(context, people, Person::id, POSITIONS);
	}

	@BatchMapping
	Map<Person, List<Membership>> memberships(List<Person> people, GraphQLContext context) {
		return this.related.many(context, people, Person::id, MEMBERSHIPS);
	}

	@BatchMapping
	Map<Person, List<Attendance>> attendance(List<Person> people, GraphQLContext context) {
		return this.related.many(context, people, Person::id, ATTENDANCE);
	}

	@BatchMapping
	Map<Person, List<Person>> replaces(List<Person> people, GraphQLContext context) {
		return this.related.many(context, people, Person::id, REPLACES);
	}

	@BatchMapping
	Map<Person, List<Person>> replacedBy(List<Person> people, GraphQLContext context) {
		return this.related.many(context, people, Person::id, REPLACED_BY);
	}

	@BatchMapping
	Map<Person, List<AgendaItem>> presented(List<Person> people, GraphQLContext context) {
		return this.related.many(context, people, Person::id, PRESENTED);
	}

	@BatchMapping
	Map<Person, List<AgendaItem>> caseOfficerFor(List<Person> people, GraphQLContext context) {
		return this.related.many(context, people, Person::id, CASE_OFFICER_FOR);
	}

	@BatchMapping
	Map<Person, List<Organisation>> organisations(List<Person> people) {
		return this.related.many(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})-[:HAS_MEMBERSHIP|HAS_ATTENDANCE]->()-[:ON_BEHALF_OF]->(o)
				WITH DISTINCT id, o RETURN id, o ORDER BY o.name""", r -> Organisation.of(r.get("o").asNode()));
	}

}
