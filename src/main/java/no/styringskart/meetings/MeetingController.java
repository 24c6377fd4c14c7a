package no.styringskart.meetings;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.councils.Body;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.Connection;
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
import no.styringskart.sources.Document;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class MeetingController {

	private static final Listing<Meeting> LIST = Listing
		.sortedBy("Meeting", Meeting.class, "DATE", "toString(n.date)", Meeting::of, Meeting::id)
		.orSortedBy("BODY", "head(COLLECT { MATCH (n)-[:OF_BODY]->(b) RETURN toLower(b.name) }) + ' ' + toString(n.date)")
		.orSortedBy("AGENDA_ITEM_COUNT", Listing.count("(n)-[:HAS_AGENDA_ITEM]->()", "toString(n.date)"));

	private static final ListField<Attendance> ATTENDANCE = new ListField<>("Meeting", "attendance",
			"(n)<-[:AT_MEETING]-(a:Attendance)<-[:HAS_ATTENDANCE]-(p)",
			"{a: a, p: p, m: n, o: COLLECT { MATCH (a)-[:ON_BEHALF_OF]->(o) RETURN o }[0]}",
			"a.status DESC, a.role, p.name, a.id", (row, context) -> {
				Attendance attendance = Attendance.of(row.get("a").asNode());
				Neighbours.put(context, "Attendance.person", attendance, Person.of(row.get("p").asNode()));
				Neighbours.put(context, "Attendance.meeting", attendance, Meeting.of(row.get("m").asNode()));
				Neighbours.put(context, "Attendance.onBehalfOf", attendance, Values.node(row, "o", Organisation::of));
				return attendance;
			});

	private static final ListField<AgendaItem> AGENDA_ITEMS = new ListField<>("Meeting", "agendaItems",
			"(n)-[:HAS_AGENDA_ITEM]->(i)", "{i: i, m: n}", "i.order, i.id", AgendaItem::withMeeting);

	/** Read with the meeting when a request for one meeting selects them. */
	private static final List<ListField<?>> READ_AHEAD = List.of(ATTENDANCE, AGENDA_ITEMS);

	private final ReadQueries neo4j;

	private final Related related;

	MeetingController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Meeting meeting(@Argument String id, DataFetchingEnvironment environment) {
		return Lookup.byId(this.neo4j, "Meeting", "meeting", id, Meeting::of, environment, READ_AHEAD);
	}

	@QueryMapping
	Connection<Meeting> meetings(@Argument Integer first, @Argument String after, @Argument MeetingFilter filter,
			@Argument ListOrder orderBy, DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter();
		if (filter != null) {
			where.from("(:Body {id: $body})<-[:OF_BODY]-(n:Meeting)", "body", filter.body())
				.when("n.date >= $from", "from", filter.from())
				.when("n.date <= $to", "to", filter.to())
				.equal("status", filter.status());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after), selection);
	}

	@BatchMapping
	Map<Meeting, Body> body(List<Meeting> meetings, GraphQLContext context) {
		return this.related.one(context, "Meeting.body", meetings, Meeting::id,
				"UNWIND $ids AS id MATCH (:Meeting {id: id})-[:OF_BODY]->(b) RETURN id, b", r -> Body.of(r.get("b").asNode()));
	}

	@BatchMapping
	Map<Meeting, List<Attendance>> attendance(List<Meeting> meetings, GraphQLContext context) {
		return this.related.many(context, meetings, Meeting::id, ATTENDANCE);
	}

	@BatchMapping
	Map<Meeting, List<AgendaItem>> agendaItems(List<Meeting> meetings, GraphQLContext context) {
		return this.related.many(context, meetings, Meeting::id, AGENDA_ITEMS);
	}

	@BatchMapping
	Map<Meeting, Document> document(List<Meeting> meetings) {
		return this.related.one(meetings, Meeting::id,
				"UNWIND $ids AS id MATCH (:Meeting {id: id})-[:DESCRIBED_IN]->(d) RETURN id, d",
				r -> Document.of(r.get("d").asNode()));
	}

	@BatchMapping
	Map<Attendance, Person> person(List<Attendance> attendance, GraphQLContext context) {
		return this.related.one(context, "Attendance.person", attendance, Attendance::id,
				"UNWIND $ids AS id MATCH (:Attendance {id: id})<-[:HAS_ATTENDANCE]-(p) RETURN id, p",
				r -> Person.of(r.get("p").asNode()));
	}

	@BatchMapping
	Map<Attendance, Meeting> meeting(List<Attendance> attendance, GraphQLContext context) {
		return this.related.one(context, "Attendance.meeting", attendance, Attendance::id,
				"UNWIND $ids AS id MATCH (:Attendance {id: id})-[:AT_MEETING]->(m) RETURN id, m",
				r -> Meeting.of(r.get("m").asNode()));
	}

	@BatchMapping
	Map<Attendance, Organisation> onBehalfOf(List<Attendance> attendance, GraphQLContext context) {
		return this.related.one(context, "Attendance.onBehalfOf", attendance, Attendance::id,
				"UNWIND $ids AS id MATCH (:Attendance {id: id})-[:ON_BEHALF_OF]->(o) RETURN id, o",
				r -> Organisation.of(r.get("o").asNode()));
	}

}
