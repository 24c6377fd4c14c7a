package no.styringskart.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

/** Null-tolerant reads of node and relationship properties. */
public final class Values {

	private Values() {
	}

	public static String string(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	public static List<String> strings(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return (value == null || value.isNull()) ? List.of() : value.asList(Value::asString);
	}

	public static LocalDate date(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return (value == null || value.isNull()) ? null : value.asLocalDate();
	}

	/** The node in column {@code key}, mapped; null when an optional match found none. */
	public static <T> T node(MapAccessor row, String key, Function<Node, T> mapper) {
		Value value = row.get(key);
		return (value == null || value.isNull()) ? null : mapper.apply(value.asNode());
	}

	public static Integer integer(MapAccessor entity, String key) {
		Value value = entity.get(key);
		return (value == null || value.isNull()) ? null : value.asInt();
	}

}
