package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import no.styringskart.shared.Fold;

/**
 * Keeps the draft's declarations while a paper is read: resolves each person and organisation once, gives new
 * ones free slug ids (never an id the registry uses for someone else), repeats existing ones to add a form this
 * paper writes as an alias, and reports every resolution.
 */
final class DraftBuilder {

	/** Written "organisations" that are a person's role, not an organisation ("Fastlegerepresentant"). */
	private static final Pattern ROLE_NOT_ORGANISATION = Pattern.compile(
			"(?i).*(representant|rådgiver|radgiver|direktør|sjef|leder|ansvarlig|konsulent)$");

	private final ImportRegistry registry;

	private final EntityResolver resolver;

	private final Map<String, String> organisationIds = new HashMap<>();

	private final Map<String, Draft.Organisation> organisations = new LinkedHashMap<>();

	private final Map<String, String> personIds = new HashMap<>();

	private final Map<String, Draft.Person> people = new LinkedHashMap<>();

	private final Map<String, Draft.Body> bodies = new LinkedHashMap<>();

	private final Set<String> usedIds = new LinkedHashSet<>();

	final List<ImportReport.Item> recognised = new ArrayList<>();

	final List<ImportReport.Item> uncertain = new ArrayList<>();

	final List<ImportReport.Item> skipped = new ArrayList<>();

	final List<ImportReport.Resolved> resolutions = new ArrayList<>();

	DraftBuilder(ImportRegistry registry) {
		this.registry = registry;
		this.resolver = new EntityResolver(registry);
	}

	EntityResolver resolver() {
		return this.resolver;
	}

	/** The id for an organisation as written (linked, or declared new); null when it is a role, not one. */
	String organisation(String written, Quote evidence) {
		String name = PaperText.clean(written);
		if (name.isEmpty()) {
			return null;
		}
		String key = Fold.fold(name);
		if (this.organisationIds.containsKey(key)) {
			String id = this.organisationIds.get(key);
			if (id != null && this.organisations.containsKey(id)) {
				this.organisations.computeIfPresent(id, (k, o) -> withEvidence(o, evidence));
			}
			return id;
		}
		Resolution resolution = this.resolver.organisation(name);
		String id;
		if (resolution.outcome() == Resolution.Outcome.LINKED) {
			id = resolution.id();
			java.util.regex.Matcher bracketed = EntityResolver.ABBREVIATED.matcher(name);
			ImportRegistry.Known known = this.registry.organisation(id).orElseThrow();
			List<String> aliases = new ArrayList<>();
			if (known.names().stream().noneMatch(n -> Fold.fold(n).equals(key)) && !name.contains("/")) {
				// the paper writes it differently (OCR, abbreviation): keep that form as an alias
				aliases.add(name);
			}
			if (bracketed.matches()) {
				// the paper may go on to call it by its abbreviation alone ("eHelse"): the same organisation
				String abbreviation = bracketed.group(2).strip();
				this.organisationIds.putIfAbsent(Fold.fold(abbreviation), id);
				if (known.names().stream().noneMatch(n -> Fold.fold(n).equals(Fold.fold(abbreviation)))) {
					aliases.add(abbreviation);
				}
			}
			if (!aliases.isEmpty() && !this.organisations.containsKey(id)) {
				this.organisations.put(id, new Draft.Organisation(id, known.name(), aliases, null, null,
						new ArrayList<>(List.of(evidence)), null));
			}
			// say so when a merger or rename links it to another organisation, which it is kept apart from
			this.registry.changes()
				.stream()
				.flatMap(c -> java.util.stream.Stream.concat(c.originals().stream(), c.results().stream()))
				.filter(other -> !other.equals(id))
				.distinct()
				.flatMap(other -> this.resolver.keptApart(id, other).stream())
				.forEach(apart -> this.recognised.add(new ImportReport.Item("organisation",
						"\"" + name + "\" is " + id + "; " + apart, evidence.firstLine(), evidence.lastLine())));
		}
		else if (ROLE_NOT_ORGANISATION.matcher(name).matches()) {
			this.uncertain.add(new ImportReport.Item("organisation", "\"" + name
					+ "\" reads as a role, not an organisation; left out", evidence.firstLine(), evidence.lastLine()));
			this.organisationIds.put(key, null);
			return null;
		}
		else {
			String comment = proposal(resolution);
			java.util.regex.Matcher bracketed = EntityResolver.ABBREVIATED.matcher(name);
			if (bracketed.matches()) {
				// "Direktoratet for forvaltning og IKT (Difi)": one organisation the paper may also call "Difi"
				String base = bracketed.group(1).strip();
				String abbreviation = bracketed.group(2).strip();
				id = this.organisationIds.containsKey(Fold.fold(abbreviation)) ? this.organisationIds.get(Fold.fold(abbreviation))
						: freeId(PersonNames.slug(base));
				if (id != null && !this.organisations.containsKey(id)) {
					this.organisations.put(id, new Draft.Organisation(id, base, List.of(name, abbreviation),
							OrganisationKinds.kind(base), OrganisationKinds.sector(base), new ArrayList<>(List.of(evidence)),
							comment));
				}
				this.organisationIds.putIfAbsent(Fold.fold(base), id);
				this.organisationIds.putIfAbsent(Fold.fold(abbreviation), id);
			}
			else {
				id = freeId(PersonNames.slug(name));
				this.organisations.put(id, new Draft.Organisation(id, name, List.of(), OrganisationKinds.kind(name),
						OrganisationKinds.sector(name), new ArrayList<>(List.of(evidence)), comment));
			}
		}
		this.organisationIds.put(key, id);
		record("ORGANISATION", resolution, id, evidence);
		return id;
	}

