package no.styringskart.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} renders the servlet container's error dispatches; asked for directly it has no error to render
 * and answered 500 with a stack trace in the log. A direct request is answered 404, as for any path that is not a
 * page; error dispatches, which this filter does not see, are rendered as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPageNotAPage extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/error".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"status\":404,\"error\":\"Not Found\",\"path\":\"/error\"}");
	}

}
