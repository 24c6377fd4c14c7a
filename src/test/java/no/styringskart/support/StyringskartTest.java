package no.styringskart.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random HTTP port, connected to the JVM's shared real Neo4j ({@link TestNeo4j}).
 * Test classes that use it share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "styringskart.security.admin-token=" + StyringskartTest.ADMIN_TOKEN,
				"styringskart.security.read-token=" + StyringskartTest.READ_TOKEN })
@ContextConfiguration(initializers = TestNeo4jInitializer.class)
@AutoConfigureHttpGraphQlTester
@Import(ApiTestConfiguration.class)
public @interface StyringskartTest {

	/** The admin token of test contexts. */
	String ADMIN_TOKEN = "test-admin-token-7f3c";

	/** The read token of test contexts. */
	String READ_TOKEN = "test-read-token-21ab";

}
