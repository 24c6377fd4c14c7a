package no.styringskart.importer;

import java.util.List;
import java.util.Map;

import no.styringskart.seed.InvalidSeedException;
import no.styringskart.seed.SeedLoadReport;
import no.styringskart.seed.SeedProblem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports a paper sent as the raw request body, for papers too large for a GraphQL request: the same service
 * and the same answer as the {@code importPaper} mutation. Admin only (see the security configuration); the
 * body is limited by {@code styringskart.limits.max-upload-size}.
 */
@RestController
class PaperUploadController {

	private final PaperImports imports;

	PaperUploadController(PaperImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/admin/papers/{documentId}", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE })
	Answer text(@PathVariable String documentId, @RequestParam(required = false) String title,
			@RequestParam(defaultValue = "false") boolean apply, @RequestParam(name = "body", required = false) String body,
			@RequestParam(required = false) String date, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "false") boolean html,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) byte[] paper) {
		// the body is read as bytes and decoded here: UTF-8, or Windows-1252 where the bytes are not UTF-8
		String text = (paper != null) ? PaperInput.decode(paper) : "";
		boolean page = html || (contentType != null && contentType.startsWith(MediaType.TEXT_HTML_VALUE));
		return Answer.of(this.imports.importText(documentId, title, text, ImportOptions.of(body, date, kind, page), apply));
	}

	@PostMapping(path = "/admin/papers/{documentId}", consumes = MediaType.APPLICATION_PDF_VALUE)
	Answer pdf(@PathVariable String documentId, @RequestParam(required = false) String title,
			@RequestParam(defaultValue = "false") boolean apply, @RequestParam(name = "body", required = false) String body,
			@RequestParam(required = false) String date, @RequestParam(required = false) String kind,
			@RequestBody(required = false) byte[] paper) {
		if (paper == null || paper.length == 0) {
			throw new ImportException("the request body is empty: send the PDF file as the body");
		}
		return Answer.of(this.imports.importPdf(documentId, title, paper, ImportOptions.of(body, date, kind, false), apply));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Map<String, Object> badInput(ImportException ex) {
		return Map.of("error", "Cannot import the paper: " + ex.getMessage());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Map<String, Object> invalidDraft(InvalidSeedException ex) {
		return Map.of("error", ex.getMessage(), "problems", ex.problems().stream().map(SeedProblem::toString).toList());
	}

	/** The mutation's result as JSON: draft, validity, report and, when applied, what the load wrote. */
	record Answer(String documentId, String draft, boolean valid, List<String> problems,
			List<ImportReport.Item> recognised, List<ImportReport.Item> uncertain, List<ImportReport.Item> skipped,
			List<ResolutionView> resolutions, SeedLoadReport load) {

		static Answer of(PaperImport result) {
			ImportReport report = result.report();
			return new Answer(result.documentId(), result.draft(), result.valid(), result.problems(),
					report.recognised(), report.uncertain(), report.skipped(), ResolutionView.of(report), result.load());
		}

	}

}
