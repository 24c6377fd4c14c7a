package no.styringskart.limits;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * The depth and cost limits as one instrumentation that acts once per operation, before anything runs. Two
 * instrumentations would be chained, and graphql-java calls a chain at every field of the answer even when its
 * members only look at the operation: a few thousand needless calls for a large dependency answer.
 */
class DepthAndCostLimits extends SimplePerformantInstrumentation {

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation cost;

	DepthAndCostLimits(LimitsProperties limits) {
		this.depth = new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new AbortExecutionException("The query nests " + depth + " levels deep; at most " + maxDepth
						+ " are allowed (styringskart.limits.max-depth)");
			}
		};
		this.cost = new MaxQueryComplexityInstrumentation(limits.maxCost(), new QueryCost()) {
			@Override
			protected AbortExecutionException mkAbortException(int cost, int maxCost) {
				return new AbortExecutionException("The query would cost " + cost + ", over the budget of " + maxCost
						+ " (styringskart.limits.max-cost): each list multiplies what it contains by its page size "
						+ "(first) or by " + QueryCost.UNPAGED_LIST_SIZE + "; ask for smaller pages or fewer nested lists");
			}
		};
	}

	// The cost check keeps state (whether validation failed); the depth check keeps none.
	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return this.cost.createStateAsync(parameters);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		return this.cost.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		this.depth.beginExecuteOperation(parameters, null);
		return this.cost.beginExecuteOperation(parameters, state);
	}

}
