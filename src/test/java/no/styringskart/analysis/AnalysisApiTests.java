package no.styringskart.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.styringskart.shared.ResultCache;
import no.styringskart.support.ApiTestConfiguration;
import no.styringskart.support.StoredNodes;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The three analysis questions, asked with the example documents GraphiQL offers, against the seeded graph. */
@StyringskartTest
class AnalysisApiTests {

	// Who sits where, computed here from memberships and attendance, as the API documents it (no summary).
	private static final String SEATS_FROM_SCRATCH = """
			MATCH (p:Person)
			CALL (p) {
			  MATCH (p)-[:HAS_MEMBERSHIP]->(m:Membership)-[:IN_BODY]->(b:Body) WHERE m.role <> 'sekretariat' RETURN b
			  UNION
			  MATCH (p)-[:HAS_ATTENDANCE]->(a:Attendance)-[:AT_MEETING]->(:Meeting)-[:OF_BODY]->(b:Body)
			  WHERE a.role IN ['medlem', 'leder', 'nestleder', 'observator', 'vara', 'programeier'] RETURN b
			}
			WITH p, collect(DISTINCT b.id) AS bodies
			RETURN p.id AS person, bodies ORDER BY p.id""";

	@Autowired
	Driver neo4j;

	@Autowired
	SeatSummary seatSummary;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

	@Autowired
	HttpGraphQlTester graphQl;

	private StoredNodes stored() {
		return new StoredNodes(this.neo4j);
	}

	@Test
	void nilarAndTheOtherTiltakThePapersNameDependOnTagWithQuotes() {
		var response = this.graphQl.documentName("dependentsOfTag").execute();
		List<String> direct = response.path("dependents.reached[?(@.distance == 1)].node.id")
			.entityList(String.class)
			.get();
		assertThat(direct).contains("nilar", "helseplattformen", "dokumentdeling-i-kjernejournal", "akson");
		List<String> quotes = response.path("dependents.reached[?(@.node.id == 'nilar')].chains[*].steps[*].evidence[*].quote")
			.entityList(String.class)
			.get();
		assertThat(quotes).anySatisfy(q -> assertThat(q).contains("avhengighet til TAG"));
		List<Integer> distances = response.path("dependents.reached[*].distance").entityList(Integer.class).get();
		assertThat(distances).isSorted().contains(2);
	}

