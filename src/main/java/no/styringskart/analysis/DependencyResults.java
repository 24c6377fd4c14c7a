package no.styringskart.analysis;

import java.util.List;

import no.styringskart.initiatives.Dependency;

/** Result types of the dependency questions. */
final class DependencyResults {

	private DependencyResults() {
	}

	record DependencyAnalysis(Object root, String direction, int depth, List<ReachedNode> reached) {
	}

	record ReachedNode(Object node, int distance, List<DependencyChain> chains) {
	}

	record DependencyChain(int length, List<Dependency> steps) {
	}

}
