package no.styringskart.organisations;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** An organisation: its canonical name, the other names the papers use, its kind and sector. */
public record Organisation(String id, String name, List<String> aliases, String kind, String sector,
		List<Evidence> evidence) {

	public static Organisation of(MapAccessor n) {
		return new Organisation(Values.string(n, "id"), Values.string(n, "name"), Values.strings(n, "aliases"),
				Values.string(n, "kind"), Values.string(n, "sector"), Evidence.of(n));
	}

	public String nodeId() {
		return "Organisation:" + this.id;
	}

}
