package no.styringskart.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.neo4j.EmbeddedNeo4j;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class AboutController {

	private static final String TOKENS = """
			CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel"
			RETURN versions[0] AS version, edition,
			       COLLECT { CALL db.labels() YIELD label RETURN label } AS labels,
			       COLLECT { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType } AS types
			""";

	private final ReadQueries neo4j;

	private final boolean embedded;

	AboutController(ReadQueries neo4j, ObjectProvider<EmbeddedNeo4j> embeddedNeo4j) {
		this.neo4j = neo4j;
		this.embedded = embeddedNeo4j.getIfAvailable() != null;
	}

	// Two round trips, so every count is written with a static label or type: only then does the planner read it
	// from the count store instead of scanning the graph (dynamic labels scanned millions of nodes at scale).
	@QueryMapping
	About about() {
		Record tokens = this.neo4j.one(TOKENS, r -> r).orElseThrow();
		List<String> labels = tokens.get("labels").asList(Value::asString);
		List<String> types = tokens.get("types").asList(Value::asString);
		// counted before the constant columns are added: constants next to an aggregate would be grouping keys,
		// and a count over nothing would then give no row instead of 0
		List<String> branches = new ArrayList<>(List.of("MATCH (n) WITH count(n) AS c RETURN 'total' AS kind, 'nodes' AS name, c",
				"MATCH ()-[r]->() WITH count(r) AS c RETURN 'total' AS kind, 'relationships' AS name, c"));
		labels.forEach(l -> branches.add("MATCH (n:" + identifier(l) + ") WITH count(n) AS c RETURN 'label' AS kind, "
				+ literal(l) + " AS name, c"));
		types.forEach(t -> branches.add("MATCH ()-[r:" + identifier(t) + "]->() WITH count(r) AS c RETURN 'type' AS kind, "
				+ literal(t) + " AS name, c"));
		Map<String, Map<String, Object>> counts = new LinkedHashMap<>();
		this.neo4j.list(String.join(" UNION ALL ", branches), r -> r)
			.forEach(row -> counts.computeIfAbsent(row.get("kind").asString(), k -> new LinkedHashMap<>())
				.put(row.get("name").asString(), row.get("c").asLong()));
		Map<String, Object> totals = counts.getOrDefault("total", Map.of());
		return new About(tokens.get("version").asString(), tokens.get("edition").asString(), this.embedded,
				((Number) totals.get("nodes")).longValue(), ((Number) totals.get("relationships")).longValue(),
				counts(counts.getOrDefault("label", Map.of())), counts(counts.getOrDefault("type", Map.of())));
	}

	/** A label or type as a quoted Cypher identifier; the names come from the database's own token lists. */
	private static String identifier(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	private static String literal(String name) {
		return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	private static List<About.Count> counts(Map<String, Object> counts) {
		return counts.entrySet()
			.stream()
			.map(e -> new About.Count(e.getKey(), ((Number) e.getValue()).longValue()))
			.sorted((a, b) -> Long.compare(b.count(), a.count()))
			.toList();
	}

}
