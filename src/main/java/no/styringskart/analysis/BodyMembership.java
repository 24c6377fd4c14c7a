package no.styringskart.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.analysis.OverlapResults.BridgingPerson;
import no.styringskart.analysis.OverlapResults.Seat;
import no.styringskart.councils.Body;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.Projection;
import no.styringskart.shared.ReadQueries;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Component;

/**
 * Who sits in which body, as the overlap questions count it, read in one query: memberships (any role but
 * the secretariat) and member-like attendance, optionally limited to a time window.
 */
@Component
class BodyMembership {

	/** Attendance roles that mean a seat in the body (not the secretariat, a guest or a presenter). */
	static final List<String> SEAT_ROLES = List.of("medlem", "leder", "nestleder", "observator", "vara", "programeier");

	// A membership counts in a window when its stated period overlaps it; one without a period counts when the
	// paper that lists it is dated in the window. Attendance counts when its meeting is in the window.
	private static final String MEMBERSHIP_IN_WINDOW = """
			($from IS NULL OR CASE WHEN m.to IS NOT NULL THEN m.to WHEN m.from IS NOT NULL THEN date('9999-12-31')
			                       ELSE m.observedOn END >= $from)
			AND ($to IS NULL OR coalesce(m.from, m.observedOn) <= $to)""";

	private static final String MEETING_IN_WINDOW = "($from IS NULL OR mt.date >= $from) AND ($to IS NULL OR mt.date <= $to)";

	// The seat queries start with this match; for every body it becomes a plain label match. One query text for
	// both would read "$bodies IS NULL OR b.id IN $bodies", which the planner can only answer with a label scan.
	private static final String SOME_BODIES = "MATCH (b:Body) WHERE b.id IN $bodies";

	private static final String SEATS = SOME_BODIES + "\n" + """
			OPTIONAL CALL (b) {
			  MATCH (p:Person)-[:HAS_MEMBERSHIP]->(m:Membership)-[:IN_BODY]->(b)
			  WHERE m.role <> 'sekretariat'
			    AND %1$s
			  OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(o:Organisation)
			  RETURN p, o, m.role AS role
			  UNION
			  MATCH (p:Person)-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->(mt:Meeting)-[:OF_BODY]->(b)
			  WHERE a.role IN $seatRoles AND %2$s
			  OPTIONAL MATCH (a)-[:ON_BEHALF_OF]->(o:Organisation)
			  RETURN p, o, a.role AS role
			}
			WITH b, p, collect(DISTINCT role) AS roles, collect(DISTINCT o) AS organisations
			RETURN b, collect(CASE WHEN p IS NOT NULL THEN {person: p, roles: roles, organisations: organisations} END) AS seats
			ORDER BY b.name""".formatted(MEMBERSHIP_IN_WINDOW, MEETING_IN_WINDOW);

	// The same seats seen from a person: every body p sits in within the window.
	private static final String SEATS_OF_PERSON = """
			CALL (p) {
			  MATCH (p)-[:HAS_MEMBERSHIP]->(m:Membership)-[:IN_BODY]->(b:Body)
			  WHERE m.role <> 'sekretariat'
			    AND %1$s
			  OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(o:Organisation)
			  RETURN b, o, m.role AS role
			  UNION
			  MATCH (p)-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->(mt:Meeting)-[:OF_BODY]->(b:Body)
			  WHERE a.role IN $seatRoles AND %2$s
			  OPTIONAL MATCH (a)-[:ON_BEHALF_OF]->(o:Organisation)
			  RETURN b, o, a.role AS role
			}""".formatted(MEMBERSHIP_IN_WINDOW, MEETING_IN_WINDOW);

