package no.styringskart.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.seed.ExtraPaper;
import no.styringskart.seed.InvalidSeedException;
import no.styringskart.seed.SeedLoader;

/**
 * The importer on the command line, without a web server or a database: reads a paper (text, or a PDF with
 * {@code --pdf}), writes the draft paper file and prints the report and whether the draft loads with the seed.
 *
 * <pre>
 * java -jar styringskart.jar import --file=paper.txt --document=nuit-2025-09-04 [--pdf] [--title=…]
 *      [--out=draft.yaml] [--seed=file:seed/]
 * </pre>
 */
public final class ImportCommand {

	static final String USAGE = "usage: import --file=PATH --document=ID [--pdf] [--title=TITLE] [--out=DRAFT.yaml] "
			+ "[--seed=LOCATION]";

	private ImportCommand() {
	}

	/** Whether the application was started to run this command ({@code import …}). */
	public static boolean invoked(String[] args) {
		return args.length > 0 && args[0].equals("import");
	}

	/** Runs the command; returns the exit code (0 done, 1 bad input, 2 bad usage). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (String arg : List.of(args).subList(invoked(args) ? 1 : 0, args.length)) {
			if (!arg.startsWith("--")) {
				err.println("unexpected argument '" + arg + "'\n" + USAGE);
				return 2;
			}
			int eq = arg.indexOf('=');
			options.put((eq < 0) ? arg.substring(2) : arg.substring(2, eq), (eq < 0) ? "true" : arg.substring(eq + 1));
		}
		if (!options.containsKey("file") || !options.containsKey("document")) {
			err.println(USAGE);
			return 2;
		}
		String seed = options.getOrDefault("seed",
				Files.exists(Path.of("seed", "sources.yaml")) ? "file:seed/" : "classpath:seed/");
		try {
			Path file = Path.of(options.get("file"));
			byte[] bytes = Files.readAllBytes(file);
			String text = options.containsKey("pdf") ? PdfText.extract(bytes)
					: PaperInput.checkText(new String(bytes, StandardCharsets.UTF_8));
			ImportRegistry registry = SeedRegistry.read(seed);
			String documentId = options.get("document");
			PaperInput.checkDocumentId(documentId, registry);
			PaperImporter.ImportResult result = PaperImporter.read(text, documentId, registry);
			String draft = DraftWriter.write(result.draft());
			if (options.containsKey("out")) {
				Files.writeString(Path.of(options.get("out")), draft);
				out.println("Draft written to " + options.get("out"));
			}
			else {
				out.println(draft);
			}
			out.print(ReportText.of(result.report()));
			out.println(validation(seed, new ExtraPaper(documentId, options.getOrDefault("title", documentId),
					PaperImports.firstMeetingDate(result.draft()), text, draft)));
			return 0;
		}
		catch (ImportException ex) {
			err.println("Cannot import " + options.get("file") + ": " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("Cannot read " + options.get("file") + ": " + ex.getMessage());
			return 1;
		}
	}

	private static String validation(String seed, ExtraPaper paper) {
		try {
			SeedLoader.validate(seed, List.of(paper));
			return "The draft loads with the seed at " + seed + " (validated, nothing written).";
		}
		catch (InvalidSeedException ex) {
			return "The draft does not load with the seed yet:\n" + ex.getMessage();
		}
	}

}
