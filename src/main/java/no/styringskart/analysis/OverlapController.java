package no.styringskart.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.analysis.BodyMembership.MemberIds;
import no.styringskart.analysis.BodyMembership.PersonSeat;
import no.styringskart.analysis.BodyMembership.Seats;
import no.styringskart.analysis.OverlapResults.BodyMembers;
import no.styringskart.analysis.OverlapResults.BridgingOrganisation;
import no.styringskart.analysis.OverlapResults.BridgingPerson;
import no.styringskart.analysis.OverlapResults.OrganisationSeat;
import no.styringskart.analysis.OverlapResults.Overlap;
import no.styringskart.analysis.OverlapResults.OverlapMatrix;
import no.styringskart.analysis.OverlapResults.OverlapPair;
import no.styringskart.councils.Body;
import no.styringskart.organisations.Organisation;
import no.styringskart.people.Person;
import no.styringskart.shared.BadRequestException;
import no.styringskart.shared.NotFoundException;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ResultCache;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;

@QueryController
class OverlapController {

	static final int MAX_BODIES = 50;

	private final BodyMembership membership;

	private final ResultCache answers;

	OverlapController(BodyMembership membership, ResultCache answers) {
		this.membership = membership;
		this.answers = answers;
	}

	@QueryMapping
	Overlap overlap(@Argument List<String> bodies, @Argument LocalDate from, @Argument LocalDate to,
			GraphQLContext request) {
		List<String> ids = bodies.stream().distinct().toList();
		if (ids.size() < 2 || ids.size() > MAX_BODIES) {
			throw new BadRequestException("bodies must name between 2 and " + MAX_BODIES + " different bodies");
		}
		return this.answers.get(request, Arrays.asList("overlap", ids, from, to), () -> overlap(ids, from, to));
	}

	private Overlap overlap(List<String> ids, LocalDate from, LocalDate to) {
		List<Seats> seats = requested(ids, from, to, this.membership::of, Seats::body);
		Set<String> sharedPeople = null;
		Set<String> sharedOrganisations = null;
		for (Seats body : seats) {
			sharedPeople = intersect(sharedPeople, body.people().keySet());
			sharedOrganisations = intersect(sharedOrganisations, body.organisations().keySet());
		}
		Set<String> people = sharedPeople;
		Set<String> organisations = sharedOrganisations;
		return new Overlap(seats.stream().map(OverlapController::members).toList(),
				seats.getFirst().people().values().stream().filter(p -> people.contains(p.id())).toList(),
				seats.getFirst().organisations().values().stream().filter(o -> organisations.contains(o.id())).toList(),
				pairs(seats.stream().map(MemberIds::of).toList()));
	}

	@QueryMapping
	OverlapMatrix overlapMatrix(@Argument List<String> bodies, @Argument LocalDate from, @Argument LocalDate to,
			GraphQLContext request) {
		List<String> ids = (bodies != null) ? bodies.stream().distinct().toList() : null;
		if (ids != null && (ids.isEmpty() || ids.size() > MAX_BODIES)) {
			throw new BadRequestException("bodies must name between 1 and " + MAX_BODIES + " bodies");
		}
		return this.answers.get(request, Arrays.asList("overlapMatrix", ids, from, to),
				() -> overlapMatrix(ids, from, to));
	}

	/** The matrix of the given bodies, or of every body with someone in it when {@code ids} is null. */
	private OverlapMatrix overlapMatrix(List<String> ids, LocalDate from, LocalDate to) {
		List<MemberIds> members = (ids == null)
				? this.membership.memberIds(null, from, to).stream().filter(m -> !m.people().isEmpty()).toList()
				: requested(ids, from, to, this.membership::memberIds, MemberIds::body);
		return new OverlapMatrix(members.stream().map(MemberIds::body).toList(),
				members.stream().map(m -> m.people().size()).toList(), pairs(members));
	}

	/** The cells' shared people, read in one query for every cell of the answer. */
	@BatchMapping(typeName = "OverlapPair")
	Map<OverlapPair, List<Person>> sharedPeople(List<OverlapPair> pairs) {
		Map<String, Person> people = this.membership.byIds("Person", ids(pairs, OverlapPair::sharedPersonIds), Person::of);
		return byPair(pairs, OverlapPair::sharedPersonIds, people);
	}

	/** The cells' shared organisations, read in one query for every cell of the answer. */
	@BatchMapping(typeName = "OverlapPair")
	Map<OverlapPair, List<Organisation>> sharedOrganisations(List<OverlapPair> pairs) {
		Map<String, Organisation> organisations = this.membership.byIds("Organisation",
				ids(pairs, OverlapPair::sharedOrganisationIds), Organisation::of);
		return byPair(pairs, OverlapPair::sharedOrganisationIds, organisations);
	}

	private static List<String> ids(List<OverlapPair> pairs, Function<OverlapPair, List<String>> idsOf) {
		return pairs.stream().flatMap(p -> idsOf.apply(p).stream()).distinct().toList();
	}

	private static <T> Map<OverlapPair, List<T>> byPair(List<OverlapPair> pairs,
			Function<OverlapPair, List<String>> idsOf, Map<String, T> entities) {
		Map<OverlapPair, List<T>> result = new LinkedHashMap<>();
		pairs.forEach(p -> result.put(p, idsOf.apply(p).stream().map(entities::get).filter(Objects::nonNull).toList()));
		return result;
	}