	/**
	 * A dependency answer reads of its initiatives and standards only what is selected anywhere in it; whatever
	 * is selected, at the root, a reached node or either end of a step, is the stored value.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void dependencyAnswersGiveEverySelectedFieldOfTheirNodesAsStored() {
		String evidence = "evidence { quote lines document { id } }";
		String all = "{ __typename ... on Initiative { id name aliases kind period status " + evidence + " }"
				+ " ... on Standard { id name aliases kind " + evidence + " } }";
		String names = "{ ... on Initiative { name } ... on Standard { name } }";
		Map<String, Map<String, Object>> initiatives = stored().of("Initiative", "aliases", "kind", "period", "status");
		Map<String, Map<String, Object>> standards = stored().of("Standard", "aliases", "kind");
		int checked = 0;
		// every field asked for at the root and the steps' ends in one, at the reached nodes in the other
		for (boolean atSteps : List.of(true, false)) {
			String question = atSteps ? "dependents(of: \"tag\", depth: 2)" : "dependencies(of: \"nilar\", depth: 3)";
			String ends = atSteps ? all : names;
			Map<String, Object> answer = this.graphQl
				.document("{ " + question + " { root " + ends + " reached { node " + (atSteps ? names : all)
						+ " chains { steps { dependent " + ends + " dependency " + ends + " } } } } }")
				.execute()
				.path(question.substring(0, question.indexOf('(')))
				.entity(MAP)
				.get();
			List<Map<String, Object>> nodes = new java.util.ArrayList<>();
			if (atSteps) {
				nodes.add((Map<String, Object>) answer.get("root"));
			}
			for (Map<String, Object> reached : (List<Map<String, Object>>) answer.get("reached")) {
				if (!atSteps) {
					nodes.add((Map<String, Object>) reached.get("node"));
				}
				for (Map<String, Object> chain : (List<Map<String, Object>>) reached.get("chains")) {
					for (Map<String, Object> step : (List<Map<String, Object>>) chain.get("steps")) {
						if (atSteps) {
							nodes.add((Map<String, Object>) step.get("dependent"));
							nodes.add((Map<String, Object>) step.get("dependency"));
						}
					}
				}
			}
			for (Map<String, Object> node : nodes) {
				if (node.get("__typename").equals("Standard")) {
					StoredNodes.assertAsStored(node, standards, "aliases", "kind");
				}
				else {
					StoredNodes.assertAsStored(node, initiatives, "aliases", "kind", "period", "status");
				}
			}
			checked += nodes.size();
			assertThat(nodes).anyMatch(node -> !((List<?>) node.get("evidence")).isEmpty())
				.anyMatch(node -> !((List<?>) node.get("aliases")).isEmpty());
		}
		assertThat(checked).isGreaterThan(40);
	}

	@Test
	void everyChainOfADependencyAnswerIsAShortestFirstRunOfStatedStepsEndingAtTheRoot() {
		String commonest = this.neo4j
			.executableQuery("MATCH ()-[d:DEPENDS_ON]->() RETURN d.kind AS kind, count(*) AS n ORDER BY n DESC LIMIT 1")
			.execute()
			.records()
			.getFirst()
			.get("kind")
			.asString();
		for (String direction : List.of("dependents", "dependencies")) {
			for (String root : List.of("tag", "nilar", "program-helhetlig-samhandling")) {
				checkChains(direction, root, null);
				checkChains(direction, root, List.of(commonest));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void checkChains(String direction, String root, List<String> kinds) {
		String node = "{ ... on Initiative { id } ... on Standard { id } }";
		String question = """
				query($kinds: [String!]) { %s(of: "%s", depth: 4, kinds: $kinds) { reached { distance node %s
				  chains { length steps { dependent %s dependency %s kind evidence { quote lines document { id } } } } } } }"""
			.formatted(direction, root, node, node, node);
		List<Map<String, Object>> reached = this.graphQl.document(question)
			.variable("kinds", kinds)
			.execute()
			.path(direction + ".reached")
			.entityList(MAP)
			.get();
		// independently, by enumerating every chain in Cypher: each node within four steps of the asked kinds, and
		// the lengths of all its chains, of which the answer gives the shortest three
		String pattern = direction.equals("dependents") ? "(x)-[:DEPENDS_ON*1..4]->(r)" : "(r)-[:DEPENDS_ON*1..4]->(x)";
		Map<String, List<Integer>> expected = new java.util.HashMap<>();
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("root", root);
		parameters.put("kinds", kinds);
		this.neo4j.executableQuery("MATCH (r {id: $root}) WHERE r:Initiative OR r:Standard MATCH p = " + pattern
				+ " WHERE x <> r AND ($kinds IS NULL OR all(d IN relationships(p) WHERE d.kind IN $kinds))"
				+ " WITH x, length(p) AS length ORDER BY length RETURN x.id AS id, collect(length)[0..3] AS lengths")
			.withParameters(parameters)
			.execute()
			.records()
			.forEach(r -> expected.put(r.get("id").asString(), r.get("lengths").asList(v -> v.asInt())));
		assertThat(reached).as("%s of %s, kinds %s", direction, root, kinds).hasSize(expected.size());
		List<Integer> distances = new ArrayList<>();
		for (Map<String, Object> item : reached) {
			String id = (String) ((Map<?, ?>) item.get("node")).get("id");
			int distance = ((Number) item.get("distance")).intValue();
			distances.add(distance);
			List<Map<String, Object>> chains = (List<Map<String, Object>>) item.get("chains");
			assertThat(chains).extracting(chain -> ((Number) chain.get("length")).intValue())
				.as("lengths of the chains to %s", id)
				.isEqualTo(expected.get(id));
			assertThat(distance).as("distance of %s", id).isEqualTo(expected.get(id).getFirst());
			assertThat(chains).as("chains to %s", id).doesNotHaveDuplicates();
			for (Map<String, Object> chain : chains) {
				checkChain(direction, root, id, chain);
				assertThat((List<Object>) chain.get("steps")).as("a step taken twice").doesNotHaveDuplicates();
				if (kinds != null) {
					assertThat((List<Map<String, Object>>) chain.get("steps"))
						.allSatisfy(step -> assertThat(kinds).contains((String) step.get("kind")));
				}
			}
		}
		assertThat(distances).as("nearest first").isSorted();
		// the same graph gives the same chains in the same order every time (equally short ones included)
		assertThat(this.graphQl.document(question).variable("kinds", kinds).execute().path(direction + ".reached")
			.entityList(MAP)
			.get()).isEqualTo(reached);
	}

	@SuppressWarnings("unchecked")
	private void checkChain(String direction, String root, String reached, Map<String, Object> chain) {
		List<Map<String, Object>> steps = (List<Map<String, Object>>) chain.get("steps");
		assertThat(steps).hasSize(((Number) chain.get("length")).intValue());
		List<String> hops = new java.util.ArrayList<>();
		for (Map<String, Object> step : steps) {
			String from = (String) ((Map<?, ?>) step.get("dependent")).get("id");
			String to = (String) ((Map<?, ?>) step.get("dependency")).get("id");
			hops.add(from);
			hops.add(to);
			var edge = this.neo4j.executableQuery("""
					MATCH (a {id: $from})-[d:DEPENDS_ON]->(b {id: $to})
					RETURN d.kind AS kind, d.evidenceQuotes AS quotes, d.evidenceLines AS lines, d.evidenceDocuments AS documents""")
				.withParameters(Map.of("from", from, "to", to))
				.execute()
				.records();
			assertThat(edge).as("a stated dependency %s -> %s", from, to).isNotEmpty();
			List<Map<String, Object>> evidence = (List<Map<String, Object>>) step.get("evidence");
			assertThat(edge).anySatisfy(e -> {
				assertThat(e.get("kind").asString(null)).isEqualTo(step.get("kind"));
				assertThat(evidence).extracting(x -> x.get("quote")).isEqualTo(e.get("quotes").asList(v -> v.asString()));
				assertThat(evidence).extracting(x -> x.get("lines")).isEqualTo(e.get("lines").asList(v -> v.asString()));
				assertThat(evidence).extracting(x -> ((Map<?, ?>) x.get("document")).get("id"))
					.isEqualTo(e.get("documents").asList(v -> v.asString()));
			});
		}
		// consecutive steps meet, and the chain runs from the reached node to the root (or back, for dependencies)
		for (int i = 1; i + 1 < hops.size(); i += 2) {
			assertThat(hops.get(i)).isEqualTo(hops.get(i + 1));
		}
		List<String> ends = List.of(hops.getFirst(), hops.getLast());
		assertThat(ends).isEqualTo(direction.equals("dependents") ? List.of(reached, root) : List.of(root, reached));
	}

	@Test
	void theShortestDependencyPathFromNilarToTheProgrammeGoesThroughTag() {
		this.graphQl.document("""
				{ dependencyPath(from: "nilar", to: "program-helhetlig-samhandling") {
				    length steps { dependent { ... on Initiative { id } } dependency { ... on Initiative { id } } } } }""")
			.execute()
			.path("dependencyPath.length")
			.entity(Integer.class)
			.satisfies(length -> assertThat(length).isBetween(1, 3));
	}

	@Test
	void depthAboveTheMaximumIsABadRequestAndAnUnknownInitiativeIsNotFound() {
		this.graphQl.document("{ dependents(of: \"tag\", depth: 7) { depth } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("between 1 and 6"))
			.verify();
		this.graphQl.document("{ dependents(of: \"no-such-tiltak\") { depth } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("no-such-tiltak"))
			.verify();
	}

	@Test
	void nufaAndNuitShareTheirRhfAndKsRepresentatives() {
		var response = this.graphQl.documentName("overlapNufaNuit").execute();
		List<String> people = response.path("overlap.sharedPeople[*].name").entityList(String.class).get();
		assertThat(people).contains("Per Olav Skjesol");
		List<String> organisations = response.path("overlap.sharedOrganisations[*].name").entityList(String.class).get();
		assertThat(organisations).contains("Helse Sør-Øst RHF", "KS", "Helse Vest RHF", "Oslo kommune");
		Map<?, ?> pair = response.path("overlap.pairs[0]").entity(Map.class).get();
		int shared = ((Number) pair.get("sharedPeopleCount")).intValue();
		assertThat(shared).isEqualTo(people.size());
		int nufa = response.path("overlap.bodies[0].people").entityList(Object.class).get().size();
		int nuit = response.path("overlap.bodies[1].people").entityList(Object.class).get().size();
		assertThat(((Number) pair.get("peopleJaccard")).doubleValue())
			.isCloseTo((double) shared / (nufa + nuit - shared), org.assertj.core.data.Offset.offset(1e-9));
		assertThat(((Number) pair.get("peopleOverlapCoefficient")).doubleValue())
			.isCloseTo((double) shared / Math.min(nufa, nuit), org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void theOverlapMatrixCoversEveryPairOfBodiesWithMembers() {
		var response = this.graphQl.document("{ overlapMatrix { bodies { id } sizes cells { a { id } b { id } sharedPeopleCount } } }")
			.execute();
		List<String> bodies = response.path("overlapMatrix.bodies[*].id").entityList(String.class).get();
		assertThat(bodies).contains("nufa", "nuit", "nasjonalt-e-helsestyre", "programstyret-helhetlig-samhandling");
		response.path("overlapMatrix.cells").entityList(Object.class).hasSize(bodies.size() * (bodies.size() - 1) / 2);
	}

	/** The matrix counts on ids and reads the shared lists apart; both must agree with the two-body overlap. */
	@Test
	void aMatrixCellListsWhoIsSharedAsTheOverlapOfItsTwoBodiesDoes() {
		for (String window : List.of("", ", from: \"2025-01-01\", to: \"2025-12-31\"")) {
			var matrix = this.graphQl.document("""
					{ overlapMatrix(bodies: ["nufa", "nuit", "nasjonalt-e-helserad"]%s) { cells { a { id } b { id }
					  sharedPeopleCount sharedPeople { id } sharedOrganisationCount sharedOrganisations { id } } } }"""
				.formatted(window))
				.execute();
			List<Map<String, Object>> cells = matrix.path("overlapMatrix.cells").entityList(MAP).get();
			assertThat(cells).hasSize(3);
			for (Map<String, Object> cell : cells) {
				String a = (String) ((Map<?, ?>) cell.get("a")).get("id");
				String b = (String) ((Map<?, ?>) cell.get("b")).get("id");
				var pair = this.graphQl.document("""
						{ overlap(bodies: ["%s", "%s"]%s) { sharedPeople { id } sharedOrganisations { id } } }"""
					.formatted(a, b, window))
					.execute();
				List<String> people = ids(cell.get("sharedPeople"));
				List<String> organisations = ids(cell.get("sharedOrganisations"));
				assertThat(people).as("%s–%s%s", a, b, window)
					.hasSize((Integer) cell.get("sharedPeopleCount"))
					.containsExactlyInAnyOrderElementsOf(pair.path("overlap.sharedPeople[*].id").entityList(String.class).get());
				assertThat(organisations).as("%s–%s%s", a, b, window)
					.hasSize((Integer) cell.get("sharedOrganisationCount"))
					.containsExactlyInAnyOrderElementsOf(
							pair.path("overlap.sharedOrganisations[*].id").entityList(String.class).get());
			}
			if (window.isEmpty()) {
				assertThat(cells).anySatisfy(cell -> assertThat((Integer) cell.get("sharedPeopleCount")).isPositive());
			}
		}
	}

