package no.styringskart.statements;

import java.util.Locale;

/** Whether a stated date of a milestone is the plan, a revision or what happened. */
public enum MilestoneDateKind {

	PLANNED, REVISED, ACTUAL;

	static MilestoneDateKind of(String stored) {
		return valueOf(stored.toUpperCase(Locale.ROOT));
	}

}
