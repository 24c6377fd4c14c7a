// The peer of the benchmark: the Neo4j GraphQL Library (@neo4j/graphql 7) over the same graph, with @cypher
// fields where it has no native equivalent (transitive dependencies, overlap, bridging people, full-text search).
// Usage: NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 node server.mjs
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

// The seats of body b from the seat summary the graph is written with (SITS_IN, as Styringskart and the floor read it).
const SEATS = `
      OPTIONAL MATCH (p:Person)-[s:SITS_IN]->(b)
      WITH b, collect(p) AS people, reduce(all = [], ids IN collect(s.organisations) | all + [id IN ids WHERE NOT id IN all]) AS organisations`;

const typeDefs = /* GraphQL */ `
  type Organisation @node { id: ID! name: String! kind: String sector: String }

  type Person @node {
    id: ID!
    name: String!
    memberships: [Membership!]! @relationship(type: "HAS_MEMBERSHIP", direction: OUT)
    attendance: [Attendance!]! @relationship(type: "HAS_ATTENDANCE", direction: OUT)
    presented: [AgendaItem!]! @relationship(type: "PRESENTED_BY", direction: IN)
  }

  type Membership @node {
    id: ID!
    role: String
    body: [Body!]! @relationship(type: "IN_BODY", direction: OUT)
    onBehalfOf: [Organisation!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
  }

  type Attendance @node {
    id: ID!
    status: String
    role: String
    meeting: [Meeting!]! @relationship(type: "AT_MEETING", direction: OUT)
  }

  type Meeting @node {
    id: ID!
    date: Date
    body: [Body!]! @relationship(type: "OF_BODY", direction: OUT)
    agendaItems: [AgendaItem!]! @relationship(type: "HAS_AGENDA_ITEM", direction: OUT)
  }

  type AgendaItem @node { id: ID! number: String title: String! type: String sortKey: String }

  type NamedCount { name: String count: Int! }

  type Body @node {
    id: ID!
    name: String!
    meetings: [Meeting!]! @relationship(type: "OF_BODY", direction: IN)
    meetingCount: Int! @cypher(statement: "RETURN COUNT { (this)<-[:OF_BODY]-(:Meeting) } AS result", columnName: "result")
    membersByOrganisation: [NamedCount!]! @cypher(statement: """
      MATCH (this)<-[:IN_BODY]-(:Membership)-[:ON_BEHALF_OF]->(o)
      WITH o, count(*) AS c RETURN {name: o.name, count: c} AS result""", columnName: "result")
    agendaItemsByType: [NamedCount!]! @cypher(statement: """
      MATCH (this)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(i)
      WITH i.type AS type, count(*) AS c RETURN {name: type, count: c} AS result""", columnName: "result")
    agendaPage(first: Int!): [AgendaItem!]! @cypher(statement: """
      MATCH (this)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->(i)
      RETURN i AS result ORDER BY i.sortKey, i.id LIMIT $first""", columnName: "result")
    agendaItemCount: Int! @cypher(statement: "RETURN COUNT { (this)<-[:OF_BODY]-(:Meeting)-[:HAS_AGENDA_ITEM]->() } AS result", columnName: "result")
  }

  type Initiative @node { id: ID! name: String! }

  type Step { dependent: String kind: String dependency: String quotes: [String!] lines: [String!] documents: [String!] }
  type Reached { id: ID! name: String distance: Int! chains: [[Step!]!]! }
  type OverlapCell { a: ID! b: ID! sharedPeopleCount: Int! peopleJaccard: Float! sharedOrganisationCount: Int! organisationJaccard: Float! }
  type Seat { body: String roles: [String!]! organisations: [String!]! }
  type BridgingPerson { id: ID! name: String! bodyCount: Int! seats: [Seat!]! }
  type Hit { id: ID! name: String type: String score: Float! }

  type QuoteHit { id: ID score: Float! quote: String document: String lines: String }

  type Query {
    dependents(id: ID!): [Reached!]! @cypher(statement: """
      MATCH (root:Initiative {id: $id})
      MATCH path = (x)-[:DEPENDS_ON*1..5]->(root) WHERE x <> root
      WITH x, path ORDER BY length(path)
      WITH x, collect(path)[0..3] AS paths, min(length(path)) AS distance
      RETURN {id: x.id, name: x.name, distance: distance,
        chains: [path IN paths | [r IN relationships(path) | {dependent: startNode(r).name, kind: r.kind,
          dependency: endNode(r).name, quotes: r.evidenceQuotes, lines: r.evidenceLines, documents: r.evidenceDocuments}]]} AS result
      ORDER BY distance, x.name""", columnName: "result")

    overlapMatrix(ids: [ID!]!): [OverlapCell!]! @cypher(statement: """
      UNWIND $ids AS id MATCH (b:Body {id: id})
      ${SEATS}
      WITH collect({id: b.id, people: people, organisations: organisations}) AS sets
      UNWIND range(0, size(sets) - 2) AS i UNWIND range(i + 1, size(sets) - 1) AS j
      WITH sets[i] AS a, sets[j] AS c
      WITH a, c, size([x IN a.people WHERE x IN c.people]) AS sp, size([x IN a.organisations WHERE x IN c.organisations]) AS so
      RETURN {a: a.id, b: c.id, sharedPeopleCount: sp,
        peopleJaccard: CASE WHEN size(a.people) + size(c.people) - sp = 0 THEN 0.0 ELSE toFloat(sp) / (size(a.people) + size(c.people) - sp) END,
        sharedOrganisationCount: so,
        organisationJaccard: CASE WHEN size(a.organisations) + size(c.organisations) - so = 0 THEN 0.0 ELSE toFloat(so) / (size(a.organisations) + size(c.organisations) - so) END} AS result""",
      columnName: "result")

    bridgingPeople(first: Int!): [BridgingPerson!]! @cypher(statement: """
      MATCH (p:Person) WHERE p.seatCount >= 2
      WITH p ORDER BY p.seatCount DESC, p.name LIMIT $first
      CALL (p) {
        MATCH (p)-[s:SITS_IN]->(b:Body)
        WITH b, s ORDER BY b.name
        RETURN collect({body: b.name, roles: s.roles,
          organisations: COLLECT { MATCH (o:Organisation) WHERE o.id IN s.organisations RETURN o.name }}) AS seats
      }
      RETURN {id: p.id, name: p.name, bodyCount: p.seatCount, seats: seats} AS result
      ORDER BY p.seatCount DESC, p.name""", columnName: "result")

    search(lucene: String!): [Hit!]! @cypher(statement: """
      CALL db.index.fulltext.queryNodes('search', $lucene, {limit: 20}) YIELD node, score
      RETURN {id: node.id, name: coalesce(node.name, node.title), type: labels(node)[0], score: score} AS result""",
      columnName: "result")

    searchQuotes(lucene: String!, word: String!): [QuoteHit!]! @cypher(statement: """
      CALL () {
        CALL db.index.fulltext.queryNodes('search', $lucene, {limit: 20}) YIELD node, score
        RETURN node AS x, score
        UNION ALL
        CALL db.index.fulltext.queryRelationships('search_relations', $lucene, {limit: 20}) YIELD relationship, score
        RETURN relationship AS x, score
      }
      WITH x, score ORDER BY score DESC LIMIT 20
      WITH x, score, [i IN range(0, size(coalesce(x.evidenceQuotes, [])) - 1) WHERE toLower(x.evidenceQuotes[i]) CONTAINS $word][0] AS i
      RETURN {id: x.id, score: score, quote: x.evidenceQuotes[i], document: x.evidenceDocuments[i], lines: x.evidenceLines[i]} AS result""",
      columnName: "result")
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'unused'));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const port = Number(process.env.PORT ?? 4000);
createServer(createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, landingPage: false, graphiql: false }))
  .listen(port, '127.0.0.1', () => console.log(`peer ready on http://127.0.0.1:${port}/graphql`));
