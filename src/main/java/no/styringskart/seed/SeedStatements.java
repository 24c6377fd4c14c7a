package no.styringskart.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import no.styringskart.seed.SeedModel.DateEntry;
import no.styringskart.seed.SeedModel.Evidence;
import no.styringskart.seed.SeedModel.InvolvementEntry;
import no.styringskart.seed.SeedModel.SeedFile;
import no.styringskart.seed.SeedModel.StatementEntry;
import no.styringskart.shared.Fold;

/**
 * Checks what the papers say (the {@code statements} and {@code involvements} of paper files) and resolves it into
 * rows for the writer: ids unique across the whole seed, kinds and roles known, every reference pointing at an entity
 * of a type it may point at, every quote found in its paper, milestones with each stated date and its own passage.
 * Mistakes are problems (the seed is rejected); an over-long quote, an ambiguous id or a value outside the agreed
 * format that does not stop the graph from being built is a warning.
 */
final class SeedStatements {

	static final Set<String> KINDS = Set.of("criterion", "alternative", "issue", "reason", "position", "input",
			"recommendation", "action-point", "risk", "figure", "milestone", "goal", "finding", "fact", "proposal",
			"decision", "question", "description");

	static final Set<String> ROLES = Set.of("owner", "coordinator", "participant", "pilot-site", "competent-authority",
			"affiliated-entity", "treated-by", "anchored-in", "informed", "responsible", "supplier", "funder", "user",
			"contributor");

	static final Set<String> DATE_KINDS = Set.of("planned", "revised", "actual");

	/** A statement is one fact: a quote longer than this is probably a paragraph. */
	static final int LONG_QUOTE = 400;

	/** Node label of each kind of entity, in the order an id declared as several kinds resolves to. */
	static final Map<String, String> LABELS = labels();

	private static final Set<String> ABOUT = Set.of("agendaItem", "initiative", "body", "standard", "organisation",
			"role", "meeting", "document", "person");

	private static final Set<String> PARTIES = Set.of("organisation", "body", "person");

	private static final Set<String> SUBJECTS = Set.of("initiative", "agendaItem");

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private final Quotes quotes;

	/** The kinds of entity (organisation, meeting, document…) each declared id is. */
	private final Map<String, Set<String>> kinds;

	private final List<SeedProblem> problems;

	private final List<SeedProblem> warnings;

	private final Map<String, String> statementFiles = new HashMap<>();

	private final Set<String> referenced = new HashSet<>();

	private final List<Map<String, Object>> statements = new ArrayList<>();

	private final List<Map<String, Object>> links = new ArrayList<>();

	private final List<Map<String, Object>> dates = new ArrayList<>();

	private final List<Map<String, Object>> involvements = new ArrayList<>();

