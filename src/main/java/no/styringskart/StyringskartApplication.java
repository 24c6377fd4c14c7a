package no.styringskart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Styringskart: a GraphQL knowledge graph of Norwegian e-health governance on Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StyringskartApplication {

	public static void main(String[] args) {
		SpringApplication.run(StyringskartApplication.class, args);
	}

}
