package no.styringskart.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import no.styringskart.changes.ChangeEvent;
import no.styringskart.councils.Body;
import no.styringskart.councils.BodyRelation;
import no.styringskart.councils.Membership;
import no.styringskart.initiatives.Dependency;
import no.styringskart.initiatives.Initiative;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.meetings.Attendance;
import no.styringskart.meetings.Meeting;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.roles.Role;
import no.styringskart.shared.BadRequestException;
import no.styringskart.shared.Entities;
import no.styringskart.shared.Evidence;
import no.styringskart.shared.NotFoundException;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.ResultCache;
import no.styringskart.shared.Values;
import no.styringskart.sources.Document;
import no.styringskart.standards.Standard;
import no.styringskart.standards.StandardAdoption;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class SearchController {

	static final int MAX_RESULTS = 100;

	/** Hits read from each index for a page of results: more than the page, since ranking reorders them. */
	private static final int CANDIDATES_PER_RESULT = 2;

	/** Hits read when a filter may drop most of them after Lucene has chosen. */
	private static final int CANDIDATES_FILTERED = 2000;

	/** Types with a global id, which {@code node(id:)} finds. */
	private static final Map<String, Function<Node, ?>> TYPES = Map.of("Organisation", Organisation::of, "Person",
			Person::of, "Body", Body::of, "Meeting", Meeting::of, "AgendaItem", AgendaItem::of, "Initiative",
			Initiative::of, "Standard", Standard::of);

	/** Nodes search returns as themselves. */
	private static final Map<String, Function<Node, ?>> RESULTS = results();

	/**
	 * The texts a hit can match on, best first, with what a match there adds: names and numbers most, then
	 * titles and statements, then decisions, notes and statuses, and quotes least (they mention much in passing).
	 */
	private static final Map<String, Double> FIELDS = fields();

	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final ReadQueries neo4j;

	private final ResultCache answers;

	SearchController(ReadQueries neo4j, ResultCache answers) {
		this.neo4j = neo4j;
		this.answers = answers;
	}

	private static Map<String, Function<Node, ?>> results() {
		Map<String, Function<Node, ?>> results = new HashMap<>(TYPES);
		results.putAll(Map.of("Role", Role::of, "Membership", Membership::of, "Attendance", Attendance::of,
				"StandardAdoption", StandardAdoption::of, "ChangeEvent", ChangeEvent::of, "Document", Document::of));
		return Map.copyOf(results);
	}

	private static Map<String, Double> fields() {
		Map<String, Double> fields = new java.util.LinkedHashMap<>();
		List.of("name", "aliases", "number").forEach(f -> fields.put(f, 1.5));
		List.of("title", "titles", "text", "stated").forEach(f -> fields.put(f, 1.0));
		List.of("decision", "proposedDecision", "summary", "description", "attachments", "note", "status", "place",
				"scope", "role").forEach(f -> fields.put(f, 0.5));
		fields.put("evidenceQuotes", 0.0);
		return fields;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first, @Argument List<SearchType> types,
			@Argument SearchFilter filter, GraphQLContext request) {
		SearchText query = SearchText.of(text);
		int size = (first != null) ? first : 20;
		if (size < 1 || size > MAX_RESULTS) {
			throw new BadRequestException("first must be between 1 and " + MAX_RESULTS + ", was " + size);
		}
		SearchFilter where = (filter != null) ? filter : new SearchFilter(null, null, null, null);
		if (where.from() != null && where.to() != null && where.from().isAfter(where.to())) {
			throw new BadRequestException("filter.from (" + where.from() + ") is after filter.to (" + where.to() + ")");
		}
		List<SearchType> kinds = (types == null || types.isEmpty()) ? Arrays.asList(SearchType.values())
				: types.stream().distinct().toList();
		return this.answers.get(request, List.of("search", query, size, kinds, where),
				() -> search(query, size, kinds, where));
	}

	private List<SearchHit> search(SearchText query, int size, List<SearchType> kinds, SearchFilter filter) {
		List<String> labels = kinds.stream().flatMap(k -> k.labels.stream()).toList();
		List<String> relationships = kinds.stream().flatMap(k -> k.relationships.stream()).toList();
		boolean filtered = filter.body() != null || filter.document() != null || filter.from() != null
				|| filter.to() != null;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("query", query.lucene());
		parameters.put("limit", filtered ? CANDIDATES_FILTERED : size * CANDIDATES_PER_RESULT);
		parameters.put("labels", labels);
		parameters.put("types", relationships);
		parameters.put("body", filter.body());
		parameters.put("document", filter.document());
		parameters.put("from", Objects.requireNonNullElse(filter.from(), EARLIEST));
		parameters.put("to", Objects.requireNonNullElse(filter.to(), LATEST));
		String cypher = SearchCypher.of(!labels.isEmpty(), !relationships.isEmpty(), filter);
		// only the candidates kept become API types: the others were read for the ranking alone
		return this.neo4j.list(cypher, parameters, row -> candidate(row, query, filter.document()))
			.stream()
			.sorted(Comparator.comparingDouble(Candidate::score).reversed())
			.map(SearchController::hit)
			.filter(Objects::nonNull)
			.limit(size)
			.toList();
	}

	/** A row of the search query with its score after ranking, and the text that matched best. */
	private record Candidate(Record row, boolean onRelationship, double score, Best best) {
	}

	private static Candidate candidate(Record row, SearchText query, String document) {
		boolean onRelationship = row.get("x").isNull();
		Entity found = onRelationship ? row.get("r").asRelationship() : row.get("x").asNode();
		Best best = best(found, query, document);
		return new Candidate(row, onRelationship, row.get("score").asDouble() + best.bonus(), best);
	}

	/** The hit a candidate is, or null when it has no API type (a relation of an unknown shape). */
	private static SearchHit hit(Candidate candidate) {
		Record row = candidate.row();
		SearchType kind = candidate.onRelationship() ? SearchType.ofRelationship(row.get("r").asRelationship().type())
				: SearchType.ofLabels(iterable(row.get("x").asNode().labels()));
		Object result;
		Object counterpart = null;
		switch (kind) {
			case DEPENDENCY -> result = Dependency.of(row);
			case BODY_RELATION -> result = row.get("a").asNode().hasLabel("Body") ? BodyRelation.of(row) : null;
			case POSITION, INVOLVEMENT -> {
				result = entity(row.get("a").asNode());
				counterpart = entity(row.get("b").asNode());
			}
			case STATEMENT -> result = statement(row);
			default -> result = RESULTS.get(labelOf(row.get("x").asNode())).apply(row.get("x").asNode());
		}
		if (result == null) {
			return null;
		}
		Best best = candidate.best();
		return new SearchHit(candidate.score(), kind, best.field(), best.text(), best.snippet(), best.evidence(),
				result, counterpart);
	}

	private static List<String> iterable(Iterable<String> labels) {
		List<String> list = new ArrayList<>();
		labels.forEach(list::add);
		return list;
	}

	private static String labelOf(Node node) {
		return iterable(node.labels()).stream().filter(RESULTS::containsKey).findFirst().orElseThrow();
	}

	private static Object entity(Node node) {
		return iterable(node.labels()).stream().anyMatch(RESULTS::containsKey) ? RESULTS.get(labelOf(node)).apply(node)
				: null;
	}

	private static StatementMention statement(Record row) {
		if (row.get("statement").isNull()) {
			return null;
		}
		Node statement = row.get("statement").asNode();
		List<Object> about = row.get("about").asList(v -> entity(v.asNode())).stream().filter(Objects::nonNull).toList();
		return new StatementMention(Values.string(statement, "id"), Values.string(statement, "kind"),
				Values.string(statement, "text"), about);
	}

	/** The text of a hit that matches best, with what it adds to the score, how it matched and its evidence. */
	private record Best(double bonus, String field, String text, TextMatch match, Evidence evidence) {

		String snippet() {
			return (this.match != null) ? this.match.snippet() : TextMatch.escaped(this.text);
		}

	}

	private static Best best(Entity found, SearchText query, String document) {
		List<Evidence> evidence = Evidence.of(found);
		Best best = null;
		int position = 0;
		for (Map.Entry<String, Double> field : FIELDS.entrySet()) {
			List<String> texts = texts(found, field.getKey());
			for (int i = 0; i < texts.size(); i++, position++) {
				boolean quote = field.getKey().equals("evidenceQuotes");
				if (quote && document != null && i < evidence.size() && !document.equals(evidence.get(i).documentId())) {
					continue; // asked for what a document states: show its quote
				}
				TextMatch match = TextMatch.of(texts.get(i), query);
				// the earlier of equally good texts: a name before an alias, a first quote before a later one
				double bonus = (match == null) ? -1 : match.bonus() + field.getValue() - position * 0.001;
				if (match != null && (best == null || bonus > best.bonus())) {
					Evidence passage = (quote && i < evidence.size()) ? evidence.get(i)
							: evidence.isEmpty() ? null : evidence.getFirst();
					best = new Best(bonus, field.getKey(), texts.get(i), match, passage);
				}
			}
		}
		if (best == null) { // Lucene's analyzer on an external server cuts some words otherwise: show the name
			String field = FIELDS.keySet().stream().filter(f -> !texts(found, f).isEmpty()).findFirst().orElse("name");
			String text = texts(found, field).stream().findFirst().orElse("");
			best = new Best(0, field, text, null, evidence.isEmpty() ? null : evidence.getFirst());
		}
		return best;
	}

	private static List<String> texts(Entity entity, String key) {
		if (!entity.containsKey(key) || entity.get(key).isNull()) {
			return List.of();
		}
		Object value = entity.get(key).asObject();
		return (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList()
				: (value instanceof String s) ? List.of(s) : List.of();
	}

	@QueryMapping
	Object node(@Argument String id) {
		if (id == null || id.isBlank()) {
			throw new BadRequestException("id must not be empty");
		}
		int colon = id.indexOf(':');
		List<String> labels = (colon > 0) ? List.of(id.substring(0, colon)) : List.copyOf(TYPES.keySet());
		if (!TYPES.keySet().containsAll(labels)) {
			throw new BadRequestException("unknown type '" + labels.getFirst() + "' in id '" + id + "'; known: "
					+ TYPES.keySet().stream().sorted().toList());
		}
		String slug = (colon > 0) ? id.substring(colon + 1) : id;
		// one index seek per label (labels are the fixed TYPES, never input); a label-less match would scan
		String seeks = labels.stream().map(l -> "MATCH (n:" + l + " {id: $id}) RETURN n").collect(Collectors.joining(" UNION ALL "));
		List<Object> found = this.neo4j.list("CALL () { " + seeks + " } RETURN n LIMIT 2", Map.of("id", slug),
				r -> Entities.of(r.get("n").asNode(), TYPES));
		if (found.size() > 1) {
			throw new BadRequestException("'" + slug + "' names more than one entity; use Type:" + slug);
		}
		return found.stream().findFirst().orElseThrow(() -> new NotFoundException("node", id));
	}

}
