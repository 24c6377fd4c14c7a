package no.styringskart.standards;

/** Filter of the {@code standards} list. */
record StandardFilter(String nameContains, String kind) {
}
