package no.styringskart.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

	// The depth is a bounded integer written into the pattern (Cypher takes no parameter there); the rest are
	// parameters. Chains are enumerated shortest first and cut to a few per reached node, one row per node as
	// found, the root and each reached node projected to what the request selects of any of them (%3$s, %4$s).
	// Chains name their steps; STEPS then reads each step once with its evidence, however many chains pass
	// through it. (One row for the whole answer did that in a single query, but kept every chain enumerated in
	// transaction memory: at a thousand times the seed, four such requests at once exceeded Neo4j's limit.)
	private static final String TRAVERSAL = """
			CALL () { MATCH (root:Initiative {id: $id}) RETURN root UNION MATCH (root:Standard {id: $id}) RETURN root }
			OPTIONAL MATCH p = %s
			WHERE x <> root AND ($kinds IS NULL OR all(r IN relationships(p) WHERE r.kind IN $kinds))
			WITH root, x, p ORDER BY length(p)
			WITH root, x, collect(p)[0..%d] AS paths, min(length(p)) AS distance
			RETURN %3$s AS root, root:Standard AS rootIsStandard, %4$s AS x, x:Standard AS isStandard, distance,
			  [p IN paths | [r IN relationships(p) | elementId(r)]] AS chains
			ORDER BY distance, x.name""";

	// Element ids hold within a transaction, and a request's queries share one.
	private static final String STEPS = """
			UNWIND $ids AS id
			MATCH ()-[d:DEPENDS_ON]->() WHERE elementId(d) = id
			RETURN d {id: elementId(d), from: startNode(d).id, to: endNode(d).id, .kind, .note,
			          .evidenceDocuments, .evidenceQuotes, .evidenceLines} AS step""";

	// The root, every reached node and both ends of every step are the same objects, read once.
	private static final Projection NODE = Projection.of(Initiative.class, Standard.class);

	private static final String[] NODE_PATHS = { "root", "reached/node", "reached/chains/steps/dependent",
			"reached/chains/steps/dependency" };

	private final ReadQueries neo4j;

	private final ResultCache answers;

	DependencyController(ReadQueries neo4j, ResultCache answers) {
		this.neo4j = neo4j;
		this.answers = answers;
	}

	@QueryMapping
	DependencyAnalysis dependents(@Argument String of, @Argument Integer depth, @Argument List<String> kinds,
			DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		return traverse(of, depth, kinds, "dependents", "(x)-[:DEPENDS_ON*1..%d]->(root)", selection, request);
	}

	@QueryMapping
	DependencyAnalysis dependencies(@Argument String of, @Argument Integer depth, @Argument List<String> kinds,
			DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		return traverse(of, depth, kinds, "dependencies", "(root)-[:DEPENDS_ON*1..%d]->(x)", selection, request);
	}

	private DependencyAnalysis traverse(String id, Integer requestedDepth, List<String> kinds, String direction,
			String pattern, DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		int depth = checkDepth("depth", requestedDepth, 3);
		String query = TRAVERSAL.formatted(pattern.formatted(depth), CHAINS_PER_NODE,
				NODE.cypher("root", selection, NODE_PATHS), NODE.cypher("x", selection, NODE_PATHS));
		return this.answers.get(request, Arrays.asList(query, id, kinds),
				() -> computeTraversal(query, id, kinds, direction, depth));
	}

	private DependencyAnalysis computeTraversal(String query, String id, List<String> kinds, String direction,
			int depth) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("kinds", kinds);
		List<Record> rows = this.neo4j.list(query, parameters, r -> r);
		if (rows.isEmpty()) {
			throw new NotFoundException("initiative or standard", id);
		}
		Map<String, Object> nodes = nodes(rows);
		Map<String, Dependency> steps = steps(rows, nodes);
		List<ReachedNode> reached = rows.stream()
			.filter(row -> !row.get("x").isNull())
			.map(row -> new ReachedNode(nodes.get(row.get("x").get("id").asString()), row.get("distance").asInt(),
					row.get("chains").asList(chain -> chain(chain, steps))))
			.toList();
		return new DependencyAnalysis(nodes.get(rows.getFirst().get("root").get("id").asString()), direction, depth,
				reached);
	}

	/** The root and every reached node as API types, by id. */
	private static Map<String, Object> nodes(List<Record> rows) {
		Map<String, Object> nodes = new HashMap<>();
		Record first = rows.getFirst();
		nodes.put(first.get("root").get("id").asString(),
				Dependency.node(first.get("root"), first.get("rootIsStandard").asBoolean()));
		for (Record row : rows) {
			if (!row.get("x").isNull()) {
				nodes.put(row.get("x").get("id").asString(),
						Dependency.node(row.get("x"), row.get("isStandard").asBoolean()));
			}
		}
		return nodes;
	}

	/** Every step the chains name, read once, by its id. */
	private Map<String, Dependency> steps(List<Record> rows, Map<String, Object> nodes) {
		Set<String> ids = new LinkedHashSet<>();
		rows.forEach(row -> row.get("chains").values().forEach(chain -> ids.addAll(chain.asList(Value::asString))));
		Map<String, Dependency> steps = new HashMap<>();
		if (ids.isEmpty()) {
			return steps;
		}
		this.neo4j.list(STEPS, Map.of("ids", List.copyOf(ids)), r -> r.get("step"))
			.forEach(step -> steps.put(step.get("id").asString(), new Dependency(nodes.get(step.get("from").asString()),
					nodes.get(step.get("to").asString()), Values.string(step, "kind"), Values.string(step, "note"),
					Evidence.of(step))));
		return steps;
	}

	private static DependencyChain chain(Value stepIds, Map<String, Dependency> steps) {
		List<Dependency> chain = stepIds.asList(id -> steps.get(id.asString()));
		return new DependencyChain(chain.size(), chain);
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
		List<Path> cycles = this.neo4j.list("""
				MATCH p = (a)-[:DEPENDS_ON*2..%d]->(a) WHERE a:Initiative OR a:Standard
				RETURN p ORDER BY length(p)""".formatted(length), r -> r.get("p").asPath());
		// a cycle is found once per node on it (and once more per parallel edge): keep one per set of hops
		Map<Set<String>, DependencyChain> distinct = new LinkedHashMap<>();
		for (Path cycle : cycles) {
			Set<String> hops = new TreeSet<>();
			cycle.relationships().forEach(r -> hops.add(r.startNodeElementId() + ">" + r.endNodeElementId()));
			distinct.putIfAbsent(hops, chain(cycle));
		}
		return List.copyOf(distinct.values());
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
