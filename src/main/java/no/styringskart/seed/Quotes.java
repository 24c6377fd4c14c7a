package no.styringskart.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.seed.SeedModel.Evidence;
import no.styringskart.shared.Fold;

/**
 * Finds every evidence quote of the seed in its source paper and turns the passages into the evidence properties
 * the graph stores (documents, folded quotes, line ranges as parallel lists). A quote that is not in its paper,
 * or evidence without a quote, is a problem of the file and path it was written at.
 */
final class Quotes {

	private final Map<String, SeedModel.SourceDocument> documents;

	private final Map<String, SourceText> texts;

	private final List<SeedProblem> problems;

	Quotes(Map<String, SeedModel.SourceDocument> documents, Map<String, SourceText> texts, List<SeedProblem> problems) {
		this.documents = documents;
		this.texts = texts;
		this.problems = problems;
	}

	/** A passage found in a paper: its document, the quote with whitespace folded, and its line range. */
	record Located(String document, String quote, String lines) {
	}

	/** A fact row carrying its located evidence; facts in paper files must have some. */
	Map<String, Object> fact(String file, String path, List<Evidence> evidence, String document) {
		if (evidence.isEmpty()) {
			this.problems.add(new SeedProblem(file, path + ".evidence", "evidence is required (a quote from the paper)"));
		}
		return row(locate(file, path, evidence, document));
	}

	static Map<String, Object> row(List<Located> located) {
		Map<String, Object> row = new HashMap<>();
		row.put("evidenceDocuments", located.stream().map(Located::document).toList());
		row.put("evidenceQuotes", located.stream().map(Located::quote).toList());
		row.put("evidenceLines", located.stream().map(Located::lines).toList());
		return row;
	}

	/** The passages of {@code evidence}, each looked up in its {@code source} or else in the file's document. */
	List<Located> locate(String file, String path, List<Evidence> evidence, String fileDocument) {
		List<Located> located = new ArrayList<>();
		for (int k = 0; k < evidence.size(); k++) {
			Evidence e = evidence.get(k);
			String at = path + ".evidence" + ((evidence.size() > 1) ? "[" + k + "]" : "");
			String document = (e.source() != null) ? e.source() : fileDocument;
			if (e.quote() == null || e.quote().isBlank()) {
				this.problems.add(new SeedProblem(file, at + ".quote", "quote is required"));
				continue;
			}
			if (document == null) {
				this.problems.add(new SeedProblem(file, at + ".source",
						"a registry file must name the source document of its evidence"));
				continue;
			}
			SeedModel.SourceDocument source = this.documents.get(document);
			if (source != null && source.external()) {
				// an external publication is summarised, not quoted: kept and marked so
				located.add(new Located(document, Fold.spaces(e.quote()), "external, paraphrased"));
				continue;
			}
			SourceText text = this.texts.get(document);
			if (text == null) {
				this.problems.add(new SeedProblem(file, at + ".source", "unknown source document '" + document + "'"));
				continue;
			}
			text.locate(e.quote())
				.ifPresentOrElse(lines -> located.add(new Located(document, Fold.spaces(e.quote()), lines.toString())),
						() -> this.problems.add(new SeedProblem(file, at + ".quote",
								"quote not found in " + document + ": \"" + abbreviate(e.quote()) + "\"")));
		}
		return located;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 100) ? text : text.substring(0, 97) + "...";
	}

}
