package no.styringskart.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.NodeValue;
import org.neo4j.driver.internal.value.PathValue;
import org.neo4j.driver.internal.value.RelationshipValue;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;

/**
 * Runs a read statement on the DBMS in this JVM without going through Bolt, and hands its rows on as the Java
 * driver's {@link Record}s, so the code that maps them is the same for the in-process and a remote database.
 * <p>
 * Why: through Bolt on loopback even a trivial statement costs about half a millisecond (encoding and decoding, the
 * socket, hand-overs between threads), more than most of the app's queries take in the database. The driver has no
 * public way to build its records and graph values, so this uses its {@code internal} classes;
 * {@code InProcessReadsTests} compares every kind of value with what Bolt delivers, and fails if an upgrade of the
 * driver changes them.
 * <p>
 * Each statement runs in a transaction of its own that is never committed, and one that Neo4j plans as a write is
 * refused before it yields a row, so nothing read here can change the graph.
 */
public final class InProcessReads {

	private static final Set<QueryExecutionType.QueryType> WRITES = EnumSet.of(QueryExecutionType.QueryType.WRITE,
			QueryExecutionType.QueryType.READ_WRITE, QueryExecutionType.QueryType.SCHEMA_WRITE);

	private final GraphDatabaseService database;

	InProcessReads(GraphDatabaseService database) {
		this.database = database;
	}

	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
			Duration timeout) {
		try (Transaction transaction = this.database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
				Result result = transaction.execute(cypher, parameters)) {
			QueryExecutionType.QueryType type = result.getQueryExecutionType().queryType();
			if (WRITES.contains(type)) {
				throw new IllegalArgumentException("a read was asked to run a statement that writes (" + type + ")");
			}
			List<String> columns = result.columns();
			List<T> rows = new ArrayList<>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				List<Value> values = new ArrayList<>(columns.size());
				for (String column : columns) {
					values.add(value(row.get(column)));
				}
				rows.add(mapper.apply(new InternalRecord(columns, values)));
			}
			return rows;
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
	}

	/** Neo4j's own exceptions, told apart as the app tells the Java driver's apart: timed out, or unavailable. */
	private static RuntimeException translated(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String code = switch (cause) {
				case Status.HasStatus status -> status.status().code().serialize();
				case QueryExecutionException failure -> Objects.requireNonNullElse(failure.getStatusCode(), "");
				default -> "";
			};
			if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
				return new QueryTimeoutException("the statement was stopped at its timeout", ex);
			}
			if (cause instanceof DatabaseShutdownException) {
				return new DataAccessResourceFailureException("the database is not available", ex);
			}
		}
		return ex;
	}

	private static Value value(Object object) {
		return switch (object) {
			case Node node -> new NodeValue(node(node));
			case Relationship relationship -> new RelationshipValue(relationship(relationship));
			case Path path -> {
				List<org.neo4j.driver.types.Entity> entities = new ArrayList<>();
				for (Entity entity : path) {
					entities.add(entity instanceof Node node ? node(node) : relationship((Relationship) entity));
				}
				yield new PathValue(new InternalPath(entities));
			}
			case Map<?, ?> map -> {
				Map<String, Value> values = HashMap.newHashMap(map.size());
				map.forEach((key, item) -> values.put((String) key, value(item)));
				yield Values.value(values);
			}
			case List<?> list -> Values.value(list.stream().map(InProcessReads::value).toList());
			case null, default -> Values.value(object);
		};
	}

	private static InternalNode node(Node node) {
		return new InternalNode(id(node), node.getElementId(), labels(node), properties(node));
	}

	private static InternalRelationship relationship(Relationship relationship) {
		Node start = relationship.getStartNode();
		Node end = relationship.getEndNode();
		return new InternalRelationship(id(relationship), relationship.getElementId(), id(start), start.getElementId(),
				id(end), end.getElementId(), relationship.getType().name(), properties(relationship));
	}

	private static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return labels;
	}

	private static Map<String, Value> properties(Entity entity) {
		Map<String, Object> properties = entity.getAllProperties();
		Map<String, Value> values = HashMap.newHashMap(properties.size());
		properties.forEach((key, item) -> values.put(key, Values.value(item)));
		return values;
	}

	// the driver's types still carry the numeric id beside the element id
	@SuppressWarnings("deprecation")
	private static long id(Entity entity) {
		return entity.getId();
	}

}
