package no.styringskart.shared;

import java.util.UUID;
import java.util.regex.Pattern;

import graphql.execution.ExecutionId;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every request an id, the caller's {@code X-Request-Id} when it is a sane token, so an error message
 * can name it and the server log can be searched for the detail behind it. The id is echoed in the response, a
 * kept one too: this interceptor is the outermost.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds implements WebGraphQlInterceptor {

	static final String HEADER = "X-Request-Id";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String given = request.getHeaders().getFirst(HEADER);
		String id = (given != null && SANE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		request.configureExecutionInput((input, builder) -> builder.executionId(ExecutionId.from(id)).build());
		return chain.next(request).doOnNext(response -> response.getResponseHeaders().set(HEADER, id));
	}

}
