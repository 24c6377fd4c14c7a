package no.styringskart.analysis;

import java.util.List;
import java.util.Map;

import no.styringskart.analysis.StructureResults.AdvisoryModel;
import no.styringskart.analysis.StructureResults.BodyProfile;
import no.styringskart.analysis.StructureResults.NamedCount;
import no.styringskart.analysis.StructureResults.OrganisationAttendance;
import no.styringskart.analysis.StructureResults.OrganisationCount;
import no.styringskart.analysis.StructureResults.PersonAttendance;
import no.styringskart.changes.ChangeEvent;
import no.styringskart.councils.Body;
import no.styringskart.councils.BodyRelation;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.Related;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class StructureController {

	private static final String MODEL = """
			RETURN COLLECT { MATCH (b:Body) RETURN b ORDER BY b.name } AS bodies,
			       COLLECT { MATCH (a:Body)-[r:%s]->(b) RETURN {a: a, r: r, b: b} ORDER BY a.name, type(r), b.name } AS relations,
			       COLLECT { MATCH (e:ChangeEvent) RETURN e ORDER BY e.date, e.id } AS events"""
		.formatted(BodyRelation.TYPES);

	// Per body, in one query for all bodies asked for: seats by organisation and sector, meetings, attendance
	// (over meetings whose papers record presence or absence) per person and organisation, saker by type, vedtak.
	private static final String PROFILE = """
			UNWIND $ids AS id MATCH (b:Body {id: id})
			CALL (b) {
			  MATCH (b)<-[:IN_BODY]-(m:Membership)<-[:HAS_MEMBERSHIP]-(p:Person), (m)-[:ON_BEHALF_OF]->(o:Organisation)
			  WHERE m.role <> 'sekretariat'
			  WITH o, count(DISTINCT p) AS people ORDER BY people DESC, o.name
			  RETURN collect({organisation: o, count: people}) AS byOrganisation
			}
			CALL (b) {
			  MATCH (b)<-[:IN_BODY]-(m:Membership)<-[:HAS_MEMBERSHIP]-(p:Person) WHERE m.role <> 'sekretariat'
			  OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(o:Organisation)
			  WITH coalesce(o.sector, 'ukjent') AS sector, count(DISTINCT p) AS people ORDER BY people DESC, sector
			  RETURN collect({name: sector, count: people}) AS bySector
			}
			CALL (b) {
			  MATCH (b)<-[:OF_BODY]-(mt:Meeting) WITH mt ORDER BY mt.date RETURN collect(mt.date) AS meetingDates
			}
			CALL (b) {
			  MATCH (b)<-[:OF_BODY]-(:Meeting)<-[:AT_MEETING]-(a:Attendance)<-[:HAS_ATTENDANCE]-(p:Person)
			  WHERE a.status IN ['present', 'partial', 'absent'] AND a.role IN $seatRoles
			  WITH p, sum(CASE a.status WHEN 'present' THEN 1 ELSE 0 END) AS present,
			       sum(CASE a.status WHEN 'partial' THEN 1 ELSE 0 END) AS partial,
			       sum(CASE a.status WHEN 'absent' THEN 1 ELSE 0 END) AS absent
			  ORDER BY p.name
			  RETURN collect({who: p, present: present, partial: partial, absent: absent}) AS byPerson
			}
			CALL (b) {
			  MATCH (b)<-[:OF_BODY]-(:Meeting)<-[:AT_MEETING]-(a:Attendance)-[:ON_BEHALF_OF]->(o:Organisation)
			  WHERE a.status IN ['present', 'partial', 'absent'] AND a.role IN $seatRoles
			  WITH o, sum(CASE a.status WHEN 'present' THEN 1 ELSE 0 END) AS present,
			       sum(CASE a.status WHEN 'partial' THEN 1 ELSE 0 END) AS partial,
			       sum(CASE a.status WHEN 'absent' THEN 1 ELSE 0 END) AS absent
			  ORDER BY o.name
			  RETURN collect({who: o, present: present, partial: partial, absent: absent}) AS byOrganisationAttendance
			}
			CALL (b) {
			  MATCH (b)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(i:AgendaItem)
			  WITH coalesce(i.type, '(uten sakstype)') AS type, count(*) AS c ORDER BY c DESC, type
			  RETURN collect({name: type, count: c}) AS byType
			}
			CALL (b) {
			  MATCH (b)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(i:AgendaItem) WHERE i.decision IS NOT NULL
			  WITH i ORDER BY i.sortKey DESC RETURN collect(i) AS decisions
			}
			RETURN id, byOrganisation, bySector, meetingDates, byPerson, byOrganisationAttendance, byType, decisions"""
		.replace("$seatRoles", BodyMembership.SEAT_ROLES.stream().map(r -> "'" + r + "'").toList().toString());

	private final Neo4jClient neo4j;

	private final Related related;

	StructureController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	AdvisoryModel advisoryModel() {
		return this.neo4j.query(MODEL)
			.fetchAs(AdvisoryModel.class)
			.mappedBy((t, r) -> new AdvisoryModel(r.get("bodies").asList(v -> Body.of(v.asNode())),
					r.get("relations").asList(BodyRelation::of),
					r.get("events").asList(v -> ChangeEvent.of(v.asNode()))))
			.one()
			.orElseThrow();
	}

	@BatchMapping
	Map<Body, BodyProfile> profile(List<Body> bodies) {
		return this.related.one(bodies, Body::id, PROFILE, StructureController::profile);
	}

	private static BodyProfile profile(Record row) {
		List<PersonAttendance> byPerson = row.get("byPerson").asList(v -> {
			int[] counts = counts(v);
			return new PersonAttendance(Person.of(v.get("who").asNode()), counts[0], counts[1], counts[2],
					StructureResults.rate(counts[0], counts[1], counts[2]));
		});
		List<OrganisationAttendance> byOrganisation = row.get("byOrganisationAttendance").asList(v -> {
			int[] counts = counts(v);
			return new OrganisationAttendance(Organisation.of(v.get("who").asNode()), counts[0], counts[1], counts[2],
					StructureResults.rate(counts[0], counts[1], counts[2]));
		});
		int present = byPerson.stream().mapToInt(PersonAttendance::present).sum();
		int partial = byPerson.stream().mapToInt(PersonAttendance::partial).sum();
		int absent = byPerson.stream().mapToInt(PersonAttendance::absent).sum();
		var dates = row.get("meetingDates").asList(Value::asLocalDate);
		return new BodyProfile(
				row.get("byOrganisation")
					.asList(v -> new OrganisationCount(Organisation.of(v.get("organisation").asNode()),
							v.get("count").asInt())),
				row.get("bySector").asList(v -> new NamedCount(v.get("name").asString(), v.get("count").asInt())),
				dates.size(), dates,
				(present + partial + absent == 0) ? null : StructureResults.rate(present, partial, absent), byPerson,
				byOrganisation,
				row.get("byType").asList(v -> new NamedCount(v.get("name").asString(), v.get("count").asInt())),
				row.get("decisions").asList(v -> AgendaItem.of(v.asNode())));
	}

	private static int[] counts(Value v) {
		return new int[] { v.get("present").asInt(), v.get("partial").asInt(), v.get("absent").asInt() };
	}

}
