package no.styringskart.changes;

import java.util.List;
import java.util.Map;

import no.styringskart.councils.Body;
import no.styringskart.initiatives.Initiative;
import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Entities;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class ChangeEventController {

	private static final Map<String, java.util.function.Function<org.neo4j.driver.types.Node, ?>> CHANGEABLE = Map
		.of("Organisation", Organisation::of, "Body", Body::of, "Initiative", Initiative::of);

	private final ReadQueries neo4j;

	private final Related related;

	ChangeEventController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	List<ChangeEvent> changeEvents() {
		return this.neo4j.list("MATCH (e:ChangeEvent) RETURN e ORDER BY e.date, e.id", r -> ChangeEvent.of(r.get("e").asNode()));
	}

	@BatchMapping
	Map<ChangeEvent, List<Object>> originals(List<ChangeEvent> events) {
		return changed(events, "ORIGINAL");
	}

	@BatchMapping
	Map<ChangeEvent, List<Object>> results(List<ChangeEvent> events) {
		return changed(events, "RESULTING");
	}

	private Map<ChangeEvent, List<Object>> changed(List<ChangeEvent> events, String type) {
		return this.related.many(events, ChangeEvent::id, """
				UNWIND $ids AS id MATCH (:ChangeEvent {id: id})-[:%s]->(x) RETURN id, x ORDER BY x.name""".formatted(type),
				r -> Entities.of(r.get("x").asNode(), CHANGEABLE));
	}

}
