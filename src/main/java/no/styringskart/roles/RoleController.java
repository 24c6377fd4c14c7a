package no.styringskart.roles;

import java.util.List;
import java.util.Map;

import no.styringskart.councils.Body;
import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Entities;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class RoleController {

	private final ReadQueries neo4j;

	private final Related related;

	RoleController(ReadQueries neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	List<Role> roles() {
		return this.neo4j.list("MATCH (r:Role) RETURN r ORDER BY r.name", r -> Role.of(r.get("r").asNode()));
	}

	@BatchMapping
	Map<Role, List<Object>> heldBy(List<Role> roles) {
		return this.related.many(roles, Role::id, """
				UNWIND $ids AS id MATCH (:Role {id: id})-[:HELD_BY]->(x) RETURN id, x ORDER BY x.name""",
				r -> Entities.of(r.get("x").asNode(), Map.of("Body", Body::of, "Organisation", Organisation::of)));
	}

}
