package no.styringskart.initiatives;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * A stated dependency: {@code dependent} depends on {@code dependency} (an initiative or a standard), of a
 * kind as the paper put it, with its evidence.
 *
 * @param dependent the initiative (or standard) that depends
 * @param dependency what it depends on
 */
public record Dependency(Object dependent, Object dependency, String kind, String note, List<Evidence> evidence) {

	/**
	 * The kinds a paper states a dependency as (schema: {@code Dependency}, which says which end depends for each).
	 * The seed loader stores every kind with the dependent at the start of {@code DEPENDS_ON}.
	 */
	public static final List<String> KINDS = List.of("depends_on", "prerequisite_for", "delivers_to", "affects",
			"part_of", "builds_on", "uses_standard", "replaces");

	/** From a row with the dependent {@code a}, the relationship {@code d} and the dependency {@code b}. */
	public static Dependency of(MapAccessor row) {
		Relationship edge = row.get("d").asRelationship();
		return new Dependency(node(row.get("a").asNode()), node(row.get("b").asNode()), Values.string(edge, "kind"),
				Values.string(edge, "note"), Evidence.of(edge));
	}

	/** An initiative or standard node as its API type. */
	public static Object node(Node node) {
		return node(node, node.hasLabel("Standard"));
	}

	/** An initiative or standard, read from a node or a projection of one, as its API type. */
	public static Object node(MapAccessor node, boolean standard) {
		return standard ? no.styringskart.standards.Standard.of(node) : Initiative.of(node);
	}

}
