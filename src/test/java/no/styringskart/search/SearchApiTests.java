package no.styringskart.search;

import java.util.List;
import java.util.Map;

import no.styringskart.support.StoredNodes;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@StyringskartTest
class SearchApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver neo4j;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

	/**
	 * Results are ranked on their names, titles, aliases and decisions whatever is selected, and every field
	 * selected of each kind of result is the stored value.
	 */
	@Test
	void everySelectedFieldOfAResultIsAsStored() {
		String evidence = " evidence { quote lines document { id } } } ";
		String selection = "{ score matched result { __typename"
				+ " ... on Person { id name aliases titles" + evidence
				+ " ... on Organisation { id name aliases kind sector" + evidence
				+ " ... on Body { id name aliases kind model" + evidence
				+ " ... on Initiative { id name aliases kind period status" + evidence
				+ " ... on Standard { id name aliases kind" + evidence
				+ " ... on AgendaItem { id number title type proposedDecision decision attachments" + evidence + " } }";
		StoredNodes nodes = new StoredNodes(this.neo4j);
		Map<String, Map<String, Map<String, Object>>> stored = Map.of(
				"Person", nodes.of("Person", "aliases", "titles"),
				"Organisation", nodes.of("Organisation", "aliases", "kind", "sector"),
				"Body", nodes.of("Body", "aliases", "kind", "model"),
				"Initiative", nodes.of("Initiative", "aliases", "kind", "period", "status"),
				"Standard", nodes.of("Standard", "aliases", "kind"),
				"AgendaItem", nodes.of("AgendaItem", "number", "title", "type", "proposedDecision", "decision", "attachments"));
		Map<String, List<String>> fields = Map.of("Person", List.of("aliases", "titles"), "Organisation",
				List.of("aliases", "kind", "sector"), "Body", List.of("aliases", "kind", "model"), "Initiative",
				List.of("aliases", "kind", "period", "status"), "Standard", List.of("aliases", "kind"), "AgendaItem",
				List.of("number", "title", "type", "proposedDecision", "decision", "attachments"));
		java.util.Set<String> kinds = new java.util.TreeSet<>();
		for (String text : List.of("helse", "e-helse", "referat", "Vestli", "TAG", "FHIR")) {
			String kindsOfEntity = ", types: [PERSON, ORGANISATION, BODY, INITIATIVE, STANDARD, AGENDA_ITEM]";
			List<Map<String, Object>> hits = this.graphQl.document("{ search(text: \"" + text + "\", first: 40" + kindsOfEntity + ") " + selection + " }")
				.execute()
				.path("search")
				.entityList(MAP)
				.get();
			assertThat(hits).as(text).isNotEmpty();
			List<String> bare = this.graphQl.document("{ search(text: \"" + text + "\", first: 40" + kindsOfEntity + ") { matched result { __typename } } }")
				.execute()
				.path("search[*].matched")
				.entityList(String.class)
				.get();
			assertThat(hits.stream().map(h -> (String) h.get("matched")).toList()).as("ranked the same, whatever is selected")
				.isEqualTo(bare);
			for (Map<String, Object> hit : hits) {
				@SuppressWarnings("unchecked")
				Map<String, Object> result = (Map<String, Object>) hit.get("result");
				String kind = (String) result.get("__typename");
				kinds.add(kind);
				StoredNodes.assertAsStored(result, stored.get(kind), fields.get(kind).toArray(String[]::new));
			}
		}
		assertThat(kinds).contains("Person", "Organisation", "Body", "Initiative", "Standard", "AgendaItem");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sør-Øst", "Sor-Ost", "Sgr-@st", "helse sør øst" })
	void accentAndOcrFormsFindTheSameRhf(String text) {
		List<String> ids = this.graphQl.documentName("searchSorOst")
			.variable("text", text)
			.execute()
			.path("search[*].result.id")
			.entityList(String.class)
			.get();
		assertThat(ids).first().isEqualTo("helse-sor-ost-rhf");
	}

	@Test
	void aSurnameFindsThePersonUnderTheirFullName() {
		this.graphQl.documentName("searchSorOst")
			.variable("text", "Vestli")
			.execute()
			.path("search[0].result.name")
			.entity(String.class)
			.isEqualTo("Karl Stener Vestli");
	}

	@Test
	void decisionsAreSearchableAndResultsAreTyped() {
		List<String> types = this.graphQl.documentName("searchSorOst")
			.variable("text", "godkjenner referatet")
			.execute()
			.path("search[*].result.__typename")
			.entityList(String.class)
			.get();
		assertThat(types).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("AgendaItem"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"TAG\" AND *", "name:x OR y~", "') RETURN 1 //", "\\\\ TAG \\\" }", "Helse Sør-Øst RHF AND NOT (nuit OR nufa)^2" })
	void luceneAndCypherSyntaxInTheTextIsOnlyText(String text) {
		this.graphQl.documentName("searchSorOst").variable("text", text).execute().path("search").hasValue();
	}

	@Test
	void anEmptySearchIsABadRequest() {
		this.graphQl.documentName("searchSorOst")
			.variable("text", " -- ")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("letter or digit"))
			.verify();
	}

	@Test
	void nodeFindsAnyEntityByGlobalIdOrUnambiguousSlug() {
		this.graphQl.document("{ node(id: \"Person:karl-stener-vestli\") { nodeId ... on Person { name } } }")
			.execute()
			.path("node.name")
			.entity(String.class)
			.isEqualTo("Karl Stener Vestli");
		this.graphQl.document("{ node(id: \"nilar\") { __typename nodeId } }")
			.execute()
			.path("node.nodeId")
			.entity(String.class)
			.isEqualTo("Initiative:nilar");
	}

}