	private static List<String> ids(Object entities) {
		return ((List<?>) entities).stream().map(e -> (String) ((Map<?, ?>) e).get("id")).toList();
	}

	@Test
	void aTimeWindowCountsOnlyMembershipsKnownInIt() {
		var in2025 = this.graphQl.document("""
				{ overlap(bodies: ["nufa", "nuit"], from: "2025-01-01", to: "2025-12-31") { bodies { people { name } } } }""")
			.execute();
		List<String> nufa2025 = in2025.path("overlap.bodies[0].people[*].name").entityList(String.class).get();
		List<String> nuit2025 = in2025.path("overlap.bodies[1].people[*].name").entityList(String.class).get();
		assertThat(nufa2025).doesNotContain("Inga Nordberg"); // a NUFA member in 2020
		assertThat(nuit2025).contains("Mariann Hornnes");
	}

	@Test
	void seatsReadFromTheSummaryWrittenWithTheGraphAreThoseComputedFromScratch() {
		Map<String, List<String>> expected = new java.util.TreeMap<>();
		this.neo4j.executableQuery(SEATS_FROM_SCRATCH).execute().records().forEach(r -> expected
			.put(r.get("person").asString(), r.get("bodies").asList(org.neo4j.driver.Value::asString).stream().sorted().toList()));
		var response = this.graphQl.document("{ bridgingPeople(minBodies: 1, first: 500) { person { id } bodyCount seats { body { id } } } }")
			.execute();
		List<Map<String, Object>> people = response.path("bridgingPeople").entityList(MAP).get();
		Map<String, List<String>> shown = new java.util.TreeMap<>();
		for (Map<String, Object> person : people) {
			@SuppressWarnings("unchecked")
			List<Map<String, Map<String, String>>> seats = (List<Map<String, Map<String, String>>>) person.get("seats");
			List<String> bodies = seats.stream().map(seat -> seat.get("body").get("id")).sorted().toList();
			assertThat(person.get("bodyCount")).isEqualTo(bodies.size());
			shown.put((String) ((Map<?, ?>) person.get("person")).get("id"), bodies);
		}
		assertThat(shown).isEqualTo(expected);

		List<String> bodies = this.graphQl.document("{ overlapMatrix { bodies { id } } }")
			.execute()
			.path("overlapMatrix.bodies[*].id")
			.entityList(String.class)
			.get();
		List<Integer> sizes = this.graphQl.document("{ overlapMatrix { sizes } }")
			.execute()
			.path("overlapMatrix.sizes")
			.entityList(Integer.class)
			.get();
		for (int i = 0; i < bodies.size(); i++) {
			String body = bodies.get(i);
			assertThat(sizes.get(i)).as("people in %s", body)
				.isEqualTo((int) expected.values().stream().filter(b -> b.contains(body)).count());
		}
	}

