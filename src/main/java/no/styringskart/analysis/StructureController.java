package no.styringskart.analysis;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
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
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import reactor.core.publisher.Mono;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;

@QueryController
class StructureController {

	private static final String MODEL = """
			RETURN COLLECT { MATCH (b:Body) RETURN b ORDER BY b.name } AS bodies,
			       COLLECT { MATCH (a:Body)-[r:%s]->(b) RETURN {a: a, r: r, b: b} ORDER BY a.name, type(r), b.name } AS relations,
			       COLLECT { MATCH (e:ChangeEvent) RETURN e ORDER BY e.date, e.id } AS events"""
		.formatted(BodyRelation.TYPES);

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

		/** One query for all bodies asked about; a part not asked for is an empty list. */
		static String query(Set<Part> asked) {
			StringBuilder cypher = new StringBuilder("UNWIND $ids AS id MATCH (b:Body {id: id})\n");
			asked.forEach(part -> cypher.append("CALL (b) {\n").append(part.subquery).append("\n}\n"));
			return cypher.append(Stream.of(values())
				.map(p -> asked.contains(p) ? p.column : "[] AS " + p.column)
				.collect(Collectors.joining(", ", "RETURN id, ", ""))).toString();
		}

		/** The parts that compute the fields the requests for these profiles select. */
		static Set<Part> askedBy(Collection<Object> selections) {
			Set<String> fields = selections.stream()
				.map(DataFetchingFieldSelectionSet.class::cast)
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

	/** The DataLoader of profiles: its keys carry the selection each profile was asked with. */
	private static final String PROFILES = "Body.profile";

	private final Neo4jClient neo4j;

	private final Related related;

	StructureController(Neo4jClient neo4j, BatchLoaderRegistry loaders) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
		// not cached: a profile asked again elsewhere in the request may ask for other parts
		loaders.<Body, BodyProfile>forName(PROFILES)
			.withOptions(options -> options.setCachingEnabled(false))
			.registerMappedBatchLoader((bodies, environment) -> Mono.fromSupplier(() -> this.related.one(bodies,
					Body::id, Part.query(Part.askedBy(environment.getKeyContexts().values())), StructureController::profile)));
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

	/** Batched as a {@code @BatchMapping} would be, with each body's selection passed to the loader. */
	@SchemaMapping(typeName = "Body")
	CompletableFuture<BodyProfile> profile(Body body, DataFetchingEnvironment environment) {
		DataLoader<Body, BodyProfile> profiles = environment.getDataLoader(PROFILES);
		return profiles.load(body, environment.getSelectionSet());
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
