package no.styringskart.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import graphql.GraphQLContext;
import no.styringskart.councils.Body;
import no.styringskart.initiatives.Initiative;
import no.styringskart.meetings.AgendaItem;
import no.styringskart.meetings.Meeting;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.BadRequestException;
import no.styringskart.shared.Entities;
import no.styringskart.shared.Fold;
import no.styringskart.shared.NotFoundException;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import no.styringskart.shared.ResultCache;
import no.styringskart.shared.Values;
import no.styringskart.standards.Standard;
import org.neo4j.driver.types.Node;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class SearchController {

	static final int MAX_TEXT = 200;

	static final int MAX_RESULTS = 100;

	private static final Map<String, Function<Node, ?>> TYPES = Map.of("Organisation", Organisation::of, "Person",
			Person::of, "Body", Body::of, "Meeting", Meeting::of, "AgendaItem", AgendaItem::of, "Initiative",
			Initiative::of, "Standard", Standard::of);

	private final ReadQueries neo4j;

	private final ResultCache answers;

	SearchController(ReadQueries neo4j, ResultCache answers) {
		this.neo4j = neo4j;
		this.answers = answers;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first, @Argument List<SearchType> types,
			GraphQLContext request) {
		if (text != null && text.length() > MAX_TEXT) {
			throw new BadRequestException("text is longer than " + MAX_TEXT + " characters");
		}
		List<String> words = Fold.words(text).stream().limit(10).toList();
		if (words.isEmpty()) {
			throw new BadRequestException("text must contain at least one letter or digit");
		}
		int size = (first != null) ? first : 20;
		if (size < 1 || size > MAX_RESULTS) {
			throw new BadRequestException("first must be between 1 and " + MAX_RESULTS + ", was " + size);
		}
		List<String> labels = ((types == null || types.isEmpty()) ? Arrays.asList(SearchType.values()) : types).stream()
			.map(t -> t.label)
			.distinct()
			.toList();
		return this.answers.get(request, List.of("search", words, size, labels), () -> search(words, size, labels));
	}

	private List<SearchHit> search(List<String> words, int size, List<String> labels) {
		List<Candidate> candidates = this.neo4j.list("""
				CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node, score
				WHERE any(l IN labels(node) WHERE l IN $labels)
				RETURN node, score""", Map.of("query", luceneQuery(words), "limit", size * 5, "labels", labels),
				r -> rank(r.get("node").asNode(), r.get("score").asDouble(), words));
		// only the results kept become API types: the others were read for the ranking alone
		return candidates.stream()
			.sorted(Comparator.comparingDouble(Candidate::score).reversed())
			.limit(size)
			.map(c -> new SearchHit(c.score(), c.matched(), Entities.of(c.node(), TYPES)))
			.toList();
	}

	/**
	 * Every folded word must match, exactly, as a prefix or (from three letters) one edit away, which is what
	 * lets {@code sgr} find {@code sor}. Folded words hold only a-z and 0-9, so nothing needs escaping.
	 */
	static String luceneQuery(List<String> words) {
		return String.join(" AND ", words.stream().map(w -> {
			String fuzzy = (w.length() >= 3) ? " OR " + w + "~1" : "";
			return "(" + w + "^3 OR " + w + "*^2" + fuzzy + ")";
		}).toList());
	}

	/** A node Lucene found, with its score after ranking and the text that matched. */
	private record Candidate(Node node, double score, String matched) {
	}

	/** Lucene's score, lifted for exact and whole-word matches on the name, and the text that matched. */
	private static Candidate rank(Node node, double score, List<String> words) {
		String query = String.join(" ", words);
		List<String> texts = new ArrayList<>();
		Stream.of("name", "title").map(k -> Values.string(node, k)).filter(v -> v != null).forEach(texts::add);
		texts.addAll(Values.strings(node, "aliases"));
		Stream.of("decision", "proposedDecision").map(k -> Values.string(node, k)).filter(v -> v != null)
			.forEach(texts::add);
		double best = 0;
		String matched = texts.isEmpty() ? "" : texts.getFirst();
		for (int i = 0; i < texts.size(); i++) {
			String folded = Fold.fold(texts.get(i));
			double bonus = folded.equals(query) ? 10 : (" " + folded + " ").contains(" " + query + " ") ? 6
					: words.stream().allMatch(folded::contains) ? 3 : 0;
			bonus -= i * 0.01; // prefer the name over aliases and decisions
			if (bonus > best) {
				best = bonus;
				matched = texts.get(i);
			}
		}
		return new Candidate(node, score + best, matched);
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
		String seeks = labels.stream().map(l -> "MATCH (n:" + l + " {id: $id}) RETURN n").collect(java.util.stream.Collectors.joining(" UNION ALL "));
		List<Object> found = this.neo4j.list("CALL () { " + seeks + " } RETURN n LIMIT 2", Map.of("id", slug),
				r -> Entities.of(r.get("n").asNode(), TYPES));
		if (found.size() > 1) {
			throw new BadRequestException("'" + slug + "' names more than one entity; use Type:" + slug);
		}
		return found.stream().findFirst().orElseThrow(() -> new NotFoundException("node", id));
	}

}
