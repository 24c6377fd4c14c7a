package no.styringskart.roles;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A role, process or forum of a governance model, and who holds it. */
public record Role(String id, String name, String kind, String description, List<Evidence> evidence) {

	public static Role of(MapAccessor n) {
		return new Role(Values.string(n, "id"), Values.string(n, "name"), Values.string(n, "kind"),
				Values.string(n, "description"), Evidence.of(n));
	}

}
