/**
 * The questions Styringskart exists for: transitive dependencies between tiltak, member overlap across
 * bodies, and the structure of the advisory model. Each root field is one parameterised, bounded Cypher query;
 * the chains of a dependency answer are then enumerated from its rows ({@code Chains}).
 */
package no.styringskart.analysis;
