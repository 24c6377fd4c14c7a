package no.styringskart.limits;

import java.time.Duration;
import java.util.List;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

/** The limits every GraphQL request is held to, checked before anything runs where possible. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimits {

	@Bean
	DepthAndCostLimits depthAndCostLimits(LimitsProperties limits) {
		return new DepthAndCostLimits(limits);
	}

	/**
	 * Spring chains the instrumentations even when there is one; graphql-java then calls the chain at every field.
	 * A single instrumentation is installed as it is.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer unchainedInstrumentation(List<Instrumentation> instrumentations) {
		return builder -> {
			if (instrumentations.size() == 1) {
				builder.configureGraphQl(graphQl -> graphQl.instrumentation(instrumentations.getFirst()));
			}
		};
	}

	/** Gives up on the whole response shortly after the database would have terminated its transactions. */
	@Bean
	TimeoutWebGraphQlInterceptor responseTimeout(LimitsProperties limits) {
		return new TimeoutWebGraphQlInterceptor(Duration.ofSeconds(limits.queryTimeoutSeconds() + 2L));
	}

	@Bean
	FilterRegistrationBean<RequestDeadlineFilter> requestDeadline(LimitsProperties limits) {
		var registration = new FilterRegistrationBean<>(
				new RequestDeadlineFilter(Duration.ofSeconds(limits.queryTimeoutSeconds())));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodyFilter> requestBodyLimits(LimitsProperties limits) {
		var registration = new FilterRegistrationBean<>(new RequestBodyFilter(limits.maxRequestSize(),
				"styringskart.limits.max-request-size", Duration.ofSeconds(limits.bodyArrivalSeconds()), true));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Static: it wraps the import service as that bean is made. */
	@Bean
	static ImportTimeLimit importTimeLimit(Environment environment) {
		return new ImportTimeLimit(Binder.get(environment)
			.bind("styringskart.limits.import-timeout", Duration.class)
			.orElse(LimitsProperties.DEFAULT_IMPORT_TIMEOUT));
	}

	/** Papers too large for a GraphQL request are uploaded as a raw body, under a limit of their own. */
	@Bean
	FilterRegistrationBean<RequestBodyFilter> uploadBodyLimits(LimitsProperties limits) {
		var registration = new FilterRegistrationBean<>(new RequestBodyFilter(limits.maxUploadSize(),
				"styringskart.limits.max-upload-size", Duration.ofSeconds(limits.bodyArrivalSeconds()), false));
		registration.addUrlPatterns("/admin/papers/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
