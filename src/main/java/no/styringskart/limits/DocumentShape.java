package no.styringskart.limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import org.springframework.graphql.execution.ErrorType;

/**
 * Checks the shape of a parsed document before graphql-java validates it: how many fragments it defines, how deeply
 * their spreads lead into each other and how many fields its operations ask at the top. Validation walks every
 * spread of every fragment again for each place it is used, so a long chain or a cycle of fragments costs time (and
 * stack) out of all proportion to its size; these checks cost one pass over the document.
 */
final class DocumentShape {

	private final LimitsProperties limits;

	DocumentShape(LimitsProperties limits) {
		this.limits = limits;
	}

	/** Throws an {@link AbortExecutionException} carrying a BAD_REQUEST that names the limit reached. */
	void check(Document document) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.putIfAbsent(fragment.getName(), fragment);
		}
		int fragmentCount = document.getDefinitionsOfType(FragmentDefinition.class).size();
		if (fragmentCount > this.limits.maxFragments()) {
			throw refusal("The document defines " + fragmentCount + " fragments; at most " + this.limits.maxFragments()
					+ " are allowed (styringskart.limits.max-fragments)");
		}
		Map<String, Integer> depths = new HashMap<>();
		for (FragmentDefinition fragment : fragments.values()) {
			spreadDepth(fragment.getName(), fragments, depths);
		}
		Expansion expansion = new Expansion(fragments);
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			String name = (operation.getName() != null) ? "Operation " + operation.getName() : "The operation";
			long rootFields = expansion.count(operation.getSelectionSet(), false);
			if (rootFields > this.limits.maxRootFields()) {
				throw refusal(name + " asks " + rootFields + " fields at its top level; at most "
						+ this.limits.maxRootFields() + " are allowed (styringskart.limits.max-root-fields): "
						+ "send the questions in separate requests");
			}
			// every field costs at least 1, so more fields than the budget is over it, and cheaper to tell now
			long fields = expansion.count(operation.getSelectionSet(), true);
			if (fields > this.limits.maxCost()) {
				throw refusal(name + " asks " + ((fields == Long.MAX_VALUE) ? "too many" : fields)
						+ " fields once its fragments are spread out, over the budget of " + this.limits.maxCost()
						+ " (styringskart.limits.max-cost)");
			}
		}
	}

	/**
	 * How many spreads deep the fragment leads, found without recursion; a cycle or a chain deeper than the limit is
	 * refused as soon as it is seen. Depths found are kept, so each fragment is walked once.
	 */
	private int spreadDepth(String start, Map<String, FragmentDefinition> fragments, Map<String, Integer> depths) {
		if (depths.containsKey(start)) {
			return depths.get(start);
		}
		// each frame: a fragment and the spreads in it still to look at
		Deque<Map.Entry<String, Deque<String>>> path = new ArrayDeque<>();
		path.push(Map.entry(start, spreadsIn(fragments.get(start))));
		while (!path.isEmpty()) {
			var frame = path.peek();
			if (frame.getValue().isEmpty()) {
				path.pop();
				int depth = 0;
				for (String spread : spreadsIn(fragments.get(frame.getKey()))) {
					depth = Math.max(depth, 1 + depths.getOrDefault(spread, 0));
				}
				depths.put(frame.getKey(), depth);
				continue;
			}
			String next = frame.getValue().pop();
			if (depths.containsKey(next) || !fragments.containsKey(next)) {
				continue; // known, or unknown and left to validation to name
			}
			if (path.stream().anyMatch(f -> f.getKey().equals(next))) {
				throw refusal("Fragment " + next + " spreads itself through other fragments; fragments may not form a cycle");
			}
			if (path.size() >= this.limits.maxSpreadDepth()) {
				throw refusal("Fragment spreads lead more than " + this.limits.maxSpreadDepth() + " fragments deep from "
						+ start + "; at most " + this.limits.maxSpreadDepth()
						+ " are allowed (styringskart.limits.max-spread-depth)");
			}
			path.push(Map.entry(next, spreadsIn(fragments.get(next))));
		}
		return depths.get(start);
	}

	private static Deque<String> spreadsIn(FragmentDefinition fragment) {
		Deque<String> spreads = new ArrayDeque<>();
		Deque<SelectionSet> open = new ArrayDeque<>(List.of(fragment.getSelectionSet()));
		while (!open.isEmpty()) {
			for (Selection<?> selection : open.pop().getSelections()) {
				switch (selection) {
					case FragmentSpread spread -> spreads.push(spread.getName());
					case Field field when field.getSelectionSet() != null -> open.push(field.getSelectionSet());
					case InlineFragment inline -> open.push(inline.getSelectionSet());
					default -> {
					}
				}
			}
		}
		return spreads;
	}

	/**
	 * Counts the fields of a selection as execution would see them, every fragment spread out, with each fragment's
	 * count worked out once: a few fragments that each spread the next many times make an exponentially large
	 * operation from a small document. Counts saturate at {@link Long#MAX_VALUE}. Runs after the cycle check.
	 */
	private static final class Expansion {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Long> top = new HashMap<>();

		private final Map<String, Long> all = new HashMap<>();

		Expansion(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		/** Fields at the top of the selection, or ({@code nested}) at every level. */
		long count(SelectionSet selections, boolean nested) {
			long count = 0;
			for (Selection<?> selection : selections.getSelections()) {
				count = plus(count, switch (selection) {
					case Field field -> (nested && field.getSelectionSet() != null)
							? plus(1, count(field.getSelectionSet(), true)) : 1;
					case InlineFragment inline -> count(inline.getSelectionSet(), nested);
					case FragmentSpread spread -> fragment(spread.getName(), nested);
					default -> 0;
				});
			}
			return count;
		}

		private long fragment(String name, boolean nested) {
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null) {
				return 0; // validation names it
			}
			Map<String, Long> known = nested ? this.all : this.top;
			Long count = known.get(name);
			if (count == null) {
				count = count(fragment.getSelectionSet(), nested);
				known.put(name, count);
			}
			return count;
		}

		private static long plus(long a, long b) {
			long sum = a + b;
			return (sum < 0) ? Long.MAX_VALUE : sum;
		}

	}

	static AbortExecutionException refusal(String message) {
		return new AbortExecutionException(
				List.of(GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
	}

}
