package no.styringskart.roles;

/** Which roles to list: held by an organisation or body, in a body's circle, or by part of the name. */
record RoleFilter(String heldBy, String body, String nameContains) {
}
