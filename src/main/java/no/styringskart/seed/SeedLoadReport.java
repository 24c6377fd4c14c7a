package no.styringskart.seed;

import java.util.List;
import java.util.Map;

/**
 * What a load wrote.
 *
 * @param location where the seed was read from
 * @param nodesByLabel seeded nodes per label after the load
 * @param relationshipsByType relationships per type after the load
 * @param millis time spent validating and writing
 * @param warnings what the validator let through but a curator should look at (an over-long quote, an ambiguous id)
 */
public record SeedLoadReport(String location, Map<String, Long> nodesByLabel, Map<String, Long> relationshipsByType,
		long millis, List<SeedProblem> warnings) {

	SeedLoadReport withWarnings(List<SeedProblem> warnings) {
		return new SeedLoadReport(this.location, this.nodesByLabel, this.relationshipsByType, this.millis,
				List.copyOf(warnings));
	}

	public long nodes() {
		return this.nodesByLabel.values().stream().mapToLong(Long::longValue).sum();
	}

	public long relationships() {
		return this.relationshipsByType.values().stream().mapToLong(Long::longValue).sum();
	}

}
