package no.styringskart.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application under test at the shared test server instead of starting its own. */
public class TestNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestNeo4j.Server server = TestNeo4j.get();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testNeo4j",
					Map.of("spring.neo4j.uri", server.boltUri().toString(), "spring.neo4j.authentication.username",
							server.username(), "spring.neo4j.authentication.password", server.password())));
	}

}
