package no.styringskart.shared;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** A failed field is null with its error, and the rest of the answer stands. */
@StyringskartTest
class PartialAnswersApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource({ "initiative, tag, name", "person, karl-stener-vestli, name", "body, nuit, name",
			"organisation, helse-sor-ost-rhf, name", "standard, hl7-fhir, name", "document, nuit-2025-05-15, title",
			"role, samarbeidsmodell-rolle-myndighet, name" })
	void oneBadIdIsNullWithNotFoundAndTheOtherAnswers(String field, String goodId, String selected) {
		this.graphQl.document("{ a: %1$s(id: \"%2$s\") { %3$s } b: %1$s(id: \"nope\") { %3$s } }".formatted(field,
				goodId, selected))
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getPath().equals("b") && e.getMessage().contains("nope"))
			.verify()
			.path("b")
			.valueIsNull()
			.path("a." + selected)
			.hasValue();
	}

	@Test
	void aBadIdOfASakOrMeetingIsNullBesideTheGoodOne() {
		this.graphQl.document("{ a: meetings(first: 1) { edges { node { id } } } b: meeting(id: \"nope\") { id } c: agendaItem(id: \"nope\") { id } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getPath().equals("b"))
			.expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getPath().equals("c"))
			.verify()
			.path("b")
			.valueIsNull()
			.path("c")
			.valueIsNull()
			.path("a.edges")
			.entityList(Object.class)
			.hasSize(1);
	}

	@ParameterizedTest
	@CsvSource({ "initiatives", "people", "bodies", "organisations", "standards", "meetings", "agendaItems", "roles" })
	void anOverLimitPageIsNullWithBadRequestNotAnEmptyPage(String list) {
		this.graphQl.document("{ a: %1$s(first: 101) { totalCount edges { cursor } pageInfo { hasNextPage } } b: %1$s(first: 1) { totalCount } }".formatted(list))
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getPath().equals("a")
					&& e.getMessage().contains("first must be between 1 and 100"))
			.verify()
			.path("a")
			.valueIsNull()
			.path("b.totalCount")
			.hasValue();
	}

	@Test
	void anAnalysisOfAnUnknownItemIsNullBesideTheOthers() {
		this.graphQl.document("{ a: dependents(of: \"tag\") { depth } b: dependents(of: \"nope\") { depth } c: bridgingPeople(first: 501) { bodyCount } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getPath().equals("b"))
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getPath().equals("c"))
			.verify()
			.path("b")
			.valueIsNull()
			.path("c")
			.valueIsNull()
			.path("a.depth")
			.entity(Integer.class)
			.isEqualTo(3);
	}

}
