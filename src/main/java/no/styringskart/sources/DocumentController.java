package no.styringskart.sources;

import java.util.List;
import java.util.Map;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.NotFoundException;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.Related;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class DocumentController {

	private final Neo4jClient neo4j;

	private final Related related;

	DocumentController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
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

	@BatchMapping(typeName = "Evidence", field = "document")
	Map<Evidence, Document> evidenceDocument(List<Evidence> evidence) {
		return this.related.one(evidence, Evidence::documentId,
				"UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN id, d", r -> Document.of(r.get("d").asNode()));
	}

}
