package no.styringskart.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** Loads the seed when the app starts, as {@code styringskart.seed.load} says. */
@Component
public class SeedAtStartup {

	private static final Logger log = LoggerFactory.getLogger(SeedAtStartup.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	SeedAtStartup(SeedLoader loader, SeedProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	public void loadAsConfigured() {
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
