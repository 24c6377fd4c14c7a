package no.styringskart.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When reads need a token, so do the details of the health endpoint: its Neo4j version, Bolt address, data path
 * and disk sizes say more about the server than an anonymous caller should learn. Anyone still sees whether it
 * is up. With open reads the details stay open, as the graph is. An operator's own health settings win.
 */
public class HealthDetailsForTokenHolders implements EnvironmentPostProcessor, Ordered {

	private static final String SHOW_DETAILS = "management.endpoint.health.show-details";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Binder binder = Binder.get(environment);
		boolean closedReads = binder.bind("styringskart.security.reads", AccessProperties.Reads.class)
			.map(reads -> reads == AccessProperties.Reads.AUTHENTICATED)
			.orElse(false);
		boolean defaultDetails = binder.bind(SHOW_DETAILS, String.class).map("always"::equalsIgnoreCase).orElse(true);
		if (closedReads && defaultDetails) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("healthDetailsForTokenHolders",
						Map.of(SHOW_DETAILS, "when-authorized", "management.endpoint.health.show-components",
								"when-authorized", "management.endpoint.health.roles", ApiTokenFilter.READER)));
		}
	}

	/** After the application's own configuration is read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
