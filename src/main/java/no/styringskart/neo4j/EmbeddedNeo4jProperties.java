package no.styringskart.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j.
 *
 * @param dataDirectory where the DBMS keeps its files; created when missing
 * @param boltPort the loopback port of the Bolt connector, for the app and for cypher-shell or Neo4j Browser
 * @param boltAddress the interface Bolt listens on; loopback by default, as by default Bolt asks for no credentials
 * @param boltPassword when set, Bolt clients (the app's own driver included) must log in as user
 * {@value EmbeddedNeo4j#BOLT_USER} with this password (at least 8 characters); unset, any process that reaches the
 * port may read and write the graph
 */
@ConfigurationProperties("styringskart.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDirectory,
		@DefaultValue("7687") int boltPort, @DefaultValue("127.0.0.1") String boltAddress, String boltPassword) {

	public EmbeddedNeo4jProperties {
		boltPassword = (boltPassword == null || boltPassword.isBlank()) ? null : boltPassword;
	}

}
