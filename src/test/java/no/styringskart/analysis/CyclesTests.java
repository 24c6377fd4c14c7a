package no.styringskart.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CyclesTests {

	private static Cycles.Hop hop(String from, String to) {
		return new Cycles.Hop(from, to, from + ">" + to);
	}

	@Test
	void twoCyclesThroughOneItemAreTwoCyclesNotAFigureEight() {
		// nilar ⇄ kjernejournal and nilar ⇄ helsenorge: the walk nilar → kj → nilar → hn → nilar is no cycle
		List<Cycles.Hop> hops = List.of(hop("nilar", "kj"), hop("kj", "nilar"), hop("nilar", "hn"), hop("hn", "nilar"));
		assertThat(Cycles.simple(hops, 6, 100)).containsExactlyInAnyOrder(List.of("hn>nilar", "nilar>hn"),
				List.of("kj>nilar", "nilar>kj"));
	}

	@Test
	void aCycleIsListedOnceFromItsLowestIdAndParallelHopsCountOnce() {
		List<Cycles.Hop> hops = List.of(hop("c", "a"), hop("a", "b"), hop("b", "c"), new Cycles.Hop("a", "b", "second"));
		assertThat(Cycles.simple(hops, 6, 100)).containsExactly(List.of("a>b", "b>c", "c>a"));
	}

	@Test
	void cyclesLongerThanTheMaximumAreLeftOutAndTheShortestComeFirst() {
		List<Cycles.Hop> hops = List.of(hop("a", "b"), hop("b", "c"), hop("c", "a"), hop("b", "a"));
		assertThat(Cycles.simple(hops, 3, 100)).containsExactly(List.of("a>b", "b>a"), List.of("a>b", "b>c", "c>a"));
		assertThat(Cycles.simple(hops, 2, 100)).containsExactly(List.of("a>b", "b>a"));
		assertThat(Cycles.simple(hops, 3, 1)).hasSize(1);
	}

}