	SeedStatements(Quotes quotes, Map<String, Set<String>> kinds, List<SeedProblem> problems,
			List<SeedProblem> warnings) {
		this.quotes = quotes;
		this.kinds = kinds;
		this.problems = problems;
		this.warnings = warnings;
	}

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("agendaItem", "AgendaItem");
		labels.put("initiative", "Initiative");
		labels.put("body", "Body");
		labels.put("standard", "Standard");
		labels.put("organisation", "Organisation");
		labels.put("person", "Person");
		labels.put("role", "Role");
		labels.put("meeting", "Meeting");
		labels.put("document", "Document");
		labels.put("changeEvent", "ChangeEvent");
		return labels;
	}

	/** Reads the statements and involvements of one seed file. */
	void read(String file, SeedFile content) {
		if (content.document() == null) {
			if (!content.statements().isEmpty() || !content.involvements().isEmpty()) {
				problem(file, "document", "statements and involvements belong in the paper file that states them");
			}
			return;
		}
		for (int i = 0; i < content.statements().size(); i++) {
			statement(file, "statements[" + i + "]", content.statements().get(i), content.document());
		}
		for (int i = 0; i < content.involvements().size(); i++) {
			involvement(file, "involvements[" + i + "]", content.involvements().get(i), content.document());
		}
	}

	SeedGraph.StatementRows rows() {
		return new SeedGraph.StatementRows(this.statements, this.links, this.dates, this.involvements);
	}

	/** Declared ids that a statement or involvement refers to. */
	Set<String> referenced() {
		return this.referenced;
	}

	private void statement(String file, String path, StatementEntry s, String document) {
		String id = s.id();
		if (id == null || !ID.matcher(id).matches()) {
			problem(file, path + ".id", "id '" + id + "' must be a lower-case slug like 'nufa-sak-24-20-alternative-1'");
		}
		else if (this.kinds.containsKey(id)) {
			problem(file, path + ".id", "duplicate id '" + id + "': already the id of a " + String.join("/", this.kinds.get(id)));
		}
		else {
			String earlier = this.statementFiles.putIfAbsent(id, file);
			if (earlier != null) {
				problem(file, path + ".id", "duplicate statement id '" + id + "' (also in " + earlier + ")");
			}
		}
		String kind = oneOf(file, path + ".kind", s.kind(), KINDS);
		if (s.text() == null || s.text().isBlank()) {
			problem(file, path + ".text", "is required (one fact in your own words)");
		}
		boolean milestone = "milestone".equals(kind);
		Map<String, Object> row = milestone ? Quotes.row(this.quotes.locate(file, path, s.evidence(), document))
				: this.quotes.fact(file, path, s.evidence(), document);
		warnLongQuotes(file, path, s.evidence());
		Reference about = reference(file, path + ".about", s.about(), ABOUT);
		if (s.about() == null) {
			problem(file, path + ".about", "is required (the one entity the statement is about)");
		}
		Reference actor = reference(file, path + ".actor", s.actor(), PARTIES);
		if ("position".equals(kind) && s.actor() == null) {
			warn(file, path + ".actor", "a position is an actor's view: name the actor");
		}
		if ("alternative".equals(kind) && s.order() == null) {
			problem(file, path + ".order", "an alternative needs its number (an integer order)");
		}
		partialDate(file, path + ".due", s.due());
		row.put("id", id);
		row.put("kind", kind);
		row.put("text", s.text());
		row.put("order", s.order());
		row.put("due", s.due());
		figure(file, path, s, row);
		row.put("about", about.id());
		row.put("aboutLabel", about.label());
		row.put("actor", actor.id());
		row.put("actorLabel", actor.label());
		row.put("document", document);
		row.put("searchKey", Fold.fold(s.text()));
		this.statements.add(row);
		for (int k = 0; k < s.concerns().size(); k++) {
			Reference target = reference(file, path + ".concerns[" + k + "]", s.concerns().get(k), LABELS.keySet());
			if (target.id() != null) {
				this.links.add(Map.of("statement", String.valueOf(id), "target", target.id(), "label", target.label()));
			}
		}
		if (milestone && s.dates().isEmpty()) {
			problem(file, path + ".dates", "a milestone needs its dates (each stated date with its passage)");
		}
		if (!milestone && !s.dates().isEmpty()) {
			problem(file, path + ".dates", "only a milestone has dates");
		}
		for (int k = 0; k < s.dates().size(); k++) {
			milestoneDate(file, path + ".dates[" + k + "]", id, k, s.dates().get(k), document);
		}
	}

	private void figure(String file, String path, StatementEntry s, Map<String, Object> row) {
		SeedModel.FigureEntry figure = s.figure();
		if (figure == null) {
			if ("figure".equals(s.kind())) {
				problem(file, path + ".figure", "a figure needs figure.value and figure.counts");
			}
			return;
		}
		if (figure.value() == null) {
			problem(file, path + ".figure.value", "is required (the number)");
		}
		if (figure.counts() == null || figure.counts().isBlank()) {
			problem(file, path + ".figure.counts", "is required (what the number counts)");
		}
		partialDate(file, path + ".figure.asOf", figure.asOf());
		row.put("value", figure.value());
		row.put("unit", figure.unit());
		row.put("counts", figure.counts());
		row.put("asOf", figure.asOf());
	}

	private void milestoneDate(String file, String path, String statement, int position, DateEntry d, String document) {
		if (d.stated() == null || d.stated().isBlank()) {
			problem(file, path + ".stated", "is required (the date as the paper writes it)");
		}
		oneOf(file, path + ".kind", d.kind(), DATE_KINDS);
		if (d.date() != null && !PARTIAL_DATE.matcher(d.date()).matches()) {
			problem(file, path + ".date", "'" + d.date() + "' is not a date like 2021, 2021-06 or 2021-06-30");
		}
		Map<String, Object> row = this.quotes.fact(file, path, d.evidence(), document);
		warnLongQuotes(file, path, d.evidence());
		row.put("id", statement + "-date-" + (position + 1));
		row.put("statement", statement);
		row.put("position", position);
		row.put("stated", d.stated());
		row.put("date", d.date());
		row.put("kind", d.kind());
		this.dates.add(row);
	}

	private void involvement(String file, String path, InvolvementEntry v, String document) {
		Reference subject = reference(file, path + ".subject", required(file, path + ".subject", v.subject()), SUBJECTS);
		Reference party = reference(file, path + ".party", required(file, path + ".party", v.party()), PARTIES);
		String role = oneOf(file, path + ".role", v.role(), ROLES);
		Map<String, Object> row = this.quotes.fact(file, path, v.evidence(), document);
		row.put("subject", subject.id());
		row.put("subjectLabel", subject.label());
		row.put("party", party.id());
		row.put("partyLabel", party.label());
		row.put("role", role);
		row.put("note", v.note());
		this.involvements.add(row);
	}

	/** An entity id resolved to its node label; both null when absent or wrong (a problem then says why). */
	private record Reference(String id, String label) {

		static final Reference NONE = new Reference(null, null);

	}

	private Reference reference(String file, String path, String id, Set<String> allowed) {
		if (id == null) {
			return Reference.NONE;
		}
		Set<String> declared = this.kinds.get(id);
		if (declared == null) {
			problem(file, path, "unknown id '" + id + "'");
			return Reference.NONE;
		}
		String kind = LABELS.keySet().stream().filter(k -> allowed.contains(k) && declared.contains(k)).findFirst().orElse(null);
		if (kind == null) {
			problem(file, path, "'" + id + "' is a " + String.join("/", declared) + ", expected "
					+ String.join("/", new TreeSet<>(allowed)));
			return Reference.NONE;
		}
		if (declared.size() > 1) {
			warn(file, path, "id '" + id + "' is ambiguous (" + String.join("/", declared) + "): taken as the " + kind);
		}
		this.referenced.add(id);
		return new Reference(id, LABELS.get(kind));
	}

	private void warnLongQuotes(String file, String path, List<Evidence> evidence) {
		for (int k = 0; k < evidence.size(); k++) {
			String quote = evidence.get(k).quote();
			int length = (quote != null) ? Fold.spaces(quote).length() : 0;
			if (length > LONG_QUOTE) {
				warn(file, path + ".evidence" + ((evidence.size() > 1) ? "[" + k + "]" : ""), "quote of " + length
						+ " characters (over " + LONG_QUOTE + "): a statement's quote is one fact, a sentence or two");
			}
		}
	}

	private void partialDate(String file, String path, String value) {
		if (value != null && !PARTIAL_DATE.matcher(value).matches()) {
			warn(file, path, "'" + value + "' is not a date like 2021, 2021-06 or 2021-06-30");
		}
	}

	private String oneOf(String file, String path, String value, Set<String> allowed) {
		if (value == null) {
			problem(file, path, "is required (one of " + new TreeSet<>(allowed) + ")");
			return null;
		}
		if (!allowed.contains(value)) {
			problem(file, path, "'" + value + "' is not one of " + new TreeSet<>(allowed));
			return null;
		}
		return value;
	}

	private String required(String file, String path, String value) {
		if (value == null || value.isBlank()) {
			problem(file, path, "is required");
			return null;
		}
		return value;
	}

	private void problem(String file, String path, String message) {
		this.problems.add(new SeedProblem(file, path, message));
	}

	private void warn(String file, String path, String message) {
		this.warnings.add(new SeedProblem(file, path, message));
	}

}
