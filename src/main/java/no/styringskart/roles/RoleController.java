package no.styringskart.roles;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.councils.Body;
import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Entities;
import no.styringskart.shared.Filter;
import no.styringskart.shared.Fold;
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
class RoleController {

	private static final Listing<Role> LIST = Listing.sortedBy("Role", Role.class, "NAME", "toLower(n.name)", Role::of,
			Role::id);

	private final ReadQueries neo4j;

	private final Related related;

	RoleController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	Role role(@Argument String id) {
		return Lookup.byId(this.neo4j, "Role", "role", id, Role::of);
	}

	@QueryMapping
	Connection<Role> roles(@Argument Integer first, @Argument String after, @Argument RoleFilter filter,
			DataFetchingFieldSelectionSet selection) {
		PageRequest page = PageRequest.of(first, after);
		Filter where = new Filter();
		if (filter != null) {
			where.when("EXISTS { MATCH (n)-[:HELD_BY]->(h) WHERE h.id = $heldBy }", "heldBy", filter.heldBy())
				.when("""
						EXISTS { MATCH (n)-[:HELD_BY]->(h) WHERE (h:Body AND h.id = $body)
						  OR EXISTS { (h)<-[:ON_BEHALF_OF]-(:Membership)-[:IN_BODY]->(:Body {id: $body}) } }""",
						"body", filter.body())
				.when("n.id IN $named", "named", named(filter.nameContains()));
		}
		return LIST.page(this.neo4j, where, null, page, selection);
	}

	/**
	 * The ids of the roles whose name holds every folded word of the text (as a word or the start of one), found
	 * in the search index's name field, which folds as {@link Fold} does; null when no text is given.
	 */
	private List<String> named(String text) {
		List<String> words = (text == null) ? List.of() : Fold.words(text);
		if (words.isEmpty()) {
			return null;
		}
		String query = String.join(" AND ", words.stream().map(w -> "name:" + w + "*").toList());
		return this.neo4j.list("""
				CALL db.index.fulltext.queryNodes('search', $query) YIELD node WHERE node:Role RETURN node.id AS id""",
				Map.of("query", query), r -> r.get("id").asString());
	}

	@BatchMapping
	Map<Role, List<Object>> heldBy(List<Role> roles) {
		return this.related.many(roles, Role::id, """
				UNWIND $ids AS id MATCH (:Role {id: id})-[:HELD_BY]->(x) RETURN id, x ORDER BY x.name""",
				r -> Entities.of(r.get("x").asNode(), Map.of("Body", Body::of, "Organisation", Organisation::of)));
	}

}
