package no.styringskart.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTests {

	@Test
	void foldsNorwegianLettersOcrDamageAccentsAndPunctuation() {
		assertThat(Fold.fold("Helse Sør-Øst RHF")).isEqualTo("helse sor ost rhf");
		assertThat(Fold.fold("Helse Sgr-@st")).isEqualTo("helse sgr ost");
		assertThat(Fold.fold("Ærlig Ålesund, Köln og Mälardalen")).isEqualTo("aerlig alesund koln og malardalen");
		assertThat(Fold.fold("Café Müller — «e-helse»")).isEqualTo("cafe muller e helse");
		assertThat(Fold.fold("  NUIT/NUFA: sak 12/2025\n")).isEqualTo("nuit nufa sak 12 2025");
		assertThat(Fold.fold("...")).isEmpty();
		assertThat(Fold.fold(null)).isEmpty();
	}

	/**
	 * Every line of the source papers folds as the plain definition does: lower case, the Norwegian letters and OCR
	 * {@code @} replaced, decomposed with the marks dropped, every run of other characters one space.
	 */
	@Test
	void foldsEveryLineOfTheSourcePapersAsThePlainDefinitionDoes() throws IOException {
		List<String> lines;
		try (Stream<Path> papers = Files.list(Path.of("seed", "sources"))) {
			lines = papers.filter(Files::isRegularFile).flatMap(FoldTests::lines).toList();
		}
		assertThat(lines).hasSizeGreaterThan(1000);
		assertThat(lines).allSatisfy(line -> assertThat(Fold.fold(line)).as(line).isEqualTo(definition(line)));
	}

	private static String definition(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("ö", "o")
			.replace("@", "o").replace("å", "a").replace("ä", "a");
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
	}

	private static Stream<String> lines(Path paper) {
		try {
			return Files.readAllLines(paper).stream();
		}
		catch (IOException ex) {
			throw new IllegalStateException(paper.toString(), ex);
		}
	}

}
