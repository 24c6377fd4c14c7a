package no.styringskart.councils;

import java.time.LocalDate;
import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

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

}
