package no.styringskart.importer;

import java.io.IOException;
import java.io.PrintStream;
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
 * {@code --pdf}, an HTML page with {@code --html} or when it starts like one), writes the draft paper file and
 * prints the report and whether the draft loads with the seed. A paper from which no meeting can be drafted
 * exits with 3 and says why; {@code --body}, {@code --date} and {@code --kind} give what the paper does not say.
 *
 * <pre>
 * java -jar styringskart.jar import --file=paper.txt --document=nuit-2025-09-04 [--pdf | --html] [--title=…]
 *      [--body=Skate] [--date=2020-03-11] [--kind=innkalling|referat] [--out=draft.yaml] [--seed=file:seed/]
 * </pre>
 */
public final class ImportCommand {

	static final String USAGE = "usage: import --file=PATH --document=ID [--pdf | --html] [--title=TITLE] [--body=BODY] "
			+ "[--date=YYYY-MM-DD] [--kind=innkalling|referat] [--out=DRAFT.yaml] [--seed=LOCATION]\n"
			+ "       import --undo=ID [--seed=LOCATION]   (removes an applied import kept with the seed)";

	/** The exit code of a paper that was read but gave no meeting to draft. */
	static final int NO_MEETING = 3;

	private ImportCommand() {
	}

	/** Whether the application was started to run this command ({@code import …}). */
	public static boolean invoked(String[] args) {
		return args.length > 0 && args[0].equals("import");
	}

	/** Runs the command; returns the exit code (0 done, 1 bad input, 2 bad usage, 3 no meeting drafted). */
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
		String seedLocation = options.getOrDefault("seed",
				Files.exists(Path.of("seed", "sources.yaml")) ? "file:seed/" : "classpath:seed/");
		if (options.containsKey("undo")) {
			return undo(options.get("undo"), seedLocation, out, err);
		}
		if (!options.containsKey("file") || !options.containsKey("document")) {
			err.println(USAGE);
			return 2;
		}
		String seed = seedLocation;
		try {
			Path file = Path.of(options.get("file"));
			byte[] bytes = Files.readAllBytes(file);
			ImportOptions importOptions = ImportOptions.of(options.get("body"), options.get("date"), options.get("kind"),
					options.containsKey("html"));
			String read = options.containsKey("pdf") ? PdfText.extract(bytes) : PaperInput.decode(bytes);
			String text = PaperInput.checkText(PaperInput.html(read, importOptions) ? HtmlText.of(read) : read);
			ImportRegistry registry = SeedRegistry.read(seed);
			String documentId = options.get("document");
			PaperInput.checkDocumentId(documentId, registry);
			Importer.Imported imported = Importer.read(text, documentId, registry, importOptions);
			PaperImporter.ImportResult result = imported.result();
			String draft = DraftWriter.write(result.draft());
			if (options.containsKey("out")) {
				Files.writeString(Path.of(options.get("out")), draft);
				out.println("Draft written to " + options.get("out"));
			}
			else {
				out.println(draft);
			}
			out.print(ReportText.of(result.report()));
			if (!imported.drafted()) {
				err.println("Cannot import " + options.get("file") + ": " + PaperImports.noMeeting(result.report()));
				return NO_MEETING;
			}
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

	/** {@code import --undo=ID}: removes an applied import kept with the seed; the next reload leaves it out. */
	private static int undo(String documentId, String seed, PrintStream out, PrintStream err) {
		try {
			if (!ImportStore.undo(seed, documentId)) {
				err.println("No import " + documentId + " is kept with the seed at " + seed);
				return 1;
			}
			out.println("Import " + documentId + " removed from the seed at " + seed
					+ "; the next reload of the seed leaves it out.");
			return 0;
		}
		catch (IOException ex) {
			err.println("Cannot remove import " + documentId + ": " + ex.getMessage());
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
