package no.styringskart.statements;

import java.util.Locale;

/** The kinds of fact a statement states; stored in the graph as in the seed, lower-case with hyphens. */
public enum StatementKind {

	CRITERION, ALTERNATIVE, ISSUE, REASON, POSITION, INPUT, RECOMMENDATION, ACTION_POINT, RISK, FIGURE, MILESTONE, GOAL,
	FINDING, FACT, PROPOSAL, DECISION, QUESTION, DESCRIPTION;

	/** The kind as the seed and the graph write it ({@code action-point}). */
	public String stored() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static StatementKind of(String stored) {
		return (stored != null) ? valueOf(stored.toUpperCase(Locale.ROOT).replace('-', '_')) : null;
	}

}
