package no.styringskart.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one request may ask of the server. Page sizes (at most 100) and traversal depths (at most 6) are
 * part of the schema's contract and fixed there.
 *
 * @param maxDepth deepest field nesting of an operation; GraphiQL's introspection query needs 13
 * @param maxCost budget of an operation, where each field costs 1 and a list multiplies what it contains by
 * its page size ({@code first}) or by {@value QueryCost#UNPAGED_LIST_SIZE} when it has none
 * @param maxRequestSize largest request body accepted on {@code /graphql}
 * @param maxUploadSize largest paper accepted by the admin upload {@code POST /admin/papers/{documentId}}
 * @param queryTimeoutSeconds how long one database transaction of a request may run before Neo4j terminates
 * it; the whole response is also given up on a little after this
 */
@ConfigurationProperties("styringskart.limits")
public record LimitsProperties(Integer maxDepth, Integer maxCost, DataSize maxRequestSize, DataSize maxUploadSize,
		Integer queryTimeoutSeconds) {

	public LimitsProperties {
		maxDepth = (maxDepth != null) ? maxDepth : 15;
		maxCost = (maxCost != null) ? maxCost : 25_000;
		maxRequestSize = (maxRequestSize != null) ? maxRequestSize : DataSize.ofKilobytes(100);
		maxUploadSize = (maxUploadSize != null) ? maxUploadSize : DataSize.ofMegabytes(10);
		queryTimeoutSeconds = (queryTimeoutSeconds != null) ? queryTimeoutSeconds : 10;
	}

}
