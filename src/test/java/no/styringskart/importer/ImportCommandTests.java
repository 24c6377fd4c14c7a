package no.styringskart.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The importer from the command line: draft written, report printed, bad input refused with a reason. */
class ImportCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ImportCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void importsATextFileWritesTheDraftAndPrintsTheReport(@TempDir Path dir) throws IOException {
		Path draft = dir.resolve("draft.yaml");

		int exit = run("import", "--file=src/test/resources/importer/fagrad-vest-2023.txt", "--document=fagrad-vest-2023-11-07",
				"--out=" + draft, "--seed=file:seed/");

		assertThat(exit).isZero();
		assertThat(Files.readString(draft)).contains("document: fagrad-vest-2023-11-07")
			.contains("- id: regionalt-fagrad-for-e-helse-i-vest-2023-11-07");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Recognised (")
			.contains("Uncertain (review these)")
			.contains("no participant list found")
			.contains("The draft loads with the seed");
	}

	@Test
	void importsAPdf(@TempDir Path dir) throws IOException {
		Path pdf = dir.resolve("paper.pdf");
		Files.write(pdf, ImporterVariationTests.pdf(Files.readString(Path.of("src/test/resources/importer/fagrad-vest-2023.txt"))));
		Path draft = dir.resolve("draft.yaml");

		assertThat(run("import", "--file=" + pdf, "--pdf", "--document=fagrad-pdf", "--out=" + draft)).isZero();
		assertThat(Files.readString(draft)).contains("regionalt-fagrad-for-e-helse-i-vest-sak-4-23");
	}

	@Test
	void badUsageAndBadInputFailWithAReason(@TempDir Path dir) throws IOException {
		assertThat(run("import", "--file=x.txt")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: import");

		Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\n");
		assertThat(run("import", "--file=" + empty, "--document=empty")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("the paper is empty");

		assertThat(run("import", "--file=" + dir.resolve("missing.txt"), "--document=missing")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Cannot read");
	}

}
