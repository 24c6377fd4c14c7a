/**
 * The zero-setup database: a real Neo4j DBMS started inside the application's process, with Bolt on
 * loopback, used whenever no external {@code spring.neo4j.uri} is configured.
 */
package no.styringskart.neo4j;
