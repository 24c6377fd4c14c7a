package no.styringskart.shared;

import java.util.function.Function;

import org.neo4j.driver.types.Node;

/**
 * Maps a node whose label is known only at run time (a union member such as a body or an organisation) to
 * its API type with the mapper registered for its label.
 */
public final class Entities {

	private Entities() {
	}

	public static Object of(Node node, java.util.Map<String, Function<Node, ?>> mappers) {
		for (String label : node.labels()) {
			Function<Node, ?> mapper = mappers.get(label);
			if (mapper != null) {
				return mapper.apply(node);
			}
		}
		throw new IllegalStateException("No API type for a node labelled " + node.labels());
	}

}
