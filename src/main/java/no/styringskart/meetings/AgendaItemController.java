package no.styringskart.meetings;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import no.styringskart.councils.Body;
import no.styringskart.initiatives.Initiative;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Entities;
import no.styringskart.shared.Filter;
import no.styringskart.shared.ListOrder;
import no.styringskart.shared.Listing;
import no.styringskart.shared.Lookup;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.Related;
import no.styringskart.standards.Standard;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class AgendaItemController {

	/** Sorted by meeting date, then position on the agenda (the loader stores that key on each item). */
	private static final Listing<AgendaItem> LIST = Listing
		.sortedBy("AgendaItem", "MEETING_DATE", "n.sortKey", AgendaItem::of, AgendaItem::id)
		.orSortedBy("TYPE", "toLower(n.type) + ' ' + n.sortKey")
		.orSortedBy("TITLE", "toLower(n.title)");

	private final Neo4jClient neo4j;

	private final Related related;

	AgendaItemController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	AgendaItem agendaItem(@Argument String id) {
		return Lookup.byId(this.neo4j, "AgendaItem", "agenda item", id, AgendaItem::of);
	}

	@QueryMapping
	Connection<AgendaItem> agendaItems(@Argument Integer first, @Argument String after,
			@Argument AgendaItemFilter filter, @Argument ListOrder orderBy) {
		Filter where = new Filter();
		if (filter != null) {
			where.from("(:Body {id: $body})<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(n:AgendaItem)", "body", filter.body())
				.when("toLower(n.type) = toLower($type)", "type", filter.type())
				.when("EXISTS { (n)<-[:HAS_AGENDA_ITEM]-(m:Meeting) WHERE m.date >= $from }", "from", filter.from())
				.when("EXISTS { (n)<-[:HAS_AGENDA_ITEM]-(m:Meeting) WHERE m.date <= $to }", "to", filter.to())
				.words(filter.textContains())
				.when("(n.decision IS NOT NULL) = $hasDecision", "hasDecision", filter.hasDecision());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<AgendaItem, Meeting> meeting(List<AgendaItem> items, GraphQLContext context) {
		return this.related.one(context, "AgendaItem.meeting", items, AgendaItem::id,
				"UNWIND $ids AS id MATCH (:AgendaItem {id: id})<-[:HAS_AGENDA_ITEM]-(m) RETURN id, m",
				r -> Meeting.of(r.get("m").asNode()));
	}

	@BatchMapping
	Map<AgendaItem, List<Person>> presenters(List<AgendaItem> items) {
		return people(items, "PRESENTED_BY");
	}

	@BatchMapping
	Map<AgendaItem, List<Person>> caseOfficers(List<AgendaItem> items) {
		return people(items, "CASE_OFFICER");
	}

	private Map<AgendaItem, List<Person>> people(List<AgendaItem> items, String type) {
		return this.related.many(items, AgendaItem::id, """
				UNWIND $ids AS id MATCH (:AgendaItem {id: id})-[:%s]->(p:Person) RETURN id, p ORDER BY p.name"""
			.formatted(type), r -> Person.of(r.get("p").asNode()));
	}

	@BatchMapping
	Map<AgendaItem, List<Organisation>> presentingOrganisations(List<AgendaItem> items) {
		return this.related.many(items, AgendaItem::id, """
				UNWIND $ids AS id MATCH (:AgendaItem {id: id})-[:PRESENTED_BY]->(o:Organisation) RETURN id, o ORDER BY o.name""",
				r -> Organisation.of(r.get("o").asNode()));
	}

	@BatchMapping
	Map<AgendaItem, List<Initiative>> initiatives(List<AgendaItem> items) {
		return this.related.many(items, AgendaItem::id, """
				UNWIND $ids AS id MATCH (:AgendaItem {id: id})-[:CONCERNS]->(i:Initiative) RETURN id, i ORDER BY i.name""",
				r -> Initiative.of(r.get("i").asNode()));
	}

	@BatchMapping
	Map<AgendaItem, List<Standard>> standards(List<AgendaItem> items) {
		return this.related.many(items, AgendaItem::id, """
				UNWIND $ids AS id MATCH (:AgendaItem {id: id})-[:CONCERNS]->(s:Standard) RETURN id, s ORDER BY s.name""",
				r -> Standard.of(r.get("s").asNode()));
	}

	@BatchMapping
	Map<AgendaItem, List<Object>> concerns(List<AgendaItem> items) {
		return this.related.many(items, AgendaItem::id, """
				UNWIND $ids AS id MATCH (:AgendaItem {id: id})-[:CONCERNS]->(x) WHERE x:Body OR x:Organisation
				RETURN id, x ORDER BY x.name""",
				r -> Entities.of(r.get("x").asNode(), Map.of("Body", Body::of, "Organisation", Organisation::of)));
	}

	@BatchMapping
	Map<AgendaItem, List<AgendaItem>> refersTo(List<AgendaItem> items) {
		return this.related.many(items, AgendaItem::id, """
				UNWIND $ids AS id MATCH (:AgendaItem {id: id})-[:REFERS_TO]->(i) RETURN id, i ORDER BY i.id""",
				r -> AgendaItem.of(r.get("i").asNode()));
	}

	@BatchMapping
	Map<AgendaItem, List<AgendaItem>> referredBy(List<AgendaItem> items) {
		return this.related.many(items, AgendaItem::id, """
				UNWIND $ids AS id MATCH (:AgendaItem {id: id})<-[:REFERS_TO]-(i) RETURN id, i ORDER BY i.id""",
				r -> AgendaItem.of(r.get("i").asNode()));
	}

}
