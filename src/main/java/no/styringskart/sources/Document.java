package no.styringskart.sources;

import java.time.LocalDate;

import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A source paper (or an external publication) that facts in the graph cite. */
public record Document(String id, String title, String kind, LocalDate date, Integer year, String file, String url) {

	public static Document of(MapAccessor n) {
		return new Document(Values.string(n, "id"), Values.string(n, "title"), Values.string(n, "kind"),
				Values.date(n, "date"), Values.integer(n, "year"), Values.string(n, "file"), Values.string(n, "url"));
	}

}
