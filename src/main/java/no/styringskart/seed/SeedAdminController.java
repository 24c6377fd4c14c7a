package no.styringskart.seed;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The admin mutation that reloads the seed; only the admin token may call it. */
@Controller
class SeedAdminController {

	private final SeedLoader loader;

	SeedAdminController(SeedLoader loader) {
		this.loader = loader;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	SeedLoadReport reloadSeed() {
		return this.loader.load();
	}

	@SchemaMapping(typeName = "SeedLoad")
	long nodeCount(SeedLoadReport report) {
		return report.nodes();
	}

	@SchemaMapping(typeName = "SeedLoad")
	long relationshipCount(SeedLoadReport report) {
		return report.relationships();
	}

	@SchemaMapping(typeName = "SeedLoad")
	List<Map<String, Object>> labels(SeedLoadReport report) {
		return counts(report.nodesByLabel());
	}

	@SchemaMapping(typeName = "SeedLoad")
	List<Map<String, Object>> relationshipTypes(SeedLoadReport report) {
		return counts(report.relationshipsByType());
	}

	@SchemaMapping(typeName = "SeedLoad")
	List<String> warnings(SeedLoadReport report) {
		return report.warnings().stream().map(SeedProblem::toString).toList();
	}

	private static List<Map<String, Object>> counts(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map(e -> Map.<String, Object>of("name", e.getKey(), "count", e.getValue()))
			.toList();
	}

}
