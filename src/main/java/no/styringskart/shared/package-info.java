/**
 * The vocabulary every feature shares: evidence, cursor-paginated connections, read-only Cypher
 * ({@code ReadQueries}) with batch loading and read-ahead over it, text folding for search, and the errors the
 * API reports.
 */
package no.styringskart.shared;