	// Counted on ids across everyone first; only the top people's seats are then read, each person (%1$s), body
	// (%2$s) and organisation (%3$s) projected to what the request selects.
	private static final String BRIDGING = "MATCH (p:Person)\n" + SEATS_OF_PERSON + """

			WITH p, count(DISTINCT b) AS bodyCount WHERE bodyCount >= $minimum
			ORDER BY bodyCount DESC, p.name LIMIT $first
			""" + SEATS_OF_PERSON + """

			WITH p, bodyCount, b, collect(DISTINCT role) AS roles, collect(DISTINCT %3$s) AS organisations
			ORDER BY b.name
			RETURN %1$s AS p, bodyCount, collect({body: %2$s, roles: roles, organisations: organisations}) AS seats
			ORDER BY bodyCount DESC, p.name""";

	// Without a window the seats are those of the SeatSummary, written with the graph.
	private static final String SUMMARY_SEATS = SOME_BODIES + "\n" + """
			OPTIONAL CALL (b) {
			  MATCH (p:Person)-[s:SITS_IN]->(b)
			  RETURN p, s.roles AS roles,
			    COLLECT { MATCH (o:Organisation) WHERE o.id IN s.organisations RETURN o } AS organisations
			}
			RETURN b, collect(CASE WHEN p IS NOT NULL THEN {person: p, roles: roles, organisations: organisations} END) AS seats
			ORDER BY b.name""";

	// Ids only, for the overlap counts: people in name order, each seat's organisations after them.
	private static final String SUMMARY_MEMBER_IDS = SOME_BODIES + "\n" + """
			CALL (b) {
			  OPTIONAL MATCH (p:Person)-[s:SITS_IN]->(b)
			  WITH p, s ORDER BY p.name
			  RETURN collect(p.id) AS people, collect(s.organisations) AS organisations
			}
			RETURN b, people, organisations
			ORDER BY b.name""";

	// People walked from the most bodies down through the seatCount index; only the top ones' seats are read,
	// projected as in BRIDGING.
	private static final String SUMMARY_BRIDGING = """
			MATCH (p:Person) WHERE p.seatCount >= $minimum AND p.seatCount > 0
			WITH p ORDER BY p.seatCount DESC, p.name LIMIT $first
			CALL (p) {
			  MATCH (p)-[s:SITS_IN]->(b:Body)
			  WITH b, s ORDER BY b.name
			  RETURN collect({body: %2$s, roles: s.roles,
			    organisations: COLLECT { MATCH (o:Organisation) WHERE o.id IN s.organisations RETURN %3$s }}) AS seats
			}
			RETURN %1$s AS p, p.seatCount AS bodyCount, seats
			ORDER BY bodyCount DESC, p.name""";

	private static final Projection PERSON = Projection.of(Person.class);

	private static final Projection BODY = Projection.of(Body.class);

	private static final Projection ORGANISATION = Projection.of(Organisation.class);

	private final ReadQueries neo4j;

	BodyMembership(ReadQueries neo4j) {
		this.neo4j = neo4j;
	}

	/** One person's seat in one body. */
	record PersonSeat(Person person, List<String> roles, List<Organisation> organisations) {
	}

	/** A body and its seats, people in name order. */
	record Seats(Body body, List<PersonSeat> seats) {

		Map<String, Person> people() {
			Map<String, Person> people = new LinkedHashMap<>();
			this.seats.forEach(s -> people.put(s.person().id(), s.person()));
			return people;
		}

		Map<String, Organisation> organisations() {
			Map<String, Organisation> organisations = new LinkedHashMap<>();
			this.seats.forEach(s -> s.organisations().forEach(o -> organisations.put(o.id(), o)));
			return organisations;
		}

	}

	/** A body with the ids of who sits in it (people in name order) and of the organisations they represent. */
	record MemberIds(Body body, List<String> people, List<String> organisations) {

		static MemberIds of(Seats seats) {
			return new MemberIds(seats.body(), List.copyOf(seats.people().keySet()),
					List.copyOf(seats.organisations().keySet()));
		}

	}

