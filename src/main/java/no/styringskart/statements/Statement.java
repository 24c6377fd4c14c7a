package no.styringskart.statements;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** One fact a paper states; the node keeps the parts of its figure as properties of its own. */
public record Statement(String id, StatementKind kind, String text, Integer order, String due, Figure figure,
		List<Evidence> evidence) {

	public static Statement of(MapAccessor n) {
		Value value = n.get("value");
		Figure figure = (value == null || value.isNull()) ? null
				: new Figure(value.asDouble(), Values.string(n, "unit"), Values.string(n, "counts"),
						Values.string(n, "asOf"));
		return new Statement(Values.string(n, "id"), StatementKind.of(Values.string(n, "kind")), Values.string(n, "text"),
				Values.integer(n, "order"), Values.string(n, "due"), figure, Evidence.of(n));
	}

}
