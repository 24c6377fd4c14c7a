package no.styringskart.search;

import java.util.List;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@StyringskartTest
class SearchApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

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
