package no.styringskart.support;

import java.io.IOException;

import no.styringskart.StyringskartApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The real application started the way {@code main} starts it, for tests that need to control when it starts
 * and what it finds: the test classes on the classpath are kept out of its component scan.
 */
public final class StandaloneApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private StandaloneApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static StandaloneApp start(String... args) {
		return new StandaloneApp(new SpringApplicationBuilder(StyringskartApplication.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("testClassesExcluded", new TestClassesExcluded()))
			.run(args));
	}

	/** Runs the app in a process of its own, as {@code main} would, for tests that kill it. */
	public static void main(String[] args) {
		start(args);
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** Keeps test classes, their nested classes and test configurations out of the scan. */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			String name = reader.getClassMetadata().getClassName();
			return name.startsWith("no.styringskart.support.") || name.contains("Tests$") || name.endsWith("Tests")
					|| reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}

	}

}
