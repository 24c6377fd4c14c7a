package no.styringskart.people;

/** Filter of the {@code people} list. */
record PersonFilter(String nameContains, String body, String organisation) {
}
