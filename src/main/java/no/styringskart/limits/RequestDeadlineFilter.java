package no.styringskart.limits;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.styringskart.shared.RequestDeadline;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a GraphQL request's database work one deadline in all ({@link RequestDeadline}): a request of many fields
 * stops when its time is up, however many statements it has left, instead of each statement getting the full
 * timeout anew and the work going on long after the response was given up on.
 */
final class RequestDeadlineFilter extends OncePerRequestFilter {

	private final Duration budget;

	RequestDeadlineFilter(Duration budget) {
		this.budget = budget;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestDeadline.within(this.budget, () -> chain.doFilter(request, response));
	}

}
