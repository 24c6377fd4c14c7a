package no.styringskart.seed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import no.styringskart.seed.SeedModel.Declaration;
import no.styringskart.shared.Fold;

/** All declarations of one id across files: the first wins, later ones add aliases and must agree. */
final class Merged {

	final String file;

	final String path;

	final Declaration first;

	final List<Declaration> all = new ArrayList<>();

	final Set<String> aliases = new LinkedHashSet<>();

	final List<Quotes.Located> evidence = new ArrayList<>();

	Merged(String file, String path, Declaration first) {
		this.file = file;
		this.path = path;
		this.first = first;
		this.all.add(first);
		this.aliases.addAll(first.aliases());
	}

	void merge(Declaration other, String file, String path, SeedValidator validator) {
		if (!this.first.name().equals(other.name())) {
			validator.problem(file, path + ".name", "'" + other.name() + "' conflicts with '" + this.first.name()
					+ "' declared for '" + this.first.id() + "' in " + this.file);
		}
		this.all.add(other);
		this.aliases.addAll(other.aliases());
	}

	/** The first non-null value of an attribute over all declarations (later ones may fill gaps). */
	String attribute(String name, Function<Declaration, String> getter) {
		return this.all.stream().map(getter).filter(Objects::nonNull).findFirst().orElse(null);
	}

	Map<String, Object> row() {
		Map<String, Object> row = Quotes.row(this.evidence);
		row.put("id", this.first.id());
		row.put("name", this.first.name());
		List<String> aliases = new ArrayList<>(this.aliases);
		aliases.remove(this.first.name());
		row.put("aliases", aliases);
		row.put("sources", this.evidence.stream().map(Quotes.Located::document).distinct().toList());
		row.put("searchKey", Fold.fold(this.first.name() + " " + String.join(" ", aliases)));
		return row;
	}

}
