package no.styringskart.shared;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Domain errors as classified GraphQL errors with a message that helps the caller. */
@ControllerAdvice
class ApiErrors {

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), env);
	}

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment env) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), env);
	}

	private static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
