package no.styringskart.people;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import no.styringskart.councils.Body;
import no.styringskart.councils.Membership;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.meetings.Attendance;
import no.styringskart.meetings.Meeting;
import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Evidence;
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
class PersonController {

	private static final Listing<Person> LIST = Listing
		.sortedBy("Person", "NAME", "n.sortName", Person::of, Person::id)
		.orSortedBy("FAMILY_NAME", "toLower(last(split(n.name, ' '))) + ' ' + toLower(n.name)")
		.orSortedBy("MEMBERSHIP_COUNT", Listing.count("(n)-[:HAS_MEMBERSHIP]->()"))
		.orSortedBy("ATTENDANCE_COUNT", Listing.count("(n)-[:HAS_ATTENDANCE]->()"));

	private final Neo4jClient neo4j;

	private final Related related;

	PersonController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Person person(@Argument String id) {
		return Lookup.byId(this.neo4j, "Person", "person", id, Person::of);
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument PersonFilter filter,
			@Argument ListOrder orderBy) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains())
				.from("(:Body {id: $body})<-[:IN_BODY]-(:Membership)<-[:HAS_MEMBERSHIP]-(n:Person)", "body", filter.body())
				.when("EXISTS { (n)-[:HAS_MEMBERSHIP|HAS_ATTENDANCE]->()-[:ON_BEHALF_OF]->(:Organisation {id: $organisation}) }",
						"organisation", filter.organisation());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<Person, List<Position>> positions(List<Person> people) {
		return this.related.many(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})-[h:HAS_POSITION]->(o:Organisation)
				RETURN id, h, o ORDER BY o.name""", r -> new Position(r.get("h").get("title").asString(),
				Organisation.of(r.get("o").asNode()), Evidence.of(r.get("h").asRelationship())));
	}

	@BatchMapping
	Map<Person, List<Membership>> memberships(List<Person> people, GraphQLContext context) {
		return this.related.many(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})-[:HAS_MEMBERSHIP]->(m:Membership)-[:IN_BODY]->(b)
				RETURN id, m, b, COLLECT { MATCH (m)-[:ON_BEHALF_OF]->(o) RETURN o }[0] AS o
				ORDER BY b.name, m.observedOn""", r -> {
			Membership membership = Membership.of(r.get("m").asNode());
			Neighbours.put(context, "Membership.body", membership, Body.of(r.get("b").asNode()));
			Neighbours.put(context, "Membership.onBehalfOf", membership, Values.node(r, "o", Organisation::of));
			return membership;
		});
	}

	@BatchMapping
	Map<Person, List<Attendance>> attendance(List<Person> people, GraphQLContext context) {
		return this.related.many(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->(m)
				RETURN id, a, m, COLLECT { MATCH (m)-[:OF_BODY]->(b) RETURN b }[0] AS b ORDER BY m.date DESC""", r -> {
			Attendance attendance = Attendance.of(r.get("a").asNode());
			Meeting meeting = Meeting.of(r.get("m").asNode());
			Neighbours.put(context, "Attendance.meeting", attendance, meeting);
			Neighbours.put(context, "Meeting.body", meeting, Values.node(r, "b", Body::of));
			return attendance;
		});
	}

	@BatchMapping
	Map<Person, List<AgendaItem>> presented(List<Person> people, GraphQLContext context) {
		return this.related.many(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})<-[:PRESENTED_BY]-(i:AgendaItem)<-[:HAS_AGENDA_ITEM]-(m)
				RETURN id, i, m ORDER BY m.date, i.order""", r -> {
			AgendaItem item = AgendaItem.of(r.get("i").asNode());
			Neighbours.put(context, "AgendaItem.meeting", item, Meeting.of(r.get("m").asNode()));
			return item;
		});
	}

	@BatchMapping
	Map<Person, List<AgendaItem>> caseOfficerFor(List<Person> people) {
		return this.related.many(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})<-[:CASE_OFFICER]-(i:AgendaItem)<-[:HAS_AGENDA_ITEM]-(m)
				RETURN id, i ORDER BY m.date, i.order""", r -> AgendaItem.of(r.get("i").asNode()));
	}

	@BatchMapping
	Map<Person, List<Organisation>> organisations(List<Person> people) {
		return this.related.many(people, Person::id, """
				UNWIND $ids AS id MATCH (:Person {id: id})-[:HAS_MEMBERSHIP|HAS_ATTENDANCE]->()-[:ON_BEHALF_OF]->(o)
				WITH DISTINCT id, o RETURN id, o ORDER BY o.name""", r -> Organisation.of(r.get("o").asNode()));
	}

}
