package no.styringskart.importer;

import java.util.Base64;
import java.util.List;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The admin mutation that imports a paper; only the admin token may call it. */
@Controller
class ImportAdminController {

	private final PaperImports imports;

	ImportAdminController(PaperImports imports) {
		this.imports = imports;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	PaperImport importPaper(@Argument String documentId, @Argument String text, @Argument String pdfBase64,
			@Argument String title, @Argument boolean apply, @Argument String body, @Argument String date,
			@Argument String kind, @Argument boolean html) {
		ImportOptions options = ImportOptions.of(body, date, kind, html);
		if ((text == null) == (pdfBase64 == null)) {
			throw new ImportException("give exactly one of text and pdfBase64");
		}
		if (text != null) {
			return this.imports.importText(documentId, title, text, options, apply);
		}
		byte[] pdf;
		try {
			pdf = Base64.getMimeDecoder().decode(pdfBase64);
		}
		catch (IllegalArgumentException ex) {
			throw new ImportException("pdfBase64 is not base64: " + ex.getMessage(), ex);
		}
		return this.imports.importPdf(documentId, title, pdf, options, apply);
	}

	@SchemaMapping(typeName = "PaperImport")
	List<ImportReport.Item> recognised(PaperImport result) {
		return result.report().recognised();
	}

	@SchemaMapping(typeName = "PaperImport")
	List<ImportReport.Item> uncertain(PaperImport result) {
		return result.report().uncertain();
	}

	@SchemaMapping(typeName = "PaperImport")
	List<ImportReport.Item> skipped(PaperImport result) {
		return result.report().skipped();
	}

	@SchemaMapping(typeName = "PaperImport")
	List<ResolutionView> resolutions(PaperImport result) {
		return ResolutionView.of(result.report());
	}

	@GraphQlExceptionHandler
	GraphQLError badInput(ImportException ex, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Cannot import the paper: " + ex.getMessage())
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