	private List<Map<String, Object>> bridgingPeople(String arguments, String selection) {
		return this.graphQl.document("{ bridgingPeople(" + arguments + ") " + selection)
			.execute()
			.path("bridgingPeople")
			.entityList(MAP)
			.get();
	}

	/** The bridging seats of the summary and those computed from scratch for a window over all time agree. */
	@Test
	void bridgingSeatsFromTheSummaryAndFromAWindowOverAllTimeAgree() {
		String seats = "seats { body { id } roles organisations { id } } } }";
		var summary = this.graphQl.document("{ bridgingPeople(minBodies: 1, first: 150) { person { id } bodyCount " + seats)
			.execute();
		var window = this.graphQl.document("{ bridgingPeople(minBodies: 1, first: 150, from: \"1900-01-01\", to: \"2100-12-31\") "
				+ "{ person { id } bodyCount " + seats).execute();
		List<String> fromSummary = seatLines(summary.path("bridgingPeople").entityList(MAP).get());
		assertThat(fromSummary).hasSizeGreaterThan(50).anyMatch(line -> line.contains("organisations=[") && !line.endsWith("[]"));
		assertThat(seatLines(window.path("bridgingPeople").entityList(MAP).get())).isEqualTo(fromSummary);
	}

	/**
	 * Bridging reads of each person, body and organisation only what is selected; whatever is selected is the
	 * stored value, with and without a window, and fields loaded by id still answer from the slimmer entity.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void bridgingPeopleAnswerEverySelectedFieldAsStored() {
		String evidence = "evidence { quote lines document { id } }";
		// two requests, as one selecting everything would cost over the request budget
		String personFields = "{ person { nodeId id name aliases titles " + evidence + " memberships { id } } } }";
		String seatFields = "{ bodyCount seats { body { id name aliases kind model " + evidence + " } roles"
				+ " organisations { id name aliases kind sector " + evidence + " } } } }";
		Map<String, Map<String, Object>> people = stored().of("Person", "aliases", "titles");
		Map<String, Map<String, Object>> bodies = stored().of("Body", "aliases", "kind", "model");
		Map<String, Map<String, Object>> organisations = stored().of("Organisation", "aliases", "kind", "sector");
		Map<String, Long> memberships = new java.util.HashMap<>();
		this.neo4j.executableQuery("MATCH (p:Person) RETURN p.id AS id, COUNT { (p)-[:HAS_MEMBERSHIP]->() } AS n")
			.execute()
			.records()
			.forEach(r -> memberships.put(r.get("id").asString(), r.get("n").asLong()));
		for (String window : List.of("", ", from: \"1900-01-01\", to: \"2100-12-31\"")) {
			List<Map<String, Object>> answer = bridgingPeople("minBodies: 1, first: 150" + window, personFields);
			assertThat(answer).hasSizeGreaterThan(50);
			for (Map<String, Object> bridging : answer) {
				Map<String, Object> person = (Map<String, Object>) bridging.get("person");
				StoredNodes.assertAsStored(person, people, "aliases", "titles");
				assertThat(person.get("nodeId")).isEqualTo("Person:" + person.get("id"));
				assertThat((List<?>) person.get("memberships")).hasSize(memberships.get(person.get("id")).intValue());
			}
			List<Map<String, Object>> seated = bridgingPeople("first: 15" + window, seatFields);
			List<Map<String, Object>> seats = seated.stream()
				.flatMap(b -> ((List<Map<String, Object>>) b.get("seats")).stream())
				.toList();
			assertThat(seats).hasSize(seated.stream().mapToInt(b -> (Integer) b.get("bodyCount")).sum())
				.hasSizeGreaterThan(15);
			for (Map<String, Object> seat : seats) {
				StoredNodes.assertAsStored((Map<String, Object>) seat.get("body"), bodies, "aliases", "kind", "model");
				((List<Map<String, Object>>) seat.get("organisations"))
					.forEach(o -> StoredNodes.assertAsStored(o, organisations, "aliases", "kind", "sector"));
			}
			assertThat(seats).anyMatch(seat -> !((List<?>) seat.get("organisations")).isEmpty());
		}
		var slim = this.graphQl.document("{ bridgingPeople(first: 5) { person { name } seats { body { name } } } }").execute();
		assertThat(slim.path("bridgingPeople[0].person.name").entity(String.class).get()).isEqualTo("Per Olav Skjesol");
		assertThat(slim.path("bridgingPeople[0].seats[*].body.name").entityList(String.class).get())
			.isNotEmpty()
			.allSatisfy(name -> assertThat(bodies.values()).anyMatch(b -> name.equals(b.get("name"))));
	}

	/** One line per seat: person, body count, body, sorted roles and organisations. */
	@SuppressWarnings("unchecked")
	private static List<String> seatLines(List<Map<String, Object>> people) {
		List<String> lines = new java.util.ArrayList<>();
		for (Map<String, Object> person : people) {
			for (Map<String, Object> seat : (List<Map<String, Object>>) person.get("seats")) {
				lines.add(((Map<?, ?>) person.get("person")).get("id") + " " + person.get("bodyCount") + " "
						+ ((Map<?, ?>) seat.get("body")).get("id") + " roles=" + ((List<String>) seat.get("roles")).stream().sorted().toList()
						+ " organisations=" + ((List<Map<String, String>>) seat.get("organisations")).stream().map(o -> o.get("id")).sorted().toList());
			}
		}
		return lines.stream().sorted().toList();
	}

