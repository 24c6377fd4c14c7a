package no.styringskart.search;

/** Kinds of entity search returns, with their node labels. */
enum SearchType {

	ORGANISATION("Organisation"), PERSON("Person"), BODY("Body"), AGENDA_ITEM("AgendaItem"), INITIATIVE("Initiative"),
	STANDARD("Standard");

	final String label;

	SearchType(String label) {
		this.label = label;
	}

}
