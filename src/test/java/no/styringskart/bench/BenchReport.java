package no.styringskart.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import no.styringskart.seed.SyntheticGraphs;

/** The results of one benchmark run as CSV, a Markdown report and an SVG chart of latency against scale. */
record BenchReport(List<Row> rows, List<ScaleFacts> facts) {

	record Row(int scale, String query, String contender, Latencies one, Latencies eight, Latencies sixteen) {
	}

	record ScaleFacts(int scale, SyntheticGraphs.Loaded loaded, Duration startup, long rssBytes) {
	}

	void write(Path out) throws IOException {
		Files.writeString(out.resolve("results.csv"), csv());
		Files.writeString(out.resolve("report.md"), markdown());
		Files.writeString(out.resolve("latency-by-scale.svg"), svg());
	}

	String csv() {
		StringBuilder csv = new StringBuilder("scale,query,contender,c1_requests,c1_p50_ms,c1_p95_ms,c1_p99_ms,"
				+ "c8_requests,c8_p50_ms,c8_p95_ms,c8_p99_ms,c16_throughput_rps\n");
		for (Row r : this.rows) {
			csv.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%.3f,%.3f,%.3f,%d,%.3f,%.3f,%.3f,%.1f%n", r.scale(), r.query(),
					r.contender(), r.one().nanos().size(), r.one().percentileMillis(50), r.one().percentileMillis(95),
					r.one().percentileMillis(99), r.eight().nanos().size(), r.eight().percentileMillis(50),
					r.eight().percentileMillis(95), r.eight().percentileMillis(99), r.sixteen().throughput()));
		}
		return csv.toString();
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("| Scale | Nodes | Relationships | Generate | Write (bulk path) | Startup to first answer | App RSS |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		for (ScaleFacts f : this.facts) {
			md.append(String.format(Locale.ROOT, "| %d× | %,d | %,d | %.1f s | %.1f s | %.1f s | %d MB |%n", f.scale(),
					f.loaded().nodes(), f.loaded().relationships(), f.loaded().generateMillis() / 1000.0,
					f.loaded().writeMillis() / 1000.0, f.startup().toMillis() / 1000.0, f.rssBytes() / 1048576));
		}
		md.append("\nLatency in ms at one client (c1) and eight (c8); throughput in answers/s with 16 clients. "
				+ "Ratios pair Styringskart (SK) with the Floor (hand-written Cypher) and with the Peer "
				+ "(Neo4j GraphQL Library) on the same query, scale and concurrency; — where a contender has no answer.\n");
		table(md, BenchmarkRun.STYRINGSKART, "Styringskart as it runs: a request asked again while the graph is unchanged "
				+ "is answered from its kept response (dependents, overlap, bridging and search; the other three are "
				+ "always read)");
		table(md, BenchmarkRun.RECOMPUTED, "Styringskart asked with `Cache-Control: no-cache`: every answer computed from "
				+ "the graph, as the Floor and the Peer compute theirs");
		return md.toString();
	}

	private void table(StringBuilder md, String styringskart, String title) {
		md.append("\n").append(title).append(":\n\n");
		md.append("| Scale | Query | Floor p50 | SK p50 | Peer p50 | SK/Floor | SK/Peer | SK p95 | SK p99 | Floor c8 p50 | SK c8 p50 | Peer c8 p50 | SK/Floor c8 | SK/Peer c8 | Floor c16/s | SK c16/s | Peer c16/s |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (int scale : scales()) {
			for (String query : queries()) {
				Optional<Row> floor = find(scale, query, "Floor");
				Optional<Row> sk = find(scale, query, styringskart);
				Optional<Row> peer = find(scale, query, "Peer");
				md.append(String.format(Locale.ROOT, "| %d× | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
						scale, query, ms(floor, 1, 50), ms(sk, 1, 50), ms(peer, 1, 50), ratio(sk, floor, 1), ratio(sk, peer, 1),
						ms(sk, 1, 95), ms(sk, 1, 99), ms(floor, 8, 50), ms(sk, 8, 50), ms(peer, 8, 50), ratio(sk, floor, 8),
						ratio(sk, peer, 8), rate(floor), rate(sk), rate(peer)));
			}
		}
	}

	/** One small panel per query: p50 at one client against scale, log-log, a line per contender. */
	String svg() {
		List<String> queries = new ArrayList<>(queries());
		List<Integer> scales = new ArrayList<>(scales());
		List<String> contenders = new ArrayList<>(new LinkedHashSet<>(this.rows.stream().map(Row::contender).toList()));
		String[] colours = { "#555555", "#1f77b4", "#2ca02c", "#d62728" };
		int panelW = 300;
		int panelH = 200;
		int columns = 4;
		int rowsOfPanels = (queries.size() + columns - 1) / columns;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='11'>%n",
				columns * panelW, rowsOfPanels * panelH + 30));
		svg.append("<rect width='100%' height='100%' fill='white'/>\n");
		for (int c = 0; c < contenders.size(); c++) {
			svg.append(String.format(Locale.ROOT, "<rect x='%d' y='8' width='14' height='4' fill='%s'/><text x='%d' y='14'>%s</text>%n",
					10 + c * 150, colours[c % colours.length], 28 + c * 150, contenders.get(c)));
		}
		svg.append("<text x='620' y='14'>p50 latency (ms, log) at one client against scale (log)</text>\n");
		for (int q = 0; q < queries.size(); q++) {
			int x0 = (q % columns) * panelW + 45;
			int y0 = (q / columns) * panelH + 40;
			int w = panelW - 60;
			int h = panelH - 55;
			String query = queries.get(q);
			double max = this.rows.stream().filter(r -> r.query().equals(query)).mapToDouble(r -> r.one().percentileMillis(50)).max().orElse(1);
			double min = this.rows.stream().filter(r -> r.query().equals(query)).mapToDouble(r -> r.one().percentileMillis(50)).min().orElse(0.1);
			double lo = Math.floor(Math.log10(Math.max(min, 0.01)));
			double hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
			svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-weight='bold'>%s</text>%n", x0, y0 - 6, query));
			svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#ccc'/>%n", x0, y0, w, h));
			for (double e = lo; e <= hi; e++) {
				int y = (int) (y0 + h - (e - lo) / (hi - lo) * h);
				svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end'>%s</text>%n", x0 - 4, y + 4,
						trim(Math.pow(10, e))));
			}
			double sLo = Math.log10(scales.getFirst());
			double sHi = Math.max(sLo + 1, Math.log10(scales.getLast()));
			for (int scale : scales) {
				int x = (int) (x0 + (Math.log10(scale) - sLo) / (sHi - sLo) * w);
				svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>%d×</text>%n", x, y0 + h + 14, scale));
			}
			for (int c = 0; c < contenders.size(); c++) {
				StringBuilder points = new StringBuilder();
				for (int scale : scales) {
					Optional<Row> row = find(scale, query, contenders.get(c));
					if (row.isPresent()) {
						double ms = Math.max(row.get().one().percentileMillis(50), 0.01);
						int x = (int) (x0 + (Math.log10(scale) - sLo) / (sHi - sLo) * w);
						int y = (int) (y0 + h - (Math.log10(ms) - lo) / (hi - lo) * h);
						points.append(x).append(',').append(y).append(' ');
						svg.append(String.format(Locale.ROOT, "<circle cx='%d' cy='%d' r='3' fill='%s'/>%n", x, y, colours[c % colours.length]));
					}
				}
				svg.append(String.format(Locale.ROOT, "<polyline points='%s' fill='none' stroke='%s' stroke-width='2'/>%n",
						points.toString().strip(), colours[c % colours.length]));
			}
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static String ms(Optional<Row> row, int concurrency, double percentile) {
		return row.map(r -> String.format(Locale.ROOT, "%.2f", latencies(r, concurrency).percentileMillis(percentile))).orElse("—");
	}

	private static String ratio(Optional<Row> a, Optional<Row> b, int concurrency) {
		if (a.isEmpty() || b.isEmpty()) {
			return "—";
		}
		return String.format(Locale.ROOT, "%.2f",
				latencies(a.get(), concurrency).percentileMillis(50) / latencies(b.get(), concurrency).percentileMillis(50));
	}

	private static String rate(Optional<Row> row) {
		return row.map(r -> String.format(Locale.ROOT, "%.0f", r.sixteen().throughput())).orElse("—");
	}

	private static Latencies latencies(Row row, int concurrency) {
		return (concurrency == 1) ? row.one() : row.eight();
	}

	private static String trim(double value) {
		return (value >= 1) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%s", value);
	}

	private Set<Integer> scales() {
		return new LinkedHashSet<>(this.rows.stream().map(Row::scale).toList());
	}

	private Set<String> queries() {
		return new LinkedHashSet<>(this.rows.stream().map(Row::query).toList());
	}

	private Optional<Row> find(int scale, String query, String contender) {
		return this.rows.stream()
			.filter(r -> r.scale() == scale && r.query().equals(query) && r.contender().equals(contender))
			.findFirst();
	}

}
