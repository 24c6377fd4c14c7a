package no.styringskart.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For hardened deployments ({@code styringskart.graphiql.enabled=false}): the GraphiQL page and its assets
 * answer 404, as if they were not there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "styringskart.graphiql.enabled", havingValue = "false")
class GraphiqlSwitchedOff {

	@Bean
	FilterRegistrationBean<?> graphiqlNotFound() {
		var registration = new FilterRegistrationBean<>(
				(jakarta.servlet.Filter) (request, response, chain) -> ((HttpServletResponse) response)
					.sendError(HttpServletResponse.SC_NOT_FOUND));
		registration.addUrlPatterns("/graphiql", "/graphiql/*");
		return registration;
	}

}
