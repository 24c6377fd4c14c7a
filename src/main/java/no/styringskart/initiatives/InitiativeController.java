package no.styringskart.initiatives;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.organisations.Organisation;
import no.styringskart.roles.Role;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Filter;
import no.styringskart.shared.ListField;
import no.styringskart.shared.ListOrder;
import no.styringskart.shared.Listing;
import no.styringskart.shared.Lookup;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class InitiativeController {

	private static final Listing<Initiative> LIST = Listing
		.sortedBy("Initiative", Initiative.class, "NAME", "n.sortName", Initiative::of, Initiative::id)
		.orSortedBy("KIND", "n.kind + ' ' + toLower(n.name)")
		.orSortedBy("DEPENDENT_COUNT", Listing.count("(n)<-[:DEPENDS_ON]-()"))
		.orSortedBy("DEPENDENCY_COUNT", Listing.count("(n)-[:DEPENDS_ON]->()"));

	private static final ListField<Initiative> PARTS = ListField.ofNodes("Initiative", "parts",
			"(n)<-[:PART_OF]-(p:Initiative)", "p", "p.name, p.id", Initiative::of);

	private static final ListField<Initiative> PART_OF = ListField.ofNodes("Initiative", "partOf",
			"(n)-[:PART_OF]->(p:Initiative)", "p", "p.name, p.id", Initiative::of);

	private static final ListField<Dependency> AFFECTS = new ListField<>("Initiative", "affects",
			"(a)-[d:DEPENDS_ON {kind: 'affects'}]->(n)", "{a: a, d: d, b: n}", "a.name, a.id, d.note",
			(row, context) -> Dependency.of(row));

	private static final ListField<Dependency> AFFECTED_BY = new ListField<>("Initiative", "affectedBy",
			"(n)-[d:DEPENDS_ON {kind: 'affects'}]->(b)", "{a: n, d: d, b: b}", "b.name, b.id, d.note",
			(row, context) -> Dependency.of(row));

	private static final ListField<Role> ROLES = ListField.ofNodes("Initiative", "roles",
			"(n)-[:OWNED_BY]->(:Organisation)<-[:HELD_BY]-(r:Role)", "r", "r.name, r.id", Role::of);

	private static final ListField<Dependency> DEPENDS_ON = new ListField<>("Initiative", "dependsOn",
			"(n)-[d:DEPENDS_ON]->(b)", "{a: n, d: d, b: b}", "b.name, b.id, d.kind, d.note",
			(row, context) -> Dependency.of(row));

	private static final ListField<Dependency> DEPENDENTS = new ListField<>("Initiative", "dependents",
			"(a)-[d:DEPENDS_ON]->(n)", "{a: a, d: d, b: n}", "a.name, a.id, d.kind, d.note",
			(row, context) -> Dependency.of(row));

	private static final ListField<AgendaItem> AGENDA_ITEMS = ListField.ofNodes("Initiative", "agendaItems",
			"(n)<-[:CONCERNS]-(i:AgendaItem)", "i", "i.sortKey, i.id", AgendaItem::of);

	/** Read with the initiative when a request for one initiative selects them. */
	private static final List<ListField<?>> READ_AHEAD = List.of(PARTS, PART_OF, DEPENDS_ON, DEPENDENTS, AFFECTS,
			AFFECTED_BY, ROLES, AGENDA_ITEMS);

	private final ReadQueries neo4j;

	private final Related related;

	InitiativeController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Initiative initiative(@Argument String id, DataFetchingEnvironment environment) {
		return Lookup.byId(this.neo4j, "Initiative", "initiative", id, Initiative::of, environment, READ_AHEAD);
	}

	@QueryMapping
	Connection<Initiative> initiatives(@Argument Integer first, @Argument String after,
			@Argument InitiativeFilter filter, @Argument ListOrder orderBy, DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains()).equal("kind", filter.kind());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after), selection);
	}

	@BatchMapping
	Map<Initiative, Organisation> owner(List<Initiative> initiatives) {
		return this.related.one(initiatives, Initiative::id,
				"UNWIND $ids AS id MATCH (:Initiative {id: id})-[:OWNED_BY]->(o) RETURN id, o",
				r -> Organisation.of(r.get("o").asNode()));
	}

	@BatchMapping
	Map<Initiative, List<Initiative>> partOf(List<Initiative> initiatives, GraphQLContext context) {
		return this.related.many(context, initiatives, Initiative::id, PART_OF);
	}

	@BatchMapping
	Map<Initiative, List<Dependency>> affects(List<Initiative> initiatives, GraphQLContext context) {
		return this.related.many(context, initiatives, Initiative::id, AFFECTS);
	}

	@BatchMapping
	Map<Initiative, List<Dependency>> affectedBy(List<Initiative> initiatives, GraphQLContext context) {
		return this.related.many(context, initiatives, Initiative::id, AFFECTED_BY);
	}

	@BatchMapping
	Map<Initiative, List<Role>> roles(List<Initiative> initiatives, GraphQLContext context) {
		return this.related.many(context, initiatives, Initiative::id, ROLES);
	}

	@BatchMapping
	Map<Initiative, List<Initiative>> parts(List<Initiative> initiatives, GraphQLContext context) {
		return this.related.many(context, initiatives, Initiative::id, PARTS);
	}

	@BatchMapping
	Map<Initiative, List<Dependency>> dependsOn(List<Initiative> initiatives, GraphQLContext context) {
		return this.related.many(context, initiatives, Initiative::id, DEPENDS_ON);
	}

	@BatchMapping
	Map<Initiative, List<Dependency>> dependents(List<Initiative> initiatives, GraphQLContext context) {
		return this.related.many(context, initiatives, Initiative::id, DEPENDENTS);
	}

	@BatchMapping
	Map<Initiative, List<AgendaItem>> agendaItems(List<Initiative> initiatives, GraphQLContext context) {
		return this.related.many(context, initiatives, Initiative::id, AGENDA_ITEMS);
	}

}
