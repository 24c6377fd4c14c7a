package no.styringskart.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * The stored properties of one API type that a request's selection reads, as a Cypher map projection, so a
 * long list of nodes carries what was asked for rather than every alias and evidence passage of each.
 * <p>
 * The API types are records filled from node properties by their components, and served field by field
 * from those components; {@code evidence} is stored as three parallel lists. Id and name are always read:
 * the other fields of an entity are loaded by its id, and answers are ordered by name. A projection has two
 * forms only, id and name or every property the type reads, so that a query differing by selection adds at
 * most two texts to Neo4j's query cache, whatever clients select.
 */
public final class Projection {

	private static final List<String> ALWAYS = List.of("id", "name");

	private static final List<String> EVIDENCE = List.of("evidenceDocuments", "evidenceQuotes", "evidenceLines");

	private final Set<String> components;

	private Projection(Set<String> components) {
		this.components = components;
	}

	/**
	 * The projection of API record types (one, or the members of a union) whose factories read node properties
	 * named as their components.
	 */
	@SafeVarargs
	public static Projection of(Class<? extends Record>... types) {
		return new Projection(Arrays.stream(types)
			.flatMap(type -> Arrays.stream(type.getRecordComponents()))
			.map(java.lang.reflect.RecordComponent::getName)
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	/**
	 * {@code variable {.id, .name}} when the fields selected directly under the {@code paths} (field paths such as
	 * {@code seats/body}) read nothing more of the node, else every property the type reads.
	 */
	public String cypher(String variable, DataFetchingFieldSelectionSet selection, String... paths) {
		Set<String> properties = new LinkedHashSet<>(ALWAYS);
		if (readsMore(selection, List.of(paths))) {
			this.components.stream().filter(c -> !c.equals("evidence")).forEach(properties::add);
			if (this.components.contains("evidence")) {
				properties.addAll(EVIDENCE);
			}
		}
		return properties.stream().map(p -> "." + p).collect(Collectors.joining(", ", variable + " {", "}"));
	}

	/**
	 * Whether a field selected directly under one of the paths reads more than id and name. One pass over the
	 * selection's fields by their qualified names ({@code seats/body/aliases}): a glob per path, as
	 * {@code getFields(path + "/*")} takes, compiles a pattern at every call and builds a file path of each field.
	 */
	private boolean readsMore(DataFetchingFieldSelectionSet selection, List<String> paths) {
		for (SelectedField field : selection.getFields()) {
			String name = field.getName();
			if (this.components.contains(name) && !ALWAYS.contains(name)) {
				String qualified = field.getQualifiedName();
				int parent = qualified.lastIndexOf('/');
				if (parent > 0 && paths.contains(qualified.substring(0, parent))) {
					return true;
				}
			}
		}
		return false;
	}

}
