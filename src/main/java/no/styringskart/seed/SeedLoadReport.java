package no.styringskart.seed;

import java.util.Map;

/**
 * What a load wrote.
 *
 * @param location where the seed was read from
 * @param nodesByLabel seeded nodes per label after the load
 * @param relationshipsByType relationships per type after the load
 * @param millis time spent validating and writing
 */
public record SeedLoadReport(String location, Map<String, Long> nodesByLabel, Map<String, Long> relationshipsByType,
		long millis) {

	public long nodes() {
		return this.nodesByLabel.values().stream().mapToLong(Long::longValue).sum();
	}

	public long relationships() {
		return this.relationshipsByType.values().stream().mapToLong(Long::longValue).sum();
	}

}
