package no.styringskart.analysis;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import no.styringskart.analysis.StructureResults.BodyProfile;
import no.styringskart.analysis.StructureResults.NamedCount;
import no.styringskart.analysis.StructureResults.OrganisationAttendance;
import no.styringskart.analysis.StructureResults.OrganisationCount;
import no.styringskart.analysis.StructureResults.PersonAttendance;
import no.styringskart.councils.Body;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.Neighbours;
import no.styringskart.shared.ReadAhead;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.stereotype.Component;

/**
 * Bodies' profiles, computing only the parts the request selects: batch-loaded for the bodies of a request level,
 * or read ahead with a body looked up by id.
 */
@Component
class BodyProfiles implements ReadAhead {

	private static final String FIELD = "profile";

	/**
	 * The parts of a body's profile: each computes the named fields in a subquery of its own, and only the parts
	 * a request asks for are computed (seats by organisation and sector, meetings, attendance over meetings whose
	 * papers record presence or absence, per person and per organisation, saker by type, vedtak).
	 */
	private enum Part {

		BY_ORGANISATION("byOrganisation", List.of("membersByOrganisation"), """
				  MATCH (b)<-[:IN_BODY]-(m:Membership)<-[:HAS_MEMBERSHIP]-(p:Person), (m)-[:ON_BEHALF_OF]->(o:Organisation)
				  WHERE m.role <> 'sekretariat'
				  WITH o, count(DISTINCT p) AS people ORDER BY people DESC, o.name
				  RETURN collect({organisation: o, count: people}) AS byOrganisation"""),
		BY_SECTOR("bySector", List.of("membersBySector"), """
				  MATCH (b)<-[:IN_BODY]-(m:Membership)<-[:HAS_MEMBERSHIP]-(p:Person) WHERE m.role <> 'sekretariat'
				  OPTIONAL MATCH (m)-[:ON_BEHALF_OF]->(o:Organisation)
				  WITH coalesce(o.sector, 'ukjent') AS sector, count(DISTINCT p) AS people ORDER BY people DESC, sector
				  RETURN collect({name: sector, count: people}) AS bySector"""),
		MEETING_DATES("meetingDates", List.of("meetingCount", "meetingDates"), """
				  MATCH (b)<-[:OF_BODY]-(mt:Meeting) WITH mt ORDER BY mt.date RETURN collect(mt.date) AS meetingDates"""),
		BY_PERSON("byPerson", List.of("attendanceRate", "attendanceByPerson"), attendanceBy("p", "byPerson",
				"(b)<-[:OF_BODY]-(:Meeting)<-[:AT_MEETING]-(a:Attendance)<-[:HAS_ATTENDANCE]-(p:Person)")),
		BY_ORGANISATION_ATTENDANCE("byOrganisationAttendance", List.of("attendanceByOrganisation"),
				attendanceBy("o", "byOrganisationAttendance",
						"(b)<-[:OF_BODY]-(:Meeting)<-[:AT_MEETING]-(a:Attendance)-[:ON_BEHALF_OF]->(o:Organisation)")),
		BY_TYPE("byType", List.of("agendaItemsByType"), """
				  MATCH (b)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(i:AgendaItem)
				  WITH coalesce(i.type, '(uten sakstype)') AS type, count(*) AS c ORDER BY c DESC, type
				  RETURN collect({name: type, count: c}) AS byType"""),
		DECISIONS("decisions", List.of("decisions"), """
				  MATCH (b)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(i:AgendaItem) WHERE i.decision IS NOT NULL
				  WITH i ORDER BY i.sortKey DESC RETURN collect(i) AS decisions""");

		final String column;

		final List<String> fields;

		final String subquery;

		Part(String column, List<String> fields, String subquery) {
			this.column = column;
			this.fields = fields;
			this.subquery = subquery;
		}

		/** A subquery per part asked for, each computing its column from the body {@code b}. */
		static String computing(Set<Part> asked) {
			StringBuilder cypher = new StringBuilder();
			asked.forEach(part -> cypher.append("CALL (b) {\n").append(part.subquery).append("\n}\n"));
			return cypher.toString();
		}