	@QueryMapping
	List<BridgingPerson> bridgingPeople(@Argument Integer minBodies, @Argument Integer first, @Argument LocalDate from,
			@Argument LocalDate to, DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		int minimum = check("minBodies", minBodies, 2, 1, MAX_BODIES);
		int size = check("first", first, 50, 1, 500);
		String query = this.membership.bridgingQuery(from, to, selection);
		return this.answers.get(request, Arrays.asList(query, minimum, size, from, to),
				() -> this.membership.bridging(query, minimum, size, from, to));
	}

	@QueryMapping
	List<BridgingOrganisation> bridgingOrganisations(@Argument Integer minBodies, @Argument Integer first,
			@Argument LocalDate from, @Argument LocalDate to, GraphQLContext request) {
		int minimum = check("minBodies", minBodies, 2, 1, MAX_BODIES);
		int size = check("first", first, 50, 1, 500);
		return this.answers.get(request, Arrays.asList("bridgingOrganisations", minimum, size, from, to),
				() -> bridgingOrganisations(minimum, size, from, to));
	}

	private List<BridgingOrganisation> bridgingOrganisations(int minimum, int size, LocalDate from, LocalDate to) {
		Map<String, Organisation> organisations = new LinkedHashMap<>();
		Map<String, List<OrganisationSeat>> seatsOf = new LinkedHashMap<>();
		for (Seats body : this.membership.of(null, from, to)) {
			Map<String, List<Person>> peopleByOrganisation = new LinkedHashMap<>();
			for (PersonSeat seat : body.seats()) {
				for (Organisation organisation : seat.organisations()) {
					organisations.put(organisation.id(), organisation);
					peopleByOrganisation.computeIfAbsent(organisation.id(), k -> new ArrayList<>()).add(seat.person());
				}
			}
			peopleByOrganisation.forEach((id, people) -> seatsOf.computeIfAbsent(id, k -> new ArrayList<>())
				.add(new OrganisationSeat(body.body(), people)));
		}
		return seatsOf.entrySet()
			.stream()
			.filter(e -> e.getValue().size() >= minimum)
			.map(e -> new BridgingOrganisation(organisations.get(e.getKey()), e.getValue().size(), e.getValue()))
			.sorted(Comparator.comparingInt(BridgingOrganisation::bodyCount).reversed()
				.thenComparing(b -> b.organisation().name()))
			.limit(size)
			.toList();
	}

	/** What {@code load} reads for the requested bodies, in the order asked, NOT_FOUND naming any unknown id. */
	private static <T> List<T> requested(List<String> ids, LocalDate from, LocalDate to, BodyLoader<T> load,
			Function<T, Body> bodyOf) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequestException("to (" + to + ") is before from (" + from + ")");
		}
		Map<String, T> byId = new LinkedHashMap<>();
		load.load(ids, from, to).forEach(s -> byId.put(bodyOf.apply(s).id(), s));
		List<String> unknown = ids.stream().filter(id -> !byId.containsKey(id)).toList();
		if (!unknown.isEmpty()) {
			throw new NotFoundException("body", String.join("', '", unknown));
		}
		return ids.stream().map(byId::get).toList();
	}

	/** Reads something per body for the given bodies and window. */
	@FunctionalInterface
	private interface BodyLoader<T> {

		List<T> load(List<String> bodies, LocalDate from, LocalDate to);

	}

	private static List<OverlapPair> pairs(List<MemberIds> members) {
		List<OverlapPair> pairs = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				pairs.add(pair(members.get(i), members.get(j)));
			}
		}
		return pairs;
	}

	private static OverlapPair pair(MemberIds a, MemberIds b) {
		List<String> sharedPeople = shared(a.people(), b.people());
		List<String> sharedOrganisations = shared(a.organisations(), b.organisations());
		return new OverlapPair(a.body(), b.body(), sharedPeople, sharedPeople.size(),
				jaccard(sharedPeople.size(), a.people().size(), b.people().size()),
				overlapCoefficient(sharedPeople.size(), a.people().size(), b.people().size()), sharedOrganisations,
				sharedOrganisations.size(),
				jaccard(sharedOrganisations.size(), a.organisations().size(), b.organisations().size()),
				overlapCoefficient(sharedOrganisations.size(), a.organisations().size(), b.organisations().size()));
	}

	/** The ids in both lists, in the first list's order. */
	private static List<String> shared(List<String> first, List<String> second) {
		Set<String> other = new HashSet<>(second);
		return first.stream().filter(other::contains).toList();
	}

	static double jaccard(int shared, int a, int b) {
		int union = a + b - shared;
		return (union == 0) ? 0 : (double) shared / union;
	}

	static double overlapCoefficient(int shared, int a, int b) {
		int smaller = Math.min(a, b);
		return (smaller == 0) ? 0 : (double) shared / smaller;
	}

	private static BodyMembers members(Seats seats) {
		return new BodyMembers(seats.body(), List.copyOf(seats.people().values()),
				List.copyOf(seats.organisations().values()));
	}

	private static Set<String> intersect(Set<String> sofar, Set<String> next) {
		if (sofar == null) {
			return new HashSet<>(next);
		}
		sofar.retainAll(next);
		return sofar;
	}

	private static int check(String name, Integer value, int fallback, int min, int max) {
		int v = (value != null) ? value : fallback;
		if (v < min || v > max) {
			throw new BadRequestException(name + " must be between " + min + " and " + max + ", was " + v);
		}
		return v;
	}

}
