package no.styringskart.statements;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import graphql.schema.DataFetchingEnvironment;
import no.styringskart.councils.Body;
import no.styringskart.initiatives.Initiative;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.QueryController;
import no.styringskart.standards.Standard;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The fields other types gain from what the papers say: the statements about a sak, an initiative, a body, a
 * standard or an organisation, those a party made, milestones, and involvements both ways. Each is batch-loaded
 * per label (one query for all parents of a request level); the arguments filter what the loader read, so a
 * field asked twice with different arguments costs one query.
 */
@QueryController
class EntityStatementsController {

	private static final String ABOUT = "statementsAbout.";

	private static final String BY = "statementsBy.";

	private static final String INVOLVEMENTS = "involvements.";

	private static final String INVOLVED_IN = "involvedIn.";

	EntityStatementsController(StatementReads reads, BatchLoaderRegistry loaders) {
		for (String label : List.of("AgendaItem", "Initiative", "Body", "Standard", "Organisation")) {
			register(loaders, ABOUT + label, label, reads::about);
		}
		for (String label : List.of("Body", "Organisation", "Person")) {
			register(loaders, BY + label, label, reads::by);
			register(loaders, INVOLVED_IN + label, label, reads::involvedIn);
		}
		for (String label : List.of("AgendaItem", "Initiative")) {
			register(loaders, INVOLVEMENTS + label, label, reads::involvements);
		}
	}

	private static <T> void register(BatchLoaderRegistry loaders, String name, String label,
			BiFunction<String, Collection<String>, Map<String, List<T>>> read) {
		loaders.<String, List<T>>forName(name)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> read.apply(label, ids)));
	}

	// --- agenda items ---------------------------------------------------------------------------------------

	@SchemaMapping(typeName = "AgendaItem", field = "statements")
	CompletableFuture<List<Statement>> agendaItemStatements(AgendaItem item, @Argument List<StatementKind> kinds,
			DataFetchingEnvironment environment) {
		return statements(environment, ABOUT + "AgendaItem", item.id(), kinds);
	}

	@SchemaMapping(typeName = "AgendaItem", field = "milestones")
	CompletableFuture<List<Statement>> agendaItemMilestones(AgendaItem item, DataFetchingEnvironment environment) {
		return statements(environment, ABOUT + "AgendaItem", item.id(), List.of(StatementKind.MILESTONE));
	}

	@SchemaMapping(typeName = "AgendaItem", field = "involvements")
	CompletableFuture<List<Involvement>> agendaItemInvolvements(AgendaItem item, @Argument InvolvementRole role,
			DataFetchingEnvironment environment) {
		return involvements(environment, INVOLVEMENTS + "AgendaItem", item.id(), role);
	}

	// --- initiatives ----------------------------------------------------------------------------------------

	@SchemaMapping(typeName = "Initiative", field = "statements")
	CompletableFuture<List<Statement>> initiativeStatements(Initiative initiative, @Argument List<StatementKind> kinds,
			DataFetchingEnvironment environment) {
		return statements(environment, ABOUT + "Initiative", initiative.id(), kinds);
	}

	@SchemaMapping(typeName = "Initiative", field = "milestones")
	CompletableFuture<List<Statement>> initiativeMilestones(Initiative initiative, DataFetchingEnvironment environment) {
		return statements(environment, ABOUT + "Initiative", initiative.id(), List.of(StatementKind.MILESTONE));
	}

	@SchemaMapping(typeName = "Initiative", field = "involvements")
	CompletableFuture<List<Involvement>> initiativeInvolvements(Initiative initiative, @Argument InvolvementRole role,
			DataFetchingEnvironment environment) {
		return involvements(environment, INVOLVEMENTS + "Initiative", initiative.id(), role);
	}

	// --- bodies, standards, organisations, people ------------------------------------------------------------

	@SchemaMapping(typeName = "Body", field = "statements")
	CompletableFuture<List<Statement>> bodyStatements(Body body, @Argument List<StatementKind> kinds,
			DataFetchingEnvironment environment) {
		return statements(environment, ABOUT + "Body", body.id(), kinds);
	}

	@SchemaMapping(typeName = "Body", field = "statementsBy")
	CompletableFuture<List<Statement>> bodyStatementsBy(Body body, @Argument List<StatementKind> kinds,
			DataFetchingEnvironment environment) {
		return statements(environment, BY + "Body", body.id(), kinds);
	}

	@SchemaMapping(typeName = "Body", field = "involvedIn")
	CompletableFuture<List<Involvement>> bodyInvolvedIn(Body body, @Argument InvolvementRole role,
			DataFetchingEnvironment environment) {
		return involvements(environment, INVOLVED_IN + "Body", body.id(), role);
	}

	@SchemaMapping(typeName = "Standard", field = "statements")
	CompletableFuture<List<Statement>> standardStatements(Standard standard, @Argument List<StatementKind> kinds,
			DataFetchingEnvironment environment) {
		return statements(environment, ABOUT + "Standard", standard.id(), kinds);
	}

	@SchemaMapping(typeName = "Organisation", field = "statements")
	CompletableFuture<List<Statement>> organisationStatements(Organisation organisation,
			@Argument List<StatementKind> kinds, DataFetchingEnvironment environment) {
		return statements(environment, ABOUT + "Organisation", organisation.id(), kinds);
	}

	@SchemaMapping(typeName = "Organisation", field = "statementsBy")
	CompletableFuture<List<Statement>> organisationStatementsBy(Organisation organisation,
			@Argument List<StatementKind> kinds, DataFetchingEnvironment environment) {
		return statements(environment, BY + "Organisation", organisation.id(), kinds);
	}

	@SchemaMapping(typeName = "Organisation", field = "involvedIn")
	CompletableFuture<List<Involvement>> organisationInvolvedIn(Organisation organisation,
			@Argument InvolvementRole role, DataFetchingEnvironment environment) {
		return involvements(environment, INVOLVED_IN + "Organisation", organisation.id(), role);
	}

	@SchemaMapping(typeName = "Person", field = "statementsBy")
	CompletableFuture<List<Statement>> personStatementsBy(Person person, @Argument List<StatementKind> kinds,
			DataFetchingEnvironment environment) {
		return statements(environment, BY + "Person", person.id(), kinds);
	}

	@SchemaMapping(typeName = "Person", field = "involvedIn")
	CompletableFuture<List<Involvement>> personInvolvedIn(Person person, @Argument InvolvementRole role,
			DataFetchingEnvironment environment) {
		return involvements(environment, INVOLVED_IN + "Person", person.id(), role);
	}

	// --- filtering what the loaders read --------------------------------------------------------------------

	private static CompletableFuture<List<Statement>> statements(DataFetchingEnvironment environment, String loader,
			String id, List<StatementKind> kinds) {
		return environment.<String, List<Statement>>getDataLoader(loader)
			.load(id)
			.thenApply(all -> (kinds == null || kinds.isEmpty()) ? all
					: all.stream().filter(statement -> kinds.contains(statement.kind())).toList());
	}

	private static CompletableFuture<List<Involvement>> involvements(DataFetchingEnvironment environment, String loader,
			String id, InvolvementRole role) {
		return environment.<String, List<Involvement>>getDataLoader(loader)
			.load(id)
			.thenApply(all -> (role == null) ? all
					: all.stream().filter(involvement -> involvement.role() == role).toList());
	}

}
