package no.styringskart.shared;

import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;

/**
 * A request sent with {@code Cache-Control: no-cache} gets answers computed from the graph now, not kept ones
 * ({@link ResultCache}, {@link KeptResponses}): what HTTP means by it, and how the benchmark measures the work a
 * question costs.
 */
@Component
class RecomputeRequests implements WebGraphQlInterceptor {

	private static final String NO_CACHE = CacheControl.noCache().getHeaderValue();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (asksToRecompute(request)) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(ResultCache.RECOMPUTE, true)).build());
		}
		return chain.next(request);
	}

	static boolean asksToRecompute(WebGraphQlRequest request) {
		String cacheControl = request.getHeaders().getCacheControl();
		return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains(NO_CACHE);
	}

}
