package no.styringskart;

import no.styringskart.importer.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Styringskart: a GraphQL knowledge graph of Norwegian e-health governance on Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StyringskartApplication {

	public static void main(String[] args) {
		// "import …" runs the paper importer on the command line, with no web server and no database
		if (ImportCommand.invoked(args)) {
			System.exit(ImportCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(StyringskartApplication.class, args);
	}

}
