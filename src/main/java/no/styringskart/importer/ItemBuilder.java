package no.styringskart.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A sak being assembled from its agenda row, its text and its toppnotat. */
final class ItemBuilder {

	final String id;

	final AgendaRow row;

	String proposedDecision;

	String decision;

	final List<String> presenters = new ArrayList<>();

	final List<String> presentingOrganisations = new ArrayList<>();

	final List<String> caseOfficers = new ArrayList<>();

	final List<String> attachments = new ArrayList<>();

	final Set<String> initiatives = new LinkedHashSet<>();

	final Set<String> standards = new LinkedHashSet<>();

	final Set<String> refersTo = new LinkedHashSet<>();

	final List<Quote> evidence = new ArrayList<>();

	/** The sak's own text, for mentions and references. */
	String text = "";

	ItemBuilder(String id, AgendaRow row) {
		this.id = id;
		this.row = row;
		this.evidence.add(row.evidence());
	}

	Draft.AgendaItem build() {
		return new Draft.AgendaItem(this.id, this.row.number(), this.row.order(), this.row.title(), this.row.type(),
				this.row.time(), List.copyOf(this.presenters), List.copyOf(this.presentingOrganisations),
				List.copyOf(this.caseOfficers), this.proposedDecision, this.decision, List.copyOf(this.attachments),
				List.copyOf(this.initiatives), List.copyOf(this.standards), List.copyOf(this.refersTo),
				this.evidence.stream().distinct().toList());
	}

}
