package no.styringskart.meetings;

import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** One person at one meeting: role, present/absent/partial/invited, and the paper's note. */
public record Attendance(String id, String role, String status, String note, List<Evidence> evidence) {

	public static Attendance of(MapAccessor n) {
		return new Attendance(Values.string(n, "id"), Values.string(n, "role"), Values.string(n, "status"),
				Values.string(n, "note"), Evidence.of(n));
	}

}
