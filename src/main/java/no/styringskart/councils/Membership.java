package no.styringskart.councils;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.Evidence;
import no.styringskart.shared.Neighbours;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/**
 * A person's seat in a body (OParl Membership): role, on behalf of which organisation, the period where the
 * paper gives one, and {@code observedOn}, the date of the paper that lists it.
 */
public record Membership(String id, String role, LocalDate from, LocalDate to, LocalDate observedOn,
		List<Evidence> evidence) {

	public static Membership of(MapAccessor n) {
		return new Membership(Values.string(n, "id"), Values.string(n, "role"), Values.date(n, "from"),
				Values.date(n, "to"), Values.date(n, "observedOn"), Evidence.of(n));
	}

	/**
	 * From a row with the membership {@code m} and those of its person {@code p}, body {@code b} and organisation
	 * {@code o} that the row holds (null for none), handing them on to the membership's own fields
	 * ({@link Neighbours}).
	 */
	public static Membership withNeighbours(MapAccessor row, GraphQLContext context) {
		Membership membership = of(row.get("m").asNode());
		NEIGHBOURS.forEach((column, neighbour) -> {
			if (row.containsKey(column)) {
				Neighbours.put(context, neighbour.field(), membership, Values.node(row, column, neighbour.mapper()));
			}
		});
		return membership;
	}

	private record Neighbour(String field, Function<Node, ?> mapper) {
	}

	private static final Map<String, Neighbour> NEIGHBOURS = Map.of("p", new Neighbour("Membership.person", Person::of),
			"b", new Neighbour("Membership.body", Body::of), "o",
			new Neighbour("Membership.onBehalfOf", Organisation::of));

}
