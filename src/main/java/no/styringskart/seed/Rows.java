package no.styringskart.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rows being built, plus which declared ids some fact refers to. */
final class Rows {

	final List<Map<String, Object>> organisations = new ArrayList<>();

	final List<Map<String, Object>> people = new ArrayList<>();

	final List<Map<String, Object>> titles = new ArrayList<>();

	final List<Map<String, Object>> bodies = new ArrayList<>();

	final List<Map<String, Object>> initiatives = new ArrayList<>();

	final List<Map<String, Object>> standards = new ArrayList<>();

	final List<Map<String, Object>> memberships = new ArrayList<>();

	final List<Map<String, Object>> meetings = new ArrayList<>();

	final List<Map<String, Object>> attendance = new ArrayList<>();

	final List<Map<String, Object>> agendaItems = new ArrayList<>();

	final List<Map<String, Object>> agendaLinks = new ArrayList<>();

	final List<Map<String, Object>> dependencies = new ArrayList<>();

	final List<Map<String, Object>> bodyRelations = new ArrayList<>();

	final List<Map<String, Object>> adoptions = new ArrayList<>();

	final List<Map<String, Object>> changeEvents = new ArrayList<>();

	final List<Map<String, Object>> roles = new ArrayList<>();

	final Set<String> referenced = new HashSet<>();

	SeedGraph toGraph(java.util.Collection<SeedModel.SourceDocument> documents, SeedGraph.StatementRows said,
			List<SeedProblem> warnings) {
		List<Map<String, Object>> documentRows = documents.stream().map(d -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", d.id());
			row.put("file", d.file());
			row.put("url", d.url());
			row.put("title", d.title());
			row.put("kind", d.kind());
			LocalDate date = (d.date() != null) ? LocalDate.parse(d.date()) : null;
			row.put("date", date);
			row.put("year", (d.year() != null) ? d.year() : (date != null) ? date.getYear() : null);
			row.put("publisher", d.publisher());
			return row;
		}).toList();
		return new SeedGraph(documentRows, this.organisations, this.people, this.titles, this.bodies,
				this.initiatives, this.standards, this.memberships, this.meetings, this.attendance,
				this.agendaItems, this.agendaLinks, this.dependencies, this.bodyRelations, this.adoptions,
				this.changeEvents, this.roles, said, warnings);
	}

}
