package no.styringskart.standards;

import java.util.List;
import java.util.Map;

import no.styringskart.initiatives.Dependency;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Filter;
import no.styringskart.shared.ListOrder;
import no.styringskart.shared.Listing;
import no.styringskart.shared.Lookup;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.Related;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class StandardController {

	private static final Listing<Standard> LIST = Listing
		.sortedBy("Standard", "NAME", "n.sortName", Standard::of, Standard::id)
		.orSortedBy("KIND", "n.kind + ' ' + toLower(n.name)")
		.orSortedBy("ADOPTION_COUNT", Listing.count("(n)-[:HAS_ADOPTION]->()"));

	private final Neo4jClient neo4j;

	private final Related related;

	StandardController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Standard standard(@Argument String id) {
		return Lookup.byId(this.neo4j, "Standard", "standard", id, Standard::of);
	}

	@QueryMapping
	Connection<Standard> standards(@Argument Integer first, @Argument String after, @Argument StandardFilter filter,
			@Argument ListOrder orderBy) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains()).equal("kind", filter.kind());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<Standard, Organisation> sdo(List<Standard> standards) {
		return this.related.one(standards, Standard::id,
				"UNWIND $ids AS id MATCH (:Standard {id: id})-[:MAINTAINED_BY]->(o) RETURN id, o",
				r -> Organisation.of(r.get("o").asNode()));
	}

	@BatchMapping
	Map<Standard, List<StandardAdoption>> adoptions(List<Standard> standards) {
		return this.related.many(standards, Standard::id, """
				UNWIND $ids AS id MATCH (:Standard {id: id})-[:HAS_ADOPTION]->(a) RETURN id, a ORDER BY a.year, a.id""",
				r -> StandardAdoption.of(r.get("a").asNode()));
	}

	@BatchMapping
	Map<Standard, List<Dependency>> usedBy(List<Standard> standards) {
		return this.related.many(standards, Standard::id, """
				UNWIND $ids AS id MATCH (a)-[d:DEPENDS_ON]->(b:Standard {id: id}) RETURN id, a, d, b ORDER BY a.name""",
				Dependency::of);
	}

	@BatchMapping
	Map<Standard, List<AgendaItem>> agendaItems(List<Standard> standards) {
		return this.related.many(standards, Standard::id, """
				UNWIND $ids AS id MATCH (:Standard {id: id})<-[:CONCERNS]-(i:AgendaItem) RETURN id, i ORDER BY i.sortKey""",
				r -> AgendaItem.of(r.get("i").asNode()));
	}

}
