package no.styringskart.shared;

/** Sort direction of a list. */
public enum Direction {

	ASC, DESC

}
