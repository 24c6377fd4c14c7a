package no.styringskart.standards;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A standard, terminology or classification the sector adopts. */
public record Standard(String id, String name, List<String> aliases, String kind, List<Evidence> evidence) {

	public static Standard of(MapAccessor n) {
		return new Standard(Values.string(n, "id"), Values.string(n, "name"), Values.strings(n, "aliases"),
				Values.string(n, "kind"), Evidence.of(n));
	}

	public String nodeId() {
		return "Standard:" + this.id;
	}

}
