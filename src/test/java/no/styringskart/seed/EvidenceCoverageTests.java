package no.styringskart.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence coverage of the curated seed: per source paper and overall, the share of substantive lines that the
 * stored quotes (of every kind of fact) cover. Prints the table for the docs and holds each share above its floor.
 */
@StyringskartTest
class EvidenceCoverageTests {

	/** The least share of substantive lines each paper's stored quotes must cover. */
	static final Map<String, Double> PAPER_FLOORS = Map.of("nes-2021-03-18", 0.95, "nufa-2020-08-26", 0.95,
			"phs-programstyre-2021-03-12", 0.95, "samarbeidsmodell-standarder-2022", 0.97, "nuit-2025-05-15", 0.95);

	/** The least share of all substantive lines of the papers that the stored quotes must cover. */
	static final double OVERALL_FLOOR = 0.95;

	@Autowired
	SeedLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void theStoredQuotesCoverEachPaperAndAllOfThemAboveTheirFloors() throws IOException {
		this.loader.load(SeedLoaderTests.SEED);
		List<EvidenceCoverage.Paper> papers = measure();
		int substantive = papers.stream().mapToInt(EvidenceCoverage.Paper::substantive).sum();
		int covered = papers.stream().mapToInt(EvidenceCoverage.Paper::covered).sum();
		EvidenceCoverage.Paper overall = new EvidenceCoverage.Paper("overall", substantive, covered);
		System.out.println(table(papers, overall));

		assertThat(papers).extracting(EvidenceCoverage.Paper::document).containsExactlyInAnyOrderElementsOf(PAPER_FLOORS.keySet());
		for (EvidenceCoverage.Paper paper : papers) {
			assertThat(paper.share()).as("evidence coverage of " + paper.document())
				.isGreaterThanOrEqualTo(PAPER_FLOORS.get(paper.document()));
		}
		assertThat(overall.share()).as("evidence coverage overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
	}

	@Test
	void aLineCountsWhenItHasFiveLongWordsAndIsCoveredWhenQuotesSpanHalfOfIt() {
		String text = "Dette er en kort linje\nFem lange ord står her\nTo av fem ord kan dekkes her\n"
				+ "Denne linjen dekkes helt av sitatet\n";

		EvidenceCoverage.Paper paper = EvidenceCoverage.measure("test", text,
				List.of("her To av fem ord kan", "Denne linjen dekkes helt av sitatet", "Denne linjen"));

		assertThat(EvidenceCoverage.substantive("Dette er en kort linje")).isFalse();
		assertThat(paper.substantive()).isEqualTo(3);
		assertThat(paper.covered()).as("the last line whole, the third at 13 of 22 characters, the second at 3 of 18")
			.isEqualTo(2);
	}

	/** Every paper's coverage by the quotes stored on the graph's nodes and relationships. */
	private List<EvidenceCoverage.Paper> measure() throws IOException {
		Map<String, List<String>> quotes = new HashMap<>();
		this.neo4j.query("""
				CALL () {
				  MATCH (n) WHERE n.evidenceQuotes IS NOT NULL RETURN n.evidenceDocuments AS documents, n.evidenceQuotes AS quotes
				  UNION ALL
				  MATCH ()-[r]->() WHERE r.evidenceQuotes IS NOT NULL RETURN r.evidenceDocuments AS documents, r.evidenceQuotes AS quotes
				}
				RETURN documents, quotes""").fetch().all().forEach(row -> {
			List<?> documents = (List<?>) row.get("documents");
			List<?> texts = (List<?>) row.get("quotes");
			for (int i = 0; i < documents.size(); i++) {
				quotes.computeIfAbsent((String) documents.get(i), d -> new ArrayList<>()).add((String) texts.get(i));
			}
		});
		Map<String, String> files = new LinkedHashMap<>();
		this.neo4j.query("MATCH (d:Document) WHERE d.file IS NOT NULL RETURN d.id AS id, d.file AS file ORDER BY d.id")
			.fetch()
			.all()
			.forEach(row -> files.put((String) row.get("id"), (String) row.get("file")));
		List<EvidenceCoverage.Paper> papers = new ArrayList<>();
		for (var file : files.entrySet()) {
			String text = Files.readString(Path.of("seed/sources", file.getValue()));
			papers.add(EvidenceCoverage.measure(file.getKey(), text, quotes.getOrDefault(file.getKey(), List.of())));
		}
		return papers;
	}

	private static String table(List<EvidenceCoverage.Paper> papers, EvidenceCoverage.Paper overall) {
		StringBuilder table = new StringBuilder("\n| Paper | Substantive lines | Covered | Share |\n|---|---:|---:|---:|\n");
		List<EvidenceCoverage.Paper> rows = new ArrayList<>(papers);
		rows.add(overall);
		for (EvidenceCoverage.Paper paper : rows) {
			table.append("| %s | %d | %d | %.2f |%n".formatted(paper.document(), paper.substantive(), paper.covered(),
					paper.share()));
		}
		return table.toString();
	}

}
