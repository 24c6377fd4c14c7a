package no.styringskart.sources;

import java.util.List;

import no.styringskart.shared.NotFoundException;
import no.styringskart.shared.QueryController;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class DocumentController {

	private final Neo4jClient neo4j;

	DocumentController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	List<Document> documents() {
		return this.neo4j.query("MATCH (d:Document) RETURN d ORDER BY d.date, d.id")
			.fetchAs(Document.class)
			.mappedBy((t, r) -> Document.of(r.get("d").asNode()))
			.all()
			.stream()
			.toList();
	}

	@QueryMapping
	Document document(@Argument String id) {
		return this.neo4j.query("MATCH (d:Document {id: $id}) RETURN d")
			.bind(id)
			.to("id")
			.fetchAs(Document.class)
			.mappedBy((t, r) -> Document.of(r.get("d").asNode()))
			.one()
			.orElseThrow(() -> new NotFoundException("document", id));
	}

}
