package no.styringskart.seed;

import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A seed that fails validation, whether reloaded or extended by an imported paper, is a BAD_REQUEST listing
 * every problem in {@code extensions.problems}.
 */
@ControllerAdvice
class InvalidSeedErrors {

	@GraphQlExceptionHandler
	GraphQLError invalidSeed(InvalidSeedException ex, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.extensions(Map.of("problems", ex.problems().stream().map(SeedProblem::toString).toList()))
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
