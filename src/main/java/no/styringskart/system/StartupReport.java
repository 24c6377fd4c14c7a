package no.styringskart.system;

import no.styringskart.neo4j.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator, once the app is ready, where the database is and where to point a browser. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Neo4jConnectionDetails connection;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final GraphPreparation graph;

	StartupReport(Neo4jConnectionDetails connection, ObjectProvider<EmbeddedNeo4j> embedded, GraphPreparation graph) {
		this.connection = connection;
		this.embedded = embedded;
		this.graph = graph;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String neo4j = this.embedded.stream()
			.findFirst()
			.map(db -> "embedded, data in " + db.dataDirectory() + ", Bolt at " + db.boltUri() + " (no auth, loopback)")
			.orElseGet(() -> "external at " + this.connection.getUri());
		String base = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? "http://localhost:" + web.getWebServer().getPort() : "(no web server)";
		log.info("Styringskart {}. Neo4j: {}. Explorer: {}/  GraphQL: {}/graphql  GraphiQL: {}/graphiql  Health: {}/actuator/health",
				this.graph.isReady() ? "ready" : "started, waiting for Neo4j", neo4j, base, base, base, base);
	}

}
