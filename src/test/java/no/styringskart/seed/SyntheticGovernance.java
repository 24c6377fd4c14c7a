package no.styringskart.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import no.styringskart.shared.Fold;

/**
 * A deterministic synthetic governance graph at a scale factor of the real seed, for benchmarks: the real seed
 * itself (so every real id and question still works) plus {@code scale - 1} synthetic "regions", each about the
 * size of the real seed, with the same labels and relationship types. A region has bodies of 15–30 members
 * acting for organisations, about one meeting per body with attendance and 8–15 saker, initiatives in
 * dependency chains with a cycle, and standards with adoptions. Regions share some people (who then bridge
 * bodies) and link a few initiatives to the real ones, as new programmes build on TAG or NILAR.
 */
final class SyntheticGovernance {

	private static final String[] GIVEN = { "Anne", "Bjørn", "Camilla", "Dag", "Eli", "Frode", "Guro", "Hans", "Ingrid",
			"Jon", "Kari", "Lars", "Marit", "Nils", "Ola", "Per", "Ragnhild", "Siri", "Tor", "Unni", "Vidar", "Åse",
			"Øystein", "Hilde", "Geir", "Tone", "Kjetil", "Liv", "Arne", "Berit" };

	private static final String[] FAMILY = { "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
			"Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
			"Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen",
			"Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen",
			"Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie" };

	private static final String[] ORG_KINDS = { "hf", "kommune", "direktorat", "etat", "profesjonsforening", "institutt" };

	private static final String[] SECTORS = { "spesialisthelsetjeneste", "kommune", "stat", "stat", "profesjon", "stat" };

	private static final String[] BODY_KINDS = { "utvalg", "styre", "rad", "programstyre", "arbeidsgruppe", "forum" };

	private static final String[] SAKSTYPER = { "Drøfting", "Orientering", "Beslutning", "Godkjenning", "Tilslutning",
			"Innspill" };

	private static final String[] TOPICS = { "samhandling", "kjernejournal", "pasientens legemiddelliste", "prøvesvar",
			"helsenorge", "informasjonssikkerhet", "felles grunnmur", "velferdsteknologi", "helsedata", "terminologi",
			"digital hjemmeoppfølging", "strategi", "porteføljestyring", "finansiering", "arkitektur" };

	private static final String[] DEPENDENCY_KINDS = { "depends_on", "builds_on", "uses", "affects" };

	private static final int BODIES_PER_REGION = 30;

	private static final int PEOPLE_PER_REGION = 100;

	private static final int ORGANISATIONS_PER_REGION = 75;

	private static final int INITIATIVES_PER_REGION = 140;

	private static final int STANDARDS_PER_REGION = 13;

	private SyntheticGovernance() {
	}

	/** The real seed grown to {@code scale} times its size; the same scale and random seed give the same graph. */
	static SeedGraph grow(SeedGraph real, int scale, long randomSeed) {
		Rows rows = new Rows(real);
		Random random = new Random(randomSeed);
		List<String> realInitiatives = real.initiatives().stream().map(r -> (String) r.get("id")).toList();
		for (int region = 1; region < scale; region++) {
			region(rows, region, random, realInitiatives);
		}
		return rows.graph();
	}

