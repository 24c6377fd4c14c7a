package no.styringskart.councils;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A council, committee or board of the governance model. */
public record Body(String id, String name, List<String> aliases, String kind, String model, List<Evidence> evidence) {

	public static Body of(MapAccessor n) {
		return new Body(Values.string(n, "id"), Values.string(n, "name"), Values.strings(n, "aliases"),
				Values.string(n, "kind"), Values.string(n, "model"), Evidence.of(n));
	}

	public String nodeId() {
		return "Body:" + this.id;
	}

}
