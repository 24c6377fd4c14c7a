/**
 * The vocabulary every feature shares: evidence, cursor-paginated connections, batch loading over
 * {@code Neo4jClient}, text folding for search, and the errors the API reports.
 */
package no.styringskart.shared;
