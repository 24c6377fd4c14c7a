package no.styringskart.analysis;

import java.util.List;

import no.styringskart.councils.Body;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;

/** Result types of the overlap questions. */
final class OverlapResults {

	private OverlapResults() {
	}

	record BodyMembers(Body body, List<Person> people, List<Organisation> organisations) {
	}

	record Overlap(List<BodyMembers> bodies, List<Person> sharedPeople, List<Organisation> sharedOrganisations,
			List<OverlapPair> pairs) {
	}

	/** One cell; the shared people and organisations are ids, read as nodes only when a request asks for them. */
	record OverlapPair(Body a, Body b, List<String> sharedPersonIds, int sharedPeopleCount, double peopleJaccard,
			double peopleOverlapCoefficient, List<String> sharedOrganisationIds, int sharedOrganisationCount,
			double organisationJaccard, double organisationOverlapCoefficient) {
	}

	record OverlapMatrix(List<Body> bodies, List<Integer> sizes, List<OverlapPair> cells) {
	}

	record Seat(Body body, List<String> roles, List<Organisation> organisations) {
	}

	record BridgingPerson(Person person, int bodyCount, List<Seat> seats) {
	}

	record OrganisationSeat(Body body, List<Person> people) {
	}

	record BridgingOrganisation(Organisation organisation, int bodyCount, List<OrganisationSeat> seats) {
	}

}
