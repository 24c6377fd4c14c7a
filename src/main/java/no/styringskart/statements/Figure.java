package no.styringskart.statements;

/**
 * A number as a paper states it: the value, its unit, what it counts and as of when (stored as the statement's
 * {@code value}, {@code unit}, {@code counts} and {@code asOf}).
 */
public record Figure(double value, String unit, String counts, String asOf) {
}
