package no.styringskart.roles;

import java.util.List;
import java.util.Map;

import no.styringskart.councils.Body;
import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Entities;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.Related;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class RoleController {

	private final Neo4jClient neo4j;

	private final Related related;

	RoleController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
	}

	@QueryMapping
	List<Role> roles() {
		return this.neo4j.query("MATCH (r:Role) RETURN r ORDER BY r.name")
			.fetchAs(Role.class)
			.mappedBy((t, r) -> Role.of(r.get("r").asNode()))
			.all()
			.stream()
			.toList();
	}

	@BatchMapping
	Map<Role, List<Object>> heldBy(List<Role> roles) {
		return this.related.many(roles, Role::id, """
				UNWIND $ids AS id MATCH (:Role {id: id})-[:HELD_BY]->(x) RETURN id, x ORDER BY x.name""",
				r -> Entities.of(r.get("x").asNode(), Map.of("Body", Body::of, "Organisation", Organisation::of)));
	}

}