	private static void region(Rows rows, int region, Random random, List<String> realInitiatives) {
		String doc = "synthetic-" + region;
		Map<String, Object> document = new HashMap<>();
		document.put("id", doc);
		document.put("title", "Synthetic meeting papers, region " + region);
		document.put("kind", "synthetic");
		document.put("publisher", null);
		rows.documents.add(document);

		List<String> organisations = new ArrayList<>();
		for (int o = 0; o < ORGANISATIONS_PER_REGION; o++) {
			int kind = random.nextInt(ORG_KINDS.length);
			String name = capitalise(TOPICS[random.nextInt(TOPICS.length)]) + " " + ORG_KINDS[kind].toUpperCase() + " " + region + "-" + o;
			Map<String, Object> row = entity(doc, "org-" + region + "-" + o, name);
			row.put("kind", ORG_KINDS[kind]);
			row.put("sector", SECTORS[kind]);
			row.put("parent", null);
			rows.organisations.add(row);
			organisations.add((String) row.get("id"));
		}

		List<String> people = new ArrayList<>();
		for (int p = 0; p < PEOPLE_PER_REGION; p++) {
			String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)] + " " + region + "-" + p;
			Map<String, Object> row = entity(doc, "person-" + region + "-" + p, name);
			rows.people.add(row);
			people.add((String) row.get("id"));
		}
		// a few people from the previous region also sit here, so bodies overlap across regions
		List<String> pool = new ArrayList<>(people);
		pool.addAll(rows.recentPeople);
		rows.recentPeople = people.subList(0, 10);

		List<String> bodies = new ArrayList<>();
		for (int b = 0; b < BODIES_PER_REGION; b++) {
			String id = "body-" + region + "-" + b;
			String kind = BODY_KINDS[random.nextInt(BODY_KINDS.length)];
			Map<String, Object> row = entity(doc, id, capitalise(kind) + " for " + TOPICS[random.nextInt(TOPICS.length)] + " " + region + "-" + b);
			row.put("kind", kind);
			row.put("model", null);
			row.put("owner", organisations.get(random.nextInt(organisations.size())));
			rows.bodies.add(row);
			bodies.add(id);

			Set<String> members = new LinkedHashSet<>();
			int size = 15 + random.nextInt(16);
			while (members.size() < size) {
				members.add(pool.get(random.nextInt(pool.size())));
			}
			Map<String, String> actingFor = new HashMap<>();
			int seat = 0;
			for (String person : members) {
				String organisation = organisations.get(random.nextInt(organisations.size()));
				actingFor.put(person, organisation);
				Map<String, Object> m = fact(doc);
				m.put("id", "membership-" + person + "-" + id);
				m.put("person", person);
				m.put("body", id);
				m.put("role", (seat++ == 0) ? "leder" : "medlem");
				m.put("onBehalfOf", organisation);
				m.put("from", null);
				m.put("to", null);
				m.put("replaces", null);
				m.put("observedOn", LocalDate.of(2020 + region % 6, 1, 1));
				rows.memberships.add(m);
			}
			int meetings = random.nextInt(3); // 0, 1 or 2: about one per body, as in the real seed
			for (int k = 0; k < meetings; k++) {
				LocalDate date = LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
				String meeting = id + "-" + date + "-" + k;
				Map<String, Object> mt = fact(doc);
				mt.put("id", meeting);
				mt.put("body", id);
				mt.put("number", (k + 1) + "/" + date.getYear());
				mt.put("date", date);
				mt.put("start", "10:00");
				mt.put("end", "15:00");
				mt.put("place", "Oslo");
				mt.put("status", "held");
				mt.put("papers", List.of("innkalling", "referat"));
				mt.put("document", doc);
				rows.meetings.add(mt);
				for (String person : members) {
					Map<String, Object> a = fact(doc);
					a.put("id", "attendance-" + meeting + "-" + person);
					a.put("meeting", meeting);
					a.put("person", person);
					a.put("onBehalfOf", actingFor.get(person));
					a.put("role", "medlem");
					a.put("status", random.nextInt(100) < 85 ? "present" : "absent");
					a.put("note", null);
					rows.attendance.add(a);
				}
				int saker = 8 + random.nextInt(8);
				for (int s = 1; s <= saker; s++) {
					String topic = TOPICS[random.nextInt(TOPICS.length)];
					String number = s + "/" + (date.getYear() % 100);
					String title = capitalise(topic) + ": status og videre arbeid";
					Map<String, Object> item = fact(doc);
					item.put("id", meeting + "-sak-" + s);
					item.put("meeting", meeting);
					item.put("number", number);
					item.put("order", s);
					item.put("title", title);
					item.put("type", SAKSTYPER[random.nextInt(SAKSTYPER.length)]);
					item.put("time", null);
					item.put("proposedDecision", null);
					String decision = random.nextBoolean() ? "Utvalget tar saken om " + topic + " til orientering." : null;
					item.put("decision", decision);
					item.put("summary", null);
					item.put("attachments", List.of());
					item.put("searchKey", Fold.fold(number + " " + title + " " + (decision == null ? "" : decision)));
					item.put("sortKey", date + "#" + String.format("%03d", s));
					rows.agendaItems.add(item);
					if (random.nextInt(4) == 0) {
						rows.agendaLinks.add(link((String) item.get("id"), members.iterator().next(), "PRESENTED_BY", "Person"));
					}
				}
			}
		}

		List<String> standards = new ArrayList<>();
		for (int s = 0; s < STANDARDS_PER_REGION; s++) {
			Map<String, Object> row = entity(doc, "standard-" + region + "-" + s, "Standard " + region + "-" + s);
			row.put("kind", "standard");
			row.put("sdo", organisations.get(random.nextInt(organisations.size())));
			rows.standards.add(row);
			standards.add((String) row.get("id"));
			Map<String, Object> adoption = fact(doc);
			adoption.put("id", "adoption-" + region + "-" + s);
			adoption.put("standard", row.get("id"));
			adoption.put("level", random.nextBoolean() ? "anbefalt" : "obligatorisk");
			adoption.put("year", 2018 + random.nextInt(8));
			adoption.put("status", "decided");
			adoption.put("scope", null);
			rows.adoptions.add(adoption);
		}

		// initiatives in chains: each builds on one or two earlier ones of its region; one back edge makes a cycle
		List<String> initiatives = new ArrayList<>();
		for (int i = 0; i < INITIATIVES_PER_REGION; i++) {
			String id = "initiative-" + region + "-" + i;
			Map<String, Object> row = entity(doc, id, capitalise(TOPICS[random.nextInt(TOPICS.length)]) + " tiltak " + region + "-" + i);
			row.put("kind", (i % 20 == 0) ? "program" : "prosjekt");
			row.put("period", null);
			row.put("status", null);
			row.put("owner", organisations.get(random.nextInt(organisations.size())));
			row.put("partOf", (i % 20 == 0) ? null : "initiative-" + region + "-" + (i / 20 * 20));
			rows.initiatives.add(row);
			if (i > 0) {
				rows.dependencies.add(dependency(doc, id, initiatives.get(random.nextInt(Math.min(i, 10)) + Math.max(0, i - 10)),
						DEPENDENCY_KINDS[random.nextInt(DEPENDENCY_KINDS.length)]));
			}
			if (i > 0 && random.nextBoolean()) {
				rows.dependencies.add(dependency(doc, id, standards.get(random.nextInt(standards.size())), "uses"));
			}
			initiatives.add(id);
		}
		rows.dependencies.add(dependency(doc, initiatives.get(5), initiatives.get(60), "affects"));
		rows.dependencies.add(dependency(doc, initiatives.get(0), realInitiatives.get(random.nextInt(realInitiatives.size())), "builds_on"));
	}

	private static Map<String, Object> entity(String doc, String id, String name) {
		Map<String, Object> row = fact(doc);
		row.put("id", id);
		row.put("name", name);
		row.put("aliases", List.of());
		row.put("sources", List.of(doc));
		row.put("searchKey", Fold.fold(name));
		return row;
	}

	private static Map<String, Object> fact(String doc) {
		Map<String, Object> row = new HashMap<>();
		row.put("evidenceDocuments", List.of(doc));
		row.put("evidenceQuotes", List.of("synthetic"));
		row.put("evidenceLines", List.of("1-1"));
		return row;
	}

	private static Map<String, Object> dependency(String doc, String dependent, String dependency, String kind) {
		Map<String, Object> row = fact(doc);
		row.put("dependent", dependent);
		row.put("dependency", dependency);
		row.put("kind", kind);
		row.put("statedFrom", dependent);
		row.put("statedTo", dependency);
		row.put("note", null);
		return row;
	}

	private static Map<String, Object> link(String item, String target, String type, String label) {
		Map<String, Object> row = new HashMap<>();
		row.put("item", item);
		row.put("target", target);
		row.put("type", type);
		row.put("label", label);
		return row;
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** Mutable copies of the real seed's rows, to which regions are added. */
	private static final class Rows {

		final List<Map<String, Object>> documents, organisations, people, titles, bodies, initiatives, standards,
				memberships, meetings, attendance, agendaItems, agendaLinks, dependencies, bodyRelations, adoptions,
				changeEvents, roles;

		List<String> recentPeople = List.of();

		Rows(SeedGraph real) {
			this.documents = new ArrayList<>(real.documents());
			this.organisations = new ArrayList<>(real.organisations());
			this.people = new ArrayList<>(real.people());
			this.titles = new ArrayList<>(real.titles());
			this.bodies = new ArrayList<>(real.bodies());
			this.initiatives = new ArrayList<>(real.initiatives());
			this.standards = new ArrayList<>(real.standards());
			this.memberships = new ArrayList<>(real.memberships());
			this.meetings = new ArrayList<>(real.meetings());
			this.attendance = new ArrayList<>(real.attendance());
			this.agendaItems = new ArrayList<>(real.agendaItems());
			this.agendaLinks = new ArrayList<>(real.agendaLinks());
			this.dependencies = new ArrayList<>(real.dependencies());
			this.bodyRelations = new ArrayList<>(real.bodyRelations());
			this.adoptions = new ArrayList<>(real.adoptions());
			this.changeEvents = new ArrayList<>(real.changeEvents());
			this.roles = new ArrayList<>(real.roles());
		}

		SeedGraph graph() {
			return new SeedGraph(this.documents, this.organisations, this.people, this.titles, this.bodies,
					this.initiatives, this.standards, this.memberships, this.meetings, this.attendance, this.agendaItems,
					this.agendaLinks, this.dependencies, this.bodyRelations, this.adoptions, this.changeEvents, this.roles,
					SeedGraph.StatementRows.NONE, List.of());
		}

	}

}
