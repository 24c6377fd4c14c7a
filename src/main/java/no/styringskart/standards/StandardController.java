package no.styringskart.standards;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.initiatives.Dependency;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.organisations.Organisation;
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
class StandardController {

	private static final Listing<Standard> LIST = Listing
		.sortedBy("Standard", Standard.class, "NAME", "n.sortName", Standard::of, Standard::id)
		.orSortedBy("KIND", "n.kind + ' ' + toLower(n.name)")
		.orSortedBy("ADOPTION_COUNT", Listing.count("(n)-[:HAS_ADOPTION]->()"));

	private static final ListField<StandardAdoption> ADOPTIONS = ListField.ofNodes("Standard", "adoptions",
			"(n)-[:HAS_ADOPTION]->(a)", "a", "a.year, a.id", StandardAdoption::of);

	private static final ListField<Dependency> USED_BY = new ListField<>("Standard", "usedBy",
			"(a)-[d:DEPENDS_ON]->(n)", "{a: a, d: d, b: n}", "a.name, a.id, d.kind, d.note",
			(row, context) -> Dependency.of(row));

	private static final ListField<AgendaItem> AGENDA_ITEMS = ListField.ofNodes("Standard", "agendaItems",
			"(n)<-[:CONCERNS]-(i:AgendaItem)", "i", "i.sortKey, i.id", AgendaItem::of);

	/** Read with the standard when a request for one standard selects them. */
	private static final List<ListField<?>> READ_AHEAD = List.of(ADOPTIONS, USED_BY, AGENDA_ITEMS);

	private final ReadQueries neo4j;

	private final Related related;

	StandardController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Standard standard(@Argument String id, DataFetchingEnvironment environment) {
		return Lookup.byId(this.neo4j, "Standard", "standard", id, Standard::of, environment, READ_AHEAD);
	}

	@QueryMapping
	Connection<Standard> standards(@Argument Integer first, @Argument String after, @Argument StandardFilter filter,
			@Argument ListOrder orderBy, DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains()).equal("kind", filter.kind());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after), selection);
	}

	@BatchMapping
	Map<Standard, Organisation> sdo(List<Standard> standards) {
		return this.related.one(standards, Standard::id,
				"UNWIND $ids AS id MATCH (:Standard {id: id})-[:MAINTAINED_BY]->(o) RETURN id, o",
				r -> Organisation.of(r.get("o").asNode()));
	}

	@BatchMapping
	Map<Standard, List<StandardAdoption>> adoptions(List<Standard> standards, GraphQLContext context) {
		return this.related.many(context, standards, Standard::id, ADOPTIONS);
	}

	@BatchMapping
	Map<Standard, List<Dependency>> usedBy(List<Standard> standards, GraphQLContext context) {
		return this.related.many(context, standards, Standard::id, USED_BY);
	}

	@BatchMapping
	Map<Standard, List<AgendaItem>> agendaItems(List<Standard> standards, GraphQLContext context) {
		return this.related.many(context, standards, Standard::id, AGENDA_ITEMS);
	}

}
