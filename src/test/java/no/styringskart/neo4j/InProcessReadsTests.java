package no.styringskart.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.styringskart.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import org.springframework.dao.QueryTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app's reads on its embedded default skip Bolt; the code that maps their rows is written against the Java
 * driver's types. Every kind of value the app's Cypher returns must therefore arrive exactly as through Bolt.
 */
class InProcessReadsTests {

	@TempDir
	static Path directory;

	static EmbeddedNeo4j neo4j;

	static Driver driver;

	static InProcessReads reads;

	@BeforeAll
	static void graph() {
		neo4j = EmbeddedNeo4j.start(directory, "127.0.0.1", TestNeo4j.freePort());
		driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
		reads = neo4j.inProcessReads();
		driver.executableQuery("""
				CREATE (tag:Initiative {id: 'tag', name: 'TAG', otherNames: ['Tillitsmodell', 'Tilgangsstyring'],
				        started: date('2021-03-01'), share: 0.25, members: 12, active: true})
				CREATE (nilar:Initiative {id: 'nilar', name: 'NILAR'})
				CREATE (programme:Programme:Initiative {id: 'program', name: 'Program Helhetlig samhandling'})
				CREATE (nilar)-[:DEPENDS_ON {kind: 'technical', quote: 'bygger på TAG', lines: [12, 14]}]->(tag)
				CREATE (tag)-[:DEPENDS_ON {kind: 'governance'}]->(programme)""").execute();
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	@Test
	void everyKindOfValueArrivesAsThroughBolt() {
		List<String> statements = List.of(
				"MATCH (n:Initiative) RETURN n ORDER BY n.id",
				"MATCH (a)-[d:DEPENDS_ON]->(b) RETURN a, d, b ORDER BY a.id",
				"MATCH p = (:Initiative {id: 'nilar'})-[:DEPENDS_ON*]->(:Programme) RETURN p",
				"MATCH p = (:Programme)<-[:DEPENDS_ON*]-(:Initiative {id: 'nilar'}) RETURN p, nodes(p) AS nodes",
				"""
				MATCH (n:Initiative {id: 'tag'})
				RETURN n {.id, .otherNames, .started, .share, .members, .active, missing: n.missing,
				          dependents: [(x)-[:DEPENDS_ON]->(n) | x], edges: [(n)-[d]-() | d {.kind, id: elementId(d)}]} AS tag,
				       elementId(n) AS elementId, labels(n) AS labels, null AS nothing, [1, 'two', 3.0] AS mixed""",
				"MATCH (n:Initiative) WHERE n.id IN $ids RETURN n.name AS name ORDER BY name",
				"OPTIONAL MATCH (n:Initiative {id: 'none'}) RETURN n",
				"CALL dbms.components() YIELD name, versions RETURN name, versions");
		for (String statement : statements) {
			Map<String, Object> parameters = Map.of("ids", List.of("tag", "nilar"));
			List<Object> inProcess = reads.list(statement, parameters, InProcessReadsTests::plain, Duration.ofSeconds(10));
			List<Object> throughBolt = driver.session()
				.executeRead(tx -> tx.run(statement, parameters).list(InProcessReadsTests::plain));
			assertThat(inProcess).as(statement).isNotEmpty().isEqualTo(throughBolt);
		}
	}

	@Test
	void aStatementThatWritesIsRefusedAndLeavesNothingBehind() {
		assertThatThrownBy(() -> reads.list("CREATE (:Probe) RETURN 1 AS one", Map.of(), r -> r, Duration.ofSeconds(10)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("writes");
		assertThatThrownBy(() -> reads.list("MATCH (n:Initiative {id: 'tag'}) SET n.name = 'changed' RETURN n",
				Map.of(), r -> r, Duration.ofSeconds(10)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS probes").execute().records().getFirst()
			.get("probes").asLong()).isZero();
		assertThat(reads.list("MATCH (n:Initiative {id: 'tag'}) RETURN n.name AS name", Map.of(),
				r -> r.get("name").asString(), Duration.ofSeconds(10))).containsExactly("TAG");
	}

	@Test
	void aStatementRunningPastItsTimeoutIsStoppedAsATimeout() {
		assertThatThrownBy(() -> reads.list("""
				UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 0
				RETURN count(*) AS sevens""", Map.of(), r -> r, Duration.ofSeconds(1)))
			.isInstanceOf(QueryTimeoutException.class);
	}

	/** A row with its nodes, relationships and paths spelt out, since the driver compares those by id alone. */
	private static Object plain(Record record) {
		Map<String, Object> row = new LinkedHashMap<>();
		record.fields().forEach(field -> row.put(field.key(), plain(field.value())));
		return row;
	}

	private static Object plain(Value value) {
		return switch (value.type().name()) {
			case "NODE" -> node(value.asNode());
			case "RELATIONSHIP" -> relationship(value.asRelationship());
			case "PATH" -> {
				List<Object> steps = new ArrayList<>();
				value.asPath().forEach(segment -> steps.add(List.of(node(segment.start()),
						relationship(segment.relationship()), node(segment.end()))));
				yield steps;
			}
			case "LIST" -> value.asList(InProcessReadsTests::plain);
			case "MAP" -> new TreeMap<>(value.asMap(InProcessReadsTests::plain));
			default -> value.asObject() == null ? "null" : value.asObject();
		};
	}

	private static Map<String, Object> node(Node node) {
		return entity(node, Map.of("labels", sorted(node.labels())));
	}

	private static Map<String, Object> relationship(Relationship relationship) {
		return entity(relationship, Map.of("type", relationship.type(), "start", relationship.startNodeElementId(),
				"end", relationship.endNodeElementId()));
	}

	private static Map<String, Object> entity(Entity entity, Map<String, Object> more) {
		Map<String, Object> plain = new TreeMap<>(more);
		plain.put("elementId", entity.elementId());
		plain.put("properties", new TreeMap<>(entity.asMap(InProcessReadsTests::plain)));
		return plain;
	}

	private static List<String> sorted(Iterable<String> labels) {
		List<String> sorted = new ArrayList<>();
		labels.forEach(sorted::add);
		return sorted.stream().sorted().toList();
	}

}
