package no.styringskart.shared;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The last word on any failure no feature handled: the caller gets a classification and a message that helps,
 * never a stack trace, class name or Cypher; the log gets the detail under the request id.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ServiceErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ServiceErrors.class);

	private final int timeoutSeconds;

	ServiceErrors(@Value("${styringskart.limits.query-timeout-seconds:10}") int timeoutSeconds) {
		this.timeoutSeconds = timeoutSeconds;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			return null; // Spring Security's resolver knows these
		}
		String requestId = env.getExecutionId().toString();
		String field = env.getExecutionStepInfo().getPath().toString();
		GraphQLError.Builder<?> error = GraphQLError.newError()
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation());
		if (DatabaseFailures.timedOut(ex)) {
			log.warn("Request {}: {} stopped after {} s: {}", requestId, field, this.timeoutSeconds, ex.toString());
			return error.errorType(ServiceErrorType.TIMEOUT)
				.message("The query ran longer than " + this.timeoutSeconds + " s and was stopped; narrow it down "
						+ "(smaller depth, page or set of bodies). Request id " + requestId)
				.build();
		}
		if (DatabaseFailures.conflict(ex)) {
			log.warn("Request {}: {} met another write: {}", requestId, field, ex.toString());
			return error.errorType(ServiceErrorType.CONFLICT)
				.message("The graph is being changed by another write; nothing of this one was written. Send it again "
						+ "once the other is done. Request id " + requestId)
				.build();
		}
		if (DatabaseFailures.unavailable(ex)) {
			log.warn("Request {}: {} failed, Neo4j is unavailable: {}", requestId, field, ex.toString());
			return error.errorType(ServiceErrorType.SERVICE_UNAVAILABLE)
				.message("The graph database cannot be reached right now; try again shortly. Request id " + requestId)
				.build();
		}
		log.error("Request {}: {} failed", requestId, field, ex);
		return error.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error; the server log has the details under request id " + requestId)
			.build();
	}

}
