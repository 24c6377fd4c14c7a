package no.styringskart.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * People's names as papers write them: which words can be part of a name, how a run of names with nothing
 * between them ("Jon Helge Andersen Inga Nordberg") splits into people, and the slug ids of FORMAT.md.
 */
final class PersonNames {

	/** A word of a name: capitalised (OCR may write O as 0), an initial, or a particle such as "von". */
	private static final Pattern NAME_WORD = Pattern.compile(
			"(?:[\\p{Lu}0@][\\p{L}@'’]*(?:-[\\p{Lu}\\p{Ll}][\\p{L}'’]*)*\\.?|van|von|de|der|af|le|la)");

	private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "af", "le", "la");

	/**
	 * Common Norwegian given names, so a run of names splits where a new person starts. The registry's own
	 * first names are added to these.
	 */
	private static final Set<String> GIVEN_NAMES = Set.of("anne", "anna", "ann", "astrid", "bente", "berit",
			"bjorn", "bodil", "borge", "camilla", "cathrine", "cecilie", "christine", "eva", "egil", "eirik", "erik",
			"elin", "ellen", "espen", "frode", "geir", "gorm", "grete", "gro", "gunn", "gun", "hans", "hanne", "harald",
			"heidi", "helge", "henrik", "hilde", "ingrid", "inga", "inger", "ivar", "jan", "jon", "jorunn", "johan",
			"johanne", "jonas", "kari", "karen", "karl", "kjell", "kjersti", "kjetil", "knut", "kristian", "kristin",
			"kristine", "lars", "linda", "lill", "lilly", "lise", "liv", "lucie", "magnus", "maren", "mari", "marit",
			"maria", "marianne", "mariann", "martin", "mette", "mina", "morten", "nina", "nils", "norunn", "odd",
			"ola", "ole", "olav", "per", "peter", "petter", "preben", "ragnhild", "randi", "rita", "robert", "roger",
			"rune", "sigrid", "silje", "sindre", "siv", "sissel", "solveig", "sonja", "steffen", "stein", "stig",
			"svein", "sverre", "terje", "thor", "thore", "tone", "tor", "tore", "torgeir", "trine", "trond", "turid",
			"vibeke", "oystein", "asmund", "aase", "hege", "ingvild", "jorgen", "kirsti", "mohammad", "pal", "unni");

	/** Given names whose letters OCR damages (ø, å, æ), in their proper spelling. */
	private static final List<String> SPELLED_GIVEN_NAMES = List.of("Bjørn", "Børge", "Jørgen", "Jørn", "Øystein",
			"Øyvind", "Pål", "Åse", "Åsmund", "Sølvi", "Gøril", "Tørris", "Bjørg", "Jørund", "Kåre", "Håkon", "Håvard",
			"Ståle", "Åshild", "Ørjan", "Sønnøve", "Gøran", "Frøydis");

	private final Set<String> givenNames;

	private final List<List<String>> knownNames;

	/** Uses the given names and full names of people already known, besides the common ones. */
	PersonNames(Collection<String> knownFullNames) {
		this.givenNames = new HashSet<>(GIVEN_NAMES);
		this.knownNames = new ArrayList<>();
		for (String name : knownFullNames) {
			List<String> words = Fold.words(name);
			if (words.size() >= 2) {
				this.givenNames.add(words.get(0));
				this.knownNames.add(words);
			}
		}
	}

	static boolean isNameWord(String word) {
		return NAME_WORD.matcher(word).matches();
	}

	/** Whether a text looks like one person's name: two to five name words, starting with a capital. */
	static boolean looksLikeName(String text) {
		List<String> words = words(text);
		return words.size() >= 2 && words.size() <= 5 && words.stream().allMatch(PersonNames::isNameWord)
				&& !PARTICLES.contains(words.get(0)) && !words.get(words.size() - 1).endsWith(".");
	}

	static List<String> words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
	}

	/**
	 * A name with the OCR damage that cannot be a letter of a name undone: "0dd" is "Odd", "@" is "Ø". Other
	 * confusions (g for ø) are real letters too, and stay for the resolver.
	 */
	static String repaired(String name) {
		String plain = name.replaceAll("(?<![\\p{L}\\d])0(?=\\p{Ll})", "O").replace('@', 'Ø');
		List<String> words = new ArrayList<>();
		for (String word : plain.split(" ")) {
			words.add(repairedWord(word));
		}
		return String.join(" ", words);
	}

	/**
	 * A name word that OCR damaged into something that is no given name but reads as one after repair
	 * ("Jgrgen" → "Jørgen"), also inside a patronymic surname ("Jgrgensen" → "Jørgensen").
	 */
	private static String repairedWord(String word) {
		String folded = Fold.fold(word);
		if (folded.length() < 4 || GIVEN_NAMES.contains(folded)) {
			return word;
		}
		for (String given : SPELLED_GIVEN_NAMES) {
			String key = Fold.fold(given);
			if (OcrRepair.equivalent(key, folded)) {
				return given;
			}
			if (folded.endsWith("sen") && folded.length() == key.length() + 3
					&& OcrRepair.equivalent(key, folded.substring(0, key.length()))) {
				return given + "sen";
			}
		}
		return word;
	}

	/** The id of a new person: the slug of the name (ø→o, æ→ae, å→a; apostrophes dropped). */
	static String slug(String name) {
		return Fold.fold(name.replaceAll("['’]", "")).replace(' ', '-');
	}

	/**
	 * Splits a run of name words into people. Known full names are taken whole; the rest is split so that each
	 * person has two to four words and, where possible, starts with a given name.
	 */
	List<List<String>> split(List<String> words) {
		int n = words.size();
		double[] cost = new double[n + 1];
		int[] cut = new int[n + 1];
		Arrays.fill(cost, Double.MAX_VALUE);
		cost[0] = 0;
		for (int end = 1; end <= n; end++) {
			for (int length = 1; length <= Math.min(5, end); length++) {
				int start = end - length;
				if (cost[start] == Double.MAX_VALUE) {
					continue;
				}
				double c = cost[start] + groupCost(words.subList(start, end));
				if (c < cost[end]) {
					cost[end] = c;
					cut[end] = start;
				}
			}
		}
		List<List<String>> people = new ArrayList<>();
		for (int end = n; end > 0; end = cut[end]) {
			people.add(0, words.subList(cut[end], end));
		}
		return people;
	}

	private double groupCost(List<String> group) {
		List<String> folded = group.stream().map(OcrRepair::skeleton).toList();
		if (this.knownNames.stream().anyMatch(known -> known.size() == group.size() && sameWords(known, group))) {
			return 0;
		}
		double cost = switch (group.size()) {
			case 1 -> 6;
			case 2 -> 1;
			case 3 -> 1.4;
			case 4 -> 2.2;
			default -> 3.5;
		};
		if (!isGiven(group.get(0))) {
			cost += 2;
		}
		if (PARTICLES.contains(group.get(0)) || group.get(group.size() - 1).endsWith(".")) {
			cost += 5;
		}
		// a given name late in a group more likely starts the next person
		for (int i = 2; i < folded.size(); i++) {
			if (isGiven(group.get(i)) && !isGiven(group.get(i - 1))) {
				cost += 1.5;
			}
		}
		return cost;
	}

	private boolean isGiven(String word) {
		String folded = Fold.fold(word.replace('0', 'o'));
		return this.givenNames.contains(folded)
				|| this.givenNames.stream().anyMatch(g -> g.length() > 3 && OcrRepair.equivalent(g, folded));
	}

	private static boolean sameWords(List<String> known, List<String> group) {
		for (int i = 0; i < known.size(); i++) {
			if (!OcrRepair.equivalent(known.get(i), group.get(i).replace('0', 'o'))) {
				return false;
			}
		}
		return true;
	}

}
