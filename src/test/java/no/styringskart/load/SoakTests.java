package no.styringskart.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded soak run, on demand only ({@code ./mvnw -Psoak test}): clients replay the GraphiQL example queries
 * over loopback for a fixed time (the first tenth warms up unmeasured); in the second half a hostile client joins. Every normal request must succeed,
 * every hostile one must be refused, latency must hold and memory must not grow. Tunable with
 * {@code -Dsoak.clients=8 -Dsoak.minutes=5}; the report goes to {@code target/soak/report.md}.
 */
@Tag("soak")
@StyringskartTest
class SoakTests {

	private static final int CLIENTS = Integer.getInteger("soak.clients", 8);

	private static final Duration DURATION = Duration.ofSeconds((long) (60 * Double.parseDouble(System.getProperty("soak.minutes", "5"))));

	/** A ceiling on requests per client, so the run stops even if the clock misbehaves. */
	private static final int MAX_REQUESTS_PER_CLIENT = 2_000_000;

	private static final List<String> HOSTILE = List.of(
			"{ organisation(id: \"helse-sor-ost-rhf\") { " + "parent { ".repeat(20) + "name" + " }".repeat(20) + " } }",
			"{ people(first: 100) { edges { node { memberships { body { memberships { person { attendance { meeting { agendaItems { title } } } } } } } } } } }",
			"{ people(first: 100000) { totalCount } }",
			"{ dependents(of: \"tag\", depth: 60) { depth } }",
			"{ search(text: \"" + "x".repeat(5_000) + "\") { score } }",
			"{ people(after: \"' OR 1=1 //\") { totalCount } }",
			"mutation { reloadSeed { nodeCount } }",
			"{ about { nodeCount }",
			"# " + "x".repeat(150_000) + "\n{ about { nodeCount } }");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void theServiceHoldsUpUnderSustainedMixedLoad() throws Exception {
		List<String> examples = examples();
		Instant start = Instant.now();
		long end = System.nanoTime() + DURATION.toNanos();
		long hostileFrom = System.nanoTime() + DURATION.toNanos() / 2;
		// the first tenth (at most 20 s) warms the JIT and caches up and is not measured
		long measureFrom = System.nanoTime() + Math.min(DURATION.toNanos() / 10, Duration.ofSeconds(20).toNanos());
		ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>(); // {phase, nanos}
		AtomicLong failures = new AtomicLong();
		AtomicLong hostileSent = new AtomicLong();
		AtomicLong hostileAccepted = new AtomicLong();
		List<String> failureSamples = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch done = new CountDownLatch(CLIENTS + 1);

		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			Thread.ofPlatform().name("soak-client-" + c).start(() -> {
				try {
					for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i++) {
						String query = examples.get((client + i) % examples.size());
						long t0 = System.nanoTime();
						HttpResponse<String> response = post(query);
						long took = System.nanoTime() - t0;
						if (t0 >= measureFrom) {
							latencies.add(new long[] { t0 < hostileFrom ? 0 : 1, took });
						}
						if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
							failures.incrementAndGet();
							if (failureSamples.size() < 5) {
								failureSamples.add(response.statusCode() + " " + response.body());
							}
						}
					}
				}
				catch (Exception ex) {
					failures.incrementAndGet();
					failureSamples.add(ex.toString());
				}
				finally {
					done.countDown();
				}
			});
		}
		Thread.ofPlatform().name("soak-hostile").start(() -> {
			try {
				while (System.nanoTime() < hostileFrom) {
					Thread.sleep(100);
				}
				for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i++) {
					HttpResponse<String> response = post(HOSTILE.get(i % HOSTILE.size()));
					hostileSent.incrementAndGet();
					boolean refused = response.statusCode() >= 400 || response.body().contains("\"errors\"");
					if (!refused || response.body().contains("INTERNAL_ERROR")) {
						hostileAccepted.incrementAndGet();
					}
				}
			}
			catch (Exception ex) {
				hostileAccepted.incrementAndGet();
			}
			finally {
				done.countDown();
			}
		});

		List<long[]> memory = new ArrayList<>(); // {seconds, heap after GC, RSS}
		while (done.getCount() > 0) {
			System.gc();
			memory.add(new long[] { Duration.between(start, Instant.now()).toSeconds(),
					ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), rss() });
			done.await(10, TimeUnit.SECONDS);
		}

		Report report = new Report(latencies, memory, failures.get(), hostileSent.get(), hostileAccepted.get());
		double[] phaseSeconds = { (hostileFrom - measureFrom) / 1e9, (end - hostileFrom) / 1e9 };
		Path out = Path.of("target", "soak", "report.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.markdown(CLIENTS, DURATION, phaseSeconds));
		System.out.println(report.markdown(CLIENTS, DURATION, phaseSeconds));

		assertThat(failures.get()).as("failed normal requests, e.g. %s", failureSamples).isZero();
		assertThat(hostileSent.get()).isPositive();
		assertThat(hostileAccepted.get()).as("hostile requests not refused cleanly").isZero();
		assertThat(report.p99(1)).as("p99 under hostile load vs before (ms)").isLessThan(Math.max(3 * report.p99(0), 50));
		assertThat(report.heapGrowth()).as("heap after GC, last third vs first third").isLessThan(1.25);
	}

	private HttpResponse<String> post(String query) throws IOException, InterruptedException {
		String json = "{\"query\":" + quote(query) + "}";
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
	}

	private static List<String> examples() throws IOException {
		List<String> documents = new ArrayList<>();
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:graphql-test/*.graphql")) {
			documents.add(r.getContentAsString(StandardCharsets.UTF_8));
		}
		assertThat(documents).hasSizeGreaterThanOrEqualTo(8);
		return documents;
	}

	private static long rss() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(l -> l.startsWith("VmRSS:"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
