package no.styringskart.statements;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the curated papers say, through HTTP on the real seed: what a sak's papers say about the initiatives it treats
 * is found from the sak, and a milestone keeps every date its passages state.
 */
@StyringskartTest
class CuratedStatementsApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void allowForASharedMachine() {
		this.graphQl = this.graphQl.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void aSakGivesWhatItsPapersSayAboutOtherThingsUnlessAskedForItsOwnOnly() {
		var response = this.graphQl.document("""
				{ agendaItem(id: "nuit-sak-20-25") {
				    all: statements { id about { ... on AgendaItem { id } ... on Initiative { id } ... on Organisation { id } }
				                      concerns { ... on AgendaItem { id } } }
				    own: statements(mentioned: false) { id about { ... on AgendaItem { id } } } } }""").execute();

		List<Map<String, Object>> all = response.path("agendaItem.all").entityList(mapType()).get();
		List<Map<String, Object>> own = response.path("agendaItem.own").entityList(mapType()).get();
		assertThat(own).isNotEmpty().allSatisfy(s -> assertThat(s.get("about")).isEqualTo(Map.of("id", "nuit-sak-20-25")));
		assertThat(all).hasSizeGreaterThan(own.size() * 2)
			.allSatisfy(s -> assertThat(s.get("about").equals(Map.of("id", "nuit-sak-20-25"))
					|| ((List<?>) s.get("concerns")).contains(Map.of("id", "nuit-sak-20-25"))).isTrue());
		assertThat(all).extracting(s -> s.get("about")).contains(Map.of("id", "nilar"));
	}

	@Test
	void theGraphiqlTabForASakGivesItsProblemsAndTheMilestoneWhoseSourcesDisagree() {
		var response = this.graphQl.documentName("saidInSak").execute();

		response.path("agendaItem.number").entity(String.class).isEqualTo("18/25");
		response.path("agendaItem.statements[?(@.kind == 'ISSUE')]").entityList(Object.class).hasSizeGreaterThan(5);
		response.path("agendaItem.statements[?(@.kind == 'MILESTONE' && @.datesDisagree == true)].dates[*].stated")
			.entityList(String.class)
			.contains("31. juni", "31. november");
	}

	@Test
	void theRootListFindsStatementsNamingAnEntityAndABodysFiguresStatedInItsSaker() {
		int about = total("{about: \"nilar\", document: \"nuit-2025-05-15\"}");
		int mentioning = total("{mentions: \"nilar\", document: \"nuit-2025-05-15\"}");
		assertThat(mentioning).isGreaterThan(about).isGreaterThan(0);
		assertThat(total("{body: \"nuit\", kinds: [FIGURE], document: \"nuit-2025-05-15\"}"))
			.isEqualTo(total("{kinds: [FIGURE], document: \"nuit-2025-05-15\"}"));
	}

	@Test
	void aMilestoneKeepsEveryDateItsPassagesStateAndSaysWhenTheyDisagreeOrMoved() {
		var response = this.graphQl.document("""
				{ statements(filter: {about: "digitale-verktoy-psykisk-helse", kinds: [MILESTONE]}, first: 100) {
				    edges { node { id datesDisagree datesMoved dates { stated kind evidence { quote } } } } }
				  nettlege: statements(filter: {about: "nettlege", kinds: [MILESTONE]}, first: 100) {
				    edges { node { datesMoved dates { kind } } } } }""").execute();

		List<Map<String, Object>> milestones = response.path("statements.edges[*].node").entityList(mapType()).get();
		Map<String, Object> report = milestones.stream()
			.filter(m -> ((List<?>) m.get("dates")).size() >= 4)
			.findFirst()
			.orElseThrow();
		assertThat(report).containsEntry("datesDisagree", true).containsEntry("datesMoved", false);
		List<Object> stated = ((List<?>) report.get("dates")).stream().map(d -> (Object) ((Map<?, ?>) d).get("stated")).toList();
		assertThat(stated).contains("31. juni", "31. november");
		response.path("nettlege.edges[*].node.datesMoved").entityList(Boolean.class).contains(true);
	}

	private int total(String filter) {
		return this.graphQl.document("{ statements(filter: " + filter + ") { totalCount } }")
			.execute()
			.path("statements.totalCount")
			.entity(Integer.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
