package no.styringskart.importer;

import java.util.List;

import no.styringskart.seed.ExtraPaper;
import no.styringskart.seed.InvalidSeedException;
import no.styringskart.seed.SeedLoadReport;
import no.styringskart.seed.SeedLoader;
import no.styringskart.seed.SeedProperties;

import org.springframework.stereotype.Service;

/**
 * Imports a paper against the configured seed: reads it, checks that the draft loads together with the seed,
 * and on request loads the seed plus the draft through the seed's own validated, all-or-nothing loader. Loading
 * the same draft again gives the same graph; reloading the seed alone drops it again until it is added to seed/.
 */
@Service
public class PaperImports {

	private final SeedLoader loader;

	private final SeedProperties properties;

	PaperImports(SeedLoader loader, SeedProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	public PaperImport importText(String documentId, String title, String text, boolean apply) {
		return importText(documentId, title, text, ImportOptions.NONE, apply);
	}

	/**
	 * Imports a paper's text (an HTML page when the options say so or the text is one). A draft without a meeting
	 * is not valid, says why, and is never loaded.
	 */
	public PaperImport importText(String documentId, String title, String text, ImportOptions options, boolean apply) {
		ImportRegistry registry = SeedRegistry.read(this.properties.location());
		PaperInput.checkDocumentId(documentId, registry);
		String paper = PaperInput.checkText(PaperInput.html(text, options) ? HtmlText.of(text) : text);
		Importer.Imported imported = Importer.read(paper, documentId, registry, options);
		PaperImporter.ImportResult result = imported.result();
		String yaml = DraftWriter.write(result.draft());
		if (!imported.drafted()) {
			return new PaperImport(documentId, yaml, result.report(), List.of(noMeeting(result.report())), null);
		}
		List<ExtraPaper> extra = List.of(new ExtraPaper(documentId, (title != null) ? title : documentId,
				firstMeetingDate(result.draft()), paper, yaml));
		if (apply) {
			SeedLoadReport load = this.loader.loadWith(extra);
			result.report().recognised().add(new ImportReport.Item("import",
					ImportStore.keep(this.properties.location(), extra.get(0)), 0, 0));
			return new PaperImport(documentId, yaml, result.report(), List.of(), load);
		}
		List<String> problems;
		try {
			this.loader.checkWith(extra);
			problems = List.of();
		}
		catch (InvalidSeedException ex) {
			problems = ex.problems().stream().map(Object::toString).toList();
		}
		return new PaperImport(documentId, yaml, result.report(), problems, null);
	}

	/** A paper's bytes as text: UTF-8, or Windows-1252 (Latin-1) where they are not UTF-8. */
	public PaperImport importBytes(String documentId, String title, byte[] bytes, ImportOptions options,
			boolean apply) {
		return importText(documentId, title, PaperInput.decode(bytes), options, apply);
	}

	public PaperImport importPdf(String documentId, String title, byte[] pdf, boolean apply) {
		return importPdf(documentId, title, pdf, ImportOptions.NONE, apply);
	}

	public PaperImport importPdf(String documentId, String title, byte[] pdf, ImportOptions options, boolean apply) {
		return importText(documentId, title, PdfText.extract(pdf), options, apply);
	}

	/** Why no meeting was drafted, from the report (the reader says what the paper lacks). */
	static String noMeeting(ImportReport report) {
		String reason = report.skipped().stream().filter(i -> i.kind().equals("paper") || i.kind().equals("meeting"))
			.map(ImportReport.Item::description).findFirst().orElse("no meeting could be read from the paper");
		return "no meeting drafted, nothing to load: " + reason;
	}

	static String firstMeetingDate(Draft draft) {
		return draft.meetings().isEmpty() ? null : draft.meetings().get(0).date().toString();
	}

}
