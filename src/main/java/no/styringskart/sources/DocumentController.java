package no.styringskart.sources;

import java.util.List;
import java.util.Map;

import no.styringskart.shared.NotFoundException;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class DocumentController {

	private final ReadQueries neo4j;

	DocumentController(ReadQueries neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	List<Document> documents() {
		return this.neo4j.list("MATCH (d:Document) RETURN d ORDER BY d.date, d.id", r -> Document.of(r.get("d").asNode()));
	}

	@QueryMapping
	Document document(@Argument String id) {
		return this.neo4j.one("MATCH (d:Document {id: $id}) RETURN d", Map.of("id", id), r -> Document.of(r.get("d").asNode()))
			.orElseThrow(() -> new NotFoundException("document", id));
	}

}
