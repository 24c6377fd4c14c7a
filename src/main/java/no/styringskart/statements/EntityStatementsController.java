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
import no.styringskart.meetings.Meeting;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.roles.Role;
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

	private static final String MENTIONING = "statementsMentioning.";

	private static final String BY = "statementsBy.";

	private static final String INVOLVEMENTS = "involvements.";

	private static final String INVOLVED_IN = "involvedIn.";

	EntityStatementsController(StatementReads reads, BatchLoaderRegistry loaders) {
		for (String label : List.of("AgendaItem", "Initiative", "Body", "Standard", "Organisation", "Role", "Person",
				"Meeting")) {
			register(loaders, ABOUT + label, label, reads::about);
			register(loaders, MENTIONING + label, label, reads::mentioning);
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
			@Argument boolean mentioned, DataFetchingEnvironment environment) {
		return said(environment, "AgendaItem", item.id(), kinds, mentioned);
	}

	@SchemaMapping(typeName = "AgendaItem", field = "milestones")
	CompletableFuture<List<Statement>> agendaItemMilestones(AgendaItem item, @Argument boolean mentioned,
			DataFetchingEnvironment environment) {
		return said(environment, "AgendaItem", item.id(), List.of(StatementKind.MILESTONE), mentioned);
	}

	@SchemaMapping(typeName = "AgendaItem", field = "involvements")
	CompletableFuture<List<Involvement>> agendaItemInvolvements(AgendaItem item, @Argument InvolvementRole role,
			DataFetchingEnvironment environment) {
		return involvements(environment, INVOLVEMENTS + "AgendaItem", item.id(), role);
	}

	// --- initiatives ----------------------------------------------------------------------------------------

	@SchemaMapping(typeName = "Initiative", field = "statements")
	CompletableFuture<List<Statement>> initiativeStatements(Initiative initiative, @Argument List<StatementKind> kinds,
			@Argument boolean mentioned, DataFetchingEnvironment environment) {
		return said(environment, "Initiative", initiative.id(), kinds, mentioned);
	}

	@SchemaMapping(typeName = "Initiative", field = "milestones")
	CompletableFuture<List<Statement>> initiativeMilestones(Initiative initiative, @Argument boolean mentioned,
			DataFetchingEnvironment environment) {
		return said(environment, "Initiative", initiative.id(), List.of(StatementKind.MILESTONE), mentioned);
	}

	@SchemaMapping(typeName = "Initiative", field = "involvements")
	CompletableFuture<List<Involvement>> initiativeInvolvements(Initiative initiative, @Argument InvolvementRole role,
			DataFetchingEnvironment environment) {
		return involvements(environment, INVOLVEMENTS + "Initiative", initiative.id(), role);
	}

	// --- bodies, standards, organisations, people ------------------------------------------------------------

	@SchemaMapping(typeName = "Body", field = "statements")
	CompletableFuture<List<Statement>> bodyStatements(Body body, @Argument List<StatementKind> kinds,
			@Argument boolean mentioned, DataFetchingEnvironment environment) {
		return said(environment, "Body", body.id(), kinds, mentioned);
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
			@Argument boolean mentioned, DataFetchingEnvironment environment) {
		return said(environment, "Standard", standard.id(), kinds, mentioned);
	}

	@SchemaMapping(typeName = "Organisation", field = "statements")
	CompletableFuture<List<Statement>> organisationStatements(Organisation organisation, @Argument List<StatementKind> kinds,
			@Argument boolean mentioned, DataFetchingEnvironment environment) {
		return said(environment, "Organisation", organisation.id(), kinds, mentioned);
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

	@SchemaMapping(typeName = "Role", field = "statements")
	CompletableFuture<List<Statement>> roleStatements(Role role, @Argument List<StatementKind> kinds,
			@Argument boolean mentioned, DataFetchingEnvironment environment) {
		return said(environment, "Role", role.id(), kinds, mentioned);
	}

	@SchemaMapping(typeName = "Person", field = "statements")
	CompletableFuture<List<Statement>> personStatements(Person person, @Argument List<StatementKind> kinds,
			@Argument boolean mentioned, DataFetchingEnvironment environment) {
		return said(environment, "Person", person.id(), kinds, mentioned);
	}

	@SchemaMapping(typeName = "Meeting", field = "statements")
	CompletableFuture<List<Statement>> meetingStatements(Meeting meeting, @Argument List<StatementKind> kinds,
			@Argument boolean mentioned, DataFetchingEnvironment environment) {
		return said(environment, "Meeting", meeting.id(), kinds, mentioned);
	}

	// --- filtering what the loaders read --------------------------------------------------------------------

	/** The statements about an entity and, when asked, those that name it while being about something else. */
	private static CompletableFuture<List<Statement>> said(DataFetchingEnvironment environment, String label, String id,
			List<StatementKind> kinds, boolean mentioned) {
		CompletableFuture<List<Statement>> about = statements(environment, ABOUT + label, id, kinds);
		if (!mentioned) {
			return about;
		}
		return about.thenCombine(statements(environment, MENTIONING + label, id, kinds), (direct, named) -> {
			List<Statement> all = new java.util.ArrayList<>(direct);
			all.addAll(named);
			all.sort(StatementReads.ORDER);
			return all;
		});
	}

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
