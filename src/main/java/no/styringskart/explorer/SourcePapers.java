package no.styringskart.explorer;

import java.time.Duration;

import no.styringskart.seed.SeedProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the text of the seed's source papers at {@code /papers/<file>}, so that every quoted passage can be read
 * in its context (Document.file names the file). Reads them from the seed the graph was loaded from.
 */
@Configuration(proxyBeanMethods = false)
class SourcePapers implements WebMvcConfigurer {

	private final SeedProperties seed;

	SourcePapers(SeedProperties seed) {
		this.seed = seed;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String location = this.seed.location().endsWith("/") ? this.seed.location() : this.seed.location() + "/";
		registry.addResourceHandler("/papers/**")
			.addResourceLocations(location + "sources/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
	}

}
