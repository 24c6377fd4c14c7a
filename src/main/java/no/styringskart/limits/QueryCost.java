package no.styringskart.limits;

import java.util.HashMap;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;

/**
 * Estimates what an operation will cost before anything runs: 1 per field; a list charges what it contains as many
 * times as it may return items (its {@code first}, its {@code @listSize} in the schema, or
 * {@value #UNPAGED_LIST_SIZE}); a traversal or analysis adds the weight of its {@code @cost} directive, times the
 * argument that directive names (depth, length of cycle). Introspection is charged flat, so GraphiQL always works.
 * <p>
 * Sums and products saturate at {@link Long#MAX_VALUE}: an operation too costly to count is over any budget, never
 * wrapped round to a small or negative figure.
 */
final class QueryCost {

	/** Items assumed for a list without a page size or {@code @listSize} (e.g. a body's memberships). */
	static final int UNPAGED_LIST_SIZE = 10;

	/** What the operation about to execute would cost. */
	long of(ExecutionContext execution) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.coercedVariables(execution.getCoercedVariables())
			.build();
		// the summed cost of each field's selection, by field; the operation's own under null
		Map<QueryVisitorFieldEnvironment, Long> selections = new HashMap<>();
		traverser.visitPostOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment env) {
				long cost = field(env, selections.getOrDefault(env, 0L));
				selections.merge(env.getParentEnvironment(), cost, QueryCost::plus);
			}
		});
		return selections.getOrDefault(null, 0L);
	}

	/** A field's cost, given the summed cost of its selection. */
	static long field(QueryVisitorFieldEnvironment env, long selection) {
		String parent = GraphQLTypeUtil.unwrapAll(env.getParentType()).getName();
		if (parent.startsWith("__") || env.getField().getName().startsWith("__")) {
			return plus(1, selection);
		}
		long own = plus(1, work(env));
		if (env.getArguments().get("first") instanceof Integer first) {
			return plus(own, times(Math.max(first, 1), Math.max(selection, 1)));
		}
		// a connection's edges are already charged by its page size
		boolean edgesOfConnection = parent.endsWith("Connection") && env.getField().getName().equals("edges");
		boolean list = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()) instanceof GraphQLList;
		if (list && !edgesOfConnection && selection > 0) {
			return plus(own, times(assumedSize(env), selection));
		}
		return plus(own, selection);
	}

	/** The weight of the field's own work ({@code @cost}), times the argument it names; 0 for a plain field. */
	private static long work(QueryVisitorFieldEnvironment env) {
		GraphQLAppliedDirective cost = env.getFieldDefinition().getAppliedDirective("cost");
		if (cost == null) {
			return 0;
		}
		int weight = cost.getArgument("weight").getValue();
		String perUnitOf = cost.getArgument("perUnitOf").getValue();
		if (perUnitOf != null && env.getArguments().get(perUnitOf) instanceof Integer units) {
			return times(weight, Math.max(units, 1));
		}
		return weight;
	}

	private static int assumedSize(QueryVisitorFieldEnvironment env) {
		GraphQLAppliedDirective listSize = env.getFieldDefinition().getAppliedDirective("listSize");
		if (listSize == null) {
			return UNPAGED_LIST_SIZE;
		}
		return listSize.getArgument("assumedSize").getValue();
	}

	static long plus(long a, long b) {
		long sum = a + b;
		return (((a ^ sum) & (b ^ sum)) < 0) ? Long.MAX_VALUE : sum;
	}

	static long times(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long product = a * b;
		return (high != 0 || product < 0) ? Long.MAX_VALUE : product;
	}

}
