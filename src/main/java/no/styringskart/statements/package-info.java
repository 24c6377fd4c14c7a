/**
 * What the papers say: statements (criteria, alternatives, positions, figures, milestones…) about the entities of
 * the graph, the dates milestones are given, and the typed involvement of parties in initiatives and saker.
 */
package no.styringskart.statements;
