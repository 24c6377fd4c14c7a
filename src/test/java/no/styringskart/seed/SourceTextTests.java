package no.styringskart.seed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextTests {

	private final SourceText text = SourceText.of("Sak 4/21\n\nNILAR   (avhengighet\ntil TAG)\r\nslutt\u00a0her\n");

	@Test
	void findsAQuoteAcrossLineBreaksAndGivesItsLineRange() {
		assertThat(this.text.locate("NILAR (avhengighet til TAG)")).hasValueSatisfying(lines -> {
			assertThat(lines.first()).isEqualTo(3);
			assertThat(lines.last()).isEqualTo(4);
			assertThat(lines).hasToString("3-4");
		});
	}

	@Test
	void aQuoteOnOneLineHasASingleLineNumber() {
		assertThat(this.text.locate("Sak 4/21")).hasValueSatisfying(lines -> assertThat(lines).hasToString("1"));
	}

	@Test
	void foldsNonBreakingSpacesLikeAnyOtherWhitespace() {
		assertThat(this.text.locate("slutt her")).hasValueSatisfying(lines -> assertThat(lines).hasToString("5"));
	}

	@Test
	void aQuoteThatIsNotInThePaperIsNotFound() {
		assertThat(this.text.locate("NILAR (avhengighet til KJ)")).isEmpty();
		assertThat(this.text.locate("   ")).isEmpty();
	}

}
