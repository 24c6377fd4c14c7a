package no.styringskart.system;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import no.styringskart.shared.ServiceErrorType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Until the graph is prepared, every request gets SERVICE_UNAVAILABLE instead of answers from an empty graph. Runs
 * before any resolver.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class GraphReadyGate implements WebGraphQlInterceptor {

	private final GraphPreparation preparation;

	GraphReadyGate(GraphPreparation preparation) {
		this.preparation = preparation;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (this.preparation.isReady()) {
			return chain.next(request);
		}
		ExecutionResult unavailable = ExecutionResult.newExecutionResult()
			.addError(GraphQLError.newError()
				.errorType(ServiceErrorType.SERVICE_UNAVAILABLE)
				.message("The graph database cannot be reached yet; Styringskart keeps trying. Try again shortly.")
				.build())
			.build();
		return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), unavailable)));
	}

}
