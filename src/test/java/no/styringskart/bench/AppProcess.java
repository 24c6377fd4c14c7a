package no.styringskart.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.styringskart.support.StandaloneApp;

/** The app on its embedded default in a process of its own, so its startup and memory can be measured. */
final class AppProcess implements AutoCloseable {

	private final Process process;

	final int httpPort;

	final int boltPort;

	final Duration startupToFirstAnswer;

	private AppProcess(Process process, int httpPort, int boltPort, Duration startup) {
		this.process = process;
		this.httpPort = httpPort;
		this.boltPort = boltPort;
		this.startupToFirstAnswer = startup;
	}

	static AppProcess start(Path data, int boltPort, int httpPort, Path log, String... extraArgs) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-cp", System.getProperty("java.class.path"), StandaloneApp.class.getName(),
				"--styringskart.neo4j.embedded.data-directory=" + data, "--styringskart.neo4j.embedded.bolt-port=" + boltPort,
				"--server.port=" + httpPort, "--styringskart.seed.load=never", "--logging.level.no.styringskart=WARN"));
		command.addAll(List.of(extraArgs));
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		HttpClient http = HttpClient.newHttpClient();
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the app stopped; see " + log + ":\n" + Files.readString(log));
			}
			if (System.nanoTime() - started > Duration.ofMinutes(10).toNanos()) {
				process.destroyForcibly();
				throw new IllegalStateException("the app did not answer within 10 minutes; see " + log);
			}
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ about { nodeCount } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("nodeCount")) {
					return new AppProcess(process, httpPort, boltPort, Duration.ofNanos(System.nanoTime() - started));
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
	}

	/** Resident set size of the app process. */
	long rssBytes() throws IOException {
		return Files.readAllLines(Path.of("/proc", String.valueOf(this.process.pid()), "status"))
			.stream()
			.filter(l -> l.startsWith("VmRSS:"))
			.map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
			.findFirst()
			.orElse(-1L);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
