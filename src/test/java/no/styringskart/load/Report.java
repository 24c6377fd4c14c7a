package no.styringskart.load;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** Latency percentiles per phase and the memory trend of a soak run. */
record Report(List<Long>[] nanosByPhase, List<long[]> memory, long failures, long hostileSent, long hostileAccepted) {

	@SuppressWarnings("unchecked")
	Report(Collection<long[]> latencies, List<long[]> memory, long failures, long hostileSent, long hostileAccepted) {
		this(new List[] { phase(latencies, 0), phase(latencies, 1) }, memory, failures, hostileSent, hostileAccepted);
	}

	private static List<Long> phase(Collection<long[]> latencies, int phase) {
		return latencies.stream().filter(l -> l[0] == phase).map(l -> l[1]).sorted().toList();
	}

	double percentile(int phase, double p) {
		List<Long> sorted = this.nanosByPhase[phase];
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
		return sorted.get(Math.max(index, 0)) / 1e6;
	}

	double p99(int phase) {
		return percentile(phase, 99);
	}

	/** Median heap after GC in the last third of the run over that in the first third. */
	double heapGrowth() {
		int third = Math.max(1, this.memory.size() / 3);
		return median(this.memory.subList(this.memory.size() - third, this.memory.size()), 1)
				/ median(this.memory.subList(0, third), 1);
	}

	private static double median(List<long[]> samples, int column) {
		List<Long> values = samples.stream().map(s -> s[column]).sorted().toList();
		return values.get(values.size() / 2);
	}

	String markdown(int clients, Duration duration, double[] seconds) {
		StringBuilder md = new StringBuilder();
		md.append("## Soak run: %d clients, %s, example queries over loopback%n%n".formatted(clients, duration));
		md.append("Measured after a warm-up of a tenth of the run (at most 20 s); the hostile client joins half-way.\n\n");
		md.append("| phase | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
		String[] names = { "normal traffic only", "normal traffic + hostile client" };

		for (int phase = 0; phase < 2; phase++) {
			List<Long> sorted = this.nanosByPhase[phase];
			md.append("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n".formatted(names[phase], sorted.size(),
					sorted.size() / seconds[phase], percentile(phase, 50), percentile(phase, 95), percentile(phase, 99),
					sorted.isEmpty() ? Double.NaN : sorted.getLast() / 1e6));
		}
		md.append("%nFailed normal requests: %d. Hostile requests sent: %d, not refused cleanly: %d.%n%n"
			.formatted(this.failures, this.hostileSent, this.hostileAccepted));
		md.append("| time s | heap after GC MB | RSS MB |\n|---|---|---|\n");
		for (long[] sample : this.memory) {
			md.append("| %d | %.0f | %.0f |%n".formatted(sample[0], sample[1] / 1048576.0, sample[2] / 1048576.0));
		}
		md.append("%nHeap growth (median of last third / first third): %.2f%n".formatted(heapGrowth()));
		return md.toString();
	}

}
