package no.styringskart.shared;

import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain errors as classified GraphQL errors (and HTTP statuses) with a message that helps the caller. */
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

	/** For the REST endpoints (paper upload): a bad request as 400. */
	@ExceptionHandler
	ResponseEntity<Map<String, Object>> badRequestOverHttp(BadRequestException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", ex.getMessage()));
	}

	/** For the REST endpoints (paper upload): the same conflict as 409. */
	@ExceptionHandler
	ResponseEntity<Map<String, Object>> writeConflictOverHttp(WriteConflictException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", ex.getMessage()));
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
