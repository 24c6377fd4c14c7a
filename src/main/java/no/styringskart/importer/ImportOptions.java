package no.styringskart.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.styringskart.importer.read.Kind;

/**
 * What the user tells the importer that a paper does not say: its body, its date, whether it is an innkalling
 * or a referat, and whether the input is an HTML page. Null where not given.
 */
public record ImportOptions(String body, LocalDate date, Kind kind, boolean html) {

	public static final ImportOptions NONE = new ImportOptions(null, null, null, false);

	/** Options as the command line, the API and the upload form write them; a bad value is a clear error. */
	public static ImportOptions of(String body, String date, String kind, boolean html) {
		LocalDate day = null;
		if (date != null && !date.isBlank()) {
			try {
				day = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				throw new ImportException("date '" + date + "' must be written YYYY-MM-DD");
			}
		}
		Kind named = null;
		if (kind != null && !kind.isBlank()) {
			named = Kind.named(kind);
			if (named == null) {
				throw new ImportException("kind '" + kind + "' must be innkalling or referat");
			}
		}
		return new ImportOptions((body == null || body.isBlank()) ? null : body.strip(), day, named, html);
	}

	boolean overrides() {
		return this.body != null || this.date != null || this.kind != null;
	}

}
