package no.styringskart.statements;

import java.util.List;

import no.styringskart.shared.Evidence;

/**
 * A party's stated role in an initiative or a sak.
 *
 * @param subject the initiative or agenda item
 * @param party the organisation, body or person
 */
record Involvement(Object subject, Object party, InvolvementRole role, String note, List<Evidence> evidence) {
}
