package no.styringskart.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application under test at the shared test server instead of starting its own. When that server runs in
 * this JVM, the app's reads skip Bolt, as on its embedded default, unless {@link #IN_PROCESS_READS} is false; its
 * writes and other clients use Bolt.
 */
public class TestNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Set to false, the app reads through the Java driver, as with an external server. */
	public static final String IN_PROCESS_READS = "styringskart.test.in-process-reads";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestNeo4j.Server server = TestNeo4j.get();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testNeo4j",
					Map.of("spring.neo4j.uri", server.boltUri().toString(), "spring.neo4j.authentication.username",
							server.username(), "spring.neo4j.authentication.password", server.password())));
		boolean inProcess = context.getEnvironment().getProperty(IN_PROCESS_READS, Boolean.class, true);
		if (inProcess && server.inProcessReads() != null) {
			context.getBeanFactory().registerSingleton("inProcessReads", server.inProcessReads());
		}
	}

}
