package no.styringskart.importer;

import java.util.List;

import no.styringskart.seed.SeedLoadReport;

/**
 * The outcome of an import: the draft paper file, the report, whether the draft loads together with the seed
 * (and if not, why), and what a load wrote when one was asked for.
 *
 * @param documentId the document id the draft is filed under
 * @param draft the paper file, YAML in the seed format
 * @param report what was recognised, uncertain and skipped, and how names were resolved
 * @param problems what the seed's validator finds wrong with the seed plus this draft (empty: it loads)
 * @param load what the load wrote, when the import was applied; otherwise null
 */
public record PaperImport(String documentId, String draft, ImportReport report, List<String> problems,
		SeedLoadReport load) {

	public boolean valid() {
		return this.problems.isEmpty();
	}

}
