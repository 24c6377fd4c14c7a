package no.styringskart.meetings;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.councils.Body;
import no.styringskart.initiatives.Initiative;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Entities;
import no.styringskart.shared.Filter;
import no.styringskart.shared.ListField;
import no.styringskart.shared.ListOrder;
import no.styringskart.shared.Listing;
import no.styringskart.shared.Lookup;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;
import no.styringskart.standards.Standard;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class AgendaItemController {

	/** Sorted by meeting date, then position on the agenda (the loader stores that key on each item). */
	private static final Listing<AgendaItem> LIST = Listing
		.sortedBy("AgendaItem", AgendaItem.class, "MEETING_DATE", "n.sortKey", AgendaItem::of, AgendaItem::id)
		.orSortedBy("TYPE", "toLower(n.type) + ' ' + n.sortKey")
		.orSortedBy("TITLE", "toLower(n.title)");

	private static final ListField<Person> PRESENTERS = ListField.ofNodes("AgendaItem", "presenters",
			"(n)-[:PRESENTED_BY]->(p:Person)", "p", "p.name, p.id", Person::of);

	private static final ListField<Person> CASE_OFFICERS = ListField.ofNodes("AgendaItem", "caseOfficers",
			"(n)-[:CASE_OFFICER]->(p:Person)", "p", "p.name, p.id", Person::of);

	private static final ListField<Organisation> PRESENTING_ORGANISATIONS = ListField.ofNodes("AgendaItem",
			"presentingOrganisations", "(n)-[:PRESENTED_BY]->(o:Organisation)", "o", "o.name, o.id", Organisation::of);

	private static final ListField<Initiative> INITIATIVES = ListField.ofNodes("AgendaItem", "initiatives",
			"(n)-[:CONCERNS]->(i:Initiative)", "i", "i.name, i.id", Initiative::of);

	private static final ListField<Standard> STANDARDS = ListField.ofNodes("AgendaItem", "standards",
			"(n)-[:CONCERNS]->(s:Standard)", "s", "s.name, s.id", Standard::of);

	private static final ListField<Object> CONCERNS = ListField.ofNodes("AgendaItem", "concerns",
			"(n)-[:CONCERNS]->(x) WHERE x:Body OR x:Organisation", "x", "x.name, x.id",
			x -> Entities.of(x, Map.of("Body", Body::of, "Organisation", Organisation::of)));

	private static final ListField<AgendaItem> REFERS_TO = ListField.ofNodes("AgendaItem", "refersTo",
			"(n)-[:REFERS_TO]->(i)", "i", "i.id", AgendaItem::of);

	private static final ListField<AgendaItem> REFERRED_BY = ListField.ofNodes("AgendaItem", "referredBy",
			"(n)<-[:REFERS_TO]-(i)", "i", "i.id", AgendaItem::of);

	/** Read with the sak when a request for one sak selects them. */
	private static final List<ListField<?>> READ_AHEAD = List.of(PRESENTERS, CASE_OFFICERS, PRESENTING_ORGANISATIONS,
			INITIATIVES, STANDARDS, CONCERNS, REFERS_TO, REFERRED_BY);

	private final ReadQueries neo4j;

	private final Related related;

	AgendaItemController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	AgendaItem agendaItem(@Argument String id, DataFetchingEnvironment environment) {
		return Lookup.byId(this.neo4j, "AgendaItem", "agenda item", id, AgendaItem::of, environment, READ_AHEAD);
	}

	@QueryMapping
	Connection<AgendaItem> agendaItems(@Argument Integer first, @Argument String after,
			@Argument AgendaItemFilter filter, @Argument ListOrder orderBy, DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter();
		if (filter != null) {
			where.from("(:Body {id: $body})<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(n:AgendaItem)", "body", filter.body())
				.when("toLower(n.type) = toLower($type)", "type", filter.type())
				.when("EXISTS { (n)<-[:HAS_AGENDA_ITEM]-(m:Meeting) WHERE m.date >= $from }", "from", filter.from())
				.when("EXISTS { (n)<-[:HAS_AGENDA_ITEM]-(m:Meeting) WHERE m.date <= $to }", "to", filter.to())
				.words(filter.textContains())
				.when("(n.decision IS NOT NULL) = $hasDecision", "hasDecision", filter.hasDecision());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after), selection);
	}

	@BatchMapping
	Map<AgendaItem, Meeting> meeting(List<AgendaItem> items, GraphQLContext context) {
		return this.related.one(context, "AgendaItem.meeting", items, AgendaItem::id,
				"UNWIND $ids AS id MATCH (:AgendaItem {id: id})<-[:HAS_AGENDA_ITEM]-(m) RETURN id, m",
				r -> Meeting.of(r.get("m").asNode()));
	}

	@BatchMapping
	Map<AgendaItem, List<Person>> presenters(List<AgendaItem> items, GraphQLContext context) {
		return this.related.many(context, items, AgendaItem::id, PRESENTERS);
	}

	@BatchMapping
	Map<AgendaItem, List<Person>> caseOfficers(List<AgendaItem> items, GraphQLContext context) {
		return this.related.many(context, items, AgendaItem::id, CASE_OFFICERS);
	}

	@BatchMapping
	Map<AgendaItem, List<Organisation>> presentingOrganisations(List<AgendaItem> items, GraphQLContext context) {
		return this.related.many(context, items, AgendaItem::id, PRESENTING_ORGANISATIONS);
	}

	@BatchMapping
	Map<AgendaItem, List<Initiative>> initiatives(List<AgendaItem> items, GraphQLContext context) {
		return this.related.many(context, items, AgendaItem::id, INITIATIVES);
	}

	@BatchMapping
	Map<AgendaItem, List<Standard>> standards(List<AgendaItem> items, GraphQLContext context) {
		return this.related.many(context, items, AgendaItem::id, STANDARDS);
	}

	@BatchMapping
	Map<AgendaItem, List<Object>> concerns(List<AgendaItem> items, GraphQLContext context) {
		return this.related.many(context, items, AgendaItem::id, CONCERNS);
	}

	@BatchMapping
	Map<AgendaItem, List<AgendaItem>> refersTo(List<AgendaItem> items, GraphQLContext context) {
		return this.related.many(context, items, AgendaItem::id, REFERS_TO);
	}

	@BatchMapping
	Map<AgendaItem, List<AgendaItem>> referredBy(List<AgendaItem> items, GraphQLContext context) {
		return this.related.many(context, items, AgendaItem::id, REFERRED_BY);
	}

}
