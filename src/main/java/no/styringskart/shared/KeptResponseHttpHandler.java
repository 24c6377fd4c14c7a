package no.styringskart.shared;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP as Spring for GraphQL serves it, except that a kept response ({@link KeptResponses}) is written
 * as the JSON bytes it was kept as, not serialised again.
 */
class KeptResponseHttpHandler extends GraphQlHttpHandler {

	KeptResponseHttpHandler(WebGraphQlHandler graphQlHandler) {
		super(graphQlHandler);
	}

	@Override
	protected ServerResponse.HeadersBuilder.WriteFunction getWriteFunction(Map<String, Object> resultMap,
			MediaType contentType) {
		if (resultMap instanceof KeptResponses.KeptJson kept) {
			return (request, response) -> {
				response.setContentLength(kept.bytes().length);
				response.getOutputStream().write(kept.bytes());
				return null;
			};
		}
		return super.getWriteFunction(resultMap, contentType);
	}

	/** In place of Spring Boot's handler, which steps aside for this one. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
			return new KeptResponseHttpHandler(graphQlHandler);
		}

	}

}
