package no.styringskart.shared;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.types.MapAccessor;

/**
 * A passage that states a fact: the source document, the verbatim quote and its line range in the paper
 * ({@code external, paraphrased} for the few statements from outside the papers).
 */
public record Evidence(String documentId, String quote, String lines) {

	/** The evidence stored on a node or relationship by the seed loader. */
	public static List<Evidence> of(MapAccessor entity) {
		List<String> documents = Values.strings(entity, "evidenceDocuments");
		List<String> quotes = Values.strings(entity, "evidenceQuotes");
		List<String> lines = Values.strings(entity, "evidenceLines");
		List<Evidence> evidence = new ArrayList<>(documents.size());
		for (int i = 0; i < documents.size() && i < quotes.size(); i++) {
			evidence.add(new Evidence(documents.get(i), quotes.get(i), (i < lines.size()) ? lines.get(i) : null));
		}
		return evidence;
	}

}
