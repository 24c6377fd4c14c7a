package no.styringskart.shared;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Keeps the JSON of whole responses to requests that ask only kept questions (those whose answers
 * {@link ResultCache} keeps), so that the same request asked again while the graph is unchanged is answered with
 * those bytes: no execution and no JSON writing, which for a large answer (dependents of TAG in a big graph) cost
 * far more than reading it. The key is the graph's change count read before executing, the document, the
 * operation name and the variables, so a change to the graph makes every kept response unreachable. Nothing is
 * kept when the answers are not ({@link ResultCache#enabled()}), for a request with {@code Cache-Control:
 * no-cache}, or for a response with errors.
 * <p>
 * Innermost of the interceptors, so those around it (request ids) see every response, kept or not.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class KeptResponses implements WebGraphQlInterceptor {

	/** The root fields of the kept questions; a request that asks anything else is not kept. */
	private static final Set<String> KEPT_QUESTIONS = Set.of("dependents", "dependencies", "overlap", "overlapMatrix",
			"bridgingPeople", "bridgingOrganisations", "search", "__typename");

	private record Key(long changes, String document, String operationName, Map<String, Object> variables) {
	}

	private final ResultCache answers;

	private final JsonMapper json;

	private final Cache<Key, byte[]> responses;

	/**
	 * Whether a document (and operation name) asks only kept questions, decided once per document; bounded by the
	 * characters of the documents, so large distinct documents cannot grow it.
	 */
	private final Cache<List<String>, Boolean> keptOperations = Caffeine.newBuilder()
		.maximumWeight(2_000_000)
		.weigher((List<String> operation, Boolean kept) -> operation.getFirst().length())
		.build();

	/** The highest change count a response was kept under; older ones are let go once a newer one is kept. */
	private final AtomicLong newest = new AtomicLong();

	KeptResponses(ResultCache answers, JsonMapper json,
			@Value("${styringskart.cache.max-response-bytes:67108864}") long maxBytes) {
		this.answers = answers;
		this.json = json;
		this.responses = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, byte[] bytes) -> bytes.length + key.document().length())
			.recordStats()
			.build();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.answers.enabled() || RecomputeRequests.asksToRecompute(request)) {
			return chain.next(request);
		}
		Key key = new Key(this.answers.changeCount(), request.getDocument(), request.getOperationName(),
				request.getVariables());
		byte[] kept = this.responses.getIfPresent(key);
		if (kept != null) {
			return Mono.just(new WebGraphQlResponse(
					new DefaultExecutionGraphQlResponse(request.toExecutionInput(), new KeptResult(this.json, kept))));
		}
		return chain.next(request).map(response -> keep(key, request, response));
	}

	private WebGraphQlResponse keep(Key key, WebGraphQlRequest request, WebGraphQlResponse response) {
		if (!response.isValid() || !response.getErrors().isEmpty()
				|| !this.keptOperations.get(Arrays.asList(request.getDocument(), request.getOperationName()),
						operation -> asksOnlyKeptQuestions(operation.get(0), operation.get(1)))) {
			return response;
		}
		byte[] bytes = this.json.writeValueAsBytes(response.toMap());
		if (this.newest.getAndAccumulate(key.changes(), Math::max) < key.changes()) {
			this.responses.asMap().keySet().removeIf(k -> k.changes() < key.changes());
		}
		this.responses.put(key, bytes);
		WebGraphQlResponse written = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(response.getExecutionInput(), new KeptResult(this.json, bytes)));
		written.getResponseHeaders().putAll(response.getResponseHeaders());
		return written;
	}

	/** Whether the operation is a query whose every root selection is a field of a kept question. */
	private static boolean asksOnlyKeptQuestions(String text, String operationName) {
		Document document = Parser.parse(text);
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		OperationDefinition operation = operations.stream()
			.filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
			.findFirst()
			.orElse(null);
		return operation != null && operation.getOperation() == OperationDefinition.Operation.QUERY
				&& operation.getSelectionSet()
					.getSelections()
					.stream()
					.allMatch(s -> s instanceof Field field && KEPT_QUESTIONS.contains(field.getName()));
	}

	/** Kept responses, and how often a request was answered from them and how often executed. */
	ResultCache.Counts counts() {
		this.responses.cleanUp();
		return new ResultCache.Counts(this.responses.estimatedSize(), this.responses.stats().hitCount(),
				this.responses.stats().missCount());
	}

	/**
	 * A response given as the JSON it was kept as. Over HTTP those bytes are written as they are
	 * ({@link KeptResponseHttpHandler}); any other reader gets them parsed.
	 */
	private record KeptResult(JsonMapper json, byte[] bytes) implements ExecutionResult {

		@Override
		public Map<String, Object> toSpecification() {
			return new KeptJson(this.json, this.bytes);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getData() {
			return (T) toSpecification().get("data");
		}

		@Override
		public boolean isDataPresent() {
			return true;
		}

		@Override
		public List<GraphQLError> getErrors() {
			return List.of();
		}

		@Override
		@SuppressWarnings("unchecked")
		public Map<Object, Object> getExtensions() {
			return (Map<Object, Object>) toSpecification().get("extensions");
		}

	}

	/** The specification map of a kept response: its bytes, parsed only if something reads it as a map. */
	static final class KeptJson extends AbstractMap<String, Object> {

		private final JsonMapper json;

		private final byte[] bytes;

		private Map<String, Object> parsed;

		private KeptJson(JsonMapper json, byte[] bytes) {
			this.json = json;
			this.bytes = bytes;
		}

		byte[] bytes() {
			return this.bytes;
		}

		@Override
		@SuppressWarnings("unchecked")
		public Set<Entry<String, Object>> entrySet() {
			if (this.parsed == null) {
				this.parsed = Objects.requireNonNull(this.json.readValue(this.bytes, LinkedHashMap.class));
			}
			return this.parsed.entrySet();
		}

	}

}
