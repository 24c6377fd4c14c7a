package no.styringskart.statements;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.shared.Connection;
import no.styringskart.shared.Filter;
import no.styringskart.shared.Listing;
import no.styringskart.shared.PageRequest;
import no.styringskart.shared.Projection;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.Related;
import no.styringskart.sources.Document;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** The root lists of statements and milestones, and the fields of a statement. */
@QueryController
class StatementController {

	/**
	 * In id order: by convention {@code <about>-<kind>-<n>}, so the statements about one entity come together. A
	 * listed statement reads its figure's properties too when the request selects it.
	 */
	private static final Listing<Statement> LIST = new Listing<>("Statement", Map.of("ID", "n.id"),
			Projection.of(Statement.class, Figure.class), Statement::of, Statement::id);

	/** About or naming the body itself, one of its meetings, or a sak on one of their agendas. */
	private static final String OF_BODY = """
			EXISTS { (n)-[:ABOUT|CONCERNS]->(x) WHERE (x:Body AND x.id = $body)
			  OR (x:Meeting AND EXISTS { (x)-[:OF_BODY]->(:Body {id: $body}) })
			  OR (x:AgendaItem AND EXISTS { (x)<-[:HAS_AGENDA_ITEM]-(:Meeting)-[:OF_BODY]->(:Body {id: $body}) }) }""";

	/** About the entity or naming it among those it concerns. */
	private static final String MENTIONS = "EXISTS { (n)-[:ABOUT|CONCERNS]->(x) WHERE x.id = $mentions }";

	private static final String DATES_LOADER = "statementDates";

	/** A milestone's dates in the order curated. */
	private static final String DATES = """
			UNWIND $ids AS id MATCH (:Statement {id: id})-[:HAS_DATE]->(d:MilestoneDate)
			RETURN id, d ORDER BY d.position""";

	private final ReadQueries neo4j;

	private final Related related;

	StatementController(ReadQueries neo4j, BatchLoaderRegistry loaders) {
		this.neo4j = neo4j;
		this.related = new Related(neo4j);
		loaders.<Statement, List<MilestoneDate>>forName(DATES_LOADER)
			.registerMappedBatchLoader((statements, environment) -> Mono.fromSupplier(() -> this.related
				.many(statements, Statement::id, DATES, r -> MilestoneDate.of(r.get("d").asNode()))));
	}

	@QueryMapping
	Connection<Statement> statements(@Argument StatementFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter();
		if (filter != null) {
			List<String> kinds = (filter.kinds() == null || filter.kinds().isEmpty()) ? null
					: filter.kinds().stream().map(StatementKind::stored).toList();
			where.from("(:Document {id: $document})<-[:STATED_IN]-(n:Statement)", "document", filter.document())
				.when("n.kind IN $kinds", "kinds", kinds)
				.when("EXISTS { (n)-[:ABOUT]->(x) WHERE x.id = $about }", "about", filter.about())
				.when(MENTIONS, "mentions", filter.mentions())
				.when("EXISTS { (n)-[:BY]->(x) WHERE x.id = $actor }", "actor", filter.actor())
				.when(OF_BODY, "body", filter.body())
				.when("EXISTS { (n)-[:STATED_IN]->(d:Document) WHERE d.date >= $from }", "from", filter.from())
				.when("EXISTS { (n)-[:STATED_IN]->(d:Document) WHERE d.date <= $to }", "to", filter.to());
		}
		return LIST.page(this.neo4j, where, null, PageRequest.of(first, after), selection);
	}

	@QueryMapping
	Connection<Statement> milestones(@Argument MilestoneFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		Filter where = new Filter().when("n.kind = $milestone", "milestone", StatementKind.MILESTONE.stored());
		if (filter != null) {
			// a date stated as a month or a year is compared at its own precision
			where.from("(:Document {id: $document})<-[:STATED_IN]-(n:Statement)", "document", filter.document())
				.when("EXISTS { (n)-[:ABOUT]->(x) WHERE x.id = $about }", "about", filter.about())
				.when(MENTIONS, "mentions", filter.mentions())
				.when(OF_BODY, "body", filter.body())
				.when("EXISTS { (n)-[:HAS_DATE]->(d) WHERE d.date >= left($from, size(d.date)) }", "from",
						(filter.from() != null) ? filter.from().toString() : null)
				.when("EXISTS { (n)-[:HAS_DATE]->(d) WHERE d.date <= left($to, size(d.date)) }", "to",
						(filter.to() != null) ? filter.to().toString() : null);
		}
		return LIST.page(this.neo4j, where, null, PageRequest.of(first, after), selection);
	}

	@BatchMapping
	Map<Statement, Object> about(List<Statement> statements) {
		return this.related.one(statements, Statement::id,
				"UNWIND $ids AS id MATCH (:Statement {id: id})-[:ABOUT]->(x) RETURN id, x",
				r -> EntityNodes.of(r.get("x").asNode()));
	}

	@BatchMapping
	Map<Statement, List<Object>> concerns(List<Statement> statements) {
		return this.related.many(statements, Statement::id, """
				UNWIND $ids AS id MATCH (:Statement {id: id})-[:CONCERNS]->(x)
				RETURN id, x ORDER BY x.id""", r -> EntityNodes.of(r.get("x").asNode()));
	}

	@BatchMapping
	Map<Statement, Object> actor(List<Statement> statements) {
		return this.related.one(statements, Statement::id,
				"UNWIND $ids AS id MATCH (:Statement {id: id})-[:BY]->(x) RETURN id, x",
				r -> EntityNodes.of(r.get("x").asNode()));
	}

	@BatchMapping
	Map<Statement, Document> document(List<Statement> statements) {
		return this.related.one(statements, Statement::id,
				"UNWIND $ids AS id MATCH (:Statement {id: id})-[:STATED_IN]->(d:Document) RETURN id, d",
				r -> Document.of(r.get("d").asNode()));
	}

	// dates, datesDisagree and datesMoved share one loader: a request asking for all three reads the dates once
	@SchemaMapping
	CompletableFuture<List<MilestoneDate>> dates(Statement statement, DataFetchingEnvironment environment) {
		return datesOf(statement, environment);
	}

	@SchemaMapping
	CompletableFuture<Boolean> datesDisagree(Statement statement, DataFetchingEnvironment environment) {
		return datesOf(statement, environment).thenApply(MilestoneDate::disagree);
	}

	@SchemaMapping
	CompletableFuture<Boolean> datesMoved(Statement statement, DataFetchingEnvironment environment) {
		return datesOf(statement, environment).thenApply(MilestoneDate::moved);
	}

	private static CompletableFuture<List<MilestoneDate>> datesOf(Statement statement,
			DataFetchingEnvironment environment) {
		return environment.<Statement, List<MilestoneDate>>getDataLoader(DATES_LOADER).load(statement);
	}

}
