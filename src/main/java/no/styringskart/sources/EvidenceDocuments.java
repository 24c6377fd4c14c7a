package no.styringskart.sources;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import no.styringskart.shared.Evidence;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.ResultCache;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Evidence.document} for every passage of a response from one lookup table per request: the documents are
 * few (one per source paper) while an answer may quote thousands of passages, and a batch loader would still
 * cost each of them a future and a dispatch. The table is read when the request's first passage asks for it, and
 * kept with the answers it serves while the graph is unchanged.
 */
@Component
class EvidenceDocuments implements RuntimeWiringConfigurer {

	private static final String TABLE = EvidenceDocuments.class.getName();

	private final ReadQueries neo4j;

	private final ResultCache answers;

	EvidenceDocuments(ReadQueries neo4j, ResultCache answers) {
		this.neo4j = neo4j;
		this.answers = answers;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Evidence", type -> type.dataFetcher("document", new DocumentOfEvidence()));
	}

	/**
	 * Self-describing, so that the schema inspection knows it returns a Document and checks that type's fields.
	 * Trivial, as it only looks a value up (after the one query for the table): Spring then neither wraps it for
	 * context propagation nor observes each call, which for thousands of passages cost more than the lookup.
	 */
	private final class DocumentOfEvidence implements SelfDescribingDataFetcher<Document>, TrivialDataFetcher<Document> {

		@Override
		public Document get(DataFetchingEnvironment env) {
			GraphQLContext request = env.getGraphQlContext();
			Map<String, Document> documents = request.computeIfAbsent(TABLE, key -> table(request));
			return documents.get(env.<Evidence>getSource().documentId());
		}

		@Override
		public String getDescription() {
			return "Evidence.document from the request's table of documents";
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClass(Document.class);
		}

	}

	private Map<String, Document> table(GraphQLContext request) {
		return this.answers.get(request, List.of(TABLE),
				() -> this.neo4j.list("MATCH (d:Document) RETURN d", r -> Document.of(r.get("d").asNode()))
					.stream()
					.collect(Collectors.toUnmodifiableMap(Document::id, d -> d)));
	}

}
