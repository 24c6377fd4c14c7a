package no.styringskart.system;

import java.util.List;
import java.util.Map;

import no.styringskart.neo4j.EmbeddedNeo4j;
import no.styringskart.shared.QueryController;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class AboutController {

	// One round trip; dynamic labels/types let the planner use the count store per label and type.
	private static final String STATISTICS = """
			CALL dbms.components() YIELD name, versions, edition WHERE name = "Neo4j Kernel"
			CALL () {
			  CALL db.labels() YIELD label
			  CALL (label) { MATCH (n:$(label)) RETURN count(n) AS c }
			  RETURN collect({name: label, count: c}) AS labels
			}
			CALL () {
			  CALL db.relationshipTypes() YIELD relationshipType AS type
			  CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS c }
			  RETURN collect({name: type, count: c}) AS types
			}
			RETURN versions[0] AS version, edition, labels, types,
			       COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships
			""";


	private final Neo4jClient neo4j;

	private final boolean embedded;

	AboutController(Neo4jClient neo4j, ObjectProvider<EmbeddedNeo4j> embeddedNeo4j) {
		this.neo4j = neo4j;
		this.embedded = embeddedNeo4j.getIfAvailable() != null;
	}

	@QueryMapping
	About about() {
		return this.neo4j.query(STATISTICS).fetchAs(About.class).mappedBy((types, row) -> new About(
				row.get("version").asString(), row.get("edition").asString(), this.embedded,
				row.get("nodes").asLong(), row.get("relationships").asLong(), counts(row.get("labels").asList(v -> v.asMap())),
				counts(row.get("types").asList(v -> v.asMap()))))
			.one()
			.orElseThrow();
	}

	private static List<About.Count> counts(List<Map<String, Object>> rows) {
		return rows.stream()
			.map(r -> new About.Count((String) r.get("name"), ((Number) r.get("count")).longValue()))
			.sorted((a, b) -> Long.compare(b.count(), a.count()))
			.toList();
	}

}
