package no.styringskart.seed;

import java.util.List;
import java.util.stream.Collectors;

/** The seed has problems; nothing was written. Carries every problem found, not just the first. */
public class InvalidSeedException extends RuntimeException {

	private final List<SeedProblem> problems;

	InvalidSeedException(List<SeedProblem> problems) {
		super(problems.size() + " problem(s) in the seed; nothing was written:\n"
				+ problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<SeedProblem> problems() {
		return this.problems;
	}

}
