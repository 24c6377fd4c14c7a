package no.styringskart.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * What the importer proposes to add: a paper file in the seed format (FORMAT.md), as records. New people,
 * organisations and bodies are declared; everything the registry already has is referred to by its id.
 */
record Draft(String documentId, List<Organisation> organisations, List<Person> people, List<Body> bodies,
		List<Membership> memberships, List<Meeting> meetings) {

	/** A declaration: new, or an existing entity repeated to add the form this paper writes (an alias). */
	record Organisation(String id, String name, List<String> aliases, String kind, String sector,
			List<Quote> evidence, String comment) {
	}

	record Person(String id, String name, List<String> aliases, List<Quote> evidence, String comment) {
	}

	record Body(String id, String name, String kind, List<Quote> evidence) {
	}

	record Membership(String person, String body, String role, String onBehalfOf, Quote evidence) {
	}

	record Meeting(String id, String body, String number, LocalDate date, String start, String end, String place,
			String status, List<String> papers, List<Quote> evidence, List<Attendance> attendance,
			List<AgendaItem> agenda) {
	}

	record Attendance(String person, String onBehalfOf, String role, String status, String note, Quote evidence) {
	}

	record AgendaItem(String id, String number, int order, String title, String type, String time,
			List<String> presenters, List<String> presentingOrganisations, List<String> caseOfficers,
			String proposedDecision, String decision, List<String> attachments, List<String> initiatives,
			List<String> standards, List<String> refersTo, List<Quote> evidence) {
	}

}
