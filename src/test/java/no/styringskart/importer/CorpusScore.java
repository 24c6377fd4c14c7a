package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.styringskart.shared.Fold;
import tools.jackson.databind.JsonNode;

/**
 * One paper's draft measured against an independent reading (expected.json), or the sum over papers.
 * A participant is right when name, status, role and organisation are (an organisation "-" is not scored); a sak
 * when its number (any, where the reading writes "?") and title are, a title that a run-on transcript lengthens
 * by at most four words counting as right.
 */
final class CorpusScore {

	static final String HEADER = "| Paper | meeting | participants P / R (right/drafted/expected) | saker P / R | "
			+ "fields | registry people linked / proposed / wrong | wrong merges |\n|---|---|---|---|---|---|---|\n";

	final String name;

	int papers;

	int meetingsFound;

	final Counts participants = new Counts();

	final Counts saker = new Counts();

	int fieldsRight;

	int fieldsStated;

	int registryPeople;

	int linked;

	int proposed;

	int wrongLinks;

	int wrongMerges;

	CorpusScore(String name) {
		this.name = name;
	}

	static CorpusScore of(String name, Draft draft, JsonNode reading, ImportRegistry registry, LocalDate date) {
		CorpusScore s = new CorpusScore(name);
		s.papers = 1;
		Draft.Meeting meeting = draft.meetings().stream().filter(m -> m.date().equals(date)).findFirst().orElse(null);
		s.meetingsFound = (meeting != null) ? 1 : 0;
		List<Draft.Attendance> attendance = (meeting != null) ? meeting.attendance() : List.of();
		List<Draft.AgendaItem> agenda = (meeting != null) ? meeting.agenda() : List.of();
		JsonNode fields = reading.path("meeting");
		s.field(fields.path("time"), (meeting == null || meeting.start() == null) ? null : meeting.start() + "-" + meeting.end());
		s.field(fields.path("place"), (meeting == null) ? null : meeting.place());
		Map<String, String> personOf = new HashMap<>();
		s.participants.drafted = attendance.size();
		for (JsonNode p : reading.path("participants")) {
			s.participants.expected++;
			Draft.Attendance a = attendance.stream().filter(x -> samePerson(x.person(), p, draft, registry)).findFirst()
				.orElse(null);
			String registryId = p.path("registry").isNull() ? null : p.path("registry").asString();
			if (registryId != null) {
				s.registryPeople++;
				if (a != null && a.person().equals(registryId)) {
					s.linked++;
				}
				else if (a != null && proposes(draft, a.person(), registryId)) {
					s.proposed++;
				}
			}
			if (a == null) {
				continue;
			}
			if (registry.person(a.person()).isPresent() && !a.person().equals(registryId)) {
				s.wrongLinks++;
			}
			String other = personOf.put(a.person(), p.path("name").asString());
			if (other != null && !other.equals(p.path("name").asString())) {
				s.wrongMerges++;
			}
			String status = (a.note() != null && a.note().contains("listed;")) ? "listed" : a.status();
			if (status.equals(p.path("status").asString()) && a.role().equals(p.path("role").asString())
					&& sameOrganisation(a.onBehalfOf(), p.path("org").asString(), draft, registry)) {
				s.participants.right++;
			}
		}
		s.saker.drafted = agenda.size();
		for (JsonNode sak : reading.path("saker")) {
			s.saker.expected++;
			String number = sak.path("number").asString();
			String title = sak.path("title").asString();
			if (agenda.stream().anyMatch(i -> (number.equals("?") || number.equals(i.number()))
					&& sameTitle(i.title(), title))) {
				s.saker.right++;
			}
		}
		return s;
	}

	private void field(JsonNode expected, String drafted) {
		if (!expected.isNull()) {
			this.fieldsStated++;
			if (drafted != null && Fold.fold(drafted).equals(Fold.fold(expected.asString()))) {
				this.fieldsRight++;
			}
		}
	}

	private static boolean samePerson(String id, JsonNode p, Draft draft, ImportRegistry registry) {
		String expected = Fold.fold(p.path("name").asString());
		if (id.equals(p.path("registry").asString(""))) {
			return true;
		}
		List<String> names = new ArrayList<>();
		draft.people().stream().filter(x -> x.id().equals(id)).forEach(x -> {
			names.add(x.name());
			names.addAll(x.aliases());
		});
		registry.person(id).ifPresent(k -> names.addAll(k.names()));
		return names.stream().anyMatch(n -> Fold.fold(n).equals(expected));
	}

	private static boolean proposes(Draft draft, String id, String registryId) {
		return draft.people().stream().anyMatch(p -> p.id().equals(id) && p.comment() != null
				&& p.comment().contains(registryId));
	}

	private static boolean sameOrganisation(String id, String written, Draft draft, ImportRegistry registry) {
		if (written.equals("-")) {
			return true;
		}
		if (id == null) {
			return false;
		}
		Set<String> names = new HashSet<>();
		draft.organisations().stream().filter(o -> o.id().equals(id)).forEach(o -> {
			names.add(Fold.fold(o.name()));
			o.aliases().forEach(a -> names.add(Fold.fold(a)));
		});
		registry.organisation(id).ifPresent(k -> k.names().forEach(n -> names.add(Fold.fold(n))));
		return names.contains(Fold.fold(written));
	}

	static boolean sameTitle(String drafted, String expected) {
		String d = Fold.fold(drafted);
		String e = Fold.fold(expected);
		if (d.equals(e)) {
			return true;
		}
		return d.startsWith(e) && d.substring(e.length()).strip().split(" ").length <= 4;
	}

	void add(CorpusScore s) {
		this.papers += s.papers;
		this.meetingsFound += s.meetingsFound;
		this.participants.add(s.participants);
		this.saker.add(s.saker);
		this.fieldsRight += s.fieldsRight;
		this.fieldsStated += s.fieldsStated;
		this.registryPeople += s.registryPeople;
		this.linked += s.linked;
		this.proposed += s.proposed;
		this.wrongLinks += s.wrongLinks;
		this.wrongMerges += s.wrongMerges;
	}

	double meetingShare() {
		return (double) this.meetingsFound / this.papers;
	}

	String row() {
		return String.format(Locale.ROOT, "| %s | %d/%d | %s | %s | %d/%d | %d / %d / %d of %d | %d |%n", this.name,
				this.meetingsFound, this.papers, this.participants, this.saker, this.fieldsRight, this.fieldsStated,
				this.linked, this.proposed, this.wrongLinks, this.registryPeople, this.wrongMerges);
	}

	static final class Counts {

		int right;

		int drafted;

		int expected;

		double precision() {
			return (this.drafted == 0) ? 1 : (double) this.right / this.drafted;
		}

		double recall() {
			return (this.expected == 0) ? 1 : (double) this.right / this.expected;
		}

		void add(Counts c) {
			this.right += c.right;
			this.drafted += c.drafted;
			this.expected += c.expected;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.2f / %.2f (%d/%d/%d)", precision(), recall(), this.right, this.drafted,
					this.expected);
		}

	}

}
