package no.styringskart.councils;

/** Filter of the {@code bodies} list. */
record BodyFilter(String nameContains, String kind, String model) {
}
