package no.styringskart.statements;

import java.util.Map;
import java.util.function.Function;

import no.styringskart.changes.ChangeEvent;
import no.styringskart.councils.Body;
import no.styringskart.initiatives.Initiative;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.meetings.Meeting;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.roles.Role;
import no.styringskart.shared.Entities;
import no.styringskart.sources.Document;
import org.neo4j.driver.types.Node;

/** Maps a node a statement or an involvement points at to its API type, whatever its label. */
final class EntityNodes {

	private static final Map<String, Function<Node, ?>> MAPPERS = Map.of("AgendaItem", AgendaItem::of, "Initiative",
			Initiative::of, "Body", Body::of, "Standard", no.styringskart.standards.Standard::of, "Organisation",
			Organisation::of, "Person", Person::of, "Role", Role::of, "Meeting", Meeting::of, "Document", Document::of,
			"ChangeEvent", ChangeEvent::of);

	private EntityNodes() {
	}

	static Object of(Node node) {
		return Entities.of(node, MAPPERS);
	}

}
