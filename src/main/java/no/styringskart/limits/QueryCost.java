package no.styringskart.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;

/**
 * Estimates what a field will cost before anything runs: 1 per field, and a list charges what it contains
 * as many times as it may return items: its {@code first}, its {@code @listSize} in the schema, or
 * {@value #UNPAGED_LIST_SIZE}. Introspection is charged flat, so GraphiQL always works.
 */
final class QueryCost implements FieldComplexityCalculator {

	/** Items assumed for a list without a page size or {@code @listSize} (e.g. a body's memberships). */
	static final int UNPAGED_LIST_SIZE = 10;

	private static int assumedSize(FieldComplexityEnvironment env) {
		GraphQLAppliedDirective listSize = env.getFieldDefinition().getAppliedDirective("listSize");
		if (listSize == null) {
			return UNPAGED_LIST_SIZE;
		}
		Integer assumed = listSize.getArgument("assumedSize").getValue();
		return assumed;
	}

	@Override
	public int calculate(FieldComplexityEnvironment env, int childComplexity) {
		String parent = env.getParentType().getName();
		if (parent.startsWith("__") || env.getField().getName().startsWith("__")) {
			return 1 + childComplexity;
		}
		if (env.getArguments().get("first") instanceof Integer first) {
			return 1 + Math.max(first, 1) * Math.max(childComplexity, 1);
		}
		// a connection's edges are already charged by its page size
		boolean edgesOfConnection = parent.endsWith("Connection") && env.getField().getName().equals("edges");
		boolean list = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()) instanceof GraphQLList;
		if (list && !edgesOfConnection && childComplexity > 0) {
			return 1 + assumedSize(env) * childComplexity;
		}
		return 1 + childComplexity;
	}

}
