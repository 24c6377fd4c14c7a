package no.styringskart.shared;

import java.io.IOException;
import java.time.Duration;

import io.micrometer.context.ContextRegistry;
import jakarta.servlet.ServletException;

/**
 * The time a request's database work may take in all. It is set on the thread that receives the request and carried
 * to the threads that fetch its fields (as a thread-local value Spring for GraphQL propagates); each statement gets
 * the time still left rather than a full timeout of its own, so a request of many fields, or one its client has
 * given up on, stops at its deadline instead of running on.
 */
public final class RequestDeadline {

	private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

	static {
		// Spring for GraphQL carries registered thread-local values over to wherever it runs the data fetchers
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(RequestDeadline.class.getName(), DEADLINE::get, DEADLINE::set, DEADLINE::remove);
	}

	private RequestDeadline() {
	}

	/** What a request runs inside its deadline: a servlet filter chain, for one. */
	@FunctionalInterface
	public interface Work {

		void run() throws IOException, ServletException;

	}

	/** Runs the work with a deadline {@code budget} from now, on this thread. */
	public static void within(Duration budget, Work work) throws IOException, ServletException {
		Long outer = DEADLINE.get();
		DEADLINE.set(System.nanoTime() + budget.toNanos());
		try {
			work.run();
		}
		finally {
			if (outer == null) {
				DEADLINE.remove();
			}
			else {
				DEADLINE.set(outer);
			}
		}
	}

	/** The shorter of {@code limit} and the time left to this thread's request; zero or less when it has run out. */
	public static Duration left(Duration limit) {
		Long deadline = DEADLINE.get();
		if (deadline == null) {
			return limit;
		}
		Duration left = Duration.ofNanos(deadline - System.nanoTime());
		return (left.compareTo(limit) < 0) ? left : limit;
	}

}
