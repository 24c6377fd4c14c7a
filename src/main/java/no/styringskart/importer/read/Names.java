package no.styringskart.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * What a person's name looks like in these papers: two to five capitalised words, initials and particles
 * allowed, opened by a given name when a run of names has nothing between them. Also what an organisation's
 * word looks like, so a run of names stops where an organisation starts.
 */
public final class Names {

	private static final Pattern NAME_WORD = Pattern.compile(
			"(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*|\\p{Lu}\\.(?:-\\p{Lu}\\.)?|van|von|de|der|den|af|la|le)");

	private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "af", "la", "le");

	/** Words that open or make an organisation's name rather than a person's. */
	private static final Pattern ORGANISATION_WORD = Pattern.compile("(?:Helse|Universitetet|Universitet|Høgskolen"
			+ "|Høgskulen|Norges|Norsk|Nasjonalt|Nasjonal|Statens|Direktoratet|Kommunenes|Kunnskapssenteret|Sykehuset"
			+ "|Senter|Program|Stiftelsen|Folkehelseinstituttet|\\p{Lu}[\\p{Ll}-]*(?:direktoratet|departementet"
			+ "|instituttet|senteret|foreningen|forening|forbundet|forbund|rådet|verket|etaten|sykehus|sykehuset"
			+ "|registrene|tilsynet|kommune|fylkeskommune|tjenesten|tenesta|nettverk|nett|revisjonen))");

	private static final Set<String> BUNDLED = bundled();

	private final Set<String> given;

	/** The bundled given names and the first names of the people already known. */
	public Names(Collection<String> knownFullNames) {
		this.given = new HashSet<>(BUNDLED);
		for (String name : knownFullNames) {
			List<String> words = Fold.words(name);
			if (words.size() >= 2) {
				this.given.add(words.get(0));
			}
		}
	}

	/** Whether a word opens a person's name: a known given name (a hyphenated one by its first part). */
	public boolean given(String word) {
		String[] parts = word.split("-");
		String first = (parts.length == 0) ? "" : parts[0];
		return !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && this.given.contains(Fold.fold(first));
	}

	public static boolean nameWord(String word) {
		return NAME_WORD.matcher(word).matches() && !ORGANISATION_WORD.matcher(word).matches();
	}

	public static boolean organisationWord(String word) {
		return ORGANISATION_WORD.matcher(word).matches() || word.matches("\\p{Lu}{2,}[\\p{Lu}\\d/-]*");
	}

	/** Two to five name words, not ending in an initial, the first not a particle: one person's name. */
	public static boolean looksLikeName(String text) {
		List<String> words = words(text);
		return words.size() >= 2 && words.size() <= 5 && words.stream().allMatch(Names::nameWord)
				&& !PARTICLES.contains(words.get(0)) && !words.get(words.size() - 1).endsWith(".")
				&& text.length() <= 60;
	}

	/** A name that also starts with a given name: safe to take from running text. */
	public boolean looksLikePerson(String text) {
		return looksLikeName(text) && given(words(text).get(0));
	}

	public static List<String> words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
	}

	private static Set<String> bundled() {
		try (InputStream in = Names.class.getResourceAsStream("/importer/given-names.txt")) {
			Set<String> names = new HashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.startsWith("#")) {
					for (String word : line.strip().split("\\s+")) {
						if (!word.isEmpty()) {
							names.add(Fold.fold(word));
						}
					}
				}
			}
			return names;
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("the bundled list of given names cannot be read", ex);
		}
	}

	/** A run of capitalised words as people, each opened by a given name; what follows the names is left over. */
	public Split splitRun(List<String> words) {
		List<String> people = new ArrayList<>();
		List<String> current = new ArrayList<>();
		int i = 0;
		for (; i < words.size(); i++) {
			String word = words.get(i);
			boolean opens = given(word) && !organisationWord(word);
			if (current.isEmpty()) {
				if (!opens) {
					break;
				}
				current.add(word);
				continue;
			}
			boolean hasSurname = current.size() >= 2 && !given(current.get(current.size() - 1));
			if (opens && (hasSurname || current.size() >= 2)) {
				people.add(String.join(" ", current));
				current = new ArrayList<>(List.of(word));
			}
			else if (nameWord(word) && !organisationWord(word) && current.size() < 4) {
				current.add(word);
			}
			else {
				break;
			}
		}
		if (current.size() >= 2) {
			people.add(String.join(" ", current));
		}
		else if (!current.isEmpty()) {
			i -= current.size();
		}
		return new Split(people, words.subList(Math.max(i, 0), words.size()));
	}

	/**
	 * @param people the names read from the start of the run
	 * @param rest the words after them (an organisation, or a column of organisations)
	 */
	public record Split(List<String> people, List<String> rest) {
	}

}
