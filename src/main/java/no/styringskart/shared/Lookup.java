package no.styringskart.shared;

import java.util.function.Function;

import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Finds one node of a label by its id, or reports NOT_FOUND naming what was asked for. */
public final class Lookup {

	private Lookup() {
	}

	public static <T> T byId(Neo4jClient neo4j, String label, String what, String id, Function<MapAccessor, T> mapper) {
		if (id == null || id.isBlank()) {
			throw new BadRequestException("id of the " + what + " must not be empty");
		}
		return neo4j.query("MATCH (n:%s {id: $id}) RETURN n".formatted(label))
			.bind(id)
			.to("id")
			.fetchAs(Object.class)
			.mappedBy((t, r) -> mapper.apply(r.get("n").asNode()))
			.one()
			.map(found -> {
				@SuppressWarnings("unchecked")
				T typed = (T) found;
				return typed;
			})
			.orElseThrow(() -> new NotFoundException(what, id));
	}

}
