package no.styringskart.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A meeting being assembled from one or more parts of the paper. */
final class MeetingBuilder {

	final String id;

	final String body;

	final LocalDate date;

	String status;

	String number;

	String start;

	String end;

	String place;

	final Set<String> papers = new LinkedHashSet<>();

	final List<Quote> evidence = new ArrayList<>();

	final Map<String, Draft.Attendance> attendance = new LinkedHashMap<>();

	final List<ItemBuilder> agenda = new ArrayList<>();

	final List<Draft.Membership> memberships = new ArrayList<>();

	MeetingBuilder(String id, String body, LocalDate date, String status) {
		this.id = id;
		this.body = body;
		this.date = date;
		this.status = status;
	}

	void paper(String kind) {
		this.papers.add(kind);
		if (kind.equals("referat")) {
			this.status = "held";
		}
	}

	/** Adds a person's attendance unless they are already listed (a person is listed once per meeting). */
	boolean attend(Draft.Attendance a) {
		return this.attendance.putIfAbsent(a.person(), a) == null;
	}

	boolean hasItem(String itemId) {
		return this.agenda.stream().anyMatch(i -> i.id.equals(itemId));
	}

	Draft.Meeting build() {
		List<Quote> quotes = this.evidence.stream().distinct().toList();
		return new Draft.Meeting(this.id, this.body, this.number, this.date, this.start, this.end, this.place,
				this.status, List.copyOf(this.papers), quotes, List.copyOf(this.attendance.values()),
				this.agenda.stream().map(ItemBuilder::build).toList());
	}

}
