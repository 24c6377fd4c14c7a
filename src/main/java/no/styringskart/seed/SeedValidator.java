package no.styringskart.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import no.styringskart.seed.SeedModel.AgendaItemEntry;
import no.styringskart.shared.Fold;
import no.styringskart.seed.SeedModel.Declaration;
import no.styringskart.seed.SeedModel.MeetingEntry;
import no.styringskart.seed.SeedModel.SeedFile;

/**
 * Checks the whole seed at once and resolves it into a {@link SeedGraph}: ids well-formed and unique,
 * declarations of the same id agree, every reference points at something declared, every value is one the
 * model knows, every quote occurs in its source paper (its line range is taken from there). All problems are
 * collected; any problem means no graph.
 */
final class SeedValidator {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3])[:.][0-5]\\d");

	static final Set<String> ATTENDANCE_STATUSES = Set.of("present", "absent", "partial", "invited");

	static final Set<String> MEETING_STATUSES = Set.of("held", "planned", "cancelled");

	static final Set<String> MEMBERSHIP_ROLES = Set.of("medlem", "leder", "nestleder", "observator", "sekretariat",
			"vara", "programeier", "sekretar");

	static final Set<String> ATTENDANCE_ROLES = Set.of("medlem", "leder", "nestleder", "observator", "sekretariat",
			"gjest", "innleder", "vara", "programeier", "sekretar", "bisitter");

	/**
	 * Dependency kinds; those in {@link #INVERSE_KINDS} are stated from the provider's side (the cause, for
	 * {@code affects}), so the loader turns them around: the affected item depends on its cause.
	 */
	static final Set<String> DEPENDENCY_KINDS = Set.of("depends_on", "prerequisite_for", "delivers_to", "part_of",
			"affects", "uses_standard", "builds_on", "replaces");

	static final Set<String> INVERSE_KINDS = Set.of("prerequisite_for", "delivers_to", "affects");

	static final Set<String> BODY_RELATION_KINDS = Set.of("advises", "reports_to", "part_of", "succeeded_by",
			"secretariat_for", "prepares_for", "decides_for");

	static final Set<String> INITIATIVE_KINDS = Set.of("program", "prosjekt", "forprosjekt", "losning", "plan",
			"strategi", "tiltak", "regelverk", "komponent", "tjeneste", "modell");

	static final Set<String> PAPER_KINDS = Set.of("innkalling", "referat", "toppnotat", "saksdokument",
			"motekalender", "omtale");

	private final SeedFiles seed;

	private final List<SeedProblem> problems = new ArrayList<>();

	private final List<SeedProblem> warnings = new ArrayList<>();

	private final Quotes quotes;

	private final Map<String, SeedModel.SourceDocument> documents = new LinkedHashMap<>();

	private final Map<String, Merged> organisations = new LinkedHashMap<>();

	private final Map<String, Merged> people = new LinkedHashMap<>();

	private final Map<String, Merged> bodies = new LinkedHashMap<>();

	private final Map<String, Merged> initiatives = new LinkedHashMap<>();

	private final Map<String, Merged> standards = new LinkedHashMap<>();

	private final Map<String, String> meetingFiles = new HashMap<>();

	private final Map<String, String> agendaItemFiles = new HashMap<>();

	private final Set<String> roleIds = new HashSet<>();

	private SeedValidator(SeedFiles seed) {
		this.seed = seed;
		this.problems.addAll(seed.problems);
		this.quotes = new Quotes(this.documents, seed.texts, this.problems);
	}

	/** Validates and resolves; throws {@link InvalidSeedException} listing every problem if there is any. */
	static SeedGraph validate(SeedFiles seed) {
		return new SeedValidator(seed).run();
	}

	private SeedGraph run() {
		for (int i = 0; i < this.seed.sources.documents().size(); i++) {
			var document = this.seed.sources.documents().get(i);
			if (!checkId("sources.yaml", "documents[" + i + "].id", document.id())) {
				continue;
			}
			date("sources.yaml", "documents[" + i + "].date", document.date());
			if (this.documents.putIfAbsent(document.id(), document) != null) {
				problem("sources.yaml", "documents[" + i + "].id", "duplicate document id '" + document.id() + "'");
			}
		}
		this.seed.files.forEach(this::declare);
		this.seed.files.forEach(this::indexMeetings);
		Rows rows = new Rows();
		this.seed.files.forEach((file, content) -> resolveFacts(file, content, rows));
		SeedStatements said = new SeedStatements(this.quotes, entityKinds(), this.problems, this.warnings);
		this.seed.files.forEach(said::read);
		rows.referenced.addAll(said.referenced());
		resolveDeclarations(rows);
		if (!this.problems.isEmpty()) {
			throw new InvalidSeedException(this.problems);
		}
		return rows.toGraph(this.documents.values(), said.rows(), this.warnings);
	}

	/** The kinds of entity (organisation, meeting, document…) each declared id is; a few ids are two. */
	private Map<String, Set<String>> entityKinds() {
		Map<String, Set<String>> kinds = new HashMap<>();
		BiConsumer<java.util.Collection<String>, String> add = (ids, kind) -> ids
			.forEach(id -> kinds.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(kind));
		add.accept(this.documents.keySet(), "document");
		add.accept(this.organisations.keySet(), "organisation");
		add.accept(this.people.keySet(), "person");
		add.accept(this.bodies.keySet(), "body");
		add.accept(this.initiatives.keySet(), "initiative");
		add.accept(this.standards.keySet(), "standard");
		add.accept(this.roleIds, "role");
		add.accept(this.meetingFiles.keySet(), "meeting");
		add.accept(this.agendaItemFiles.keySet(), "agendaItem");
		this.seed.files.values()
			.forEach(file -> add.accept(file.changeEvents().stream().map(SeedModel.ChangeEventEntry::id)
				.filter(Objects::nonNull).toList(), "changeEvent"));
		return kinds;
	}

	// --- declarations -----------------------------------------------------------------------------------

	private void declare(String file, SeedFile content) {
		boolean paper = content.document() != null;
		if (paper && !this.documents.containsKey(content.document())) {
			problem(file, "document", "unknown document '" + content.document() + "' (not in sources.yaml)");
		}
		if (!paper && file.startsWith("papers/")) {
			problem(file, "document", "a paper file must name its document (an id from sources.yaml)");
		}
		declareAll(file, "organisations", content.organisations(), this.organisations, content.document());
		declareAll(file, "people", content.people(), this.people, content.document());
		declareAll(file, "bodies", content.bodies(), this.bodies, content.document());
		declareAll(file, "initiatives", content.initiatives(), this.initiatives, content.document());
		declareAll(file, "standards", content.standards(), this.standards, content.document());
		for (int i = 0; i < content.roles().size(); i++) {
			var role = content.roles().get(i);
			String path = "roles[" + i + "]";
			if (checkId(file, path + ".id", role.id()) && !this.roleIds.add(role.id())) {
				problem(file, path + ".id", "duplicate role id '" + role.id() + "'");
			}
		}
	}

	private void declareAll(String file, String section, List<? extends Declaration> entries, Map<String, Merged> into,
			String document) {
		for (int i = 0; i < entries.size(); i++) {
			Declaration entry = entries.get(i);
			String path = section + "[" + i + "]";
			if (!checkId(file, path + ".id", entry.id())) {
				continue;
			}
			if (entry.name() == null || entry.name().isBlank()) {
				problem(file, path + ".name", "name is required");
				continue;
			}
			if (document != null && entry.evidence().isEmpty()) {
				problem(file, path + ".evidence", "a declaration in a paper file needs evidence");
			}
			Merged merged = into.computeIfAbsent(entry.id(), id -> new Merged(file, path, entry));
			if (merged.first != entry) {
				merged.merge(entry, file, path, this);
			}
			merged.evidence.addAll(this.quotes.locate(file, path, entry.evidence(), document));
		}
	}

	private void indexMeetings(String file, SeedFile content) {
		for (int i = 0; i < content.meetings().size(); i++) {
			MeetingEntry meeting = content.meetings().get(i);
			String path = "meetings[" + i + "]";
			if (checkId(file, path + ".id", meeting.id())) {
				String earlier = this.meetingFiles.putIfAbsent(meeting.id(), file);
				if (earlier != null) {
					problem(file, path + ".id", "duplicate meeting id '" + meeting.id() + "' (also in " + earlier + ")");
				}
			}
			for (int j = 0; j < meeting.agenda().size(); j++) {
				AgendaItemEntry item = meeting.agenda().get(j);
				String itemPath = path + ".agenda[" + j + "].id";
				if (checkId(file, itemPath, item.id())) {
					String earlier = this.agendaItemFiles.putIfAbsent(item.id(), file);
					if (earlier != null) {
						problem(file, itemPath, "duplicate agenda item id '" + item.id() + "' (also in " + earlier + ")");
					}
				}
			}
		}
	}

	private void resolveDeclarations(Rows rows) {
		this.organisations.forEach((id, m) -> {
			var first = (SeedModel.OrganisationEntry) m.first;
			Map<String, Object> row = m.row();
			row.put("kind", m.attribute("kind", e -> ((SeedModel.OrganisationEntry) e).kind()));
			row.put("sector", m.attribute("sector", e -> ((SeedModel.OrganisationEntry) e).sector()));
			String parent = m.attribute("parent", e -> ((SeedModel.OrganisationEntry) e).parent());
			row.put("parent", reference(m.file, m.path + ".parent", parent, this.organisations, "organisation"));
			rows.organisations.add(row);
			Objects.requireNonNull(first);
		});
		this.people.forEach((id, m) -> rows.people.add(m.row()));
		this.bodies.forEach((id, m) -> {
			Map<String, Object> row = m.row();
			row.put("kind", m.attribute("kind", e -> ((SeedModel.BodyEntry) e).kind()));
			row.put("model", m.attribute("model", e -> ((SeedModel.BodyEntry) e).model()));
			String owner = m.attribute("owner", e -> ((SeedModel.BodyEntry) e).owner());
			row.put("owner", reference(m.file, m.path + ".owner", owner, this.organisations, "organisation"));
			rows.bodies.add(row);
		});
		this.initiatives.forEach((id, m) -> {
			Map<String, Object> row = m.row();
			String kind = m.attribute("kind", e -> ((SeedModel.InitiativeEntry) e).kind());
			if (kind != null && !INITIATIVE_KINDS.contains(kind)) {
				this.warnings.add(new SeedProblem(m.file, m.path + ".kind",
						"'" + kind + "' is not one of " + new java.util.TreeSet<>(INITIATIVE_KINDS)));
			}
			row.put("kind", kind);
			row.put("period", m.attribute("period", e -> ((SeedModel.InitiativeEntry) e).period()));
			row.put("status", m.attribute("status", e -> ((SeedModel.InitiativeEntry) e).status()));
			String owner = m.attribute("owner", e -> ((SeedModel.InitiativeEntry) e).owner());
			row.put("owner", reference(m.file, m.path + ".owner", owner, this.organisations, "organisation"));
			String partOf = m.attribute("partOf", e -> ((SeedModel.InitiativeEntry) e).partOf());
			row.put("partOf", reference(m.file, m.path + ".partOf", partOf, this.initiatives, "initiative"));
			rows.initiatives.add(row);
		});
		this.standards.forEach((id, m) -> {
			Map<String, Object> row = m.row();
			row.put("kind", m.attribute("kind", e -> ((SeedModel.StandardEntry) e).kind()));
			String sdo = m.attribute("sdo", e -> ((SeedModel.StandardEntry) e).sdo());
			row.put("sdo", reference(m.file, m.path + ".sdo", sdo, this.organisations, "organisation"));
			rows.standards.add(row);
		});
		for (Map<String, Merged> registry : List.of(this.organisations, this.people, this.bodies, this.initiatives,
				this.standards)) {
			registry.forEach((id, m) -> {
				if (m.evidence.isEmpty() && !rows.referenced.contains(id)) {
					problem(m.file, m.path, "'" + id + "' has no evidence and no fact refers to it");
				}
			});
		}
	}

	// --- facts ------------------------------------------------------------------------------------------

	private void resolveFacts(String file, SeedFile content, Rows rows) {
		String document = content.document();
		if (document == null) {
			if (!content.memberships().isEmpty() || !content.meetings().isEmpty()
					|| !content.dependencies().isEmpty()) {
				problem(file, "document", "facts (memberships, meetings, dependencies) belong in a paper file");
			}
			for (int i = 0; i < content.people().size(); i++) {
				titles(file, "people[" + i + "]", content.people().get(i), null, rows);
			}
			return;
		}
		for (int i = 0; i < content.people().size(); i++) {
			titles(file, "people[" + i + "]", content.people().get(i), document, rows);
		}
		for (int i = 0; i < content.memberships().size(); i++) {
			var m = content.memberships().get(i);
			String path = "memberships[" + i + "]";
			String person = reference(file, path + ".person", required(file, path + ".person", m.person()), this.people,
					"person", rows);
			String body = reference(file, path + ".body", required(file, path + ".body", m.body()), this.bodies, "body",
					rows);
			String onBehalfOf = reference(file, path + ".onBehalfOf", m.onBehalfOf(), this.organisations,
					"organisation", rows);
			String replaces = reference(file, path + ".replaces", m.replaces(), this.people, "person", rows);
			oneOf(file, path + ".role", m.role(), MEMBERSHIP_ROLES);
			LocalDate from = date(file, path + ".from", m.from());
			LocalDate to = date(file, path + ".to", m.to());
			if (from != null && to != null && to.isBefore(from)) {
				problem(file, path + ".to", "ends (" + to + ") before it starts (" + from + ")");
			}
			Map<String, Object> row = this.quotes.fact(file, path, m.evidence(), document);
			row.put("id", "membership-" + String.join("-", String.valueOf(person), String.valueOf(body),
					String.valueOf(m.role()), String.valueOf(onBehalfOf), String.valueOf(m.from()), document,
					String.valueOf(i)));
			row.put("person", person);
			row.put("body", body);
			row.put("role", m.role());
			row.put("onBehalfOf", onBehalfOf);
			row.put("from", from);
			row.put("to", to);
			row.put("replaces", replaces);
			row.put("observedOn", documentDate(document));
			rows.memberships.add(row);
		}
		for (int i = 0; i < content.meetings().size(); i++) {
			meeting(file, "meetings[" + i + "]", content.meetings().get(i), document, rows);
		}
		for (int i = 0; i < content.dependencies().size(); i++) {
			var d = content.dependencies().get(i);
			String path = "dependencies[" + i + "]";
			String from = dependencyEnd(file, path + ".from", d.from(), rows);
			String to = dependencyEnd(file, path + ".to", d.to(), rows);
			oneOf(file, path + ".kind", d.kind(), DEPENDENCY_KINDS);
			if (from != null && from.equals(to)) {
				problem(file, path, "an initiative cannot depend on itself");
			}
			boolean inverse = INVERSE_KINDS.contains(d.kind());
			Map<String, Object> row = this.quotes.fact(file, path, d.evidence(), document);
			row.put("dependent", inverse ? to : from);
			row.put("dependency", inverse ? from : to);
			row.put("kind", d.kind());
			row.put("statedFrom", from);
			row.put("statedTo", to);
			row.put("note", d.note());
			rows.dependencies.add(row);
		}
		for (int i = 0; i < content.bodyRelations().size(); i++) {
			var r = content.bodyRelations().get(i);
			String path = "bodyRelations[" + i + "]";
			String from = reference(file, path + ".from", required(file, path + ".from", r.from()), this.bodies, "body",
					rows);
			String to = bodyOrOrganisation(file, path + ".to", required(file, path + ".to", r.to()), rows);
			oneOf(file, path + ".kind", r.kind(), BODY_RELATION_KINDS);
			Map<String, Object> row = this.quotes.fact(file, path, r.evidence(), document);
			row.put("from", from);
			row.put("to", to);
			row.put("type", (r.kind() == null) ? null : r.kind().toUpperCase());
			row.put("toOrganisation", to != null && !this.bodies.containsKey(to));
			rows.bodyRelations.add(row);
		}
		for (int i = 0; i < content.standardAdoptions().size(); i++) {
			var a = content.standardAdoptions().get(i);
			String path = "standardAdoptions[" + i + "]";
			String standard = reference(file, path + ".standard", required(file, path + ".standard", a.standard()),
					this.standards, "standard", rows);
			Map<String, Object> row = this.quotes.fact(file, path, a.evidence(), document);
			row.put("id", "adoption-" + document + "-" + i);
			row.put("standard", standard);
			row.put("level", required(file, path + ".level", a.level()));
			row.put("year", a.year());
			row.put("status", a.status());
			row.put("scope", a.scope());
			rows.adoptions.add(row);
		}
		for (int i = 0; i < content.changeEvents().size(); i++) {
			var c = content.changeEvents().get(i);
			String path = "changeEvents[" + i + "]";
			Map<String, Object> row = this.quotes.fact(file, path, c.evidence(), document);
			checkId(file, path + ".id", c.id());
			row.put("id", c.id());
			row.put("kind", required(file, path + ".kind", c.kind()));
			row.put("date", date(file, path + ".date", c.date()));
			row.put("subjectType", c.subjectType());
			if (c.originals().isEmpty() && !"establishment".equals(c.kind())) {
				problem(file, path + ".originals", "only an establishment has no original");
			}
			row.put("originals", changeSubjects(file, path + ".originals", c.originals(), rows));
			if (c.results().isEmpty()) {
				problem(file, path + ".results", "at least one resulting organisation, body or initiative is required");
			}
			row.put("results", changeSubjects(file, path + ".results", c.results(), rows));
			rows.changeEvents.add(row);
		}
		for (int i = 0; i < content.roles().size(); i++) {
			var r = content.roles().get(i);
			String path = "roles[" + i + "]";
			Map<String, Object> row = this.quotes.fact(file, path, r.evidence(), document);
			row.put("id", r.id());
			row.put("name", required(file, path + ".name", r.name()));
			row.put("kind", r.kind());
			row.put("description", r.description());
			List<String> heldBy = new ArrayList<>();
			for (int j = 0; j < r.heldBy().size(); j++) {
				heldBy.add(bodyOrOrganisation(file, path + ".heldBy[" + j + "]", r.heldBy().get(j), rows));
			}
			row.put("heldBy", heldBy);
			rows.roles.add(row);
		}
	}

	private void titles(String file, String path, SeedModel.PersonEntry person, String document, Rows rows) {
		for (int j = 0; j < person.titles().size(); j++) {
			var title = person.titles().get(j);
			String titlePath = path + ".titles[" + j + "]";
			Map<String, Object> row = (document != null) ? this.quotes.fact(file, titlePath, title.evidence(), document)
					: Quotes.row(this.quotes.locate(file, titlePath, title.evidence(), null));
			row.put("person", person.id());
			row.put("title", required(file, titlePath + ".title", title.title()));
			row.put("organisation",
					reference(file, titlePath + ".organisation", title.organisation(), this.organisations, "organisation",
							rows));
			rows.titles.add(row);
		}
	}

	private void meeting(String file, String path, MeetingEntry meeting, String document, Rows rows) {
		String body = reference(file, path + ".body", required(file, path + ".body", meeting.body()), this.bodies, "body",
				rows);
		oneOf(file, path + ".status", meeting.status(), MEETING_STATUSES);
		time(file, path + ".start", meeting.start());
		time(file, path + ".end", meeting.end());
		for (int k = 0; k < meeting.papers().size(); k++) {
			oneOf(file, path + ".papers[" + k + "]", meeting.papers().get(k), PAPER_KINDS);
		}
		LocalDate date = date(file, path + ".date", required(file, path + ".date", meeting.date()));
		Map<String, Object> row = this.quotes.fact(file, path, meeting.evidence(), document);
		row.put("id", meeting.id());
		row.put("body", body);
		row.put("number", meeting.number());
		row.put("date", date);
		row.put("start", meeting.start());
		row.put("end", meeting.end());
		row.put("place", meeting.place());
		row.put("status", meeting.status());
		row.put("papers", meeting.papers());
		row.put("document", document);
		rows.meetings.add(row);
		Set<String> attendees = new HashSet<>();
		for (int j = 0; j < meeting.attendance().size(); j++) {
			var a = meeting.attendance().get(j);
			String aPath = path + ".attendance[" + j + "]";
			String person = reference(file, aPath + ".person", required(file, aPath + ".person", a.person()), this.people,
					"person", rows);
			if (person != null && !attendees.add(person)) {
				problem(file, aPath + ".person", "'" + person + "' is listed twice for meeting " + meeting.id());
			}
			oneOf(file, aPath + ".status", a.status(), ATTENDANCE_STATUSES);
			oneOf(file, aPath + ".role", a.role(), ATTENDANCE_ROLES);
			Map<String, Object> attendance = this.quotes.fact(file, aPath, a.evidence(), document);
			attendance.put("id", "attendance-" + meeting.id() + "-" + person);
			attendance.put("meeting", meeting.id());
			attendance.put("person", person);
			attendance.put("onBehalfOf",
					reference(file, aPath + ".onBehalfOf", a.onBehalfOf(), this.organisations, "organisation", rows));
			attendance.put("role", a.role());
			attendance.put("status", a.status());
			attendance.put("note", a.note());
			rows.attendance.add(attendance);
		}
		for (int j = 0; j < meeting.agenda().size(); j++) {
			agendaItem(file, path + ".agenda[" + j + "]", meeting, meeting.agenda().get(j), document, rows);
		}
	}

	private void agendaItem(String file, String path, MeetingEntry meeting, AgendaItemEntry item, String document,
			Rows rows) {
		time(file, path + ".time", item.time());
		Map<String, Object> row = this.quotes.fact(file, path, item.evidence(), document);
		row.put("id", item.id());
		row.put("meeting", meeting.id());
		row.put("number", item.number());
		row.put("order", item.order());
		row.put("title", required(file, path + ".title", item.title()));
		row.put("type", item.type());
		row.put("time", item.time());
		row.put("proposedDecision", item.proposedDecision());
		row.put("decision", item.decision());
		row.put("summary", item.summary());
		row.put("attachments", item.attachments());
		row.put("searchKey", Fold.fold(String.join(" ", java.util.Arrays.asList(item.number(), item.title(),
				item.proposedDecision(), item.decision(), item.summary()).stream().filter(Objects::nonNull).toList())));
		// lists of saker sort by meeting date, then agenda position
		row.put("sortKey", meeting.date() + "#" + String.format("%03d", (item.order() != null) ? item.order() : 0));
		rows.agendaItems.add(row);
		links(file, path + ".presenters", item, item.presenters(), this.people, "person", "PRESENTED_BY", "Person", rows);
		links(file, path + ".presentingOrganisations", item, item.presentingOrganisations(), this.organisations,
				"organisation", "PRESENTED_BY", "Organisation", rows);
		links(file, path + ".caseOfficers", item, item.caseOfficers(), this.people, "person", "CASE_OFFICER", "Person",
				rows);
		links(file, path + ".initiatives", item, item.initiatives(), this.initiatives, "initiative", "CONCERNS",
				"Initiative", rows);
		links(file, path + ".standards", item, item.standards(), this.standards, "standard", "CONCERNS", "Standard",
				rows);
		for (int k = 0; k < item.organisations().size(); k++) {
			// a sak may concern a body (NUFA, NUIT) as well as an organisation
			String target = bodyOrOrganisation(file, path + ".organisations[" + k + "]", item.organisations().get(k), rows);
			if (target != null) {
				rows.agendaLinks.add(link(item.id(), target, "CONCERNS",
						this.bodies.containsKey(target) ? "Body" : "Organisation"));
			}
		}
		for (int k = 0; k < item.refersTo().size(); k++) {
			String target = item.refersTo().get(k);
			if (!this.agendaItemFiles.containsKey(target)) {
				problem(file, path + ".refersTo[" + k + "]", "unknown agenda item '" + target + "'");
				continue;
			}
			rows.agendaLinks.add(link(item.id(), target, "REFERS_TO", "AgendaItem"));
		}
	}

	private void links(String file, String path, AgendaItemEntry item, List<String> targets, Map<String, Merged> pool,
			String what, String type, String label, Rows rows) {
		for (int k = 0; k < targets.size(); k++) {
			String target = reference(file, path + "[" + k + "]", targets.get(k), pool, what, rows);
			if (target != null) {
				rows.agendaLinks.add(link(item.id(), target, type, label));
			}
		}
	}

	private static Map<String, Object> link(String item, String target, String type, String label) {
		Map<String, Object> row = new HashMap<>();
		row.put("item", item);
		row.put("target", target);
		row.put("type", type);
		row.put("label", label);
		return row;
	}

	private String dependencyEnd(String file, String path, String id, Rows rows) {
		if (required(file, path, id) == null) {
			return null;
		}
		if (this.initiatives.containsKey(id) || this.standards.containsKey(id)) {
			rows.referenced.add(id);
			return id;
		}
		problem(file, path, "unknown initiative or standard '" + id + "'");
		return null;
	}

	private String bodyOrOrganisation(String file, String path, String id, Rows rows) {
		if (id == null) {
			return null;
		}
		if (this.bodies.containsKey(id) || this.organisations.containsKey(id)) {
			rows.referenced.add(id);
			return id;
		}
		problem(file, path, "unknown body or organisation '" + id + "'");
		return null;
	}

	private List<String> changeSubjects(String file, String path, List<String> ids, Rows rows) {
		List<String> resolved = new ArrayList<>();
		for (int k = 0; k < ids.size(); k++) {
			String id = ids.get(k);
			if (this.organisations.containsKey(id) || this.bodies.containsKey(id) || this.initiatives.containsKey(id)) {
				rows.referenced.add(id);
				resolved.add(id);
			}
			else {
				problem(file, path + "[" + k + "]", "unknown organisation, body or initiative '" + id + "'");
			}
		}
		return resolved;
	}

	// --- small checks -----------------------------------------------------------------------------------

	private boolean checkId(String file, String path, String id) {
		if (id == null || !ID.matcher(id).matches()) {
			problem(file, path, "id '" + id + "' must be a lower-case slug like 'helse-sor-ost-rhf'");
			return false;
		}
		return true;
	}

	private String required(String file, String path, String value) {
		if (value == null || value.isBlank()) {
			problem(file, path, "is required");
			return null;
		}
		return value;
	}

	private void oneOf(String file, String path, String value, Set<String> allowed) {
		if (value == null) {
			problem(file, path, "is required (one of " + new java.util.TreeSet<>(allowed) + ")");
		}
		else if (!allowed.contains(value)) {
			problem(file, path, "'" + value + "' is not one of " + new java.util.TreeSet<>(allowed));
		}
	}

	private LocalDate documentDate(String document) {
		SeedModel.SourceDocument source = this.documents.get(document);
		return (source == null || source.date() == null) ? null : LocalDate.parse(source.date());
	}

	private LocalDate date(String file, String path, String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(file, path, "'" + value + "' is not a date like 2021-03-18");
			return null;
		}
	}

	private void time(String file, String path, String value) {
		if (value != null && !TIME.matcher(value).matches()) {
			problem(file, path, "'" + value + "' is not a time like \"10:00\"");
		}
	}

	private String reference(String file, String path, String id, Map<String, Merged> pool, String what) {
		return reference(file, path, id, pool, what, null);
	}

	private String reference(String file, String path, String id, Map<String, Merged> pool, String what, Rows rows) {
		if (id == null) {
			return null;
		}
		if (!pool.containsKey(id)) {
			problem(file, path, "unknown " + what + " '" + id + "'");
			return null;
		}
		if (rows != null) {
			rows.referenced.add(id);
		}
		return id;
	}

	void problem(String file, String path, String message) {
		this.problems.add(new SeedProblem(file, path, message));
	}

}
