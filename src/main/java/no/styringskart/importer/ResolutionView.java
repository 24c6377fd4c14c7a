package no.styringskart.importer;

import java.util.List;

/** A resolution as the API shows it (GraphQL and HTTP alike): the three best candidates are enough to review. */
record ResolutionView(String entityType, String written, Resolution.Outcome outcome, String id, int line,
		List<Match> candidates) {

	static List<ResolutionView> of(ImportReport report) {
		return report.resolutions()
			.stream()
			.map(r -> new ResolutionView(r.entityType(), r.resolution().written(), r.resolution().outcome(), r.draftId(),
					r.line(), r.resolution().candidates().stream().limit(3).toList()))
			.toList();
	}

}
