package no.styringskart.meetings;

import java.util.List;

import graphql.GraphQLContext;
import no.styringskart.shared.Evidence;
import no.styringskart.shared.Neighbours;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** A sak on a meeting's agenda (OParl AgendaItem): number, type, proposal (forslag til vedtak) and vedtak. */
public record AgendaItem(String id, String number, Integer order, String title, String type, String time,
		String proposedDecision, String decision, String summary, List<String> attachments, List<Evidence> evidence,
		String sortKey) {

	public static AgendaItem of(MapAccessor n) {
		return new AgendaItem(Values.string(n, "id"), Values.string(n, "number"), Values.integer(n, "order"),
				Values.string(n, "title"), Values.string(n, "type"), Values.string(n, "time"),
				Values.string(n, "proposedDecision"), Values.string(n, "decision"), Values.string(n, "summary"),
				Values.strings(n, "attachments"), Evidence.of(n), Values.string(n, "sortKey"));
	}

	/**
	 * From a row with the sak {@code i} and its meeting {@code m}, handing the meeting on to the sak's own field
	 * ({@link Neighbours}).
	 */
	public static AgendaItem withMeeting(MapAccessor row, GraphQLContext context) {
		AgendaItem item = of(row.get("i").asNode());
		Neighbours.put(context, "AgendaItem.meeting", item, Meeting.of(row.get("m").asNode()));
		return item;
	}

	public String nodeId() {
		return "AgendaItem:" + this.id;
	}

}
