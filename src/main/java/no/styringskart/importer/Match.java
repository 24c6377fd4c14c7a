package no.styringskart.importer;

/**
 * A candidate for a name in the paper: an entity of the registry, how well it fits (0–1) and why.
 *
 * @param id the registry id
 * @param name the registry's name for it
 * @param score name similarity plus context, capped at 1
 * @param reason what the score is made of, in words
 */
record Match(String id, String name, double score, String reason) {
}
