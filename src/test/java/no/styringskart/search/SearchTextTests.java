package no.styringskart.search;

import java.util.List;

import no.styringskart.shared.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "51/18", "sak 51/18", "Sak 51-18", "saksnr. 51 / 2018", "SAK NR 51/18" })
	void everyFormOfASakNumberIsOneSakNumber(String text) {
		SearchText query = SearchText.of(text);
		assertThat(query.sakNumbers()).hasSize(1);
		assertThat(query.sakNumbers().getFirst().number()).isEqualTo("51");
		assertThat(query.sakNumbers().getFirst().years()).contains("18", "2018");
		assertThat(query.words()).isEmpty();
		assertThat(query.lucene()).isIn("(\"51 18\" OR \"51 2018\")", "(\"51 2018\" OR \"51 18\")");
	}

	@Test
	void wordsBesideASakNumberAreWordsAndNumbersAreNotFuzzy() {
		SearchText query = SearchText.of("vedtak i sak 7/21 om 2022");
		assertThat(query.words()).containsExactly("vedtak", "i", "om", "2022");
		assertThat(query.lucene()).contains("\"7 21\"").contains("vedtak~1").doesNotContain("2022~1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"TAG\" AND *", "name:x OR y~", "') RETURN 1 //", "a\\\" 5/1x", "(51/18)^9 OR \"x\"" })
	void theLuceneQueryHoldsOnlyFoldedWordsAndTheSyntaxThisClassWrites(String text) {
		String lucene = SearchText.of(text).lucene();
		// what remains after the fixed syntax is taken away: folded words and digits only
		String rest = lucene.replaceAll("\\^[23]|\\*|~1|\\bOR\\b|\\bAND\\b|[()\"]", " ");
		assertThat(rest.strip().split("\\s+")).allSatisfy(word -> assertThat(word).matches("[a-z0-9]+"));
	}

	@Test
	void aTextWithoutLettersOrDigitsIsRefused() {
		assertThatThrownBy(() -> SearchText.of(" -- ")).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> SearchText.of("x".repeat(201))).isInstanceOf(BadRequestException.class);
		assertThat(SearchText.of("Sør-Øst").words()).isEqualTo(List.of("sor", "ost"));
	}

}
