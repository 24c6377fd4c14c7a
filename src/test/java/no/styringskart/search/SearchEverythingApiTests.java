package no.styringskart.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over every text the graph holds: quotes, titles, sak numbers, relationships, with filters. */
@StyringskartTest
class SearchEverythingApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver neo4j;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

	private static final String HIT = """
			{ score kind field matched snippet evidence { quote lines document { id date } }
			  result { __typename ... on Person { id name } ... on Initiative { id name } ... on Body { id name }
			    ... on AgendaItem { id number } ... on Meeting { id date } ... on Organisation { id name }
			    ... on Dependency { kind } ... on BodyRelation { kind from { id } }
			    ... on StatementMention { statementId statementKind text about { ... on Initiative { id } } } }
			  counterpart { ... on Organisation { id } } }""";

	private List<Map<String, Object>> search(String text, String arguments) {
		return this.graphQl.document("{ search(text: \"" + text + "\", first: 50" + arguments + ") " + HIT + " }")
			.execute()
			.path("search")
			.entityList(MAP)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	/** The stored quotes, on nodes and relationships alike, that hold a word. */
	private List<String> storedQuotesWith(String word) {
		return this.neo4j.executableQuery("""
				CALL () { MATCH (n) RETURN n.evidenceQuotes AS quotes UNION ALL MATCH ()-[r]->() RETURN r.evidenceQuotes AS quotes }
				UNWIND quotes AS quote WITH DISTINCT quote WHERE toLower(quote) CONTAINS $word RETURN quote""")
			.withParameters(Map.of("word", word))
			.execute()
			.records()
			.stream()
			.map(r -> r.get("quote").asString())
			.toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "belastningsfullmakt", "erfaringsutveksling" })
	void aWordOnlyAQuoteHoldsFindsTheQuoteWithItsPaperAndLines(String word) {
		List<String> stored = storedQuotesWith(word);
		assertThat(stored).as("the seed quotes it").isNotEmpty();
		List<Map<String, Object>> hits = search(word, "");
		// every hit shows the word marked and the passage behind it, with its paper and lines
		assertThat(hits).isNotEmpty().allSatisfy(hit -> {
			assertThat((String) hit.get("snippet")).containsIgnoringCase("<mark>" + word + "</mark>");
			Map<String, Object> evidence = map(hit.get("evidence"));
			assertThat(evidence.get("lines")).isNotNull();
			assertThat(map(evidence.get("document")).get("id")).isNotNull();
		});
		// a hit in a quote is that quote; a statement's text found instead is backed by its own quote
		List<Map<String, Object>> inQuotes = hits.stream().filter(hit -> "evidenceQuotes".equals(hit.get("field"))).toList();
		assertThat(inQuotes).isNotEmpty().allSatisfy(hit -> {
			assertThat(stored).contains((String) hit.get("matched"));
			assertThat(map(hit.get("evidence")).get("quote")).isEqualTo(hit.get("matched"));
		});
		assertThat(hits).allSatisfy(hit -> assertThat(hit.get("field")).isIn("evidenceQuotes", "text", "note"));
	}

	@Test
	void aPersonsTitleFindsThePerson() {
		List<Map<String, Object>> hits = search("programleder", ", types: [PERSON, POSITION]");
		assertThat(hits).extracting(h -> map(h.get("result")).get("name")).contains("Erik Hovde");
		assertThat(hits).allSatisfy(h -> assertThat((String) h.get("snippet")).containsIgnoringCase("<mark>programleder</mark>"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "51/18", "sak 51/18", "51-18", "Sak 51 / 2018" })
	void aSakNumberInAnyFormFindsTheQuoteThatCitesIt(String text) {
		List<Map<String, Object>> hits = search(text, "");
		assertThat(hits).isNotEmpty();
		assertThat(hits).anySatisfy(hit -> {
			assertThat(hit.get("field")).isEqualTo("evidenceQuotes");
			assertThat((String) hit.get("matched")).contains("sak 51/18");
			assertThat((String) hit.get("snippet")).contains("<mark>51</mark>/<mark>18</mark>");
		});
		// the two numbers must be the sak number, not two numbers anywhere
		assertThat(hits).allSatisfy(h -> assertThat((String) h.get("matched")).containsPattern("51\\s*[/-]\\s*(20)?18"));
	}

	@Test
	void aSakNumberFindsTheSakFirst() {
		String number = this.neo4j.executableQuery("MATCH (i:AgendaItem) WHERE i.number =~ '\\\\d+/\\\\d+' RETURN i.number AS n ORDER BY i.id LIMIT 1")
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asString();
		List<Map<String, Object>> hits = search("sak " + number, ", types: [AGENDA_ITEM]");
		assertThat(hits).isNotEmpty();
		assertThat(hits.getFirst().get("field")).isEqualTo("number");
		assertThat(map(hits.getFirst().get("result")).get("number")).isEqualTo(number);
	}

	@Test
	void aPilotSitesQuoteFindsTheInvolvementWithBothEnds() {
		String quote = this.neo4j.executableQuery("""
				MATCH ()-[r:INVOLVES {role: 'pilot-site'}]->() RETURN r.evidenceQuotes[0] AS q ORDER BY size(q) DESC LIMIT 1""")
			.execute()
			.records()
			.getFirst()
			.get("q")
			.asString();
		String word = java.util.Arrays.stream(quote.split("[^\\p{L}]+")).filter(w -> w.length() > 6).findFirst().orElseThrow();
		List<Map<String, Object>> hits = search(word, ", types: [INVOLVEMENT]");
		assertThat(hits).isNotEmpty().allSatisfy(h -> {
			assertThat(h.get("kind")).isEqualTo("INVOLVEMENT");
			assertThat(h.get("result")).isNotNull();
			assertThat(h.get("counterpart")).isNotNull();
		});
		assertThat(hits).extracting(h -> map(h.get("evidence")).get("quote")).contains(quote);
	}

	@Test
	void textOnADependencyIsFoundAsTheDependency() {
		String quote = this.neo4j.executableQuery("MATCH ()-[d:DEPENDS_ON]->() RETURN d.evidenceQuotes[0] AS q ORDER BY size(q) DESC LIMIT 1")
			.execute()
			.records()
			.getFirst()
			.get("q")
			.asString();
		String word = java.util.Arrays.stream(quote.split("[^\\p{L}]+")).filter(w -> w.length() > 6).findFirst().orElseThrow();
		List<Map<String, Object>> hits = search(word, ", types: [DEPENDENCY]");
		assertThat(hits).isNotEmpty().allSatisfy(h -> {
			assertThat(h.get("kind")).isEqualTo("DEPENDENCY");
			assertThat(map(h.get("result")).get("__typename")).isEqualTo("Dependency");
		});
		assertThat(hits).extracting(h -> h.get("matched")).contains(quote);
	}

	@Test
	void aDocumentFilterShowsOnlyWhatThatDocumentStates() {
		List<Map<String, Object>> hits = search("helse", ", filter: {document: \"phs-programstyre-2021-03-12\"}");
		assertThat(hits).isNotEmpty().allSatisfy(h -> {
			if ("evidenceQuotes".equals(h.get("field"))) {
				assertThat(map(map(h.get("evidence")).get("document")).get("id")).isEqualTo("phs-programstyre-2021-03-12");
			}
		});
		assertThat(hits).anySatisfy(h -> assertThat(h.get("field")).isEqualTo("evidenceQuotes"));
		assertThat(search("helse", "")).as("unfiltered, quotes of other papers come too")
			.anySatisfy(h -> assertThat(h.get("evidence")).extracting(e -> map(map(e).get("document")).get("id"))
				.isNotEqualTo("phs-programstyre-2021-03-12"));
	}

	@Test
	void aBodyAndDateFilterKeepOnlyItsMeetingsSaker() {
		List<Map<String, Object>> hits = search("referat", ", types: [AGENDA_ITEM], filter: {body: \"nuit\", from: \"2025-01-01\", to: \"2025-12-31\"}");
		assertThat(hits).isNotEmpty();
		for (Map<String, Object> hit : hits) {
			String id = (String) map(hit.get("result")).get("id");
			var meeting = this.neo4j.executableQuery("MATCH (m:Meeting)-[:HAS_AGENDA_ITEM]->(:AgendaItem {id: $id}) MATCH (m)-[:OF_BODY]->(b) RETURN b.id AS body, m.date AS date")
				.withParameters(Map.of("id", id))
				.execute()
				.records()
				.getFirst();
			assertThat(meeting.get("body").asString()).isEqualTo("nuit");
			assertThat(meeting.get("date").asLocalDate()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
		}
		assertThat(search("referat", ", types: [AGENDA_ITEM], filter: {body: \"nuit\", to: \"2019-12-31\"}")).isEmpty();
	}

	@Test
	void aStatementIsFoundWithWhatItIsAbout() {
		try {
			this.neo4j.executableQuery("""
					MATCH (i:Initiative {id: 'tag'})
					CREATE (s:Statement {id: 'search-test-statement', kind: 'milestone', text: 'Kvartsfjell leveres',
					  evidenceQuotes: ['Kvartsfjell skal leveres innen utgangen av året'], evidenceDocuments: ['nuit-2025-05-15'],
					  evidenceLines: ['1-2']})-[:ABOUT]->(i)
					CREATE (s)-[:HAS_DATE]->(:MilestoneDate {stated: 'innen utgangen av kvartsfjellåret'})""").execute();
			List<Map<String, Object>> hits = search("kvartsfjell", "");
			assertThat(hits).isNotEmpty().allSatisfy(h -> {
				assertThat(h.get("kind")).isEqualTo("STATEMENT");
				Map<String, Object> statement = map(h.get("result"));
				assertThat(statement).containsEntry("statementId", "search-test-statement")
					.containsEntry("statementKind", "milestone")
					.containsEntry("text", "Kvartsfjell leveres");
				assertThat(statement.get("about")).isEqualTo(List.of(Map.of("id", "tag")));
			});
			assertThat(search("kvartsfjellåret", "")).extracting(h -> h.get("field")).containsExactly("stated");
			this.graphQl.document("{ search(text: \"kvartsfjell leveres\") { statement { statementId } } }")
				.execute()
				.path("search[0].statement.statementId")
				.entity(String.class)
				.isEqualTo("search-test-statement");
		}
		finally {
			this.neo4j.executableQuery("MATCH (s:Statement {id: 'search-test-statement'}) OPTIONAL MATCH (s)-->(d:MilestoneDate) DETACH DELETE s, d").execute();
		}
	}

	@Test
	void anOverLimitSearchIsNullWithTheErrorAndLeavesTheOtherFields() {
		this.graphQl.document("{ a: search(text: \"helse\", first: 101) { score } b: search(text: \"helse\", first: 1) { score } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getPath().equals("a"))
			.verify()
			.path("a")
			.valueIsNull()
			.path("b")
			.entityList(Object.class)
			.hasSize(1);
	}

}
