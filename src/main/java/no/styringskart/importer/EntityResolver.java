package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * Resolves names and organisations in a new paper against the registry. A name scores by how it matches
 * (exactly, as an alias, after OCR repair, with a middle name or initial more or less, or one letter off), and
 * context adds to it (the same organisation, the same body, a nearby date). At {@value #LINK} or above, and
 * unambiguous, it links; from {@value #PROPOSE} it is proposed for review; below it is new. Two people who share
 * only a surname never match, and organisations linked by a change event (Direktoratet for e-helse →
 * Helsedirektoratet) only ever match their own names.
 */
final class EntityResolver {

	static final double LINK = 0.85;

	static final double PROPOSE = 0.6;

	/** Candidates this close to the best make a link ambiguous. */
	private static final double AMBIGUOUS = 0.05;

	/** "Name (ABBR)": a name with its abbreviation in brackets. */
	static final Pattern ABBREVIATED = Pattern.compile("^(.{3,}?)\\s*\\(([^()]{2,30})\\)$");

	private static final Set<String> LEGAL_FORMS = Set.of("rhf", "hf", "sf", "as", "asa", "iks", "kf");

	private final ImportRegistry registry;

	EntityResolver(ImportRegistry registry) {
		this.registry = registry;
	}

	// --- people -----------------------------------------------------------------------------------------

	/**
	 * @param organisation the organisation the paper gives for the person (resolved id), or null
	 * @param body the body of the meeting
	 * @param date the meeting's date
	 */
	Resolution person(String written, String organisation, String body, LocalDate date) {
		List<Match> candidates = new ArrayList<>();
		for (ImportRegistry.Known known : this.registry.people()) {
			Match best = null;
			for (String form : known.names()) {
				NameFit fit = nameFit(written, form, !form.equals(known.name()));
				if (fit != null && (best == null || fit.score > best.score())) {
					best = new Match(known.id(), known.name(), fit.score, fit.reason);
				}
			}
			if (best != null) {
				candidates.add(withContext(best, organisation, body, date));
			}
		}
		return decide(written, candidates);
	}

	private record NameFit(double score, String reason) {
	}

	private static NameFit nameFit(String written, String form, boolean alias) {
		String a = Fold.fold(written);
		String b = Fold.fold(form);
		if (a.equals(b)) {
			return new NameFit(0.9, alias ? "alias \"" + form + "\"" : "same name");
		}
		if (OcrRepair.equivalent(written, form)) {
			return new NameFit(0.85, "same name after OCR repair (\"" + written + "\" ~ \"" + form + "\")");
		}
		List<String> x = Fold.words(written);
		List<String> y = Fold.words(form);
		if (x.size() < 2 || y.size() < 2 || !sameWord(x.get(x.size() - 1), y.get(y.size() - 1))) {
			return null;
		}
		if (!sameWord(x.get(0), y.get(0))) {
			// the same surname with another given name is another person
			return null;
		}
		if (middlesCompatible(x, y)) {
			return new NameFit(0.7, "middle name or initial differs (\"" + written + "\" ~ \"" + form + "\")");
		}
		if (a.replaceAll("(\\p{L})\\1", "$1").equals(b.replaceAll("(\\p{L})\\1", "$1"))) {
			return new NameFit(0.75, "a letter doubled (\"" + written + "\" ~ \"" + form + "\")");
		}
		if (x.size() == y.size() && OcrRepair.distance(a, b) <= 1.25 && a.length() >= 8) {
			return new NameFit(0.65, "one letter differs (\"" + written + "\" ~ \"" + form + "\")");
		}
		return null;
	}

	private static boolean sameWord(String a, String b) {
		return a.equals(b) || OcrRepair.equivalent(a, b);
	}

	/** Whether the middle words of the shorter name are found, in order, among the longer's (initials too). */
	private static boolean middlesCompatible(List<String> x, List<String> y) {
		List<String> shorter = (x.size() <= y.size()) ? x : y;
		List<String> longer = (x.size() <= y.size()) ? y : x;
		List<String> inner = longer.subList(1, longer.size() - 1);
		int k = 0;
		for (String middle : shorter.subList(1, shorter.size() - 1)) {
			while (k < inner.size() && !sameOrInitial(middle, inner.get(k))) {
				k++;
			}
			if (k == inner.size()) {
				return false;
			}
			k++;
		}
		return true;
	}

	private static boolean sameOrInitial(String a, String b) {
		return sameWord(a, b) || (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
	}

	private Match withContext(Match match, String organisation, String body, LocalDate date) {
		double score = match.score();
		StringBuilder reason = new StringBuilder(match.reason());
		List<ImportRegistry.Seat> seats = this.registry.seatsOf(match.id());
		if (organisation != null && seats.stream().anyMatch(s -> organisation.equals(s.organisation()))) {
			score += 0.1;
			reason.append("; same organisation (").append(organisation).append(")");
		}
		List<ImportRegistry.Seat> sameBody = seats.stream().filter(s -> s.body().equals(body)).toList();
		if (!sameBody.isEmpty()) {
			score += 0.05;
			reason.append("; same body (").append(body).append(")");
			if (date != null && sameBody.stream().anyMatch(s -> near(s, date))) {
				score += 0.05;
				reason.append("; overlapping period");
			}
		}
		return new Match(match.id(), match.name(), Math.min(1, score), reason.toString());
	}

	/** A seat within two years of the date (or a membership running over it). */
	private static boolean near(ImportRegistry.Seat seat, LocalDate date) {
		LocalDate from = (seat.from() != null) ? seat.from().minusYears(2) : LocalDate.MIN;
		LocalDate to = (seat.to() != null) ? seat.to().plusYears(2) : LocalDate.MAX;
		return (seat.from() != null || seat.to() != null) && !date.isBefore(from) && !date.isAfter(to);
	}

	// --- organisations ----------------------------------------------------------------------------------

	Resolution organisation(String written) {
		List<Match> candidates = new ArrayList<>();
		List<String> variants = variants(written);
		for (ImportRegistry.Known known : this.registry.organisations()) {
			boolean changed = this.registry.inChangeEvent(known.id());
			Match best = null;
			for (String variant : variants) {
				for (String form : known.names()) {
					Match m = organisationFit(known, variant, form, changed, !variant.equals(written));
					if (m != null && (best == null || m.score() > best.score())) {
						best = m;
					}
				}
			}
			if (best != null) {
				candidates.add(best);
			}
		}
		return decide(written, candidates);
	}

	/**
	 * The written organisation and its parts: "Moss kommune / DigiViken" is also "Moss kommune"; "Direktoratet for
	 * e-helse (eHelse)" is also "Direktoratet for e-helse" and "eHelse".
	 */
	private static List<String> variants(String written) {
		List<String> variants = new ArrayList<>();
		variants.add(written);
		Matcher bracketed = ABBREVIATED.matcher(written);
		if (bracketed.matches()) {
			variants.add(bracketed.group(1).strip());
			variants.add(bracketed.group(2).strip());
		}
		for (String part : written.split("\\s*/\\s*")) {
			if (!part.isBlank() && !part.equals(written)) {
				variants.add(part.strip());
			}
		}
		return variants;
	}

	private Match organisationFit(ImportRegistry.Known known, String variant, String form, boolean changed,
			boolean part) {
		String a = Fold.fold(variant);
		String b = Fold.fold(form);
		String as = part ? "part \"" + variant + "\" of the name: " : "";
		double partPenalty = part ? 0.05 : 0;
		if (a.equals(b)) {
			return new Match(known.id(), known.name(), 1 - partPenalty,
					as + (form.equals(known.name()) ? "same name" : "alias \"" + form + "\""));
		}
		if (OcrRepair.equivalent(variant, form)) {
			return new Match(known.id(), known.name(), 0.9 - partPenalty,
					as + "same name after OCR repair (\"" + variant + "\" ~ \"" + form + "\")");
		}
		if (changed) {
			// a party to a merger or rename is only ever matched by its own names
			return null;
		}
		if (!withoutLegalForm(a).isEmpty() && withoutLegalForm(a).equals(withoutLegalForm(b))) {
			return new Match(known.id(), known.name(), 0.85 - partPenalty,
					as + "same name without legal form (\"" + variant + "\" ~ \"" + form + "\")");
		}
		if (a.length() >= 8 && OcrRepair.distance(a, b) <= 1.25) {
			return new Match(known.id(), known.name(), 0.7 - partPenalty,
					as + "one letter differs (\"" + variant + "\" ~ \"" + form + "\")");
		}
		return null;
	}

	private static String withoutLegalForm(String folded) {
		List<String> words = new ArrayList<>(List.of(folded.split(" ")));
		words.removeIf(LEGAL_FORMS::contains);
		return String.join(" ", words);
	}

	/** Why two registry organisations are never merged, if they are linked by a change event. */
	Optional<String> keptApart(String a, String b) {
		return this.registry.changeBetween(a, b)
			.map(c -> "not merged with " + b + ": " + c.kind() + " " + String.join(",", c.originals()) + " → "
					+ String.join(",", c.results()) + ((c.date() != null) ? " on " + c.date() : "") + " (" + c.id() + ")");
	}

	// --- bodies -----------------------------------------------------------------------------------------

	/** The registry body a phrase names: whole phrase, its parenthesised abbreviation, or a body named inside. */
	Optional<String> body(String phrase) {
		String folded = Fold.fold(phrase);
		for (ImportRegistry.Known body : this.registry.bodies()) {
			for (String name : body.names()) {
				if (Fold.fold(name).equals(folded) || OcrRepair.equivalent(name, phrase)) {
					return Optional.of(body.id());
				}
			}
		}
		// the longest body name mentioned inside the phrase ("Agenda NUIT", "Referat fra møte i Fagutvalget")
		String found = null;
		int longest = 0;
		for (ImportRegistry.Known body : this.registry.bodies()) {
			for (String name : body.names()) {
				if (name.length() > longest && Mentions.mentioned(name, phrase)) {
					found = body.id();
					longest = name.length();
				}
			}
		}
		return Optional.ofNullable(found);
	}

	// --- deciding ---------------------------------------------------------------------------------------

	private static Resolution decide(String written, List<Match> candidates) {
		candidates.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::id));
		if (candidates.isEmpty() || candidates.get(0).score() < PROPOSE) {
			return new Resolution(written, Resolution.Outcome.NEW, null, List.copyOf(candidates));
		}
		Match best = candidates.get(0);
		boolean ambiguous = candidates.size() > 1 && candidates.get(1).score() >= best.score() - AMBIGUOUS
				&& candidates.get(1).score() >= PROPOSE;
		if (best.score() >= LINK && !ambiguous) {
			return new Resolution(written, Resolution.Outcome.LINKED, best.id(), List.copyOf(candidates));
		}
		return new Resolution(written, Resolution.Outcome.PROPOSED, null, List.copyOf(candidates));
	}

}
