package no.styringskart.councils;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Entities;
import no.styringskart.shared.Evidence;
import org.neo4j.driver.types.MapAccessor;

/**
 * How a body relates to another body or an organisation: advises, reports_to, part_of, prepares_for,
 * succeeded_by, secretariat_for, decides_for.
 *
 * @param to a {@link Body} or an {@link Organisation}
 */
public record BodyRelation(String kind, Body from, Object to, List<Evidence> evidence) {

	/** Relationship types that carry body relations. */
	public static final String TYPES = "ADVISES|REPORTS_TO|PART_OF|PREPARES_FOR|SUCCEEDED_BY|SECRETARIAT_FOR|DECIDES_FOR";

	/** From a row (or map) with body {@code a}, relationship {@code r} and target {@code b}. */
	public static BodyRelation of(MapAccessor row) {
		var edge = row.get("r").asRelationship();
		return new BodyRelation(edge.type().toLowerCase(Locale.ROOT), Body.of(row.get("a").asNode()),
				Entities.of(row.get("b").asNode(), Map.of("Body", Body::of, "Organisation", Organisation::of)),
				Evidence.of(edge));
	}

}
