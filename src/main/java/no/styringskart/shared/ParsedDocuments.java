package no.styringskart.shared;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * none longer than {@value #MAX_KEPT_LENGTH} characters, and at most {@value #MAX_KEPT_CHARACTERS} characters of
 * them in all, so a flood of distinct or large documents cannot grow the cache: a parsed document takes about ten
 * times its text in memory. Validation does not depend on variables, and the depth and cost limits are checked at
 * every execution, so a kept document is held to them as a new one is.
 */
@Component
public class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	/** Longer documents are parsed every time; the explorer's and GraphiQL's are a few thousand characters. */
	static final int MAX_KEPT_LENGTH = 16_384;

	static final long MAX_KEPT_CHARACTERS = 2_000_000;

	private final Cache<String, PreparsedDocumentEntry> recent = Caffeine.newBuilder()
		.maximumWeight(MAX_KEPT_CHARACTERS)
		.weigher((String text, PreparsedDocumentEntry entry) -> text.length())
		.build();

	@Override
	public void customize(SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry entry = this.recent.getIfPresent(text);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors() && text.length() <= MAX_KEPT_LENGTH) {
				this.recent.put(text, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** The parsed document of a text asked before, if it is still kept. */
	public Optional<Document> document(String text) {
		return Optional.ofNullable(this.recent.getIfPresent(text)).map(PreparsedDocumentEntry::getDocument);
	}

	/** Characters of document text kept now, the measure the cache is bounded by. */
	public long keptCharacters() {
		this.recent.cleanUp();
		return this.recent.asMap().keySet().stream().mapToLong(String::length).sum();
	}

}
