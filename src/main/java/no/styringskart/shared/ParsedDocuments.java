package no.styringskart.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder;
import org.springframework.stereotype.Component;

/**
 * Documents graphql-java has parsed and validated, kept by their text so a client asking the same question again
 * (the explorer, a dashboard, any client with variables) skips both steps. Only documents without errors are kept,
 * and only the most recently used {@value #CAPACITY}, so a flood of distinct documents cannot grow the cache.
 * Validation does not depend on variables, and the depth and cost limits are checked at every execution, so a
 * kept document is held to them as a new one is.
 */
@Component
public class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	static final int CAPACITY = 500;

	private final Map<String, PreparsedDocumentEntry> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > CAPACITY;
		}
	};

	@Override
	public void customize(SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry entry = cached(input.getQuery());
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				synchronized (this.recent) {
					this.recent.put(input.getQuery(), entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** The parsed document of a text asked before, if it is still kept. */
	public Optional<Document> document(String text) {
		return Optional.ofNullable(cached(text)).map(PreparsedDocumentEntry::getDocument);
	}

	private PreparsedDocumentEntry cached(String text) {
		synchronized (this.recent) {
			return this.recent.get(text);
		}
	}

}
