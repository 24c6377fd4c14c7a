package no.styringskart.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer on ten real papers it was not built from (src/test/resources/importer/corpus, with an
 * independent reading of each in expected.json), measured per paper and micro-averaged: meetings found,
 * participants (name, status, role and organisation right), saker (number and title), meeting fields, and the
 * links to people already in the registry. A paper that does not state its date is given it, as a user would
 * with --date. Prints the table (in docs/importing.md) and holds the importer to the targets it reaches.
 */
class ImporterCorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/importer/corpus");

	private static ImportRegistry registry;

	@BeforeAll
	static void readRegistry() {
		registry = SeedRegistry.read("file:seed/");
	}

	@Test
	void theImporterReadsRealPapersOfLayoutsItWasNotBuiltFrom() throws IOException {
		JsonNode expected = JsonMapper.builder().build().readTree(CORPUS.resolve("expected.json").toFile());
		CorpusScore total = new CorpusScore("**all ten**");
		List<CorpusScore> rows = new ArrayList<>();
		for (Map.Entry<String, JsonNode> paper : expected.properties()) {
			String name = paper.getKey();
			JsonNode reading = paper.getValue();
			String text = Files.readString(CORPUS.resolve(name + ".txt"), StandardCharsets.UTF_8);
			JsonNode stated = reading.path("meeting").path("date");
			// a paper that does not state its date is given it, as a user does with --date
			LocalDate given = stated.isNull() ? LocalDate.parse(name.substring(name.length() - 10)) : null;
			ImportOptions options = new ImportOptions(null, given, null, false);
			Importer.Imported imported = Importer.read(text, "corpus-" + name, registry, options);
			CorpusScore score = CorpusScore.of(name, imported.result().draft(), reading, registry,
					stated.isNull() ? given : LocalDate.parse(stated.asString()));
			rows.add(score);
			total.add(score);
		}
		StringBuilder table = new StringBuilder(CorpusScore.HEADER);
		rows.forEach(r -> table.append(r.row()));
		table.append(total.row());
		System.out.println("Importer on the corpus of real papers (right / drafted / expected):\n" + table);

		// the targets; the corpus reaches more (docs/importing.md), a drop below these fails the build
		assertThat(total.meetingShare()).as("papers whose meeting is found").isGreaterThanOrEqualTo(0.95);
		assertThat(total.participants.recall()).as("participants recall").isGreaterThanOrEqualTo(0.90);
		assertThat(total.participants.precision()).as("participants precision").isGreaterThanOrEqualTo(0.95);
		assertThat(total.saker.recall()).as("saker recall").isGreaterThanOrEqualTo(0.80);
		assertThat(total.saker.precision()).as("saker precision").isGreaterThanOrEqualTo(0.90);
		assertThat((double) (total.linked + total.proposed) / total.registryPeople)
			.as("registry people linked or proposed").isGreaterThanOrEqualTo(0.90);
		assertThat(total.wrongLinks).as("wrong registry links").isZero();
		assertThat(total.wrongMerges).as("wrong merges").isZero();
	}

}
