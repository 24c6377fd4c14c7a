package no.styringskart.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.styringskart.initiatives.Dependency;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Dependencies run one way per kind, cycles are simple and listed once, parts agree with part_of. */
@StyringskartTest
class DependencyDirectionApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver neo4j;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

	@Test
	@SuppressWarnings("unchecked")
	void cyclesAreSimpleAndEachListedOnce() {
		List<Map<String, Object>> cycles = this.graphQl.document("""
				{ dependencyCycles(maxLength: 6) { length steps { dependent { ... on Initiative { id } ... on Standard { id } }
				  dependency { ... on Initiative { id } ... on Standard { id } } } } }""")
			.execute()
			.path("dependencyCycles")
			.entityList(MAP)
			.get();
		assertThat(cycles).as("the seed has cycles (nilar and kjernejournal, for one)").isNotEmpty();
		Set<Set<String>> seen = new HashSet<>();
		for (Map<String, Object> cycle : cycles) {
			List<Map<String, Object>> steps = (List<Map<String, Object>>) cycle.get("steps");
			List<String> items = steps.stream().map(s -> (String) ((Map<String, Object>) s.get("dependent")).get("id")).toList();
			assertThat(items).as("no item twice on a cycle").doesNotHaveDuplicates();
			for (int i = 0; i < steps.size(); i++) {
				String next = (String) ((Map<String, Object>) steps.get(i).get("dependency")).get("id");
				assertThat(next).as("closed chain").isEqualTo(items.get((i + 1) % items.size()));
			}
			assertThat(items.getFirst()).as("starts at its lowest id").isEqualTo(items.stream().sorted().findFirst().orElseThrow());
			Set<String> hops = new HashSet<>();
			for (int i = 0; i < items.size(); i++) {
				hops.add(items.get(i) + ">" + items.get((i + 1) % items.size()));
			}
			assertThat(seen.add(hops)).as("listed once: " + items).isTrue();
			assertThat(cycle.get("length")).isEqualTo(items.size());
		}
	}

	@Test
	void anAffectsStatementMakesTheAffectedTheDependent() {
		// every stored affects step: the cause (as the paper stated it, statedFrom) is what the affected depends on
		var stored = this.neo4j.executableQuery("""
				MATCH (a)-[d:DEPENDS_ON {kind: 'affects'}]->(b) RETURN a.id AS affected, b.id AS cause, d.statedFrom AS statedFrom""")
			.execute()
			.records();
		assertThat(stored).isNotEmpty().allSatisfy(r -> assertThat(r.get("cause").asString()).isEqualTo(r.get("statedFrom").asString()));
		var one = stored.stream().filter(r -> isInitiative(r.get("cause").asString()) && isInitiative(r.get("affected").asString()))
			.findFirst()
			.orElseThrow();
		String cause = one.get("cause").asString();
		String affected = one.get("affected").asString();
		List<String> dependents = this.graphQl.document("{ dependents(of: \"%s\", depth: 1, kinds: [\"affects\"]) { reached { node { ... on Initiative { id } ... on Standard { id } } } } }".formatted(cause))
			.execute()
			.path("dependents.reached[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(dependents).contains(affected);
		this.graphQl.document("{ initiative(id: \"%s\") { affects { dependent { ... on Initiative { id } } kind } } }".formatted(cause))
			.execute()
			.path("initiative.affects[*].dependent.id")
			.entityList(String.class)
			.contains(affected)
			.path("initiative.affects[*].kind")
			.entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).containsOnly("affects"));
		this.graphQl.document("{ initiative(id: \"%s\") { affectedBy { dependency { ... on Initiative { id } } } dependsOn { kind dependency { ... on Initiative { id } } } } }".formatted(affected))
			.execute()
			.path("initiative.affectedBy[*].dependency.id")
			.entityList(String.class)
			.contains(cause);
	}

	private boolean isInitiative(String id) {
		return this.neo4j.executableQuery("MATCH (i:Initiative {id: $id}) RETURN count(i) AS n")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asInt() == 1;
	}

	@Test
	void everyStoredKindIsAKnownKindAndAnUnknownKindIsABadRequest() {
		List<String> kinds = this.neo4j.executableQuery("MATCH ()-[d:DEPENDS_ON]->() RETURN DISTINCT d.kind AS kind")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("kind").asString())
			.toList();
		assertThat(Dependency.KINDS).containsAll(kinds);
		this.graphQl.document("{ dependents(of: \"tag\", kinds: [\"depends-on\"]) { depth } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("depends_on"))
			.verify()
			.path("dependents")
			.valueIsNull();
	}

	@Test
	@SuppressWarnings("unchecked")
	void partsAndPartOfAgreeWithEveryPartOfStatement() {
		var stated = this.neo4j.executableQuery("""
				MATCH (a:Initiative)-[:DEPENDS_ON {kind: 'part_of'}]->(b:Initiative) RETURN a.id AS part, b.id AS whole""")
			.execute()
			.records();
		assertThat(stated).isNotEmpty();
		Map<String, Set<String>> partsOf = stated.stream()
			.collect(Collectors.groupingBy(r -> r.get("whole").asString(), Collectors.mapping(r -> r.get("part").asString(), Collectors.toSet())));
		List<Map<String, Object>> initiatives = this.graphQl.document("{ initiatives(first: 100) { edges { node { id partOf { id } parts { id } } } } }")
			.execute()
			.path("initiatives.edges[*].node")
			.entityList(MAP)
			.get();
		Map<String, Set<String>> partOfById = new java.util.HashMap<>();
		for (Map<String, Object> i : initiatives) {
			Set<String> parts = ((List<Map<String, Object>>) i.get("parts")).stream().map(p -> (String) p.get("id")).collect(Collectors.toSet());
			assertThat(parts).as("parts of " + i.get("id")).containsAll(partsOf.getOrDefault((String) i.get("id"), Set.of()));
			partOfById.put((String) i.get("id"), ((List<Map<String, Object>>) i.get("partOf")).stream().map(p -> (String) p.get("id")).collect(Collectors.toSet()));
		}
		// the two fields are one relation read both ways
		for (Map<String, Object> i : initiatives) {
			for (Map<String, Object> part : (List<Map<String, Object>>) i.get("parts")) {
				if (partOfById.containsKey(part.get("id"))) {
					assertThat(partOfById.get(part.get("id"))).contains((String) i.get("id"));
				}
			}
		}
		assertThat(partOfById.values()).as("an item part of two is part of both").anySatisfy(p -> assertThat(p).hasSizeGreaterThan(1));
		this.graphQl.document("{ initiative(id: \"program-helhetlig-samhandling-steg-1\") { parts { id } } }")
			.execute()
			.path("initiative.parts[*].id")
			.entityList(String.class)
			.contains("tag", "kjernejournal", "nilar", "forprosjekt-helhetlig-samhandling");
	}

}
