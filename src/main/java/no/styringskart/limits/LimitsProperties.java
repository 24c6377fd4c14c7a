package no.styringskart.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one request may ask of the server. Page sizes (at most 100) and traversal depths (at most 6) are
 * part of the schema's contract and fixed there.
 *
 * @param maxDepth deepest field nesting of an operation; GraphiQL's introspection query needs 13
 * @param maxCost budget of an operation, where each field costs 1, a list multiplies what it contains by
 * its page size ({@code first}) or by {@value QueryCost#UNPAGED_LIST_SIZE} when it has none, and an analysis
 * field adds the weight its {@code @cost} directive declares
 * @param maxTokens tokens (names, punctuation, values) a document may have; checked while it is parsed
 * @param maxFragments fragment definitions a document may have
 * @param maxSpreadDepth how deeply fragment spreads may lead into each other
 * @param maxRootFields fields (aliases included) an operation may ask at its top level
 * @param maxRequestSize largest request body accepted on {@code /graphql}
 * @param maxUploadSize largest paper accepted by the admin upload {@code POST /admin/papers/{documentId}}
 * @param queryTimeoutSeconds how long one request's database work may run in all before Neo4j terminates it; the
 * whole response is also given up on a little after this
 * @param bodyArrivalSeconds how long a request body on {@code /graphql} or {@code /admin/} may take to arrive
 * @param importTimeout how long reading and applying one imported paper may take
 */
@ConfigurationProperties("styringskart.limits")
public record LimitsProperties(Integer maxDepth, Integer maxCost, Integer maxTokens, Integer maxFragments,
		Integer maxSpreadDepth, Integer maxRootFields, DataSize maxRequestSize, DataSize maxUploadSize,
		Integer queryTimeoutSeconds, Integer bodyArrivalSeconds, Duration importTimeout) {

	static final Duration DEFAULT_IMPORT_TIMEOUT = Duration.ofSeconds(120);

	public LimitsProperties {
		maxDepth = (maxDepth != null) ? maxDepth : 15;
		maxCost = (maxCost != null) ? maxCost : 25_000;
		maxTokens = (maxTokens != null) ? maxTokens : 5_000;
		maxFragments = (maxFragments != null) ? maxFragments : 50;
		maxSpreadDepth = (maxSpreadDepth != null) ? maxSpreadDepth : 8;
		maxRootFields = (maxRootFields != null) ? maxRootFields : 100;
		maxRequestSize = (maxRequestSize != null) ? maxRequestSize : DataSize.ofKilobytes(100);
		maxUploadSize = (maxUploadSize != null) ? maxUploadSize : DataSize.ofMegabytes(10);
		queryTimeoutSeconds = (queryTimeoutSeconds != null) ? queryTimeoutSeconds : 10;
		bodyArrivalSeconds = (bodyArrivalSeconds != null) ? bodyArrivalSeconds : 10;
		importTimeout = (importTimeout != null) ? importTimeout : DEFAULT_IMPORT_TIMEOUT;
	}

}
