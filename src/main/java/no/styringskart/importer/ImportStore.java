package no.styringskart.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import no.styringskart.seed.ExtraPaper;
import no.styringskart.seed.SeedFiles;

/**
 * Keeps applied imports with the seed, so a reload does not drop them: under {@code imports/} of a seed that is
 * a folder ({@code file:seed/}), the draft as {@code <id>.yaml} and the paper's text as {@code <id>.txt}, which
 * the seed's loader reads with the seed. A seed packaged in the app ({@code classpath:seed/}) cannot keep them.
 * Undoing an import removes both files.
 */
final class ImportStore {

	private ImportStore() {
	}

	/** The folder of kept imports for a seed location, or empty when the seed is not a folder. */
	static Optional<Path> folder(String seedLocation) {
		if (!seedLocation.startsWith("file:")) {
			return Optional.empty();
		}
		return Optional.of(Path.of(seedLocation.substring("file:".length())).resolve(SeedFiles.IMPORTS));
	}

	/** Keeps an applied paper; says where, or why it cannot be kept. */
	static String keep(String seedLocation, ExtraPaper paper) {
		Optional<Path> folder = folder(seedLocation);
		if (folder.isEmpty()) {
			return "not kept: the seed at " + seedLocation + " is not a folder, so the next reload drops this import";
		}
		try {
			Files.createDirectories(folder.get());
			Files.writeString(folder.get().resolve(paper.documentId() + ".txt"), paper.text(), StandardCharsets.UTF_8);
			Files.writeString(folder.get().resolve(paper.documentId() + ".yaml"), paper.paperYaml(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep import " + paper.documentId() + " in " + folder.get(), ex);
		}
		return "kept in " + folder.get().resolve(paper.documentId() + ".yaml") + " with the seed; undo: import --undo="
				+ paper.documentId();
	}

	/** Removes a kept import; false when the seed keeps none of that id. */
	static boolean undo(String seedLocation, String documentId) throws IOException {
		Optional<Path> folder = folder(seedLocation);
		if (folder.isEmpty() || !Files.exists(folder.get().resolve(documentId + ".yaml"))) {
			return false;
		}
		Files.deleteIfExists(folder.get().resolve(documentId + ".yaml"));
		Files.deleteIfExists(folder.get().resolve(documentId + ".txt"));
		return true;
	}

}
