package no.styringskart.people;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A person named in the papers, with the other forms of the name they appear under. */
public record Person(String id, String name, List<String> aliases, List<String> titles, List<Evidence> evidence) {

	public static Person of(MapAccessor n) {
		return new Person(Values.string(n, "id"), Values.string(n, "name"), Values.strings(n, "aliases"),
				Values.strings(n, "titles").stream().distinct().toList(), Evidence.of(n));
	}

	public String nodeId() {
		return "Person:" + this.id;
	}

}
