package no.styringskart.standards;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A normative level planned or decided for a standard (veileder → retningslinje → anbefalt → obligatorisk). */
public record StandardAdoption(String id, String level, Integer year, String status, String scope,
		List<Evidence> evidence) {

	public static StandardAdoption of(MapAccessor n) {
		return new StandardAdoption(Values.string(n, "id"), Values.string(n, "level"), Values.integer(n, "year"),
				Values.string(n, "status"), Values.string(n, "scope"), Evidence.of(n));
	}

}
