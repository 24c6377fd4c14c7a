package no.styringskart.limits;

import java.time.Duration;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

/** The limits every GraphQL request is held to, checked before anything runs where possible. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimits {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new AbortExecutionException("The query nests " + depth + " levels deep; at most " + maxDepth
						+ " are allowed (styringskart.limits.max-depth)");
			}
		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryCost(LimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxCost(), new QueryCost()) {
			@Override
			protected AbortExecutionException mkAbortException(int cost, int maxCost) {
				return new AbortExecutionException("The query would cost " + cost + ", over the budget of " + maxCost
						+ " (styringskart.limits.max-cost): each list multiplies what it contains by its page size "
						+ "(first) or by " + QueryCost.UNPAGED_LIST_SIZE + "; ask for smaller pages or fewer nested lists");
			}
		};
	}

	/** Gives up on the whole response shortly after the database would have terminated its transactions. */
	@Bean
	TimeoutWebGraphQlInterceptor responseTimeout(LimitsProperties limits) {
		return new TimeoutWebGraphQlInterceptor(Duration.ofSeconds(limits.queryTimeoutSeconds() + 2L));
	}

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeLimit(LimitsProperties limits) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(limits.maxRequestSize(), "styringskart.limits.max-request-size"));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Papers too large for a GraphQL request are uploaded as a raw body, under a limit of their own. */
	@Bean
	FilterRegistrationBean<RequestSizeFilter> uploadSizeLimit(LimitsProperties limits) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(limits.maxUploadSize(), "styringskart.limits.max-upload-size"));
		registration.addUrlPatterns("/admin/papers/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
