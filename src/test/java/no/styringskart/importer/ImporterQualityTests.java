package no.styringskart.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.styringskart.seed.ExtraPaper;
import no.styringskart.seed.InvalidSeedException;
import no.styringskart.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer run on each of the five source papers, compared with the curated paper files. Fair: each paper is
 * resolved against the registry and the OTHER papers only (leave-one-out), never against its own curated facts.
 * Prints the table (in docs/importing.md) and holds the importer to just under what it reaches.
 */
class ImporterQualityTests {

	private static final YAMLMapper yaml = YAMLMapper.builder().build();

	/** Document ids and their source files, as in seed/sources.yaml. */
	static final Map<String, String> PAPERS = papers();

	private static Map<String, String> papers() {
		Map<String, String> papers = new LinkedHashMap<>();
		JsonNode sources = yaml.readTree(Path.of("seed/sources.yaml").toFile());
		sources.path("documents").forEach(d -> {
			if (d.hasNonNull("file")) {
				papers.put(d.path("id").asString(), d.path("file").asString());
			}
		});
		return papers;
	}

	@Test
	void theImporterFindsWhatTheCuratorsFoundInTheFiveSourcePapers() throws IOException {
		Map<String, ImportQuality.Score> total = new LinkedHashMap<>();
		ImportQuality.KINDS.forEach(k -> total.put(k, new ImportQuality.Score()));
		StringBuilder table = new StringBuilder("| Paper | " + String.join(" | ", ImportQuality.KINDS) + " |\n|---|"
				+ "---|".repeat(ImportQuality.KINDS.size()) + "\n");
		for (Map.Entry<String, String> paper : PAPERS.entrySet()) {
			ImportRegistry registry = SeedRegistry.read("file:seed/", paper.getKey());
			String text = Files.readString(Path.of("seed/sources", paper.getValue()));
			JsonNode draft = yaml.readTree(DraftWriter.write(Importer.read(text, paper.getKey(), registry, ImportOptions.NONE).result().draft()));
			JsonNode curated = yaml.readTree(Path.of("seed/papers", paper.getKey() + ".yaml").toFile());
			Map<String, ImportQuality.Score> scores = ImportQuality.compare(draft, curated, registry);
			table.append("| ").append(paper.getKey());
			for (String kind : ImportQuality.KINDS) {
				ImportQuality.Score s = scores.get(kind);
				total.get(kind).add(s);
				table.append(" | ").append(cell(s));
			}
			table.append(" |\n");
		}
		table.append("| **all five**");
		total.values().forEach(s -> table.append(" | **").append(cell(s)).append("**"));
		table.append(" |\n");
		System.out.println("Importer against the curated seed (precision / recall, true positives / expected):\n" + table);

		// just under what the importer reaches (see docs/importing.md); a drop fails the build
		assertAtLeast(total, "meetings", 0.98, 0.85);
		assertAtLeast(total, "participants", 0.96, 0.96);
		assertAtLeast(total, "saker", 0.98, 0.93);
		assertAtLeast(total, "decisions", 0.94, 0.88);
		assertAtLeast(total, "person resolution", 0.97, 0.92);
		assertAtLeast(total, "organisation resolution", 0.97, 0.93);
	}

	/**
	 * Each draft loads: the seed without the curated paper, plus the draft, has no problem that the seed without
	 * the curated paper does not have already (taking a paper out leaves a few registry entries unreferenced).
	 */
	@Test
	void everyDraftPassesTheSeedValidatorAlongsideTheOtherPapers(@TempDir Path temp) throws IOException {
		for (Map.Entry<String, String> paper : PAPERS.entrySet()) {
			Path seed = temp.resolve(paper.getKey());
			FileSystemUtils.copyRecursively(Path.of("seed"), seed);
			Files.delete(seed.resolve("papers/" + paper.getKey() + ".yaml"));
			String location = "file:" + seed + "/";
			String text = Files.readString(Path.of("seed/sources", paper.getValue()));
			// the curated document stays in sources.yaml, so the draft is filed under another id
			String id = "import-" + paper.getKey();
			String draft = DraftWriter.write(Importer.read(text, id, SeedRegistry.read(location, paper.getKey()), ImportOptions.NONE).result().draft());
			List<String> without = problems(location, List.of());
			List<String> with = problems(location, List.of(new ExtraPaper(id, id, null, text, draft)));
			assertThat(with).as("problems the draft of %s adds", paper.getKey()).isSubsetOf(without);
		}
	}

	private static List<String> problems(String location, List<ExtraPaper> extras) {
		try {
			SeedLoader.validate(location, extras);
			return List.of();
		}
		catch (InvalidSeedException ex) {
			return ex.problems().stream().map(Object::toString).toList();
		}
	}

	private static void assertAtLeast(Map<String, ImportQuality.Score> total, String kind, double precision,
			double recall) {
		assertThat(total.get(kind).precision()).as(kind + " precision").isGreaterThanOrEqualTo(precision);
		assertThat(total.get(kind).recall()).as(kind + " recall").isGreaterThanOrEqualTo(recall);
	}

	private static String cell(ImportQuality.Score s) {
		return String.format(Locale.ROOT, "%.2f / %.2f (%d/%d)", s.precision(), s.recall(), s.truePositives,
				s.truePositives + s.falseNegatives);
	}

}
