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
		ImportRegistry registry = SeedRegistry.read(this.properties.location());
		PaperInput.checkDocumentId(documentId, registry);
		String paper = PaperInput.checkText(text);
		PaperImporter.ImportResult result = PaperImporter.read(paper, documentId, registry);
		String yaml = DraftWriter.write(result.draft());
		List<ExtraPaper> extra = List.of(new ExtraPaper(documentId, (title != null) ? title : documentId,
				firstMeetingDate(result.draft()), paper, yaml));
		if (apply) {
			SeedLoadReport load = this.loader.loadWith(extra);
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

	public PaperImport importPdf(String documentId, String title, byte[] pdf, boolean apply) {
		return importText(documentId, title, PdfText.extract(pdf), apply);
	}

	static String firstMeetingDate(Draft draft) {
		return draft.meetings().isEmpty() ? null : draft.meetings().get(0).date().toString();
	}

}
