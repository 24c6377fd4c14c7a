package no.styringskart.search;

/** One search result: how well it matched, on which text, and the entity. */
record SearchHit(double score, String matched, Object result) {
}
