package no.styringskart.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.analysis.DependencyResults.DependencyAnalysis;
import no.styringskart.analysis.DependencyResults.DependencyChain;
import no.styringskart.analysis.DependencyResults.ReachedNode;
import no.styringskart.initiatives.Dependency;
import no.styringskart.initiatives.Initiative;
import no.styringskart.shared.BadRequestException;
import no.styringskart.shared.Evidence;
import no.styringskart.shared.NotFoundException;
import no.styringskart.shared.Projection;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.ResultCache;
import no.styringskart.shared.Values;
import no.styringskart.standards.Standard;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class DependencyController {

	static final int MAX_DEPTH = 6;

	static final int CHAINS_PER_NODE = 3;

	// The graph around the root that chains of at most `depth` steps can use, in one read: the nodes within
	// depth - 1 steps of the root, found breadth first (each once, however many chains reach it), and every step
	// out of them, away from the root, with its evidence and its far end projected to what the request selects.
	// The chains are then enumerated here, not by Cypher: a variable-length pattern builds every path as a value
	// and sorts them all, where the chains need each step only once. The depth is a bounded integer written into
	// the pattern (Cypher takes no parameter there); the rest are parameters.
	private static final String NEIGHBOURHOOD = """
			CALL () { MATCH (root:Initiative {id: $id}) RETURN root UNION MATCH (root:Standard {id: $id}) RETURN root }
			OPTIONAL CALL (root) {
			  %1$s
			  WITH DISTINCT near
			  MATCH %2$s WHERE $kinds IS NULL OR d.kind IN $kinds
			  RETURN near, d, far
			}
			RETURN %3$s AS root, root:Standard AS rootIsStandard, near.id AS near, %4$s AS far,
			  far:Standard AS farIsStandard, d {.kind, .note, .evidenceDocuments, .evidenceQuotes, .evidenceLines} AS step""";

	private static final String KIND_FILTER = "r:DEPENDS_ON WHERE $kinds IS NULL OR r.kind IN $kinds";

	// The root, every reached node and both ends of every step are the same objects, read once.
	private static final Projection NODE = Projection.of(Initiative.class, Standard.class);

	private static final String[] NODE_PATHS = { "root", "reached/node", "reached/chains/steps/dependent",
			"reached/chains/steps/dependency" };

	// A guard against a graph so densely connected that its chains would not fit in memory: Cypher's own
	// enumeration stops at the transaction memory limit.
	static final int MAX_CHAINS_ENUMERATED = 1_000_000;

	/** A guard for dependencyCycles: a dense graph has more simple cycles than an answer can list. */
	static final int MAX_CYCLES = 1_000;

	private final ReadQueries neo4j;

	private final ResultCache answers;

	DependencyController(ReadQueries neo4j, ResultCache answers) {
		this.neo4j = neo4j;
		this.answers = answers;
	}

	@QueryMapping
	DependencyAnalysis dependents(@Argument String of, @Argument Integer depth, @Argument List<String> kinds,
			DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		return traverse(of, depth, kinds, Direction.DEPENDENTS, selection, request);
	}

	@QueryMapping
	DependencyAnalysis dependencies(@Argument String of, @Argument Integer depth, @Argument List<String> kinds,
			DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		return traverse(of, depth, kinds, Direction.DEPENDENCIES, selection, request);
	}

	/** Which way a traversal follows the dependencies: the patterns of its read, and which end of a step depends. */
	private enum Direction {

		DEPENDENTS("dependents", "MATCH (root)(()<-[%s]-()){0,%d}(near)", "(near)<-[d:DEPENDS_ON]-(far)", true),

		DEPENDENCIES("dependencies", "MATCH (root)(()-[%s]->()){0,%d}(near)", "(near)-[d:DEPENDS_ON]->(far)", false);

		final String label;

		final String reach;

		final String step;

		/** Whether a step's far end (away from the root) is its dependent, so chains run from the far end in. */
		final boolean farEndDepends;

		Direction(String label, String reach, String step, boolean farEndDepends) {
			this.label = label;
			this.reach = reach;
			this.step = step;
			this.farEndDepends = farEndDepends;
		}

	}

	private DependencyAnalysis traverse(String id, Integer requestedDepth, List<String> kinds, Direction direction,
			DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		int depth = checkDepth("depth", requestedDepth, 3);
		if (kinds != null && !Dependency.KINDS.containsAll(kinds)) {
			throw new BadRequestException("kinds must be among " + Dependency.KINDS + ", was " + kinds);
		}
		// a quantifier may not be {0,0}: one step reaches out from the root alone
		String near = (depth == 1) ? "WITH root AS near" : direction.reach.formatted(KIND_FILTER, depth - 1);
		String query = NEIGHBOURHOOD.formatted(near, direction.step,
				NODE.cypher("root", selection, NODE_PATHS), NODE.cypher("far", selection, NODE_PATHS));
		return this.answers.get(request, Arrays.asList(query, id, kinds),
				() -> computeTraversal(query, id, kinds, direction, depth));
	}

	private DependencyAnalysis computeTraversal(String query, String id, List<String> kinds, Direction direction,
			int depth) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("kinds", kinds);
		List<Record> rows = this.neo4j.list(query, parameters, r -> r);
		if (rows.isEmpty()) {
			throw new NotFoundException("initiative or standard", id);
		}
		Value rootValue = rows.getFirst().get("root");
		String root = rootValue.get("id").asString();
		Map<String, Object> nodes = new HashMap<>();
		nodes.put(root, Dependency.node(rootValue, rows.getFirst().get("rootIsStandard").asBoolean()));
		rows.stream()
			.filter(row -> !row.get("far").isNull())
			.forEach(row -> nodes.computeIfAbsent(row.get("far").get("id").asString(),
					farId -> Dependency.node(row.get("far"), row.get("farIsStandard").asBoolean())));
		Map<String, List<Chains.Step>> stepsOut = new HashMap<>();
		rows.stream()
			.filter(row -> !row.get("far").isNull())
			.map(row -> step(row, nodes, direction))
			.sorted(Chains.Step.ORDER)
			.forEach(step -> stepsOut.computeIfAbsent(step.near(), near -> new ArrayList<>()).add(step));
		List<ReachedNode> reached = Chains
			.enumerate(root, stepsOut, depth, CHAINS_PER_NODE, direction.farEndDepends, MAX_CHAINS_ENUMERATED)
			.entrySet()
			.stream()
			.map(e -> new ReachedNode(nodes.get(e.getKey()), e.getValue().getFirst().length(), e.getValue()))
			.sorted(Comparator.comparingInt(ReachedNode::distance).thenComparing(r -> name(r.node())))
			.toList();
		return new DependencyAnalysis(nodes.get(root), direction.label, depth, reached);
	}

	/** A step of a row: from its near end (towards the root) to its far end, as the API's dependency. */
	private static Chains.Step step(Record row, Map<String, Object> nodes, Direction direction) {
		String near = row.get("near").asString();
		String far = row.get("far").get("id").asString();
		Value step = row.get("step");
		Object nearNode = nodes.get(near);
		Object farNode = nodes.get(far);
		Dependency dependency = new Dependency(direction.farEndDepends ? farNode : nearNode,
				direction.farEndDepends ? nearNode : farNode, Values.string(step, "kind"), Values.string(step, "note"),
				Evidence.of(step));
		return new Chains.Step(near, far, name(farNode), dependency);
	}

	private static String name(Object node) {
		return (node instanceof Standard standard) ? standard.name() : ((Initiative) node).name();
	}

	@QueryMapping
	DependencyChain dependencyPath(@Argument String from, @Argument String to, @Argument Integer maxDepth) {
		int depth = checkDepth("maxDepth", maxDepth, MAX_DEPTH);
		Record row = this.neo4j.one("""
				OPTIONAL CALL () { MATCH (a:Initiative {id: $from}) RETURN a UNION MATCH (a:Standard {id: $from}) RETURN a }
				OPTIONAL CALL () { MATCH (b:Initiative {id: $to}) RETURN b UNION MATCH (b:Standard {id: $to}) RETURN b }
				OPTIONAL MATCH p = shortestPath((a)-[:DEPENDS_ON*1..%d]->(b))
				RETURN a, b, p""".formatted(depth), Map.of("from", from, "to", to), r -> r).orElseThrow();
		if (row.get("a").isNull()) {
			throw new NotFoundException("initiative or standard", from);
		}
		if (row.get("b").isNull()) {
			throw new NotFoundException("initiative or standard", to);
		}
		return row.get("p").isNull() ? null : chain(row.get("p").asPath());
	}

	@QueryMapping
	List<DependencyChain> dependencyCycles(@Argument Integer maxLength) {
		int length = checkDepth("maxLength", maxLength, 4);
		// the hops are read as ids and the simple cycles found here: a variable-length Cypher pattern would
		// enumerate every closed walk from every item, revisits included, and its count grows with the length
		List<Record> hops = this.neo4j.list("""
				MATCH (a)-[d:DEPENDS_ON]->(b) WHERE (a:Initiative OR a:Standard) AND (b:Initiative OR b:Standard)
				RETURN a.id AS from, b.id AS to, elementId(d) AS hop ORDER BY from, to, d.kind, hop""", r -> r);
		List<List<String>> cycles = Cycles.simple(hops.stream()
			.map(r -> new Cycles.Hop(r.get("from").asString(), r.get("to").asString(), r.get("hop").asString()))
			.toList(), length, MAX_CYCLES);
		List<String> used = cycles.stream().flatMap(List::stream).distinct().toList();
		Map<String, Record> steps = new HashMap<>();
		this.neo4j.list("""
				MATCH (a)-[d:DEPENDS_ON]->(b) WHERE elementId(d) IN $hops RETURN elementId(d) AS hop, a, d, b""",
				Map.of("hops", used), r -> r).forEach(r -> steps.put(r.get("hop").asString(), r));
		return cycles.stream()
			.map(cycle -> cycle.stream().map(hop -> Dependency.of(steps.get(hop))).toList())
			.map(chain -> new DependencyChain(chain.size(), chain))
			.toList();
	}

	private static int checkDepth(String name, Integer requested, int fallback) {
		int depth = (requested != null) ? requested : fallback;
		if (depth < 1 || depth > MAX_DEPTH) {
			throw new BadRequestException(name + " must be between 1 and " + MAX_DEPTH + ", was " + depth);
		}
		return depth;
	}

	private static DependencyChain chain(Path path) {
		List<Dependency> steps = new ArrayList<>();
		Map<String, Node> nodes = new LinkedHashMap<>();
		path.nodes().forEach(n -> nodes.put(n.elementId(), n));
		for (Relationship edge : path.relationships()) {
			steps.add(new Dependency(Dependency.node(nodes.get(edge.startNodeElementId())),
					Dependency.node(nodes.get(edge.endNodeElementId())), Values.string(edge, "kind"),
					Values.string(edge, "note"), Evidence.of(edge)));
		}
		return new DependencyChain(steps.size(), steps);
	}

}
