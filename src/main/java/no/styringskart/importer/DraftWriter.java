package no.styringskart.importer;

import java.util.List;

/**
 * Writes a {@link Draft} as a paper file in the seed format (FORMAT.md): every text double-quoted, every fact
 * with its evidence, and review notes (possible matches) as comments.
 */
final class DraftWriter {

	private final StringBuilder out = new StringBuilder();

	private DraftWriter() {
	}

	static String write(Draft draft) {
		DraftWriter writer = new DraftWriter();
		writer.draft(draft);
		return writer.out.toString();
	}

	private void draft(Draft draft) {
		line(0, "# Drafted by the Styringskart importer from the paper '" + draft.documentId() + "'.");
		line(0, "# Review it (and the import report) before it joins seed/papers/; quotes are verbatim from the paper.");
		line(0, "document: " + draft.documentId());
		if (!draft.organisations().isEmpty()) {
			line(0, "");
			line(0, "organisations:");
			for (Draft.Organisation o : draft.organisations()) {
				line(1, "- id: " + o.id());
				comment(2, o.comment());
				field(2, "name", o.name());
				line(2, "aliases: " + list(o.aliases(), true));
				plain(2, "kind", o.kind());
				plain(2, "sector", o.sector());
				evidence(2, o.evidence());
			}
		}
		if (!draft.people().isEmpty()) {
			line(0, "");
			line(0, "people:");
			for (Draft.Person p : draft.people()) {
				line(1, "- id: " + p.id());
				comment(2, p.comment());
				field(2, "name", p.name());
				line(2, "aliases: " + list(p.aliases(), true));
				evidence(2, p.evidence());
			}
		}
		if (!draft.bodies().isEmpty()) {
			line(0, "");
			line(0, "bodies:");
			for (Draft.Body b : draft.bodies()) {
				line(1, "- id: " + b.id());
				field(2, "name", b.name());
				line(2, "aliases: []");
				plain(2, "kind", b.kind());
				evidence(2, b.evidence());
			}
		}
		if (!draft.memberships().isEmpty()) {
			line(0, "");
			line(0, "memberships:");
			for (Draft.Membership m : draft.memberships()) {
				line(1, "- person: " + m.person());
				plain(2, "body", m.body());
				plain(2, "role", m.role());
				plain(2, "onBehalfOf", m.onBehalfOf());
				evidence(2, List.of(m.evidence()));
			}
		}
		if (!draft.meetings().isEmpty()) {
			line(0, "");
			line(0, "meetings:");
			draft.meetings().forEach(this::meeting);
		}
	}

	private void meeting(Draft.Meeting m) {
		line(1, "- id: " + m.id());
		plain(2, "body", m.body());
		field(2, "number", m.number());
		plain(2, "date", m.date().toString());
		field(2, "start", m.start());
		field(2, "end", m.end());
		field(2, "place", m.place());
		plain(2, "status", m.status());
		if (!m.papers().isEmpty()) {
			line(2, "papers: " + list(m.papers(), false));
		}
		evidence(2, m.evidence());
		if (!m.attendance().isEmpty()) {
			line(2, "attendance:");
			for (Draft.Attendance a : m.attendance()) {
				line(3, "- person: " + a.person());
				plain(4, "onBehalfOf", a.onBehalfOf());
				plain(4, "role", a.role());
				plain(4, "status", a.status());
				field(4, "note", a.note());
				evidence(4, List.of(a.evidence()));
			}
		}
		if (!m.agenda().isEmpty()) {
			line(2, "agenda:");
			for (Draft.AgendaItem i : m.agenda()) {
				line(3, "- id: " + i.id());
				field(4, "number", i.number());
				plain(4, "order", String.valueOf(i.order()));
				field(4, "title", i.title());
				field(4, "type", i.type());
				field(4, "time", i.time());
				ids(4, "presenters", i.presenters());
				ids(4, "presentingOrganisations", i.presentingOrganisations());
				ids(4, "caseOfficers", i.caseOfficers());
				field(4, "proposedDecision", i.proposedDecision());
				field(4, "decision", i.decision());
				if (!i.attachments().isEmpty()) {
					line(4, "attachments: " + list(i.attachments(), true));
				}
				ids(4, "initiatives", i.initiatives());
				ids(4, "standards", i.standards());
				ids(4, "refersTo", i.refersTo());
				evidence(4, i.evidence());
			}
		}
	}

	private void evidence(int depth, List<Quote> quotes) {
		line(depth, "evidence:");
		for (Quote q : quotes) {
			line(depth + 1, "- quote: " + quoted(q.text()) + "   # line " + q.lines());
		}
	}

	private void ids(int depth, String name, List<String> ids) {
		if (!ids.isEmpty()) {
			line(depth, name + ": " + list(ids, false));
		}
	}

	private void field(int depth, String name, String value) {
		if (value != null) {
			line(depth, name + ": " + quoted(value));
		}
	}

	/** A value that is an id, a date or a fixed word, written bare. */
	private void plain(int depth, String name, String value) {
		if (value != null) {
			line(depth, name + ": " + value);
		}
	}

	private void comment(int depth, String text) {
		if (text != null) {
			line(depth, "# " + text.replaceAll("[\\r\\n]+", " "));
		}
	}

	private static String list(List<String> values, boolean quote) {
		return "[" + String.join(", ", values.stream().map(v -> quote ? quoted(v) : v).toList()) + "]";
	}

	/** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
	static String quoted(String value) {
		StringBuilder q = new StringBuilder("\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> q.append("\\\\");
				case '"' -> q.append("\\\"");
				case '\n' -> q.append("\\n");
				case '\t' -> q.append("\\t");
				case '\r' -> q.append("\\r");
				default -> {
					if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
						q.append(String.format("\\u%04x", (int) c));
					}
					else {
						q.append(c);
					}
				}
			}
		}
		return q.append('"').toString();
	}

	private void line(int depth, String text) {
		this.out.append("  ".repeat(depth)).append(text).append('\n');
	}

}
