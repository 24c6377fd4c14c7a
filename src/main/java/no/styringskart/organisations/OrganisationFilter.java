package no.styringskart.organisations;

/** Filter of the {@code organisations} list. */
record OrganisationFilter(String nameContains, String kind, String sector) {
}