		/** A map of every part's column; a part not asked for is an empty list. */
		static String row(Set<Part> asked) {
			return Stream.of(values())
				.map(p -> p.column + ": " + (asked.contains(p) ? p.column : "[]"))
				.collect(Collectors.joining(", ", "{", "}"));
		}

		/** The parts that compute the fields the requests for these profiles select. */
		static Set<Part> askedBy(Stream<DataFetchingFieldSelectionSet> selections) {
			Set<String> fields = selections
				.flatMap(selection -> selection.getImmediateFields().stream())
				.map(SelectedField::getName)
				.collect(Collectors.toSet());
			Set<Part> parts = EnumSet.noneOf(Part.class);
			Stream.of(values()).filter(p -> p.fields.stream().anyMatch(fields::contains)).forEach(parts::add);
			return parts;
		}

	}

	/**
	 * Present, partial and absent counted per person or organisation {@code who} on the attendance {@code a} a
	 * pattern reaches, over meetings whose papers record presence or absence, for seat roles only, into
	 * {@code column}.
	 */
	private static String attendanceBy(String who, String column, String pattern) {
		return """
				  MATCH %1$s
				  WHERE a.status IN ['present', 'partial', 'absent'] AND a.role IN %2$s
				  WITH %3$s, sum(CASE a.status WHEN 'present' THEN 1 ELSE 0 END) AS present,
				       sum(CASE a.status WHEN 'partial' THEN 1 ELSE 0 END) AS partial,
				       sum(CASE a.status WHEN 'absent' THEN 1 ELSE 0 END) AS absent
				  ORDER BY %3$s.name
				  RETURN collect({who: %3$s, present: present, partial: partial, absent: absent}) AS %4$s"""
			.formatted(pattern, BodyMembership.SEAT_ROLES.stream().map(r -> "'" + r + "'").toList(), who, column);
	}

	/** A profile read ahead with its body, and the parts it was computed with. */
	private record ReadWithBody(Set<Part> parts, BodyProfile profile) {
	}

	private final Related related;

	BodyProfiles(ReadQueries neo4j) {
		this.related = new Related(neo4j);
	}

	/** The profiles of {@code bodies}, computing the parts that any of the {@code selections} asks for. */
	Map<Body, BodyProfile> of(Collection<Body> bodies, Stream<DataFetchingFieldSelectionSet> selections) {
		Set<Part> asked = Part.askedBy(selections);
		return this.related.one(bodies, Body::id, "UNWIND $ids AS id MATCH (b:Body {id: id})\n" + Part.computing(asked)
				+ "RETURN id, " + Part.row(asked) + " AS profile", row -> profile(row.get("profile")));
	}

	/**
	 * The profile read ahead with {@code body}, if it holds every part {@code selection} asks for (the same body
	 * may be asked for again elsewhere in the request, with other parts).
	 */
	Optional<BodyProfile> readAhead(GraphQLContext context, Body body, DataFetchingFieldSelectionSet selection) {
		Set<Part> asked = Part.askedBy(Stream.of(selection));
		return Neighbours.<ReadWithBody>get(context, key(), body)
			.filter(read -> read.parts().containsAll(asked))
			.map(ReadWithBody::profile);
	}

	@Override
	public String type() {
		return "Body";
	}

	@Override
	public boolean selectedIn(DataFetchingFieldSelectionSet selection) {
		return selection.contains(FIELD);
	}

	@Override
	public String column(DataFetchingFieldSelectionSet selection) {
		Set<Part> asked = askedUnder(selection);
		return "COLLECT { WITH n AS b\n" + Part.computing(asked) + "RETURN " + Part.row(asked) + " }[0] AS " + FIELD;
	}

	@Override
	public void keep(GraphQLContext context, Object node, Value value, DataFetchingFieldSelectionSet selection) {
		Neighbours.put(context, key(), node, new ReadWithBody(askedUnder(selection), profile(value)));
	}

	private String key() {
		return type() + "." + FIELD;
	}

	/** The parts that the profile fields of a lookup's selection (under any alias) ask for. */
	private static Set<Part> askedUnder(DataFetchingFieldSelectionSet selection) {
		return Part.askedBy(selection.getFields(FIELD).stream().map(SelectedField::getSelectionSet));
	}

	private static BodyProfile profile(MapAccessor row) {
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