	/** The id for a person as written, in the context of an organisation, a body and a date. */
	String person(String written, String organisation, String body, LocalDate date, Quote evidence) {
		String asWritten = PaperText.clean(written);
		String name = PersonNames.repaired(asWritten);
		String key = Fold.fold(name);
		String known = this.personIds.get(key);
		if (known == null) {
			// the same person written with OCR damage elsewhere in this paper
			known = this.personIds.entrySet()
				.stream()
				.filter(e -> OcrRepair.equivalent(e.getKey(), key))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}
		if (known != null) {
			this.people.computeIfPresent(known, (k, p) -> withEvidence(p, evidence));
			this.personIds.put(key, known);
			return known;
		}
		Resolution resolution = this.resolver.person(name, organisation, body, date);
		String id;
		if (resolution.outcome() == Resolution.Outcome.LINKED) {
			id = resolution.id();
			ImportRegistry.Known person = this.registry.person(id).orElseThrow();
			if (person.names().stream().noneMatch(n -> Fold.fold(n).equals(key))) {
				this.people.put(id, new Draft.Person(id, person.name(), List.of(name), new ArrayList<>(List.of(evidence)),
						null));
			}
		}
		else {
			id = freeId(PersonNames.slug(name));
			// an OCR-damaged spelling stays as an alias, so search finds it as written
			this.people.put(id, new Draft.Person(id, name, asWritten.equals(name) ? List.of() : List.of(asWritten),
					new ArrayList<>(List.of(evidence)), proposal(resolution)));
		}
		this.personIds.put(key, id);
		record("PERSON", resolution, id, evidence);
		return id;
	}

	/** A new body named by the paper (once, however often the paper names it). */
	String newBody(String name, Quote evidence) {
		for (Draft.Body body : this.bodies.values()) {
			if (Fold.fold(body.name()).equals(Fold.fold(name)) || OcrRepair.equivalent(body.name(), name)) {
				return body.id();
			}
		}
		String id = freeId(PersonNames.slug(name));
		this.bodies.put(id, new Draft.Body(id, name, OrganisationKinds.bodyKind(name), List.of(evidence)));
		this.recognised.add(new ImportReport.Item("body", "new body \"" + name + "\" (" + id + ")",
				evidence.firstLine(), evidence.lastLine()));
		return id;
	}

	private void record(String type, Resolution resolution, String id, Quote evidence) {
		this.resolutions.add(new ImportReport.Resolved(type, resolution, id, evidence.firstLine()));
		if (resolution.outcome() == Resolution.Outcome.PROPOSED) {
			Match best = resolution.best();
			this.uncertain.add(new ImportReport.Item(type.toLowerCase(java.util.Locale.ROOT),
					"\"" + resolution.written() + "\" declared as new " + id + "; possible match: " + best.id() + " \""
							+ best.name() + "\" (score " + String.format(java.util.Locale.ROOT, "%.2f", best.score()) + ", "
							+ best.reason() + ")",
					evidence.firstLine(), evidence.lastLine()));
		}
	}

	private static String proposal(Resolution resolution) {
		Match best = resolution.best();
		return (resolution.outcome() == Resolution.Outcome.PROPOSED) ? "possible match: " + best.id() + " (score "
				+ String.format(java.util.Locale.ROOT, "%.2f", best.score()) + ", " + best.reason() + ")" : null;
	}

	private String freeId(String slug) {
		String base = slug.isEmpty() ? "ukjent" : slug;
		String id = base;
		for (int n = 2; this.registry.idTaken(id) || this.usedIds.contains(id); n++) {
			id = base + "-" + n;
		}
		this.usedIds.add(id);
		return id;
	}

	private static Draft.Organisation withEvidence(Draft.Organisation o, Quote evidence) {
		if (o.evidence().size() < 3 && o.evidence().stream().noneMatch(q -> q.text().equals(evidence.text()))) {
			o.evidence().add(evidence);
		}
		return o;
	}

	private static Draft.Person withEvidence(Draft.Person p, Quote evidence) {
		if (p.evidence().size() < 3 && p.evidence().stream().noneMatch(q -> q.text().equals(evidence.text()))) {
			p.evidence().add(evidence);
		}
		return p;
	}

	List<Draft.Organisation> organisations() {
		return List.copyOf(this.organisations.values());
	}

	List<Draft.Person> people() {
		return List.copyOf(this.people.values());
	}

	List<Draft.Body> bodies() {
		return List.copyOf(this.bodies.values());
	}

}
