package no.styringskart.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium (Debian's {@code chromium}, driven through its {@code chromium-driver}; no browser is
 * downloaded), with waits for the explorer's pages, screenshots saved as test artefacts, and the browser console
 * checked for errors.
 */
public final class Browser implements AutoCloseable {

	/** Where screenshots go (kept by CI as artefacts; the pictures in docs/screenshots are copied from here). */
	public static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

	private static final String CHROMIUM = System.getProperty("styringskart.e2e.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("styringskart.e2e.chromedriver", "/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private int visits;

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	public static Browser open(String baseUrl) throws IOException {
		assertThat(new File(CHROMIUM).canExecute()).as("Chromium for the browser tests: install it with "
				+ "`apt-get install -y chromium chromium-driver` (.ci/run does), or set -Dstyringskart.e2e.chromium")
			.isTrue();
		assertThat(new File(CHROMEDRIVER).canExecute()).as("ChromeDriver for the browser tests: install it with "
				+ "`apt-get install -y chromium-driver` (.ci/run does), or set -Dstyringskart.e2e.chromedriver")
			.isTrue();
		Path profile = Files.createTempDirectory("styringskart-chromium");
		var options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--disable-quic", "--window-size=1366,900", "--lang=nb-NO",
					"--user-data-dir=" + profile);
		var logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		return new Browser(driver, baseUrl, profile);
	}

	/** Loads the explorer afresh at a route (e.g. {@code #/overlap}) and waits until that page has rendered. */
	public Browser go(String route) {
		int visit = ++this.visits; // a new address each time, so the page always loads anew
		return navigating(() -> this.driver.get(this.baseUrl + "/?visit=" + visit + route));
	}

	/** Clicks a link to another explorer page and waits until that page has rendered. */
	public Browser follow(WebElement link) {
		return navigating(link::click);
	}

	/** Submits or clicks something that moves to another explorer page, and waits until that page has rendered. */
	public Browser navigating(Runnable action) {
		String before = renderCount();
		action.run();
		waitUntil(d -> !before.equals(renderCount())
				&& "false".equals(d.findElement(By.id("main")).getAttribute("aria-busy")));
		return this;
	}

	private String renderCount() {
		try {
			String count = script("return document.body ? (document.body.dataset.rendered || '') : ''");
			return (count != null) ? count : "";
		}
		catch (RuntimeException pageNotYetLoaded) {
			return "";
		}
	}

	public <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20)).ignoring(RuntimeException.class).until(condition);
	}

	public WebElement find(By by) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	public String mainText() {
		return find(By.id("main")).getText();
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String javascript, Object... arguments) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(javascript, arguments);
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Saves the page from its top, up to 1,800 px of it, as {@code target/explorer-screenshots/<name>.png}. */
	public Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Number height = script("return Math.min(1800, document.documentElement.scrollHeight)");
		Number width = script("return document.documentElement.clientWidth");
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
				"captureBeyondViewport", true, "clip",
				Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
		return file;
	}

	/** Console errors and failed loads since the last call: an explorer page should have none. */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
