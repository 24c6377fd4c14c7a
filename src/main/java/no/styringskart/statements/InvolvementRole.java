package no.styringskart.statements;

import java.util.Locale;

/** A party's role in an initiative or a sak; stored in the graph as in the seed, lower-case with hyphens. */
public enum InvolvementRole {

	OWNER, COORDINATOR, PARTICIPANT, PILOT_SITE, COMPETENT_AUTHORITY, AFFILIATED_ENTITY, TREATED_BY, ANCHORED_IN,
	INFORMED, RESPONSIBLE, SUPPLIER, FUNDER, USER, CONTRIBUTOR;

	static InvolvementRole of(String stored) {
		return valueOf(stored.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
