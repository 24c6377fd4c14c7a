package no.styringskart.initiatives;

/** Filter of the {@code initiatives} list. */
record InitiativeFilter(String nameContains, String kind) {
}
