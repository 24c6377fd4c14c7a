package no.styringskart.statements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.styringskart.seed.SeedLoader;
import no.styringskart.support.ApiTestConfiguration;
import no.styringskart.support.SeedWithStatements;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** What the papers say, through HTTP: statements on the entities they are about, the root lists, both ways. */
@StyringskartTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	SeedLoader loader;

	Path copy;

	@BeforeAll
	void loadASeedThatSaysThings() throws IOException {
		// these machines are shared while the suite runs: a nested page of saker may take longer than the default 5 s
		this.graphQl = this.graphQl.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.copy = Files.createTempDirectory("seed-with-statements");
		this.loader.load(SeedWithStatements.copyInto(this.copy));
	}

	@AfterAll
	void leaveTheGoodSeedForTheNextTests() {
		this.loader.load("file:seed/");
		FileSystemUtils.deleteRecursively(this.copy.toFile());
	}

	@Test
	void aSakShowsItsStatementsGroupedByKindInOrderAndWhoTreatsIt() {
		var response = this.graphQl.document("""
				{ agendaItem(id: "nufa-sak-24-20") {
				    statements { id kind order actor { __typename ... on Body { id } } }
				    alternatives: statements(kinds: [ALTERNATIVE]) { id }
				    involvements { role note party { __typename ... on Body { id } } }
				    treatedBy: involvements(role: TREATED_BY) { role }
				    owners: involvements(role: OWNER) { role } } }""").execute();

		response.path("agendaItem.statements[*].id")
			.entityList(String.class)
			.containsExactly("nufa-sak-24-20-alternative-1", "nufa-sak-24-20-alternative-2", "nufa-sak-24-20-position-1");
		response.path("agendaItem.statements[2].kind").entity(String.class).isEqualTo("POSITION");
		response.path("agendaItem.statements[2].actor.id").entity(String.class).isEqualTo("nufa");
		response.path("agendaItem.statements[0].actor").valueIsNull();
		response.path("agendaItem.alternatives[*].id")
			.entityList(String.class)
			.containsExactly("nufa-sak-24-20-alternative-1", "nufa-sak-24-20-alternative-2");
		response.path("agendaItem.involvements[0].role").entity(String.class).isEqualTo("TREATED_BY");
		response.path("agendaItem.involvements[0].party.__typename").entity(String.class).isEqualTo("Body");
		response.path("agendaItem.treatedBy").entityList(Object.class).hasSize(1);
		response.path("agendaItem.owners").entityList(Object.class).hasSize(0);
	}

	@Test
	void anInitiativeShowsActionPointsMilestonesWithEveryStatedDateAndItsParticipants() {
		var response = this.graphQl.document("""
				{ initiative(id: "kjernejournal") {
				    statements(kinds: [ACTION_POINT]) { id due text
				      actor { ... on Organisation { id } }
				      concerns { __typename ... on Organisation { id } }
				      evidence { quote lines document { id } } document { id } }
				    milestones { id datesDisagree evidence { quote } dates { stated date kind evidence { quote lines } } }
				    involvements(role: PARTICIPANT) { note party { ... on Organisation { id } } subject { ... on Initiative { id } } } } }""")
			.execute();

		response.path("initiative.statements[0].id").entity(String.class).isEqualTo("kjernejournal-action-point-1");
		response.path("initiative.statements[0].due").entity(String.class).isEqualTo("2020-10-15");
		response.path("initiative.statements[0].actor.id").entity(String.class).isEqualTo("direktoratet-for-e-helse");
		response.path("initiative.statements[0].concerns[*].id")
			.entityList(String.class)
			.containsExactly("ks", "norsk-helsenett-sf");
		response.path("initiative.statements[0].evidence[0].lines").entity(String.class).isEqualTo("1084-1085");
		response.path("initiative.statements[0].evidence[0].document.id").entity(String.class).isEqualTo("nufa-2020-08-26");
		response.path("initiative.statements[0].document.id").entity(String.class).isEqualTo("nufa-2020-08-26");
		response.path("initiative.milestones[0].datesDisagree").entity(Boolean.class).isEqualTo(true);
		response.path("initiative.milestones[0].evidence").entityList(Object.class).hasSize(0);
		response.path("initiative.milestones[0].dates[*].stated")
			.entityList(String.class)
			.containsExactly("15. oktober 2020", "1. oktober 2020");
		response.path("initiative.milestones[0].dates[*].kind").entityList(String.class).containsExactly("PLANNED", "PLANNED");
		response.path("initiative.milestones[0].dates[1].evidence[0].quote")
			.entity(String.class)
			.isEqualTo("Helse- og omsorgsdepartementet innen 1. oktober 2020");
		response.path("initiative.involvements[0].party.id").entity(String.class).isEqualTo("norsk-helsenett-sf");
		response.path("initiative.involvements[0].subject.id").entity(String.class).isEqualTo("kjernejournal");
		response.path("initiative.involvements[0].note").entity(String.class).isEqualTo("samarbeider om planen for dokumentdeling");
	}

	@Test
	void theRootListFiltersByKindActorBodyDateAndDocumentAndShowsFigures() {
		var figures = this.graphQl.document("""
				{ statements(filter: {kinds: [FIGURE]}) { totalCount edges { node { id
				    figure { value unit counts asOf } about { __typename ... on Initiative { id } } } } } }""").execute();
		figures.path("statements.totalCount").entity(Integer.class).isEqualTo(1);
		figures.path("statements.edges[0].node.figure.value").entity(Double.class).isEqualTo(85.0);
		figures.path("statements.edges[0].node.figure.unit").entity(String.class).isEqualTo("%");
		figures.path("statements.edges[0].node.figure.asOf").entity(String.class).isEqualTo("2020-06");
		figures.path("statements.edges[0].node.about.id").entity(String.class).isEqualTo("nasjonal-e-helseportefolje");

		assertThat(ids("{actor: \"direktoratet-for-e-helse\"}")).containsExactly("kjernejournal-action-point-1");
		assertThat(ids("{body: \"nufa\"}")).containsExactly("nufa-2020-08-26-fact-1", "nufa-sak-24-20-alternative-1",
				"nufa-sak-24-20-alternative-2", "nufa-sak-24-20-position-1");
		assertThat(ids("{about: \"nufa-2020-08-26\"}")).containsExactly("nufa-2020-08-26-fact-1");
		assertThat(ids("{document: \"nufa-2020-08-26\", kinds: [POSITION, FACT]}"))
			.containsExactly("nufa-2020-08-26-fact-1", "nufa-sak-24-20-position-1");
		assertThat(ids("{from: \"2020-08-26\", to: \"2020-08-26\"}")).hasSize(7);
		assertThat(ids("{from: \"2020-08-27\"}")).isEmpty();
		assertThat(ids("{document: \"nuit-2025-05-15\"}")).isEmpty();
	}

	@Test
	void statementsPageByCursorWithoutRepeatsOrGaps() {
		List<String> seen = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 10; page++) {
			var response = this.graphQl.document("""
					query ($after: String) { statements(first: 3, after: $after) {
					  totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }""")
				.variable("after", after)
				.execute();
			seen.addAll(response.path("statements.edges[*].node.id").entityList(String.class).get());
			if (!response.path("statements.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			after = response.path("statements.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(7).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void theRootMilestonesFilterByStatedDateAtItsOwnPrecision() {
		assertThat(milestones("{from: \"2020-10-10\"}")).containsExactly("kjernejournal-milestone-1");
		assertThat(milestones("{to: \"2020-10-01\", about: \"kjernejournal\"}")).containsExactly("kjernejournal-milestone-1");
		assertThat(milestones("{to: \"2020-09-30\"}")).isEmpty();
		assertThat(milestones("{body: \"nufa\"}")).isEmpty();
	}

	@Test
	void partiesShowWhatTheyStatedAndWhereTheyAreInvolved() {
		var response = this.graphQl.document("""
				{ organisation(id: "norsk-helsenett-sf") { involvedIn { role subject { __typename ... on Initiative { id } } } }
				  directorate: organisation(id: "direktoratet-for-e-helse") { statementsBy(kinds: [ACTION_POINT]) { id } statements { id } }
				  body(id: "nufa") { statementsBy { id } statements { id }
				    involvedIn(role: TREATED_BY) { subject { __typename ... on AgendaItem { id } } } }
				  person(id: "karl-stener-vestli") { statementsBy { id } involvedIn { role } }
				  standard(id: "hl7-fhir") { statements { id } } }""").execute();

		response.path("organisation.involvedIn[0].role").entity(String.class).isEqualTo("PARTICIPANT");
		response.path("organisation.involvedIn[0].subject.id").entity(String.class).isEqualTo("kjernejournal");
		response.path("directorate.statementsBy[*].id").entityList(String.class).containsExactly("kjernejournal-action-point-1");
		response.path("directorate.statements").entityList(Object.class).hasSize(0);
		response.path("body.statementsBy[*].id").entityList(String.class).containsExactly("nufa-sak-24-20-position-1");
		response.path("body.statements").entityList(Object.class).hasSize(0);
		response.path("body.involvedIn[0].subject.__typename").entity(String.class).isEqualTo("AgendaItem");
		response.path("body.involvedIn[0].subject.id").entity(String.class).isEqualTo("nufa-sak-24-20");
		response.path("person.statementsBy").entityList(Object.class).hasSize(0);
		response.path("person.involvedIn").entityList(Object.class).hasSize(0);
		response.path("standard.statements").entityList(Object.class).hasSize(0);
	}

	@Test
	void nestedStatementsCostTheSameNumberOfQueriesHoweverManyThereAre() {
		String saker = """
				query ($first: Int) {
				  agendaItems(filter: {body: "nufa", from: "2020-08-26", to: "2020-08-26"}, first: $first) { edges { node { id
				  statements { id about { __typename } actor { __typename } dates { stated } }
				  involvements { role party { __typename } } } } } }""";
		String statements = """
				query ($first: Int) { statements(first: $first) { edges { node { id
				  about { __typename } actor { __typename } concerns { __typename } dates { stated } document { id } } } } }""";
		cypherStatements(saker, 1, "agendaItems.edges");
		cypherStatements(statements, 1, "statements.edges");
		// the meeting's first sak says things, so both pages reach the statements' own fields
		assertThat(cypherStatements(saker, 1, "agendaItems.edges")).isEqualTo(cypherStatements(saker, 9, "agendaItems.edges"));
		assertThat(cypherStatements(statements, 2, "statements.edges")).as("the page and at most one per field")
			.isLessThanOrEqualTo(6)
			.isEqualTo(cypherStatements(statements, 7, "statements.edges"));
	}

	private List<String> ids(String filter) {
		return this.graphQl.document("{ statements(filter: " + filter + ", first: 100) { edges { node { id } } } }")
			.execute()
			.path("statements.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private List<String> milestones(String filter) {
		return this.graphQl.document("{ milestones(filter: " + filter + ") { edges { node { id } } } }")
			.execute()
			.path("milestones.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private int cypherStatements(String document, int first, String path) {
		ApiTestConfiguration.cypherStatements.set(0);
		this.graphQl.document(document).variable("first", first).execute().path(path).hasValue();
		return ApiTestConfiguration.cypherStatements.get();
	}

}
