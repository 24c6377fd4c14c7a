package no.styringskart.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.styringskart.neo4j.GraphSchema;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the seed when the app starts, as {@code styringskart.seed.load} says: after the graph schema is in
 * place and before the web server takes requests, so no one reads a half-loaded graph.
 */
@Component
class SeedAtStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SeedAtStartup.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	// the schema is asked for only so that its migrations have run before the first load
	SeedAtStartup(SeedLoader loader, SeedProperties properties, GraphSchema schema) {
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		switch (this.properties.load()) {
			case NEVER -> log.info("Seed loading is off (styringskart.seed.load=never)");
			case ALWAYS -> this.loader.load();
			case IF_EMPTY -> {
				if (this.loader.graphHasSeed()) {
					log.info("Graph already holds the seed; not reloading (use --styringskart.seed.load=always)");
				}
				else {
					this.loader.load();
				}
			}
		}
	}

}
