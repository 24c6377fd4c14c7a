package no.styringskart.security;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** A refused field says whether a token is missing (UNAUTHORIZED) or lacks the right (FORBIDDEN), and how to fix it. */
@ControllerAdvice
class AccessErrors {

	private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

	@GraphQlExceptionHandler
	GraphQLError refused(AccessDeniedException ex, DataFetchingEnvironment env) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || this.trust.isAnonymous(authentication);
		String field = env.getField().getName();
		return GraphQLError.newError()
			.errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
			.message(anonymous ? field + " changes the graph and needs the admin token: send 'Authorization: Bearer <token>'"
					: field + " changes the graph; the token given may only read")
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
