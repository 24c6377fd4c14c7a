package no.styringskart.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/** Runs one operation many times at a given concurrency, bounded by count and time, and keeps the latencies. */
record Latencies(int concurrency, List<Long> nanos, Duration elapsed) {

	static Latencies measure(Callable<?> operation, int concurrency, int requests, Duration cap) throws Exception {
		List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger remaining = new AtomicInteger(requests);
		AtomicReference<Exception> failure = new AtomicReference<>();
		long deadline = System.nanoTime() + cap.toNanos();
		long started = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < concurrency; t++) {
			threads.add(Thread.ofPlatform().start(() -> {
				while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline && failure.get() == null) {
					long t0 = System.nanoTime();
					try {
						operation.call();
					}
					catch (Exception ex) {
						failure.compareAndSet(null, ex);
						return;
					}
					nanos.add(System.nanoTime() - t0);
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return new Latencies(concurrency, sorted, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * One client asking each operation in turn, request by request, so that every contender meets the same moments
	 * of a noisy machine and the ratios between them hold even when the machine's speed drifts. The order of each
	 * round is shuffled (seeded, so runs repeat): whatever a request leaves behind (a server finishing its
	 * transaction, a Node process collecting garbage) falls on a random next contender, not always the same one.
	 * Bounded by count per operation and by time for all. An operation that fails leaves the rotation; its
	 * outcome holds the failure.
	 */
	static List<Outcome> interleaved(List<Callable<?>> operations, int requests, Duration cap) {
		List<List<Long>> nanos = operations.stream().map(o -> (List<Long>) new ArrayList<Long>()).toList();
		Exception[] failures = new Exception[operations.size()];
		long deadline = System.nanoTime() + cap.toNanos();
		long started = System.nanoTime();
		List<Integer> order = new ArrayList<>(IntStream.range(0, operations.size()).boxed().toList());
		Random shuffle = new Random(42);
		for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
			Collections.shuffle(order, shuffle);
			for (int o : order) {
				if (failures[o] != null) {
					continue;
				}
				long t0 = System.nanoTime();
				try {
					operations.get(o).call();
					nanos.get(o).add(System.nanoTime() - t0);
				}
				catch (Exception ex) {
					failures[o] = ex;
				}
			}
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		List<Outcome> outcomes = new ArrayList<>();
		for (int o = 0; o < operations.size(); o++) {
			List<Long> sorted = new ArrayList<>(nanos.get(o));
			Collections.sort(sorted);
			outcomes.add(new Outcome(new Latencies(1, sorted, elapsed), failures[o]));
		}
		return outcomes;
	}

	/** The latencies of one operation in an interleaved run, or why it left the rotation. */
	record Outcome(Latencies latencies, Exception failure) {
	}

	double percentileMillis(double p) {
		if (this.nanos.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100 * this.nanos.size()) - 1;
		return this.nanos.get(Math.clamp(index, 0, this.nanos.size() - 1)) / 1e6;
	}

	double throughput() {
		return this.nanos.size() / (this.elapsed.toNanos() / 1e9);
	}

}
