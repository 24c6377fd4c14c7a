package no.styringskart.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Simple cycles of a directed graph given as hops: no item twice on a cycle, each cycle once. A cycle is found
 * from its item with the lowest id only, going to higher ids, so its rotations are never found; of parallel hops
 * between the same two items (two stated dependencies) the first in the given order stands for both.
 */
final class Cycles {

	/** A hop from one item to another, with the id of the relationship it stands for. */
	record Hop(String from, String to, String id) {
	}

	private Cycles() {
	}

	/** The cycles of at most {@code maxLength} hops, each as its hops from its lowest id; shortest first, at most {@code limit}. */
	static List<List<String>> simple(List<Hop> hops, int maxLength, int limit) {
		Map<String, Map<String, String>> out = new HashMap<>();
		for (Hop hop : hops) {
			out.computeIfAbsent(hop.from(), k -> new LinkedHashMap<>()).putIfAbsent(hop.to(), hop.id());
		}
		List<List<String>> cycles = new ArrayList<>();
		for (String start : out.keySet().stream().sorted().toList()) {
			walk(start, start, out, new ArrayList<>(), new HashSet<>(Set.of(start)), maxLength, cycles, limit);
		}
		// shortest first; the walks from one start come in a fixed order, and starts by id
		return cycles.stream().sorted(Comparator.comparingInt(List::size)).toList();
	}

	private static void walk(String start, String at, Map<String, Map<String, String>> out, List<String> path,
			Set<String> onPath, int maxLength, List<List<String>> cycles, int limit) {
		for (Map.Entry<String, String> next : out.getOrDefault(at, Map.of()).entrySet()) {
			if (cycles.size() >= limit) {
				return;
			}
			String to = next.getKey();
			if (to.equals(start) && !path.isEmpty()) {
				List<String> cycle = new ArrayList<>(path);
				cycle.add(next.getValue());
				cycles.add(cycle);
			}
			else if (to.compareTo(start) > 0 && !onPath.contains(to) && path.size() + 1 < maxLength) {
				path.add(next.getValue());
				onPath.add(to);
				walk(start, to, out, path, onPath, maxLength, cycles, limit);
				onPath.remove(to);
				path.removeLast();
			}
		}
	}

}