	/**
	 * The ids of who sits in the given bodies (every body when null): enough to count overlap without reading a
	 * person or organisation node, which only the lists of shared people and organisations need.
	 */
	List<MemberIds> memberIds(List<String> bodies, LocalDate from, LocalDate to) {
		if (!windowless(from, to)) {
			return of(bodies, from, to).stream().map(MemberIds::of).toList();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("bodies", bodies);
		return this.neo4j.list(forBodies(SUMMARY_MEMBER_IDS, bodies), parameters,
				r -> new MemberIds(Body.of(r.get("b").asNode()), r.get("people").asList(Value::asString),
						r.get("organisations").asList(ids -> ids.asList(Value::asString))
							.stream()
							.flatMap(List::stream)
							.distinct()
							.toList()));
	}

	/** Nodes of one label (a constant of the caller, never input) by id, mapped; ids not found are left out. */
	<T> Map<String, T> byIds(String label, List<String> ids, Function<Node, T> mapper) {
		Map<String, T> byId = new HashMap<>();
		this.neo4j.list("UNWIND $ids AS id MATCH (n:" + label + " {id: id}) RETURN n", Map.of("ids", ids), r -> r.get("n").asNode())
			.forEach(node -> byId.put(node.get("id").asString(), mapper.apply(node)));
		return byId;
	}

	/** Seats of the given bodies, or of every body when {@code bodies} is null; a body may have none. */
	List<Seats> of(List<String> bodies, LocalDate from, LocalDate to) {
		Map<String, Object> parameters = window(from, to);
		parameters.put("bodies", bodies);
		return this.neo4j.list(forBodies(windowless(from, to) ? SUMMARY_SEATS : SEATS, bodies), parameters,
				r -> new Seats(Body.of(r.get("b").asNode()), r.get("seats").asList(BodyMembership::seat)
					.stream()
					.sorted(java.util.Comparator.comparing(s -> s.person().name()))
					.toList()));
	}

	/**
	 * The bridging query for the window, each person, body and organisation projected to what {@code selection}
	 * (the bridging answer's) asks of it.
	 */
	String bridgingQuery(LocalDate from, LocalDate to, DataFetchingFieldSelectionSet selection) {
		return (windowless(from, to) ? SUMMARY_BRIDGING : BRIDGING).formatted(PERSON.cypher("p", selection, "person"),
				BODY.cypher("b", selection, "seats/body"), ORGANISATION.cypher("o", selection, "seats/organisations"));
	}

	/** People with seats in at least {@code minimum} bodies, most bodies first, with those seats. */
	List<BridgingPerson> bridging(String bridgingQuery, int minimum, int first, LocalDate from, LocalDate to) {
		Map<String, Object> parameters = window(from, to);
		parameters.put("minimum", minimum);
		parameters.put("first", first);
		return this.neo4j.list(bridgingQuery, parameters,
				r -> new BridgingPerson(Person.of(r.get("p")), r.get("bodyCount").asInt(),
						r.get("seats").asList(v -> new Seat(Body.of(v.get("body")), v.get("roles").asList(Value::asString),
								v.get("organisations").asList(Organisation::of)))));
	}

	/** The query for the given bodies, or for every body when {@code bodies} is null. */
	private static String forBodies(String query, List<String> bodies) {
		return (bodies != null) ? query : query.replace(SOME_BODIES, "MATCH (b:Body)");
	}

	private static boolean windowless(LocalDate from, LocalDate to) {
		return from == null && to == null;
	}

	/** The parameters every seat query takes: the window and the attendance roles that mean a seat. */
	private static Map<String, Object> window(LocalDate from, LocalDate to) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("seatRoles", SEAT_ROLES);
		return parameters;
	}

	private static PersonSeat seat(Value value) {
		return new PersonSeat(Person.of(value.get("person").asNode()), value.get("roles").asList(Value::asString),
				value.get("organisations").asList(o -> Organisation.of(o.asNode())));
	}

}
