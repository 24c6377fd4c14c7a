package no.styringskart.people;

import java.util.List;

import no.styringskart.organisations.Organisation;
import no.styringskart.shared.Evidence;

/** A title a person holds in an organisation, as a paper states it. */
public record Position(String title, Organisation organisation, List<Evidence> evidence) {
}
