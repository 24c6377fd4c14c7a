package no.styringskart.explorer;

import java.io.IOException;

import no.styringskart.support.Browser;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where reads need a token, the explorer asks for it once and then works as usual. */
@StyringskartTest
@TestPropertySource(properties = "styringskart.security.reads=authenticated")
class ExplorerWithClosedReadsTests {

	@LocalServerPort
	int port;

	@Test
	void asksForTheReadTokenAndShowsThePageOnceItIsGiven() throws IOException {
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.go("#/body/nuit");
			assertThat(browser.mainText()).contains("krever et lesetoken");
			browser.navigating(() -> browser.find(By.id("token")).sendKeys(StyringskartTest.READ_TOKEN, Keys.ENTER));
			assertThat(browser.find(By.tagName("h1")).getText()).contains("NUIT");

			browser.go("#/document/nes-2021-03-18?lines=8"); // the paper's text is behind the token as well
			assertThat(browser.find(By.cssSelector("#paper-text span.hit")).getText()).contains("Karl Vestli");
		}
	}

}
