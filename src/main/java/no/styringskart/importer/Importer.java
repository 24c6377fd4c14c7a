package no.styringskart.importer;

import no.styringskart.importer.read.Reading;

/**
 * The one entry to reading a paper. Two readers run: the block pipeline (layout, readers, resolution), which
 * reads the family of layouts the councils' papers use, and the seed-layout reader, which also reads a paper's
 * toppnotater, earlier treatments and meeting plans. The draft of the one that reads more of the paper (more
 * attendances and saker) is kept; options a user gives (body, date, kind) always go to the block pipeline.
 * The block pipeline's work is linear in the paper; the seed-layout reader's is not (it looks around every
 * header-like line), so it reads only papers up to {@link #SEED_LAYOUT_LIMIT} characters, twice the largest
 * source paper of the seed.
 */
final class Importer {

	static final int SEED_LAYOUT_LIMIT = 256 * 1024;

	private Importer() {
	}

	static Imported read(String text, String documentId, ImportRegistry registry, ImportOptions options) {
		BlockImporter.Result blocks = BlockImporter.read(text, documentId, registry, options);
		if (options.overrides() || text.length() > SEED_LAYOUT_LIMIT) {
			return new Imported(blocks.result(), blocks.reading());
		}
		PaperImporter.ImportResult seedLayout = PaperImporter.read(text, documentId, registry);
		int seedContent = content(seedLayout.draft());
		return (seedContent > 0 && seedContent >= content(blocks.result().draft()))
				? new Imported(seedLayout, null) : new Imported(blocks.result(), blocks.reading());
	}

	private static int content(Draft draft) {
		return draft.meetings().stream().mapToInt(m -> m.attendance().size() + m.agenda().size()).sum();
	}

	/**
	 * @param result the draft and its report
	 * @param reading what the block readers made of the paper, or null when the seed-layout reader's draft is kept
	 */
	record Imported(PaperImporter.ImportResult result, Reading reading) {

		boolean drafted() {
			return !this.result.draft().meetings().isEmpty();
		}

	}

}
