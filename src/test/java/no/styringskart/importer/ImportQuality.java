package no.styringskart.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import no.styringskart.shared.Fold;
import tools.jackson.databind.JsonNode;

/**
 * Compares a draft with the curated paper file of the same paper: precision and recall per kind of fact.
 * Facts are keys: meetings (id, date, body), participants (person, meeting, status), saker (meeting, number or
 * position, title, type), decisions (meeting, sak, proposed or decided, text) and resolutions (the id a name was
 * linked to against the curated id, counted where the registry knew the entity). Titles and decisions are
 * compared after folding and OCR repair (so "Drgfting" and "Drøfting" agree). A title may also differ by two
 * characters: the papers spell one sak two ways (agenda "inklusivt", referat "inklusiv"; "legemiddefeltet" and
 * "legemiddelfeltet"), and the curators took one of them. Decisions allow 10 % of characters to differ (cut-off
 * column text, punctuation).
 */
final class ImportQuality {

	/** True and false positives and false negatives of one kind of fact. */
	static final class Score {

		int truePositives;

		int falsePositives;

		int falseNegatives;

		void add(Score other) {
			this.truePositives += other.truePositives;
			this.falsePositives += other.falsePositives;
			this.falseNegatives += other.falseNegatives;
		}

		double precision() {
			int found = this.truePositives + this.falsePositives;
			return (found == 0) ? 1 : (double) this.truePositives / found;
		}

		double recall() {
			int expected = this.truePositives + this.falseNegatives;
			return (expected == 0) ? 1 : (double) this.truePositives / expected;
		}

	}

	static final List<String> KINDS = List.of("meetings", "participants", "saker", "decisions", "person resolution",
			"organisation resolution");

	private ImportQuality() {
	}

	/** Scores per kind for one paper. */
	static Map<String, Score> compare(JsonNode draft, JsonNode curated, ImportRegistry registry) {
		Map<String, Score> scores = new HashMap<>();
		scores.put("meetings", sets(keys(draft, "meetings"), keys(curated, "meetings")));
		scores.put("participants", sets(keys(draft, "participants"), keys(curated, "participants")));
		scores.put("saker", matched(saker(draft), saker(curated), ImportQuality::sameTitle));
		scores.put("decisions", matched(decisionsOf(draft), decisionsOf(curated), ImportQuality::similar));
		Score people = new Score();
		Score organisations = new Score();
		resolution(draft, curated, registry, people, organisations);
		scores.put("person resolution", people);
		scores.put("organisation resolution", organisations);
		return scores;
	}

	private static Score sets(Set<String> found, Set<String> expected) {
		Score score = new Score();
		for (String key : found) {
			if (expected.contains(key)) {
				score.truePositives++;
			}
			else {
				score.falsePositives++;
			}
		}
		score.falseNegatives = (int) expected.stream().filter(k -> !found.contains(k)).count();
		return score;
	}

	static Set<String> keys(JsonNode paper, String kind) {
		Set<String> keys = new HashSet<>();
		for (JsonNode meeting : paper.path("meetings")) {
			String id = meeting.path("id").asString();
			switch (kind) {
				case "meetings" -> keys.add(id + "|" + meeting.path("date").asString() + "|" + meeting.path("body").asString());
				case "participants" -> meeting.path("attendance")
					.forEach(a -> keys.add(a.path("person").asString() + "|" + id + "|" + a.path("status").asString()));
				default -> throw new IllegalArgumentException(kind);
			}
		}
		return keys;
	}

	private static String sak(JsonNode item) {
		String number = item.path("number").asString(null);
		if (number == null) {
			return "#" + item.path("order").asInt();
		}
		var m = Vocabulary.SAK_NUMBER.matcher(number);
		return m.find() ? Integer.parseInt(m.group(1)) + "/" + Vocabulary.shortYear(m.group(3)) : number;
	}

	/** A fact told apart by its key (meeting, sak, field) and compared by its text. */
	private record Fact(String key, String text) {
	}

	/** Saker keyed by meeting, number and type, with their titles. */
	private static List<Fact> saker(JsonNode paper) {
		List<Fact> saker = new ArrayList<>();
		for (JsonNode meeting : paper.path("meetings")) {
			for (JsonNode item : meeting.path("agenda")) {
				saker.add(new Fact(meeting.path("id").asString() + "|" + sak(item) + "|"
						+ OcrRepair.skeleton(item.path("type").asString("")), OcrRepair.skeleton(item.path("title").asString())));
			}
		}
		return saker;
	}

	private static List<Fact> decisionsOf(JsonNode paper) {
		List<Fact> decisions = new ArrayList<>();
		for (JsonNode meeting : paper.path("meetings")) {
			for (JsonNode item : meeting.path("agenda")) {
				for (String field : List.of("proposedDecision", "decision")) {
					String text = item.path(field).asString(null);
					if (text != null) {
						decisions.add(new Fact(meeting.path("id").asString() + "|" + sak(item) + "|" + field,
								OcrRepair.skeleton(text)));
					}
				}
			}
		}
		return decisions;
	}

