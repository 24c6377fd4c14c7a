package no.styringskart.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the in-process Neo4j when no external server is configured ({@code spring.neo4j.uri} unset) and
 * points Boot's driver at its Bolt port. {@code styringskart.neo4j.embedded.enabled=false} turns it off, e.g.
 * when tests bring their own server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
@ConditionalOnBooleanProperty(name = "styringskart.neo4j.embedded.enabled", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties.dataDirectory(), properties.boltAddress(), properties.boltPort(),
				properties.boltPassword());
	}

	/** Lets answers computed from the graph be kept for as long as nothing has changed it. */
	@Bean
	GraphChanges graphChanges(EmbeddedNeo4j embeddedNeo4j) {
		return embeddedNeo4j.watchChanges();
	}

	/** The app's own reads skip Bolt; other clients still reach the DBMS through it. */
	@Bean
	InProcessReads inProcessReads(EmbeddedNeo4j embeddedNeo4j) {
		return embeddedNeo4j.inProcessReads();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return embeddedNeo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return (properties.boltPassword() != null)
						? AuthTokens.basic(EmbeddedNeo4j.BOLT_USER, properties.boltPassword()) : AuthTokens.none();
			}
		};
	}

}
