package no.styringskart.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes as stored, read straight from Neo4j, to hold API answers against: whatever a query projects or
 * reads ahead, each field it answers must be the stored value.
 */
public final class StoredNodes {

	private final Driver neo4j;

	public StoredNodes(Driver neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Per id, of every node with the label: its name, the given properties (lists empty when absent) and its
	 * evidence quotes and documents.
	 */
	public Map<String, Map<String, Object>> of(String label, String... properties) {
		Map<String, Map<String, Object>> byId = new HashMap<>();
		this.neo4j.executableQuery("MATCH (n:" + label + ") RETURN n").execute().records().forEach(r -> {
			var node = r.get("n").asNode();
			Map<String, Object> values = new HashMap<>();
			values.put("name", node.get("name").isNull() ? null : node.get("name").asString());
			for (String property : properties) {
				values.put(property, node.get(property).isNull() ? null : node.get(property).asObject());
			}
			values.put("quotes", list(node.get("evidenceQuotes")));
			values.put("documents", list(node.get("evidenceDocuments")));
			byId.put(node.get("id").asString(), values);
		});
		return byId;
	}

	/**
	 * That an answered entity (with its id, evidence and the given fields selected) shows what is stored: a
	 * list field absent from the node is an empty list, and titles are shown once each.
	 */
	@SuppressWarnings("unchecked")
	public static void assertAsStored(Map<String, Object> shown, Map<String, Map<String, Object>> stored,
			String... properties) {
		Map<String, Object> expected = stored.get(shown.get("id"));
		assertThat(expected).as("stored %s", shown.get("id")).isNotNull();
		assertThat(shown.get("name")).isEqualTo(expected.get("name"));
		for (String property : properties) {
			Object value = expected.get(property);
			if (value == null && shown.get(property) instanceof List) {
				value = List.of();
			}
			if (property.equals("titles")) {
				value = ((List<String>) value).stream().distinct().toList();
			}
			assertThat(shown.get(property)).as("%s of %s", property, shown.get("id")).isEqualTo(value);
		}
		List<Map<String, Object>> evidence = (List<Map<String, Object>>) shown.get("evidence");
		assertThat(evidence.stream().map(e -> e.get("quote")).toList()).isEqualTo(expected.get("quotes"));
		assertThat(evidence.stream().map(e -> ((Map<?, ?>) e.get("document")).get("id")).toList())
			.isEqualTo(expected.get("documents"));
	}

	private static List<Object> list(Value value) {
		return value.isNull() ? List.of() : value.asList();
	}

}
