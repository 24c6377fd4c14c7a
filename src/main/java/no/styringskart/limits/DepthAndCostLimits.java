package no.styringskart.limits;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.parser.ParserOptions;

/**
 * The limits of a GraphQL document and operation as one instrumentation that acts once per stage, before anything
 * runs: tokens while the document is parsed, its fragments and top-level fields once it is parsed and before it is
 * validated, depth and cost before the operation executes. Several instrumentations would be chained, and
 * graphql-java calls a chain at every field of the answer even when its members only look at the operation: a few
 * thousand needless calls for a large dependency answer.
 */
class DepthAndCostLimits extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	private final MaxQueryDepthInstrumentation depth;

	private final DocumentShape shape;

	private final QueryCost cost = new QueryCost();

	DepthAndCostLimits(LimitsProperties limits) {
		this.limits = limits;
		this.shape = new DocumentShape(limits);
		this.depth = new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return DocumentShape.refusal("The query nests " + depth + " levels deep; at most " + maxDepth
						+ " are allowed (styringskart.limits.max-depth)");
			}
		};
	}

	/** Parses each request's document under a token limit that names the setting when it is reached. */
	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		AtomicInteger tokens = new AtomicInteger();
		int maxTokens = this.limits.maxTokens();
		ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(parser -> parser
			// graphql-java's own limit stays as a backstop above this one, whose refusal says what to change
			.maxTokens(Math.max(ParserOptions.MAX_QUERY_TOKENS, maxTokens + 1))
			.parsingListener(token -> {
				if (tokens.incrementAndGet() > maxTokens) {
					throw DocumentShape.refusal("The document has more than " + maxTokens
							+ " tokens (styringskart.limits.max-tokens)");
				}
			}));
		parameters.getExecutionInput().getGraphQLContext().put(ParserOptions.class, options);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		this.shape.check(documentAndVariables.getDocument());
		return documentAndVariables;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		this.depth.beginExecuteOperation(parameters, null);
		long cost = this.cost.of(parameters.getExecutionContext());
		if (cost > this.limits.maxCost()) {
			throw DocumentShape.refusal("The query would cost " + ((cost == Long.MAX_VALUE) ? "more than can be counted" : cost)
					+ ", over the budget of " + this.limits.maxCost() + " (styringskart.limits.max-cost): each list "
					+ "multiplies what it contains by its page size (first) or by " + QueryCost.UNPAGED_LIST_SIZE
					+ ", and analysis fields add the weight of their @cost; ask for smaller pages, fewer nested lists "
					+ "or fewer analyses");
		}
		return SimpleInstrumentationContext.noOp();
	}

}
