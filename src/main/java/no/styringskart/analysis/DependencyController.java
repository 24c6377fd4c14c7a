package no.styringskart.analysis;

import java.util.ArrayList;
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
	// parameters. Chains are enumerated shortest first and cut to a few per reached node. Every node on a
	// chain is itself reached (or the root), so chains carry ids and each node travels once.
	private static final String TRAVERSAL = """
			CALL () { MATCH (root:Initiative {id: $id}) RETURN root UNION MATCH (root:Standard {id: $id}) RETURN root }
			OPTIONAL MATCH p = %s
			WHERE x <> root AND ($kinds IS NULL OR all(r IN relationships(p) WHERE r.kind IN $kinds))
			WITH root, x, p ORDER BY length(p)
			WITH root, x, collect(p)[0..%d] AS paths, min(length(p)) AS distance
			RETURN root, x, distance,
			  [p IN paths | [r IN relationships(p) | r {from: startNode(r).id, to: endNode(r).id, .kind, .note,
			                                           .evidenceDocuments, .evidenceQuotes, .evidenceLines}]] AS chains
			ORDER BY distance, x.name""";

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
		List<Record> rows = this.neo4j
			.query(TRAVERSAL.formatted(pattern.formatted(depth), CHAINS_PER_NODE))
			.bind(id)
			.to("id")
			.bind(kinds)
			.to("kinds")
			.fetchAs(Record.class)
			.mappedBy((t, r) -> r)
			.all()
			.stream()
			.toList();
		if (rows.isEmpty()) {
			throw new NotFoundException("initiative or standard", id);
		}
		org.neo4j.driver.types.Node rootNode = rows.getFirst().get("root").asNode();
		Map<String, Object> nodes = new LinkedHashMap<>();
		nodes.put(rootNode.get("id").asString(), Dependency.node(rootNode));
		rows.stream()
			.filter(row -> !row.get("x").isNull())
			.forEach(row -> nodes.put(row.get("x").get("id").asString(), Dependency.node(row.get("x").asNode())));
		List<ReachedNode> reached = new ArrayList<>();
		for (Record row : rows) {
			if (row.get("x").isNull()) {
				continue;
			}
			List<DependencyChain> chains = row.get("chains").asList(v -> chain(v, nodes));
			reached.add(new ReachedNode(nodes.get(row.get("x").get("id").asString()), row.get("distance").asInt(), chains));
		}
		return new DependencyAnalysis(nodes.get(rootNode.get("id").asString()), direction, depth, reached);
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

	private static DependencyChain chain(org.neo4j.driver.Value steps, Map<String, Object> nodes) {
		List<Dependency> chain = steps.asList(step -> new Dependency(nodes.get(step.get("from").asString()),
				nodes.get(step.get("to").asString()), Values.string(step, "kind"), Values.string(step, "note"),
				Evidence.of(step)));
		return new DependencyChain(chain.size(), chain);
	}

	private static DependencyChain chain(Path path) {
		List<Dependency> steps = new ArrayList<>();
		Map<String, org.neo4j.driver.types.Node> nodes = new LinkedHashMap<>();
		path.nodes().forEach(n -> nodes.put(n.elementId(), n));
		for (Relationship edge : path.relationships()) {
			steps.add(new Dependency(Dependency.node(nodes.get(edge.startNodeElementId())),
					Dependency.node(nodes.get(edge.endNodeElementId())), Values.string(edge, "kind"),
					Values.string(edge, "note"), Evidence.of(edge)));
		}
		return new DependencyChain(steps.size(), steps);
	}

}
