package no.styringskart.shared;

/**
 * The {@code orderBy} argument of a list: one of the list's sort fields (its schema enum, as a name) and a
 * direction. Ties are broken by id, so the order is total and cursors are stable.
 */
public record ListOrder(String field, Direction direction) {
}
