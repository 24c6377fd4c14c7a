package no.styringskart.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What names in a new paper are resolved against: the people, organisations, bodies, initiatives and standards
 * of the seed with their aliases, where people have sat (body, organisation, when), the change events that keep
 * organisations apart, and the ids already taken.
 */
record ImportRegistry(List<Known> people, List<Known> organisations, List<Known> bodies, List<Known> initiatives,
		List<Known> standards, List<Seat> seats, List<Change> changes, Set<String> meetingIds,
		Set<String> agendaItemIds, Set<String> documentIds) {

	/** A declared entity: id, canonical name and every other form seen. */
	record Known(String id, String name, List<String> aliases) {

		List<String> names() {
			return java.util.stream.Stream.concat(java.util.stream.Stream.of(this.name), this.aliases.stream()).toList();
		}

	}

	/** A person seen in a body for an organisation: a membership (from–to) or an attendance (on a date). */
	record Seat(String person, String body, String organisation, LocalDate from, LocalDate to) {
	}

	/** A change event (merger, rename, succession) between organisations or bodies. */
	record Change(String id, String kind, String date, List<String> originals, List<String> results) {

		boolean links(String a, String b) {
			return (this.originals.contains(a) && this.results.contains(b))
					|| (this.originals.contains(b) && this.results.contains(a));
		}

	}

	Optional<Known> person(String id) {
		return this.people.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	Optional<Known> organisation(String id) {
		return this.organisations.stream().filter(o -> o.id().equals(id)).findFirst();
	}

	/** The change event that links two organisations, if any: such a pair is never merged. */
	Optional<Change> changeBetween(String a, String b) {
		return this.changes.stream().filter(c -> c.links(a, b)).findFirst();
	}

	boolean inChangeEvent(String id) {
		return this.changes.stream().anyMatch(c -> c.originals().contains(id) || c.results().contains(id));
	}

	List<Seat> seatsOf(String person) {
		return this.seats.stream().filter(s -> s.person().equals(person)).toList();
	}

	/** Whether an id is used by anything in the registry, so a new declaration must not take it. */
	boolean idTaken(String id) {
		return this.people.stream().anyMatch(k -> k.id().equals(id))
				|| this.organisations.stream().anyMatch(k -> k.id().equals(id))
				|| this.bodies.stream().anyMatch(k -> k.id().equals(id))
				|| this.initiatives.stream().anyMatch(k -> k.id().equals(id))
				|| this.standards.stream().anyMatch(k -> k.id().equals(id));
	}

}
