package no.styringskart.seed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The seed files as written by curators, one record per YAML shape. Absent lists are read as empty so the
 * rest of the loader never sees null collections; dates stay text until the validator checks them, so a bad
 * date is one problem among all the others rather than a file that cannot be read.
 */
final class SeedModel {

	private SeedModel() {
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/** {@code seed/sources.yaml}. */
	record Sources(List<SourceDocument> documents) {
		Sources {
			documents = orEmpty(documents);
		}
	}

	/**
	 * A source: one of the papers (a {@code file} under {@code sources/}, quotes checked against it) or an
	 * external publication ({@code url}, kind {@code external}) whose statements are recorded as given.
	 */
	record SourceDocument(String id, String file, String url, String title, String kind, String date,
			Integer year, String publisher) {

		boolean external() {
			return this.file == null;
		}

	}

	/** A passage of a source paper; {@code source} only when it is not the file's own document. */
	record Evidence(String quote, String source) {
	}

	/** One seed file: a registry file (no document) or a paper file. */
	record SeedFile(String document, List<OrganisationEntry> organisations, List<PersonEntry> people,
			List<BodyEntry> bodies, List<InitiativeEntry> initiatives, List<StandardEntry> standards,
			List<MembershipEntry> memberships, List<MeetingEntry> meetings, List<DependencyEntry> dependencies,
			List<BodyRelationEntry> bodyRelations, List<StandardAdoptionEntry> standardAdoptions,
			List<ChangeEventEntry> changeEvents, List<RoleEntry> roles, List<StatementEntry> statements,
			List<InvolvementEntry> involvements) {
		SeedFile {
			organisations = orEmpty(organisations);
			people = orEmpty(people);
			bodies = orEmpty(bodies);
			initiatives = orEmpty(initiatives);
			standards = orEmpty(standards);
			memberships = orEmpty(memberships);
			meetings = orEmpty(meetings);
			dependencies = orEmpty(dependencies);
			bodyRelations = orEmpty(bodyRelations);
			standardAdoptions = orEmpty(standardAdoptions);
			changeEvents = orEmpty(changeEvents);
			roles = orEmpty(roles);
			statements = orEmpty(statements);
			involvements = orEmpty(involvements);
		}
	}

	/** Anything declared with an id, a name and aliases (Popolo {@code other_names}). */
	sealed interface Declaration permits OrganisationEntry, PersonEntry, BodyEntry, InitiativeEntry, StandardEntry {

		String id();

		String name();

		List<String> aliases();

		List<Evidence> evidence();

	}

	record OrganisationEntry(String id, String name, List<String> aliases, String kind, String sector, String parent,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence)
			implements Declaration {
		OrganisationEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	record PersonEntry(String id, String name, List<String> aliases, List<TitleEntry> titles,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence)
			implements Declaration {
		PersonEntry {
			aliases = orEmpty(aliases);
			titles = orEmpty(titles);
			evidence = orEmpty(evidence);
		}
	}

	record TitleEntry(String title, String organisation,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		TitleEntry {
			evidence = orEmpty(evidence);
		}
	}

	record BodyEntry(String id, String name, List<String> aliases, String kind, String model, String owner,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence)
			implements Declaration {
		BodyEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	record InitiativeEntry(String id, String name, List<String> aliases, String kind, String owner, String partOf,
			String period, String status,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence)
			implements Declaration {
		InitiativeEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	record StandardEntry(String id, String name, List<String> aliases, String kind, String sdo,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence)
			implements Declaration {
		StandardEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	record MembershipEntry(String person, String body, String role, String onBehalfOf, String from, String to,
			String replaces, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		MembershipEntry {
			evidence = orEmpty(evidence);
		}
	}

	record MeetingEntry(String id, String body, String number, String date, String start, String end, String place,
			String status, List<String> papers, List<AttendanceEntry> attendance, List<AgendaItemEntry> agenda,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		MeetingEntry {
			papers = orEmpty(papers);
			attendance = orEmpty(attendance);
			agenda = orEmpty(agenda);
			evidence = orEmpty(evidence);
		}
	}

	record AttendanceEntry(String person, String onBehalfOf, String role, String status, String note,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		AttendanceEntry {
			evidence = orEmpty(evidence);
		}
	}

	record AgendaItemEntry(String id, String number, Integer order, String title, String type, String time,
			List<String> presenters, List<String> presentingOrganisations, List<String> caseOfficers,
			String proposedDecision, String decision, String summary, List<String> attachments,
			List<String> initiatives, List<String> standards, List<String> organisations, List<String> refersTo,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		AgendaItemEntry {
			presenters = orEmpty(presenters);
			presentingOrganisations = orEmpty(presentingOrganisations);
			caseOfficers = orEmpty(caseOfficers);
			attachments = orEmpty(attachments);
			initiatives = orEmpty(initiatives);
			standards = orEmpty(standards);
			organisations = orEmpty(organisations);
			refersTo = orEmpty(refersTo);
			evidence = orEmpty(evidence);
		}
	}

	record DependencyEntry(String from, String to, String kind, String note,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		DependencyEntry {
			evidence = orEmpty(evidence);
		}
	}

	record BodyRelationEntry(String from, String to, String kind,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		BodyRelationEntry {
			evidence = orEmpty(evidence);
		}
	}

	record StandardAdoptionEntry(String standard, String level, Integer year, String status, String scope,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		StandardAdoptionEntry {
			evidence = orEmpty(evidence);
		}
	}

	record ChangeEventEntry(String id, String kind, String date, List<String> originals, List<String> results,
			String subjectType, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		ChangeEventEntry {
			originals = orEmpty(originals);
			results = orEmpty(results);
			evidence = orEmpty(evidence);
		}
	}

	record RoleEntry(String id, String name, String kind, List<String> heldBy, String description,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		RoleEntry {
			heldBy = orEmpty(heldBy);
			evidence = orEmpty(evidence);
		}
	}

	/** One fact a paper states (a criterion, an alternative, a position, a milestone…), about one entity. */
	record StatementEntry(String id, String kind, String about, List<String> concerns, String actor, String text,
			Integer order, String due, FigureEntry figure, List<DateEntry> dates,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		StatementEntry {
			concerns = orEmpty(concerns);
			dates = orEmpty(dates);
			evidence = orEmpty(evidence);
		}
	}

	/** A number with its unit, what it counts and as of when. */
	record FigureEntry(Double value, String unit, String counts, String asOf) {
	}

	/** One date of a milestone as one passage states it; passages that disagree give one entry each. */
	record DateEntry(String stated, String date, String kind,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		DateEntry {
			evidence = orEmpty(evidence);
		}
	}

	/** A typed involvement of an organisation, body or person in an initiative or a sak. */
	record InvolvementEntry(String subject, String party, String role, String note,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Evidence> evidence) {
		InvolvementEntry {
			evidence = orEmpty(evidence);
		}
	}

}
