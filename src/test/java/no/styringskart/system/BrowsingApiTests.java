package no.styringskart.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.styringskart.support.ApiTestConfiguration;
import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import graphql.TrivialDataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsing every entity type: lookups, navigation both ways, pagination, filters, errors, and no N+1. */
@StyringskartTest
class BrowsingApiTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void everySchemaFieldIsMappedToAFetcher() {
		var report = ApiTestConfiguration.schemaReport.get();
		assertThat(report).as("schema inspection ran").isNotNull();
		assertThat(report.unmappedFields()).isEmpty();
		assertThat(report.unmappedArguments()).isEmpty();
		assertThat(report.skippedTypes()).isEmpty();
	}

	/**
	 * An answer may quote thousands of passages: the document of each is a lookup that Spring must neither wrap
	 * for context propagation nor observe, and one query for the table serves them all.
	 */
	@Test
	void theDocumentOfEveryQuotedPassageIsAPlainLookup() {
		GraphQLSchema schema = this.graphQlSource.schema();
		GraphQLObjectType evidence = schema.getObjectType("Evidence");
		assertThat(schema.getCodeRegistry()
			.getDataFetcher(FieldCoordinates.coordinates("Evidence", "document"), evidence.getFieldDefinition("document")))
			.isInstanceOf(TrivialDataFetcher.class);
		List<String> documents = this.graphQl.document("""
				{ dependents(of: "tag", depth: 3) { reached { chains { steps { evidence { document { id } } } } } } }""")
			.execute()
			.path("dependents.reached[*].chains[*].steps[*].evidence[*].document.id")
			.entityList(String.class)
			.get();
		assertThat(documents).isNotEmpty().doesNotContainNull();
		assertThat(Set.copyOf(documents)).isSubsetOf(this.neo4j.query("MATCH (d:Document) RETURN d.id AS id")
			.fetchAs(String.class)
			.all());
	}

	@Test
	void everyTypeAndFieldOfTheSchemaIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : this.graphQlSource.schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__") || type instanceof GraphQLScalarType scalar
					&& List.of("String", "Int", "Float", "Boolean", "ID").contains(scalar.getName())) {
				continue;
			}
			if (type.getDescription() == null || type.getDescription().isBlank()) {
				undescribed.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions()
					.stream()
					.filter(f -> f.getDescription() == null || f.getDescription().isBlank())
					.forEach(f -> undescribed.add(type.getName() + "." + f.getName()));
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.stream()
					.filter(f -> f.getDescription() == null || f.getDescription().isBlank())
					.forEach(f -> undescribed.add(type.getName() + "." + f.getName()));
			}
		}
		assertThat(undescribed).isEmpty();
	}

	@Test
	void aPersonProfileNavigatesToBodiesOrganisationsAndMeetings() {
		var response = this.graphQl.documentName("personProfile").execute();
		assertThat(response.path("person.aliases").entityList(String.class).get()).contains("Karl Vestli");
		assertThat(response.path("person.memberships[*].body.name").entityList(String.class).get())
			.contains("Nasjonalt e-helsestyre", "Nasjonalt utvalg for fagspørsmål");
		assertThat(response.path("person.memberships[*].onBehalfOf.name").entityList(String.class).get())
			.contains("Direktoratet for e-helse");
		assertThat(response.path("person.memberships[0].evidence[0].lines").entity(String.class).get())
			.matches("\\d+(-\\d+)?");
	}

	@Test
	void meetingsPageByKeysetCursorsWithoutRepeatsOrGaps() {
		List<String> dates = new ArrayList<>();
		String after = null;
		int total = -1;
		for (int page = 0; page < 20; page++) {
			var response = this.graphQl.documentName("meetingsOfNuit").variable("after", after).execute();
			total = response.path("meetings.totalCount").entity(Integer.class).get();
			dates.addAll(response.path("meetings.edges[*].node.date").entityList(String.class).get());
			if (!response.path("meetings.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			after = response.path("meetings.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(dates).hasSize(total).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(total).isGreaterThanOrEqualTo(5);
	}

	@Test
	void whoAttendedNuit1Of2025WithOrganisationAndStatus() {
		var attendance = this.graphQl.document("""
				{ meeting(id: "nuit-2025-02-13") { number attendance { person { name } onBehalfOf { name } status role } } }""")
			.execute()
			.path("meeting.attendance[?(@.person.name == 'Ole Jørgen Kirkeluten')].status")
			.entityList(String.class)
			.get();
		assertThat(attendance).containsExactly("absent");
	}

	@Test
	void filtersSelectByFoldedNameKindDateAndSakstype() {
		assertThat(this.graphQl.document("{ organisations(filter: {nameContains: \"sor-ost\"}) { edges { node { id } } } }")
			.execute()
			.path("organisations.edges[*].node.id")
			.entityList(String.class)
			.get()).containsExactly("helse-sor-ost-rhf");
		assertThat(this.graphQl.document("{ organisations(filter: {kind: \"rhf\"}) { totalCount } }")
			.execute()
			.path("organisations.totalCount")
			.entity(Integer.class)
			.get()).isEqualTo(4);
		List<String> types = this.graphQl.document("""
				{ agendaItems(filter: {body: "nuit", type: "Godkjenning", from: "2025-01-01"}, first: 50) {
				    edges { node { type meeting { date } } } } }""")
			.execute()
			.path("agendaItems.edges[*].node.type")
			.entityList(String.class)
			.get();
		assertThat(types).isNotEmpty().containsOnly("Godkjenning");
	}

	@Test
	void sakerReferToEarlierSakerAndBack() {
		var response = this.graphQl.document("""
				{ agendaItems(filter: {body: "nasjonalt-e-helsestyre", textContains: "porteføljestyring"}, first: 10) {
				    edges { node { number refersTo { number referredBy { number } } } } } }""")
			.execute();
		assertThat(response.path("agendaItems.edges[*].node.refersTo[*].number").entityList(String.class).get())
			.contains("39/20");
	}

	@Test
	void listsSortByTheFieldTheCallerChoosesAndPageThroughIt() {
		var busiest = this.graphQl.document("""
				{ people(orderBy: {field: MEMBERSHIP_COUNT, direction: DESC}, first: 10) {
				    edges { node { name memberships { id } } } } }""").execute();
		List<Integer> membershipCounts = busiest.path("people.edges[*].node.memberships.length()")
			.entityList(Integer.class)
			.get();
		assertThat(membershipCounts).hasSize(10).isSortedAccordingTo((a, b) -> b - a);
		int most = this.neo4j.query("MATCH (p:Person) RETURN max(COUNT { (p)-[:HAS_MEMBERSHIP]->() }) AS most")
			.fetchAs(Integer.class)
			.one()
			.orElseThrow();
		assertThat(membershipCounts.getFirst()).isEqualTo(most);

		List<String> walked = new ArrayList<>();
		List<Integer> dependentCounts = new ArrayList<>();
		String after = null;
		int total;
		do {
			var page = this.graphQl.document("""
					query($after: String) { initiatives(orderBy: {field: DEPENDENT_COUNT, direction: DESC}, first: 25, after: $after) {
					    totalCount pageInfo { hasNextPage endCursor } edges { node { id dependents { kind } } } } }""")
				.variable("after", after)
				.execute();
			total = page.path("initiatives.totalCount").entity(Integer.class).get();
			walked.addAll(page.path("initiatives.edges[*].node.id").entityList(String.class).get());
			dependentCounts.addAll(page.path("initiatives.edges[*].node.dependents.length()").entityList(Integer.class).get());
			after = page.path("initiatives.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("initiatives.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null && walked.size() <= total);
		assertThat(walked).hasSize(total).doesNotHaveDuplicates().contains("tag", "nilar");
		assertThat(dependentCounts).isSortedAccordingTo((a, b) -> b - a);

		List<String> byFamilyName = this.graphQl.document("""
				{ people(orderBy: {field: FAMILY_NAME}, first: 30) { edges { node { name } } } }""")
			.execute()
			.path("people.edges[*].node.name")
			.entityList(String.class)
			.get();
		assertThat(byFamilyName).extracting(name -> name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))
			.isSorted();
	}

	@Test
	void aWalkByNameVisitsEveryoneOnceInOrderBothWays() {
		for (String direction : List.of("ASC", "DESC")) {
			List<String> names = new ArrayList<>();
			String after = null;
			int total;
			do {
				var page = this.graphQl.document("""
						query($after: String, $direction: Direction!) {
						  people(first: 9, after: $after, orderBy: {field: NAME, direction: $direction}) {
						    totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }""")
					.variable("after", after)
					.variable("direction", direction)
					.execute();
				total = page.path("people.totalCount").entity(Integer.class).get();
				names.addAll(page.path("people.edges[*].node.name").entityList(String.class).get());
				after = page.path("people.pageInfo.hasNextPage").entity(Boolean.class).get()
						? page.path("people.pageInfo.endCursor").entity(String.class).get() : null;
			}
			while (after != null && names.size() <= total);
			java.util.Comparator<String> byName = java.util.Comparator.comparing(n -> n.toLowerCase(Locale.ROOT));
			assertThat(names).as(direction).hasSize(total).doesNotHaveDuplicates()
				.isSortedAccordingTo(direction.equals("ASC") ? byName : byName.reversed());
		}
	}

	/**
	 * A page that reads only ids and names of its nodes reads just those two properties; it lists the same nodes,
	 * names and cursors as a page that reads more, and a page that reads more still gets the rest.
	 */
	@Test
	void aPageOfIdsAndNamesListsWhatAFullerPageLists() {
		Map<String, String> lists = Map.of("people", "name", "organisations", "name", "bodies", "name", "initiatives",
				"name", "standards", "name", "meetings", "number", "agendaItems", "title");
		lists.forEach((list, label) -> {
			String naming = label.equals("name") ? "__typename id name" : "__typename id";
			Map<String, Object> named = page(list, naming);
			Map<String, Object> fuller = page(list, naming + " " + label + " evidence { quote }");
			List<Map<String, Object>> namedEdges = edges(named);
			List<Map<String, Object>> fullerEdges = edges(fuller);
			assertThat(namedEdges).as(list).isNotEmpty().hasSameSizeAs(fullerEdges);
			assertThat(named.get("pageInfo")).as(list).isEqualTo(fuller.get("pageInfo"));
			assertThat(named.get("totalCount")).as(list).isEqualTo(fuller.get("totalCount"));
			for (int i = 0; i < namedEdges.size(); i++) {
				Map<String, Object> fullerNode = node(fullerEdges.get(i));
				Map<String, Object> trimmed = new java.util.LinkedHashMap<>(fullerNode);
				trimmed.keySet().retainAll(node(namedEdges.get(i)).keySet());
				assertThat(node(namedEdges.get(i))).as("%s item %d", list, i).isEqualTo(trimmed);
				assertThat(namedEdges.get(i).get("cursor")).isEqualTo(fullerEdges.get(i).get("cursor"));
			}
			assertThat(fullerEdges).as("%s: the fuller page reads the rest of each node", list)
				.anySatisfy(edge -> assertThat((List<?>) node(edge).get("evidence")).isNotEmpty())
				.anySatisfy(edge -> assertThat(node(edge).get(label)).isNotNull());
		});
	}

	/**
	 * A page that reads more than ids and names reads each node's stored properties, not the whole node: every
	 * field of a listed type that is served from the node itself (its scalars and evidence) is what a lookup of the
	 * same node by {@code node(id:)} gives.
	 */
	@Test
	void aFullerPageServesEveryFieldOfItsNodesAsTheirLookupsDo() {
		Map<String, String> lists = Map.of("people", "Person", "organisations", "Organisation", "bodies", "Body",
				"initiatives", "Initiative", "standards", "Standard", "meetings", "Meeting", "agendaItems", "AgendaItem");
		GraphQLSchema schema = this.graphQlSource.schema();
		lists.forEach((list, type) -> {
			List<String> scalars = schema.getObjectType(type)
				.getFieldDefinitions()
				.stream()
				.filter(f -> f.getArguments().isEmpty() && (GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLScalarType
						|| GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLEnumType))
				.map(GraphQLFieldDefinition::getName)
				.toList();
			assertThat(scalars).as(type).contains("nodeId", "id");
			String fields = String.join(" ", scalars) + " evidence { quote lines document { id } }";
			List<Map<String, Object>> listed = edges(page(list, fields)).stream().map(BrowsingApiTests::node).toList();
			assertThat(listed).as(list).isNotEmpty();

			StringBuilder lookups = new StringBuilder("{");
			for (int i = 0; i < listed.size(); i++) {
				lookups.append(" n%d: node(id: \"%s\") { ... on %s { %s } }".formatted(i, listed.get(i).get("nodeId"), type,
						fields));
			}
			Map<String, Object> looked = this.graphQl.document(lookups.append(" }").toString())
				.execute()
				.path("")
				.entity(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			for (int i = 0; i < listed.size(); i++) {
				assertThat(listed.get(i)).as("%s item %d", list, i).isEqualTo(looked.get("n" + i));
			}
			assertThat(listed).as("%s: the page carries the nodes' evidence", list)
				.anySatisfy(node -> assertThat((List<?>) node.get("evidence")).isNotEmpty());
		});
	}

	private Map<String, Object> page(String list, String fields) {
		return this.graphQl.document("{ %s(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { %s } } } }"
			.formatted(list, fields))
			.execute()
			.path(list)
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("edges");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

	@Test
	void aCursorOnlyContinuesTheSortItCameFrom() {
		String cursor = this.graphQl.document("{ bodies(first: 2) { pageInfo { endCursor } } }")
			.execute()
			.path("bodies.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.document("query($after: String) { bodies(orderBy: {field: MEETING_COUNT}, after: $after) { totalCount } }")
			.variable("after", cursor)
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("sorted by NAME"))
			.verify();
	}

	@Test
	void badArgumentsGetClassifiedErrorsNotInternalOnes() {
		this.graphQl.document("{ people(first: -1) { totalCount } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("first must be between"))
			.verify();
		this.graphQl.document("{ people(after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("cursor"))
			.verify();
		this.graphQl.document("{ person(id: \"nobody\") { name } }")
			.execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("'nobody'"))
			.verify();
	}

	@Test
	void nestedListsCostTheSameNumberOfQueriesHoweverManyRowsTheyReturn() {
		String nested = """
				query ($first: Int) { people(first: $first) { edges { node { name
				  memberships { role body { name meetings { date } } onBehalfOf { name } }
				  attendance { status meeting { date } }
				  positions { title organisation { name } } } } } }""";
		int few = statements(nested, 2);
		int many = statements(nested, 60);
		assertThat(many).isEqualTo(few);
		assertThat(few).isLessThanOrEqualTo(12);
	}

	@Test
	void aNestedQueryIsOneStatementWithNoTransactionAroundIt() {
		ApiTestConfiguration.transactionsBegun.set(0);
		ApiTestConfiguration.cypherStatements.set(0);
		this.graphQl.document("""
				{ person(id: "karl-stener-vestli") { name
				  memberships { role body { name } onBehalfOf { name } }
				  attendance { status meeting { date body { name } } } } }""")
			.execute()
			.path("person.memberships[0].body.name")
			.hasValue();
		assertThat(ApiTestConfiguration.cypherStatements.get()).as("statements: the person with its lists").isEqualTo(1);
		assertThat(ApiTestConfiguration.transactionsBegun.get()).as("explicit transactions: the statement commits itself")
			.isZero();
	}

	/**
	 * A membership's body and organisation, an attendance's person, meeting and organisation, a meeting's body and
	 * a sak's meeting are read with the list that holds them and handed on to their own fields, which then need no
	 * query; what they give is what the graph holds. (The lists of the node looked up are read with it, so only the
	 * meetings' attendance needs a query of its own.)
	 */
	@Test
	void neighboursReadWithTheirListCostNoQueryOfTheirOwn() {
		var profile = answerCounting(1, """
				{ person(id: "karl-stener-vestli") { memberships { id body { id } onBehalfOf { id } }
				  attendance { id meeting { id body { id } } } presented { id meeting { id } } } }""");
		assertThat(neighbours(profile, "person.memberships", "body")).isNotEmpty()
			.isEqualTo(graph("(:Person {id: 'karl-stener-vestli'})-[:HAS_MEMBERSHIP]->(x)-[:IN_BODY]->(n)"));
		assertThat(neighbours(profile, "person.memberships", "onBehalfOf"))
			.isEqualTo(graph("(:Person {id: 'karl-stener-vestli'})-[:HAS_MEMBERSHIP]->(x) OPTIONAL MATCH (x)-[:ON_BEHALF_OF]->(n)"));
		assertThat(neighbours(profile, "person.attendance", "meeting")).isNotEmpty()
			.isEqualTo(graph("(:Person {id: 'karl-stener-vestli'})-[:HAS_ATTENDANCE]->(x)-[:AT_MEETING]->(n)"));
		assertThat(neighbours(profile, "person.attendance[*].meeting", "body"))
			.isEqualTo(graph("(:Person {id: 'karl-stener-vestli'})-[:HAS_ATTENDANCE]->()-[:AT_MEETING]->(x)-[:OF_BODY]->(n)"));
		assertThat(neighbours(profile, "person.presented", "meeting"))
			.isEqualTo(graph("(:Person {id: 'karl-stener-vestli'})<-[:PRESENTED_BY]-(x)<-[:HAS_AGENDA_ITEM]-(n)"));

		var body = answerCounting(2, """
				{ body(id: "nuit") { memberships { id person { id } body { id } onBehalfOf { id } }
				  meetings { attendance { id person { id } meeting { id } onBehalfOf { id } } } } }""");
		assertThat(neighbours(body, "body.memberships", "person")).isNotEmpty()
			.isEqualTo(graph("(:Body {id: 'nuit'})<-[:IN_BODY]-(x)<-[:HAS_MEMBERSHIP]-(n)"));
		assertThat(neighbours(body, "body.memberships", "body"))
			.isEqualTo(graph("(n:Body {id: 'nuit'})<-[:IN_BODY]-(x)"));
		assertThat(neighbours(body, "body.memberships", "onBehalfOf"))
			.isEqualTo(graph("(:Body {id: 'nuit'})<-[:IN_BODY]-(x) OPTIONAL MATCH (x)-[:ON_BEHALF_OF]->(n)"));
		assertThat(neighbours(body, "body.meetings[*].attendance[*]", "person")).isNotEmpty()
			.isEqualTo(graph("(:Body {id: 'nuit'})<-[:OF_BODY]-()<-[:AT_MEETING]-(x)<-[:HAS_ATTENDANCE]-(n)"));
		assertThat(neighbours(body, "body.meetings[*].attendance[*]", "meeting"))
			.isEqualTo(graph("(:Body {id: 'nuit'})<-[:OF_BODY]-(n)<-[:AT_MEETING]-(x)"));
		assertThat(neighbours(body, "body.meetings[*].attendance[*]", "onBehalfOf"))
			.isEqualTo(graph("(:Body {id: 'nuit'})<-[:OF_BODY]-()<-[:AT_MEETING]-(x) OPTIONAL MATCH (x)-[:ON_BEHALF_OF]->(n)"));

		var organisation = answerCounting(1, """
				{ organisation(id: "direktoratet-for-e-helse") { seats { id body { id } person { id } } } }""");
		assertThat(neighbours(organisation, "organisation.seats", "body")).isNotEmpty()
			.isEqualTo(graph("(:Organisation {id: 'direktoratet-for-e-helse'})<-[:ON_BEHALF_OF]-(x:Membership)-[:IN_BODY]->(n)"));
		assertThat(neighbours(organisation, "organisation.seats", "person"))
			.isEqualTo(graph("(:Organisation {id: 'direktoratet-for-e-helse'})<-[:ON_BEHALF_OF]-(x:Membership)<-[:HAS_MEMBERSHIP]-(n)"));
	}

	/**
	 * A lookup by id reads the lists the request selects (and a body's profile) in its own query, so a page about
	 * one node costs one query; what each list holds, in what order, and the neighbours its items hand on are what
	 * the same fields give when batch-loaded for a node reached another way ({@code node(id:)}). Checked for every
	 * node of every type that reads ahead.
	 */
	@Test
	void aLookupByIdReadsItsSelectedListsInItsOwnQueryAndGivesWhatBatchLoadingGives() {
		String dependency = """
				dependent { ... on Initiative { id } ... on Standard { id } }
				dependency { ... on Initiative { id } ... on Standard { id } } kind note evidence { quote lines }""";
		Map<String, String> selections = Map.of("Person", """
				positions { title organisation { id } evidence { quote lines } }
				memberships { id role from to body { id } onBehalfOf { id } evidence { quote lines } }
				attendance { id status role meeting { id date body { id } } }
				presented { id number meeting { id } } caseOfficerFor { id meeting { id } } replaces { id } replacedBy { id }""", "Body", """
				memberships { id role person { id } body { id } onBehalfOf { id } } meetings { id date }
				leaders { id role from to person { id } onBehalfOf { id } }
				relations { kind from { id } to { ... on Body { id } ... on Organisation { id } } evidence { quote } }
				incomingRelations { kind from { id } } changeEvents { id kind }
				profile { membersByOrganisation { organisation { id } count } membersBySector { name count }
				  meetingCount meetingDates attendanceRate attendanceByPerson { person { id } present partial absent rate }
				  attendanceByOrganisation { organisation { id } present partial absent rate }
				  agendaItemsByType { name count } decisions { id } }""", "Meeting", """
				attendance { id status role person { id } meeting { id } onBehalfOf { id } }
				agendaItems { id number meeting { id } }""", "Organisation", """
				subOrganisations { id } seats { id body { id } person { id } } bodiesRun { id } initiativesOwned { id }
				standardsMaintained { id } changeEvents { id }""", "Initiative",
				"""
						parts { id } partOf { id } agendaItems { id } dependsOn { %1$s } dependents { %1$s }
						affects { %1$s } affectedBy { %1$s } roles { id name }""".formatted(dependency),
				"Standard", "adoptions { id level year evidence { quote } } agendaItems { id } usedBy { %s }"
					.formatted(dependency),
				"AgendaItem", """
						presenters { id } caseOfficers { id } presentingOrganisations { id } initiatives { id }
						standards { id } concerns { ... on Body { id } ... on Organisation { id } } refersTo { id }
						referredBy { id }""");
		Set<String> listsWithItems = new TreeSet<>();
		selections.forEach((type, selection) -> {
			String lookup = type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1);
			List<String> ids = this.neo4j.query("MATCH (n:%s) RETURN n.id ORDER BY n.id".formatted(type))
				.fetchAs(String.class)
				.all()
				.stream()
				.toList();
			assertThat(ids).as(type).isNotEmpty();
			// twenty nodes a request: each lookup is one query, while node(id:) batch-loads each list for all twenty
			for (int from = 0; from < ids.size(); from += 20) {
				List<String> some = ids.subList(from, Math.min(from + 20, ids.size()));
				StringBuilder lookups = new StringBuilder("{");
				StringBuilder nodes = new StringBuilder("{");
				for (int i = 0; i < some.size(); i++) {
					lookups.append(" n%d: %s(id: \"%s\") { %s }".formatted(i, lookup, some.get(i), selection));
					nodes.append(" n%d: node(id: \"%s:%s\") { ... on %s { %s } }".formatted(i, type, some.get(i), type,
							selection));
				}
				Map<String, Map<String, Object>> readAhead = answerCounting(some.size(), lookups.append(" }").toString())
					.path("")
					.entity(new ParameterizedTypeReference<Map<String, Map<String, Object>>>() {
					})
					.get();
				Map<String, Map<String, Object>> batchLoaded = patient().document(nodes.append(" }").toString())
					.execute()
					.path("")
					.entity(new ParameterizedTypeReference<Map<String, Map<String, Object>>>() {
					})
					.get();
				assertThat(readAhead).as("%s %s", type, some).isEqualTo(batchLoaded);
				readAhead.values().forEach(node -> node.forEach((field, value) -> {
					if (!(value instanceof List<?> items) || !items.isEmpty()) {
						listsWithItems.add(type + "." + field);
					}
				}));
			}
		});
		assertThat(listsWithItems).as("lists that had items somewhere, so the comparison compared something")
			.hasSize(selections.values().stream().mapToInt(BrowsingApiTests::topLevelFields).sum());
	}

	/** How many fields a selection names at its top level. */
	private static int topLevelFields(String selection) {
		int depth = 0;
		int fields = 0;
		for (String token : selection.replace("{", " { ").replace("}", " } ").trim().split("\\s+")) {
			switch (token) {
				case "{" -> depth++;
				case "}" -> depth--;
				default -> fields += (depth == 0) ? 1 : 0;
			}
		}
		return fields;
	}

	/**
	 * Twenty lookups selecting every list are large requests; on a machine shared with other builds their first,
	 * unplanned run can take longer than the tester's default 5 s.
	 */
	private HttpGraphQlTester patient() {
		return this.graphQl.mutate().webTestClient(client -> client.responseTimeout(Duration.ofSeconds(30))).build();
	}

	private GraphQlTester.Response answerCounting(int expectedStatements, String document) {
		ApiTestConfiguration.cypherStatements.set(0);
		GraphQlTester.Response response = patient().document(document).execute();
		response.errors().verify();
		assertThat(ApiTestConfiguration.cypherStatements.get()).as("statements").isEqualTo(expectedStatements);
		return response;
	}

	/** Each item's id against the id of its neighbour in {@code field} (null when it has none). */
	private static Map<String, String> neighbours(GraphQlTester.Response response, String path, String field) {
		Map<String, String> pairs = new TreeMap<>();
		for (Map<String, Object> item : response.path(path).entityList(new ParameterizedTypeReference<Map<String, Object>>() {
		}).get()) {
			pairs.put((String) item.get("id"), (item.get(field) instanceof Map<?, ?> n) ? (String) n.get("id") : null);
		}
		return pairs;
	}

	/** The same pairs read from the graph: {@code x} the item, {@code n} its neighbour. */
	private Map<String, String> graph(String pattern) {
		Map<String, String> pairs = new TreeMap<>();
		this.neo4j.query("MATCH " + pattern + " RETURN DISTINCT x.id AS x, n.id AS n")
			.fetch()
			.all()
			.forEach(row -> pairs.put((String) row.get("x"), (String) row.get("n")));
		return pairs;
	}

	private int statements(String document, int first) {
		ApiTestConfiguration.cypherStatements.set(0);
		this.graphQl.document(document).variable("first", first).execute().path("people.edges").hasValue();
		return ApiTestConfiguration.cypherStatements.get();
	}

}
