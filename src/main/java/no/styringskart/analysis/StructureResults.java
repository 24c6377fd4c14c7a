package no.styringskart.analysis;

import java.time.LocalDate;
import java.util.List;

import no.styringskart.changes.ChangeEvent;
import no.styringskart.councils.Body;
import no.styringskart.councils.BodyRelation;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;

/** Result types of the structure questions. */
final class StructureResults {

	private StructureResults() {
	}

	record AdvisoryModel(List<Body> bodies, List<BodyRelation> relations, List<ChangeEvent> changeEvents) {
	}

	record BodyProfile(List<OrganisationCount> membersByOrganisation, List<NamedCount> membersBySector,
			int meetingCount, List<LocalDate> meetingDates, Double attendanceRate,
			List<PersonAttendance> attendanceByPerson, List<OrganisationAttendance> attendanceByOrganisation,
			List<NamedCount> agendaItemsByType, List<AgendaItem> decisions) {
	}

	record NamedCount(String name, int count) {
	}

	record OrganisationCount(Organisation organisation, int count) {
	}

	record PersonAttendance(Person person, int present, int partial, int absent, double rate) {
	}

	record OrganisationAttendance(Organisation organisation, int present, int partial, int absent, double rate) {
	}

	static double rate(int present, int partial, int absent) {
		int all = present + partial + absent;
		return (all == 0) ? 0 : (double) (present + partial) / all;
	}

}
