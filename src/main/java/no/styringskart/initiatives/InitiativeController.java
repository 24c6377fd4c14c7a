package no.styringskart.initiatives;

import java.util.List;
import java.util.Map;

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
class InitiativeController {

	private static final Listing<Initiative> LIST = Listing
		.sortedBy("Initiative", "NAME", "n.sortName", Initiative::of, Initiative::id)
		.orSortedBy("KIND", "n.kind + ' ' + toLower(n.name)")
		.orSortedBy("DEPENDENT_COUNT", Listing.count("(n)<-[:DEPENDS_ON]-()"))
		.orSortedBy("DEPENDENCY_COUNT", Listing.count("(n)-[:DEPENDS_ON]->()"));

	private final Neo4jClient neo4j;

	private final Related related;

	InitiativeController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Initiative initiative(@Argument String id) {
		return Lookup.byId(this.neo4j, "Initiative", "initiative", id, Initiative::of);
	}

	@QueryMapping
	Connection<Initiative> initiatives(@Argument Integer first, @Argument String after,
			@Argument InitiativeFilter filter, @Argument ListOrder orderBy) {
		Filter where = new Filter();
		if (filter != null) {
			where.words(filter.nameContains()).equal("kind", filter.kind());
		}
		return LIST.page(this.neo4j, where, orderBy, PageRequest.of(first, after));
	}

	@BatchMapping
	Map<Initiative, Organisation> owner(List<Initiative> initiatives) {
		return this.related.one(initiatives, Initiative::id,
				"UNWIND $ids AS id MATCH (:Initiative {id: id})-[:OWNED_BY]->(o) RETURN id, o",
				r -> Organisation.of(r.get("o").asNode()));
	}

	@BatchMapping
	Map<Initiative, Initiative> partOf(List<Initiative> initiatives) {
		return this.related.one(initiatives, Initiative::id,
				"UNWIND $ids AS id MATCH (:Initiative {id: id})-[:PART_OF]->(p:Initiative) RETURN id, p",
				r -> Initiative.of(r.get("p").asNode()));
	}

	@BatchMapping
	Map<Initiative, List<Initiative>> parts(List<Initiative> initiatives) {
		return this.related.many(initiatives, Initiative::id, """
				UNWIND $ids AS id MATCH (:Initiative {id: id})<-[:PART_OF]-(p:Initiative) RETURN id, p ORDER BY p.name""",
				r -> Initiative.of(r.get("p").asNode()));
	}

	@BatchMapping
	Map<Initiative, List<Dependency>> dependsOn(List<Initiative> initiatives) {
		return this.related.many(initiatives, Initiative::id, """
				UNWIND $ids AS id MATCH (a:Initiative {id: id})-[d:DEPENDS_ON]->(b) RETURN id, a, d, b ORDER BY b.name""",
				Dependency::of);
	}

	@BatchMapping
	Map<Initiative, List<Dependency>> dependents(List<Initiative> initiatives) {
		return this.related.many(initiatives, Initiative::id, """
				UNWIND $ids AS id MATCH (a)-[d:DEPENDS_ON]->(b:Initiative {id: id}) RETURN id, a, d, b ORDER BY a.name""",
				Dependency::of);
	}

	@BatchMapping
	Map<Initiative, List<AgendaItem>> agendaItems(List<Initiative> initiatives) {
		return this.related.many(initiatives, Initiative::id, """
				UNWIND $ids AS id MATCH (:Initiative {id: id})<-[:CONCERNS]-(i:AgendaItem) RETURN id, i ORDER BY i.sortKey""",
				r -> AgendaItem.of(r.get("i").asNode()));
	}

}
