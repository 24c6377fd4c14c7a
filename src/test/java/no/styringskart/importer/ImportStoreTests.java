package no.styringskart.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.styringskart.seed.ExtraPaper;
import no.styringskart.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** An applied import kept with a seed folder loads with it at every reload, and one command undoes it. */
class ImportStoreTests {

	@Test
	void aKeptImportLoadsWithTheSeedUntilUndone(@TempDir Path temp) throws IOException {
		Path seed = temp.resolve("seed");
		FileSystemUtils.copyRecursively(Path.of("seed"), seed);
		String location = "file:" + seed + "/";
		String text = Files.readString(Path.of("src/test/resources/importer/layouts/ehelsestyre-nynorsk-innkalling.txt"));
		Draft draft = Importer.read(text, "ehelsestyre-2024-06-14", SeedRegistry.read(location), ImportOptions.NONE)
			.result().draft();
		ExtraPaper paper = new ExtraPaper("ehelsestyre-2024-06-14", "ehelsestyre-2024-06-14", null, text,
				DraftWriter.write(draft));

		assertThat(ImportStore.keep(location, paper)).startsWith("kept in");
		// the seed alone now holds the import: its loader reads it, its registry knows the document
		assertThatCode(() -> SeedLoader.validate(location, List.of())).doesNotThrowAnyException();
		assertThat(SeedRegistry.read(location).documentIds()).contains("ehelsestyre-2024-06-14");
		assertThat(SeedRegistry.read(location).meetingIds()).anyMatch(id -> id.endsWith("-2024-06-14"));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = ImportCommand.run(new String[] { "import", "--undo=ehelsestyre-2024-06-14", "--seed=" + location },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("removed");
		assertThat(SeedRegistry.read(location).documentIds()).doesNotContain("ehelsestyre-2024-06-14");
		assertThat(ImportStore.keep("classpath:seed/", paper)).startsWith("not kept");
	}

}
