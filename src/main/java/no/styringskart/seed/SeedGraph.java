package no.styringskart.seed;

import java.util.List;
import java.util.Map;

/**
 * The validated seed, resolved into the rows the writer unwinds: one list per node label or relationship
 * kind, each row a map of Cypher parameters. Only {@link SeedValidator} makes one, so a {@code SeedGraph}
 * always refers to nothing that is missing.
 */
record SeedGraph(List<Map<String, Object>> documents, List<Map<String, Object>> organisations,
		List<Map<String, Object>> people, List<Map<String, Object>> titles, List<Map<String, Object>> bodies,
		List<Map<String, Object>> initiatives, List<Map<String, Object>> standards,
		List<Map<String, Object>> memberships, List<Map<String, Object>> meetings,
		List<Map<String, Object>> attendance, List<Map<String, Object>> agendaItems,
		List<Map<String, Object>> agendaLinks, List<Map<String, Object>> dependencies,
		List<Map<String, Object>> bodyRelations, List<Map<String, Object>> adoptions,
		List<Map<String, Object>> changeEvents, List<Map<String, Object>> roles, StatementRows said,
		List<SeedProblem> warnings) {

	/** What the papers say: statements, the entities they concern, milestone dates, typed involvements. */
	record StatementRows(List<Map<String, Object>> statements, List<Map<String, Object>> statementLinks,
			List<Map<String, Object>> milestoneDates, List<Map<String, Object>> involvements) {

		static final StatementRows NONE = new StatementRows(List.of(), List.of(), List.of(), List.of());

	}

	Map<String, Object> asParameters() {
		return Map.ofEntries(Map.entry("documents", this.documents), Map.entry("organisations", this.organisations),
				Map.entry("people", this.people), Map.entry("titles", this.titles), Map.entry("bodies", this.bodies),
				Map.entry("initiatives", this.initiatives), Map.entry("standards", this.standards),
				Map.entry("memberships", this.memberships), Map.entry("meetings", this.meetings),
				Map.entry("attendance", this.attendance), Map.entry("agendaItems", this.agendaItems),
				Map.entry("agendaLinks", this.agendaLinks), Map.entry("dependencies", this.dependencies),
				Map.entry("bodyRelations", this.bodyRelations), Map.entry("adoptions", this.adoptions),
				Map.entry("changeEvents", this.changeEvents), Map.entry("roles", this.roles),
				Map.entry("statements", this.said.statements()),
				Map.entry("statementLinks", this.said.statementLinks()),
				Map.entry("milestoneDates", this.said.milestoneDates()),
				Map.entry("involvements", this.said.involvements()));
	}

}
