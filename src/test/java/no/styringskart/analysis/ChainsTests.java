package no.styringskart.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.analysis.Chains.Step;
import no.styringskart.analysis.DependencyResults.DependencyChain;
import no.styringskart.initiatives.Dependency;
import no.styringskart.shared.BadRequestException;
import no.styringskart.shared.Evidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The enumeration on its own, on small graphs drawn by hand (the answers it gives on the seed are checked
 * against Cypher's own enumeration in {@code AnalysisApiTests}).
 */
class ChainsTests {

	private final Map<String, List<Step>> stepsOut = new HashMap<>();

	/** {@code dependent} depends on {@code dependency}; the traversal walks from the dependency (dependents). */
	private Step depends(String dependent, String dependency, String kind) {
		Step step = new Step(dependency, dependent, dependent,
				new Dependency(dependent, dependency, kind, null, List.of(new Evidence("doc", kind, "1"))));
		this.stepsOut.computeIfAbsent(dependency, near -> new ArrayList<>()).add(step);
		this.stepsOut.get(dependency).sort(Step.ORDER);
		return step;
	}

	private Map<String, List<DependencyChain>> dependentsOf(String root, int depth) {
		return Chains.enumerate(root, this.stepsOut, depth, 3, true, 1000);
	}

	private static List<String> path(DependencyChain chain) {
		List<String> path = new ArrayList<>();
		chain.steps().forEach(step -> path.add(step.dependent() + " -" + step.kind() + "-> " + step.dependency()));
		return path;
	}

	@Test
	void eachNodeGetsItsShortestChainsFirstEachRunningFromItToTheRoot() {
		depends("b", "root", "depends_on");
		depends("c", "b", "depends_on");
		depends("c", "root", "builds_on");
		depends("d", "c", "depends_on");
		Map<String, List<DependencyChain>> chains = dependentsOf("root", 3);
		assertThat(chains).containsOnlyKeys("b", "c", "d");
		assertThat(chains.get("c")).extracting(ChainsTests::path)
			.containsExactly(List.of("c -builds_on-> root"), List.of("c -depends_on-> b", "b -depends_on-> root"));
		assertThat(chains.get("d")).extracting(DependencyChain::length).containsExactly(2, 3);
		assertThat(dependentsOf("root", 1)).containsOnlyKeys("b", "c");
	}

	@Test
	void aStepIsTakenOnceInAChainWhileANodeMayRecurAndTheRootIsNotReached() {
		depends("a", "root", "depends_on");
		depends("root", "a", "depends_on");
		depends("z", "root", "depends_on");
		Map<String, List<DependencyChain>> chains = dependentsOf("root", 5);
		assertThat(chains).containsOnlyKeys("a", "z");
		// root <- a <- root <- z: the cycle is walked once, never twice
		assertThat(chains.get("z")).extracting(ChainsTests::path)
			.containsExactly(List.of("z -depends_on-> root"),
					List.of("z -depends_on-> root", "root -depends_on-> a", "a -depends_on-> root"));
	}

	@Test
	void equallyShortChainsComeInTheOrderOfTheirSteps() {
		for (String kind : List.of("prerequisite_for", "depends_on", "delivers_to", "part_of")) {
			depends("nilar", "tag", kind);
		}
		assertThat(dependentsOf("tag", 2).get("nilar")).extracting(chain -> chain.steps().getFirst().kind())
			.containsExactly("delivers_to", "depends_on", "part_of");
	}

	@Test
	void aTraversalThatWouldEnumerateTooManyChainsIsRefusedWithWhatToDo() {
		// layers of eight, each node depending on every node of the layer before: 8, 64, 512, 4096 chains
		for (int layer = 1; layer <= 4; layer++) {
			for (int i = 0; i < 8; i++) {
				for (int j = 0; j < (layer == 1 ? 1 : 8); j++) {
					depends("n" + layer + "." + i, (layer == 1) ? "root" : "n" + (layer - 1) + "." + j, "depends_on");
				}
			}
		}
		assertThat(dependentsOf("root", 3)).hasSize(24);
		assertThatThrownBy(() -> dependentsOf("root", 4)).isInstanceOf(BadRequestException.class)
			.hasMessage("the dependency chains within depth 4 of root are more than 1000; ask for a smaller depth or "
					+ "fewer kinds");
	}

}
