package no.styringskart.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import no.styringskart.shared.Fold;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The index's analyzer cuts stored text into the words the query's folding makes. */
class FoldingAnalyzerTests {

	@ParameterizedTest
	@ValueSource(strings = { "Helse Sør-Øst RHF", "Sgr-@st", "NEHS gav i desember 2018 (sak 51/18) sin tilslutning",
			"Ærlig Åse Über café", "e-helse, EPJ-systemer: DIPS/CGM; Visma Flyt", "Erik.Hovde@ehelse.no" })
	void analyzerWordsAreTheFoldedWords(String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (var analyzer = new FoldingAnalyzerProvider().createAnalyzer();
				TokenStream tokens = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		assertThat(words).isEqualTo(Fold.words(text));
	}

}