	@Test
	void aGraphWrittenBeforeTheSeatSummaryExistedGetsItWhenPrepared() {
		long written = sitsIn();
		assertThat(written).isPositive();
		this.neo4j.executableQuery("MATCH ()-[s:SITS_IN]->() DELETE s").execute();
		this.neo4j.executableQuery("MATCH (p:Person) REMOVE p.seatCount").execute();
		this.seatSummary.ensureWritten();
		assertThat(sitsIn()).isEqualTo(written);
		assertThat(this.neo4j.executableQuery("MATCH (p:Person) WHERE p.seatCount IS NULL RETURN count(p) AS n")
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong()).isZero();
	}

	private long sitsIn() {
		return this.neo4j.executableQuery("MATCH ()-[s:SITS_IN]->() RETURN count(s) AS n")
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong();
	}

	@Test
	void bridgingPeopleAreRankedByHowManyBodiesTheySitIn() {
		var response = this.graphQl.documentName("bridgingPeople").execute();
		List<Integer> counts = response.path("bridgingPeople[*].bodyCount").entityList(Integer.class).get();
		assertThat(counts).isSortedAccordingTo((a, b) -> b - a).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(2));
		assertThat(response.path("bridgingPeople[0].person.name").entity(String.class).get()).isEqualTo("Per Olav Skjesol");
		List<String> organisations = this.graphQl.document("{ bridgingOrganisations { organisation { name } bodyCount } }")
			.execute()
			.path("bridgingOrganisations[*].organisation.name")
			.entityList(String.class)
			.get();
		assertThat(organisations).contains("KS", "Helse Sør-Øst RHF", "Helsedirektoratet");
	}

	@Test
	void theAdvisoryModelShowsWhoAdvisesWhomAndTheMergerOfTheDirectorates() {
		var response = this.graphQl.documentName("advisoryModel").execute();
		List<Map> relations = response.path("advisoryModel.relations").entityList(Map.class).get();
		assertThat(relations).anySatisfy(r -> {
			assertThat(r.get("kind")).isEqualTo("prepares_for");
			assertThat(((Map<?, ?>) r.get("from")).get("name")).isEqualTo("Nasjonalt utvalg for IKT-prioritering");
		});
		assertThat(relations).anySatisfy(r -> assertThat(r.get("kind")).isEqualTo("advises"));
		List<String> kinds = response.path("advisoryModel.changeEvents[*].kind").entityList(String.class).get();
		assertThat(kinds).contains("merger", "succession");
	}

	@Test
	void nuitsProfileCountsItsMeetingsAttendanceAndSakerByType() {
		var response = this.graphQl.documentName("nuitProfile").execute();
		assertThat(response.path("body.profile.meetingCount").entity(Integer.class).get()).isGreaterThanOrEqualTo(2);
		double rate = response.path("body.profile.attendanceRate").entity(Double.class).get();
		assertThat(rate).isBetween(0.5, 1.0);
		List<Map> types = response.path("body.profile.agendaItemsByType").entityList(Map.class).get();
		assertThat(types).anySatisfy(t -> assertThat(t.get("name")).isEqualTo("Drøfting"));
		List<String> decisions = response.path("body.profile.decisions[*].decision").entityList(String.class).get();
		assertThat(decisions).anySatisfy(d -> assertThat(d).contains("NUIT godkjenner referatet fra NUIT 14. november 2024"));
	}


	/**
	 * A profile computes only the parts a request asks for; each part is the same as in a full profile, also when
	 * one request asks for the same body's profile twice, at different depths or under two aliases, with different
	 * parts.
	 */
	@Test
	void aProfileAskedForSomePartsGivesThemAsAFullProfileDoes() {
		String full = """
				{ bodies(first: 100) { edges { node { id profile { membersByOrganisation { organisation { id } count }
				  membersBySector { name count } meetingCount meetingDates attendanceRate
				  attendanceByPerson { person { id } present partial absent rate }
				  attendanceByOrganisation { organisation { id } present partial absent rate }
				  agendaItemsByType { name count } decisions { id } } } } } }""";
		List<Map<String, Object>> everything = this.graphQl.document(full).execute()
			.path("bodies.edges[*].node").entityList(MAP).get();
		assertThat(everything).hasSizeGreaterThan(5);
		for (String part : List.of("membersByOrganisation { organisation { id } count }", "meetingCount",
				"attendanceRate", "agendaItemsByType { name count }", "decisions { id }")) {
			String name = part.split(" ")[0];
			List<Map<String, Object>> some = this.graphQl.document("{ bodies(first: 100) { edges { node { id profile { "
					+ part + " } } } } }").execute().path("bodies.edges[*].node").entityList(MAP).get();
			assertThat(some).hasSameSizeAs(everything);
			for (int i = 0; i < some.size(); i++) {
				assertThat(profile(some.get(i))).as(name + " of " + some.get(i).get("id")).containsOnlyKeys(name)
					.containsEntry(name, profile(everything.get(i)).get(name));
			}
		}
		var twice = this.graphQl.document("""
				{ body(id: "nuit") { profile { meetingCount } }
				  bodies(first: 100) { edges { node { id profile { decisions { id } } } } } }""").execute();
		Map<String, Object> nuit = everything.stream().filter(b -> b.get("id").equals("nuit")).findFirst().orElseThrow();
		assertThat(twice.path("body.profile.meetingCount").entity(Integer.class).get())
			.isEqualTo(profile(nuit).get("meetingCount"));
		assertThat(twice.path("bodies.edges[*].node").entityList(MAP).get())
			.filteredOn(b -> b.get("id").equals("nuit"))
			.singleElement()
			.satisfies(b -> assertThat(profile(b).get("decisions")).isEqualTo(profile(nuit).get("decisions"))
				.asList().isNotEmpty());
		var aliased = this.graphQl.document("""
				{ body(id: "nuit") { a: profile { meetingCount } b: profile { decisions { id } } } }""").execute();
		assertThat(aliased.path("body.a").entity(MAP).get()).containsOnlyKeys("meetingCount")
			.containsEntry("meetingCount", profile(nuit).get("meetingCount"));
		assertThat(aliased.path("body.b").entity(MAP).get()).containsOnlyKeys("decisions")
			.containsEntry("decisions", profile(nuit).get("decisions"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> profile(Map<String, Object> body) {
		return (Map<String, Object>) body.get("profile");
	}

	/**
	 * The tests' server is external to the app (shared by the test JVM): other clients can write to it unseen, so
	 * no answer is kept and each asking reads the graph again (the embedded default keeps them: ResultCacheTests).
	 */
	@Test
	void withAnExternalServerAnswersAreComputedEachTime(@Autowired ResultCache cache) {
		assertThat(cache.enabled()).isFalse();
		List<Integer> statements = new ArrayList<>();
		for (int asked = 1; asked <= 2; asked++) {
			ApiTestConfiguration.cypherStatements.set(0);
			this.graphQl.documentName("dependentsOfTag").execute().path("dependents.reached").entityList(Object.class)
				.hasSizeGreaterThan(0);
			statements.add(ApiTestConfiguration.cypherStatements.get());
		}
		assertThat(statements.getFirst()).as("the steps around the root, and their documents").isEqualTo(2);
		assertThat(statements).as("statements, asked twice").containsExactly(2, 2);
		assertThat(cache.counts().kept()).isZero();
	}

}
