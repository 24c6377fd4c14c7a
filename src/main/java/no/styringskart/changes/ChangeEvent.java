package no.styringskart.changes;

import java.time.LocalDate;
import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A merger, succession or establishment: both the original and the resulting entities stay in the graph. */
public record ChangeEvent(String id, String kind, LocalDate date, String subjectType, List<Evidence> evidence) {

	public static ChangeEvent of(MapAccessor n) {
		return new ChangeEvent(Values.string(n, "id"), Values.string(n, "kind"), Values.date(n, "date"),
				Values.string(n, "subjectType"), Evidence.of(n));
	}

}