	/** Pairs each found fact with an expected one of the same key and a text that counts as the same. */
	private static Score matched(List<Fact> found, List<Fact> expectedFacts, BiPredicate<String, String> same) {
		List<Fact> expected = new ArrayList<>(expectedFacts);
		Score score = new Score();
		for (Fact f : found) {
			Fact match = expected.stream()
				.filter(e -> e.key.equals(f.key) && same.test(e.text, f.text))
				.findFirst()
				.orElse(null);
			if (match != null) {
				expected.remove(match);
				score.truePositives++;
			}
			else {
				score.falsePositives++;
			}
		}
		score.falseNegatives = expected.size();
		return score;
	}

	/** Titles of one sak: the same skeleton, or (long enough to tell apart) a typo of two characters. */
	private static boolean sameTitle(String a, String b) {
		return a.equals(b) || Math.min(a.length(), b.length()) >= 12 && OcrRepair.distance(a, b) <= 2;
	}

	/** Similarity of two texts from 0 to 1, with OCR confusions counting a quarter of a real difference. */
	static double similarity(String a, String b) {
		String x = Fold.fold(a);
		String y = Fold.fold(b);
		int longest = Math.max(x.length(), y.length());
		return (longest == 0) ? 1 : 1 - OcrRepair.distance(x, y) / longest;
	}

	private static boolean similar(String a, String b) {
		return a.replace(" ", "").equals(b.replace(" ", "")) || similarity(a, b) >= 0.9;
	}

	/**
	 * Pairs each curated attendance with the draft's attendance of the same meeting whose person has the most
	 * similar name, then checks the ids the importer linked.
	 */
	private static void resolution(JsonNode draft, JsonNode curated, ImportRegistry registry, Score people,
			Score organisations) {
		Map<String, String> draftNames = names(draft, registry);
		Map<String, String> curatedNames = names(curated, registry);
		Set<String> knownPeople = new HashSet<>(registry.people().stream().map(ImportRegistry.Known::id).toList());
		Set<String> knownOrganisations = new HashSet<>(registry.organisations().stream().map(ImportRegistry.Known::id).toList());
		Map<String, JsonNode> draftMeetings = new HashMap<>();
		draft.path("meetings").forEach(m -> draftMeetings.put(m.path("id").asString(), m));
		for (JsonNode meeting : curated.path("meetings")) {
			JsonNode mine = draftMeetings.get(meeting.path("id").asString());
			if (mine == null) {
				continue;
			}
			List<JsonNode> candidates = new ArrayList<>();
			mine.path("attendance").forEach(candidates::add);
			for (JsonNode expected : meeting.path("attendance")) {
				String expectedName = curatedNames.getOrDefault(expected.path("person").asString(), expected.path("person").asString());
				JsonNode paired = null;
				double best = 0.75;
				for (JsonNode candidate : candidates) {
					String name = draftNames.getOrDefault(candidate.path("person").asString(), candidate.path("person").asString());
					double similarity = nameSimilarity(expectedName, name);
					if (similarity > best) {
						best = similarity;
						paired = candidate;
					}
				}
				if (paired == null) {
					continue;
				}
				candidates.remove(paired);
				tally(people, paired.path("person").asString(null), expected.path("person").asString(null), knownPeople);
				tally(organisations, paired.path("onBehalfOf").asString(null), expected.path("onBehalfOf").asString(null),
						knownOrganisations);
			}
		}
	}

	/** A link counts where it was made (precision) and where the registry knew the curated entity (recall). */
	private static void tally(Score score, String linked, String expected, Set<String> known) {
		boolean madeLink = linked != null && known.contains(linked);
		boolean couldLink = expected != null && known.contains(expected);
		if (madeLink && linked.equals(expected)) {
			score.truePositives++;
			return;
		}
		if (madeLink) {
			score.falsePositives++;
		}
		if (couldLink) {
			score.falseNegatives++;
		}
	}

	private static double nameSimilarity(String a, String b) {
		List<String> x = Fold.words(a);
		List<String> y = Fold.words(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		// the surname must agree; the rest may carry middle names
		double surname = similarity(x.get(x.size() - 1), y.get(y.size() - 1));
		double given = similarity(x.get(0), y.get(0));
		return (surname < 0.8) ? 0 : (surname + given) / 2;
	}

	/** Names of the people a paper file refers to: its own declarations, else the registry's. */
	private static Map<String, String> names(JsonNode paper, ImportRegistry registry) {
		Map<String, String> names = new HashMap<>();
		registry.people().forEach(p -> names.put(p.id(), p.name()));
		paper.path("people").forEach(p -> names.put(p.path("id").asString(), p.path("name").asString()));
		return names;
	}

}
