package no.styringskart.meetings;

import java.time.LocalDate;
import java.util.List;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A meeting of a body, held or planned, as its papers describe it. */
public record Meeting(String id, String number, LocalDate date, String start, String end, String place,
		String status, List<String> papers, List<Evidence> evidence) {

	public static Meeting of(MapAccessor n) {
		return new Meeting(Values.string(n, "id"), Values.string(n, "number"), Values.date(n, "date"),
				Values.string(n, "start"), Values.string(n, "end"), Values.string(n, "place"),
				Values.string(n, "status"), Values.strings(n, "papers"), Evidence.of(n));
	}

	public String nodeId() {
		return "Meeting:" + this.id;
	}

}
