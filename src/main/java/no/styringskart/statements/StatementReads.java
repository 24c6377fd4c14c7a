package no.styringskart.statements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;
import no.styringskart.shared.Values;

import org.springframework.stereotype.Component;

/**
 * The statements and involvements of many entities of one label at once, one query each: the batch loaders of
 * the fields that other types gain ({@code AgendaItem.statements}, {@code Organisation.involvedIn}…). Labels are
 * constants of the callers, never user input.
 */
@Component
class StatementReads {

	/** Grouped by kind in the schema's order, then by their stated number, then by id. */
	static final Comparator<Statement> ORDER = Comparator.comparing(Statement::kind)
		.thenComparing(Statement::order, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Statement::id);

	private final Related related;

	StatementReads(ReadQueries neo4j) {
		this.related = new Related(neo4j);
	}

	/** The statements about each entity. */
	Map<String, List<Statement>> about(String label, Collection<String> ids) {
		return statements(ids, "MATCH (:%s {id: id})<-[:ABOUT]-(s:Statement)".formatted(label));
	}

	/**
	 * The statements that name each entity among those they concern while being about something else: what a
	 * sak's papers say of an initiative names the sak this way.
	 */
	Map<String, List<Statement>> mentioning(String label, Collection<String> ids) {
		return statements(ids, "MATCH (:%s {id: id})<-[:CONCERNS]-(s:Statement) WHERE NOT (s)-[:ABOUT]->(:%1$s {id: id})"
			.formatted(label));
	}

	/** The statements each organisation, body or person made or must act on. */
	Map<String, List<Statement>> by(String label, Collection<String> ids) {
		return statements(ids, "MATCH (:%s {id: id})<-[:BY]-(s:Statement)".formatted(label));
	}

	/** The involvements in each initiative or sak. */
	Map<String, List<Involvement>> involvements(String label, Collection<String> ids) {
		return this.related.many(ids, id -> id, """
				UNWIND $ids AS id MATCH (n:%s {id: id})-[r:INVOLVES]->(p)
				RETURN id, n AS subject, r, p AS party ORDER BY r.role, p.name, p.id""".formatted(label), r -> involvement(r));
	}

	/** The involvements of each organisation, body or person. */
	Map<String, List<Involvement>> involvedIn(String label, Collection<String> ids) {
		return this.related.many(ids, id -> id, """
				UNWIND $ids AS id MATCH (n:%s {id: id})<-[r:INVOLVES]-(s)
				RETURN id, s AS subject, r, n AS party ORDER BY r.role, coalesce(s.name, s.title), s.id"""
			.formatted(label), r -> involvement(r));
	}

	private Map<String, List<Statement>> statements(Collection<String> ids, String match) {
		Map<String, List<Statement>> found = this.related.many(ids, id -> id,
				"UNWIND $ids AS id " + match + " RETURN id, s", r -> Statement.of(r.get("s").asNode()));
		found.replaceAll((id, statements) -> {
			List<Statement> sorted = new ArrayList<>(statements);
			sorted.sort(ORDER);
			return sorted;
		});
		return found;
	}

	private static Involvement involvement(org.neo4j.driver.Record r) {
		var relationship = r.get("r").asRelationship();
		return new Involvement(EntityNodes.of(r.get("subject").asNode()), EntityNodes.of(r.get("party").asNode()),
				InvolvementRole.of(Values.string(relationship, "role")), Values.string(relationship, "note"),
				Evidence.of(relationship));
	}

}
