package no.styringskart.search;

import java.util.List;

/**
 * Kinds of search hit: a node with a label, or a relationship of one of some types (the text on a dependency,
 * a body relation, a position or an involvement).
 */
enum SearchType {

	ORGANISATION("Organisation"), PERSON("Person"), BODY("Body"), MEETING("Meeting"), AGENDA_ITEM("AgendaItem"),
	INITIATIVE("Initiative"), STANDARD("Standard"), ROLE("Role"), MEMBERSHIP("Membership"), ATTENDANCE("Attendance"),
	STANDARD_ADOPTION("StandardAdoption"), CHANGE_EVENT("ChangeEvent"), DOCUMENT("Document"),
	STATEMENT("Statement", "MilestoneDate"), DEPENDENCY(List.of("DEPENDS_ON")),
	BODY_RELATION(List.of("ADVISES", "REPORTS_TO", "PART_OF", "PREPARES_FOR", "SUCCEEDED_BY", "SECRETARIAT_FOR",
			"DECIDES_FOR")),
	POSITION(List.of("HAS_POSITION")), INVOLVEMENT(List.of("INVOLVES"));

	/** Node labels of this kind (none for a relationship kind). */
	final List<String> labels;

	/** Relationship types of this kind (none for a node kind). */
	final List<String> relationships;

	SearchType(String... labels) {
		this.labels = List.of(labels);
		this.relationships = List.of();
	}

	SearchType(List<String> relationships) {
		this.labels = List.of();
		this.relationships = relationships;
	}

	static SearchType ofLabels(List<String> labels) {
		for (SearchType type : values()) {
			if (type.labels.stream().anyMatch(labels::contains)) {
				return type;
			}
		}
		throw new IllegalStateException("no search kind for labels " + labels);
	}

	static SearchType ofRelationship(String type) {
		for (SearchType kind : values()) {
			if (kind.relationships.contains(type)) {
				return kind;
			}
		}
		throw new IllegalStateException("no search kind for relationship " + type);
	}

}
