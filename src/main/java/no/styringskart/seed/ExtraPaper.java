package no.styringskart.seed;

/**
 * A paper that is not (yet) part of the curated seed, loaded together with it: its source text and its paper
 * file, as the importer drafts them. It goes through the same validation as the curated papers.
 *
 * @param documentId the document id (a slug, not one of the seed's documents)
 * @param title the document's title
 * @param date the document's date (ISO), or null
 * @param text the paper's text, which every quote of the paper file must occur in
 * @param paperYaml the paper file, in the seed format ({@code seed/FORMAT.md})
 */
public record ExtraPaper(String documentId, String title, String date, String text, String paperYaml) {

	/** Where problems of this paper are reported, as if it were a file of the seed. */
	String fileName() {
		return "papers/" + this.documentId + ".yaml (imported)";
	}

}
