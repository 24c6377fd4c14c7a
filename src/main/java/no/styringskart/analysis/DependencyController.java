package no.styringskart.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.styringskart.analysis.DependencyResults.DependencyAnalysis;
import no.styringskart.analysis.DependencyResults.DependencyChain;
import no.styringskart.analysis.DependencyResults.ReachedNode;
import no.styringskart.initiatives.Dependency;
import no.styringskart.shared.BadRequestException;
import no.styringskart.shared.Evidence;
import no.styringskart.shared.NotFoundException;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.Values;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class DependencyController {

	static final int MAX_DEPTH = 6;

	static final int CHAINS_PER_NODE = 3;

	// The depth is a bounded integer written into the pattern (Cypher takes no parameter there); the rest are
	// parameters. Chains are enumerated shortest first and cut to a few per reached node. Answered in one row:
	// every node on a chain is itself reached (or the root), so chains name their steps, and each step travels
	// once with its evidence however many chains pass through it.
	private static final String TRAVERSAL = """
			CALL () { MATCH (root:Initiative {id: $id}) RETURN root UNION MATCH (root:Standard {id: $id}) RETURN root }
			OPTIONAL MATCH p = %s
			WHERE x <> root AND ($kinds IS NULL OR all(r IN relationships(p) WHERE r.kind IN $kinds))
			WITH root, x, p ORDER BY length(p)
			WITH root, x, collect(p)[0..%d] AS paths, min(length(p)) AS distance
			ORDER BY distance, x.name
			WITH root, collect(paths) AS paths, collect(CASE WHEN x IS NOT NULL THEN {node: x, distance: distance,
			  chains: [p IN paths | [r IN relationships(p) | elementId(r)]]} END) AS reached
			RETURN root, reached, COLLECT {
			  UNWIND paths AS chains UNWIND chains AS p UNWIND relationships(p) AS r
			  WITH DISTINCT r
			  RETURN r {id: elementId(r), from: startNode(r).id, to: endNode(r).id, .kind, .note,
			            .evidenceDocuments, .evidenceQuotes, .evidenceLines}
			} AS steps""";

	private final Neo4jClient neo4j;

	DependencyController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	DependencyAnalysis dependents(@Argument String of, @Argument Integer depth, @Argument List<String> kinds) {
		return traverse(of, depth, kinds, "dependents", "(x)-[:DEPENDS_ON*1..%d]->(root)");
	}

	@QueryMapping
	DependencyAnalysis dependencies(@Argument String of, @Argument Integer depth, @Argument List<String> kinds) {
		return traverse(of, depth, kinds, "dependencies", "(root)-[:DEPENDS_ON*1..%d]->(x)");
	}

	private DependencyAnalysis traverse(String id, Integer requestedDepth, List<String> kinds, String direction,
			String pattern) {
		int depth = checkDepth("depth", requestedDepth, 3);
		Record row = this.neo4j.query(TRAVERSAL.formatted(pattern.formatted(depth), CHAINS_PER_NODE))
			.bind(id)
			.to("id")
			.bind(kinds)
			.to("kinds")
			.fetchAs(Record.class)
			.mappedBy((t, r) -> r)
			.first()
			.orElseThrow(() -> new NotFoundException("initiative or standard", id));
		Map<String, Object> nodes = nodes(row);
		Map<String, Dependency> steps = steps(row, nodes);
		List<ReachedNode> reached = row.get("reached")
			.asList(r -> new ReachedNode(nodes.get(r.get("node").get("id").asString()), r.get("distance").asInt(),
					r.get("chains").asList(chain -> chain(chain, steps))));
		return new DependencyAnalysis(nodes.get(row.get("root").get("id").asString()), direction, depth, reached);
	}

	/** The root and every reached node as API types, by id. */
	private static Map<String, Object> nodes(Record row) {
		Map<String, Object> nodes = new HashMap<>();
		nodes.put(row.get("root").get("id").asString(), Dependency.node(row.get("root").asNode()));
		for (Value reached : row.get("reached").values()) {
			Node node = reached.get("node").asNode();
			nodes.put(node.get("id").asString(), Dependency.node(node));
		}
		return nodes;
	}

	/** Every step of the answer's chains, by the id its chains name it with. */
	private static Map<String, Dependency> steps(Record row, Map<String, Object> nodes) {
		Map<String, Dependency> steps = new HashMap<>();
		for (Value step : row.get("steps").values()) {
			steps.put(step.get("id").asString(), new Dependency(nodes.get(step.get("from").asString()),
					nodes.get(step.get("to").asString()), Values.string(step, "kind"), Values.string(step, "note"),
					Evidence.of(step)));
		}
		return steps;
	}

	private static DependencyChain chain(Value stepIds, Map<String, Dependency> steps) {
		List<Dependency> chain = stepIds.asList(id -> steps.get(id.asString()));
		return new DependencyChain(chain.size(), chain);
	}

	@QueryMapping
	DependencyChain dependencyPath(@Argument String from, @Argument String to, @Argument Integer maxDepth) {
		int depth = checkDepth("maxDepth", maxDepth, MAX_DEPTH);
		Record row = this.neo4j.query("""
				OPTIONAL CALL () { MATCH (a:Initiative {id: $from}) RETURN a UNION MATCH (a:Standard {id: $from}) RETURN a }
				OPTIONAL CALL () { MATCH (b:Initiative {id: $to}) RETURN b UNION MATCH (b:Standard {id: $to}) RETURN b }
				OPTIONAL MATCH p = shortestPath((a)-[:DEPENDS_ON*1..%d]->(b))
				RETURN a, b, p""".formatted(depth))
			.bind(from)
			.to("from")
			.bind(to)
			.to("to")
			.fetchAs(Record.class)
			.mappedBy((t, r) -> r)
			.one()
			.orElseThrow();
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
		List<Path> cycles = this.neo4j.query("""
				MATCH p = (a)-[:DEPENDS_ON*2..%d]->(a) WHERE a:Initiative OR a:Standard
				RETURN p ORDER BY length(p)""".formatted(length))
			.fetchAs(Path.class)
			.mappedBy((t, r) -> r.get("p").asPath())
			.all()
			.stream()
			.toList();
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
