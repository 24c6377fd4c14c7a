/**
 * The curated seed: reading the YAML files under {@code seed/}, validating every reference and quote against
 * the source papers, and writing the graph in one transaction. See {@code seed/FORMAT.md} for the format.
 */
package no.styringskart.seed;
