/**
 * The zero-setup database: a real Neo4j DBMS started inside the application's process, with Bolt on
 * loopback, used whenever no external {@code spring.neo4j.uri} is configured; the application's own reads run on it
 * in process ({@code InProcessReads}), and the count of its commits ({@code GraphChanges}) tells when kept answers
 * are stale.
 */
package no.styringskart.neo4j;
