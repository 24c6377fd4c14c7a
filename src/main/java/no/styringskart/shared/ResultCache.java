package no.styringskart.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import no.styringskart.neo4j.GraphChanges;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the answers of the costly analysis questions (dependents, overlap, bridging, search) for as long as the
 * graph is unchanged, so asking again costs no traversal.
 * <p>
 * Honest only where every change is seen: with the in-process Neo4j, {@link GraphChanges} counts every commit
 * (the app's loads and imports, and any Bolt client's writes), and an answer is kept under the count read before
 * it was computed, so a change makes it unreachable. With an external server other clients write unseen, so
 * nothing is kept. A request with {@code Cache-Control: no-cache} is computed afresh (see
 * {@link RecomputeRequests}). Answers are shared between requests, so they must be immutable values.
 */
@Component
public class ResultCache {

	/** Set in a request's GraphQL context when the caller asked for a recomputed answer. */
	static final String RECOMPUTE = ResultCache.class.getName() + ".recompute";

	/** A question's arguments (and the query text they select), under the change count it was answered at. */
	private record Key(long changes, List<Object> question) {
	}

	private final GraphChanges changes;

	private final Cache<Key, Object> answers;

	/** The highest change count an answer was kept under; older answers are let go once a newer one is kept. */
	private final AtomicLong newest = new AtomicLong();

	ResultCache(ObjectProvider<GraphChanges> changes, @Value("${styringskart.cache.enabled:true}") boolean enabled,
			@Value("${styringskart.cache.max-answers:500}") int maxAnswers) {
		this.changes = enabled ? changes.getIfAvailable() : null;
		// soft values: a large answer (dependents at depth 6 in a big graph) gives way under memory pressure
		this.answers = Caffeine.newBuilder().maximumSize(maxAnswers).softValues().recordStats().build();
	}

	/** Whether answers are kept: only when every change to the graph is seen. */
	public boolean enabled() {
		return this.changes != null;
	}

	/** The graph's change count, under which whatever is computed now may be kept; only when {@link #enabled()}. */
	long changeCount() {
		return this.changes.count();
	}

	/**
	 * The answer to {@code question} (its name and every argument that decides the answer, immutable and with
	 * value equality), computed by {@code answer} unless the same question was answered since the last change.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(GraphQLContext request, List<Object> question, Supplier<T> answer) {
		if (this.changes == null) {
			return answer.get();
		}
		Key key = new Key(this.changes.count(), question);
		if (!Boolean.TRUE.equals(request.get(RECOMPUTE))) {
			T kept = (T) this.answers.getIfPresent(key);
			if (kept != null) {
				return kept;
			}
		}
		T computed = answer.get();
		if (this.newest.getAndAccumulate(key.changes(), Math::max) < key.changes()) {
			this.answers.asMap().keySet().removeIf(k -> k.changes() < key.changes());
		}
		this.answers.put(key, computed);
		return computed;
	}

	/** Kept answers, and how often a question was answered from them and how often computed. */
	public record Counts(long kept, long hits, long misses) {
	}

	public Counts counts() {
		this.answers.cleanUp();
		return new Counts(this.answers.estimatedSize(), this.answers.stats().hitCount(),
				this.answers.stats().missCount());
	}

}
