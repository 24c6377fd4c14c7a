package no.styringskart.initiatives;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A tiltak: programme, project, forprosjekt, national e-health solution, plan, strategy or regulation. */
public record Initiative(String id, String name, List<String> aliases, String kind, String period, String status,
		List<Evidence> evidence) {

	public static Initiative of(MapAccessor n) {
		return new Initiative(Values.string(n, "id"), Values.string(n, "name"), Values.strings(n, "aliases"),
				Values.string(n, "kind"), Values.string(n, "period"), Values.string(n, "status"), Evidence.of(n));
	}

	public String nodeId() {
		return "Initiative:" + this.id;
	}

}
