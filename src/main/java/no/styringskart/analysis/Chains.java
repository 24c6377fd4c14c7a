package no.styringskart.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.analysis.DependencyResults.DependencyChain;
import no.styringskart.initiatives.Dependency;
import no.styringskart.shared.BadRequestException;

/**
 * The chains of a dependency traversal, enumerated breadth first from its root over the steps read around it:
 * every run of distinct steps (a step may not repeat, a node may, as in Cypher's variable-length patterns) of at
 * most {@code depth} steps, and for each node reached the first few, so the shortest, in a fixed order.
 */
final class Chains {

	private Chains() {
	}

	/**
	 * A stated dependency as the traversal walks it: from its near end (towards the root) to its far end.
	 *
	 * @param farName orders the steps out of a node, so that equally short chains come in the same order every time
	 */
	record Step(String near, String far, String farName, Dependency dependency) {

		static final Comparator<Step> ORDER = Comparator.comparing(Step::farName)
			.thenComparing(step -> step.dependency().kind(), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Step::firstQuote, Comparator.nullsFirst(Comparator.naturalOrder()));

		private String firstQuote() {
			return this.dependency.evidence().isEmpty() ? null : this.dependency.evidence().getFirst().quote();
		}

	}

	/** A run of steps from the root to {@code end}, its last step first. */
	private record Trail(String end, Step last, Trail before, int length) {

		boolean uses(Step step) {
			for (Trail trail = this; trail.last != null; trail = trail.before) {
				if (trail.last == step) {
					return true;
				}
			}
			return false;
		}

		/** The steps from the far end to the root when {@code farEndFirst}, else from the root out. */
		DependencyChain chain(boolean farEndFirst) {
			List<Dependency> steps = new ArrayList<>(this.length);
			for (Trail trail = this; trail.last != null; trail = trail.before) {
				steps.add(trail.last.dependency());
			}
			return new DependencyChain(this.length, farEndFirst ? steps : steps.reversed());
		}

	}

	/**
	 * Every node but the root reached in at most {@code depth} steps, nearest first, with its first
	 * {@code chainsPerNode} chains, shortest first.
	 *
	 * @param stepsOut the steps out of each node, away from the root, in {@link Step#ORDER}
	 * @param farEndFirst whether a chain lists its steps from the node reached in to the root (dependents), rather
	 * than from the root out (dependencies): either way, each step's dependent comes before its dependency
	 * @param maxTrails how many runs of steps may be enumerated before the question is refused as too large
	 */
	static Map<String, List<DependencyChain>> enumerate(String root, Map<String, List<Step>> stepsOut, int depth,
			int chainsPerNode, boolean farEndFirst, int maxTrails) {
		Map<String, List<DependencyChain>> chains = new LinkedHashMap<>();
		List<Trail> level = List.of(new Trail(root, null, null, 0));
		int enumerated = 0;
		for (int length = 1; length <= depth && !level.isEmpty(); length++) {
			List<Trail> next = new ArrayList<>();
			for (Trail trail : level) {
				for (Step step : stepsOut.getOrDefault(trail.end(), List.of())) {
					if (trail.uses(step)) {
						continue;
					}
					if (++enumerated > maxTrails) {
						throw new BadRequestException("the dependency chains within depth " + depth + " of " + root
								+ " are more than " + maxTrails + "; ask for a smaller depth or fewer kinds");
					}
					Trail longer = new Trail(step.far(), step, trail, length);
					if (length < depth) {
						next.add(longer);
					}
					if (!step.far().equals(root)) {
						List<DependencyChain> found = chains.computeIfAbsent(step.far(), far -> new ArrayList<>());
						if (found.size() < chainsPerNode) {
							found.add(longer.chain(farEndFirst));
						}
					}
				}
			}
			level = next;
		}
		return chains;
	}

}
