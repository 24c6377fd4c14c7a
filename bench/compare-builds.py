#!/usr/bin/env python3
"""Side-by-side p50 of two running Styringskart builds on the same machine: requests alternate between them,
so both see the same noise. Start each build on its own data directory and ports, e.g.
  java -jar before.jar --styringskart.neo4j.embedded.data-directory=/tmp/a --styringskart.neo4j.embedded.bolt-port=7697 --server.port=8097
  java -jar after.jar  --styringskart.neo4j.embedded.data-directory=/tmp/b --styringskart.neo4j.embedded.bolt-port=7698 --server.port=8098
then: python3 bench/compare-builds.py 8097 8098 [requests] [question,question...]
Keep both busy for a minute or two first: a JVM's first thousands of requests are slower than its settled ones,
and a build that has answered fewer of them loses for that reason alone.
With NO_CACHE=1 in the environment every request carries Cache-Control: no-cache, so a build that keeps answers
computes each one afresh.
"""
import http.client
import json
import os
import statistics
import sys
import time

QUESTIONS = {
    "dependents": ("""query($id: ID!) { dependents(of: $id, depth: 5) { reached { distance
        node { ... on Initiative { id name } ... on Standard { id name } }
        chains { steps { dependent { ... on Initiative { name } ... on Standard { name } } kind
          dependency { ... on Initiative { name } ... on Standard { name } } evidence { quote lines document { id } } } } } } }""",
                   {"id": "tag"}),
    "profile": ("""query($id: ID!) { person(id: $id) { name memberships { role body { name } onBehalfOf { name } }
        attendance { status role meeting { date body { name } } } presented { number title } } }""",
                {"id": "karl-stener-vestli"}),
    "search": ("""query($text: String!) { search(text: $text, first: 20) { score matched result { __typename
        ... on Person { id name } ... on Organisation { id name } ... on Body { id name } ... on Initiative { id name }
        ... on Standard { id name } ... on AgendaItem { id title } } } }""", {"text": "helse"}),
    "bridging": ("""{ bridgingPeople(first: 50) { person { id name } bodyCount
        seats { body { name } roles organisations { name } } } }""", {}),
    "body page": ("""query($id: ID!) { body(id: $id) { name profile { meetingCount
        membersByOrganisation { organisation { name } count } agendaItemsByType { name count } } meetings { date } }
        agendaItems(filter: {body: $id}, first: 50) { totalCount edges { node { number title type } } } }""",
                  {"id": "nuit"}),
    "typename": ("{ __typename }", {}),
    "people page": ("""{ people(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }""", {}),
    "overlap": ("""{ overlapMatrix { sizes cells { a { id } b { id } sharedPeopleCount peopleJaccard
        sharedOrganisationCount organisationJaccard } } }""", {}),
}


HEADERS = {"content-type": "application/json"}
if os.environ.get("NO_CACHE") == "1":
    HEADERS["cache-control"] = "no-cache"


def ask(connection, query, variables):
    body = json.dumps({"query": query, "variables": variables})
    start = time.perf_counter()
    connection.request("POST", "/graphql", body=body, headers=HEADERS)
    response = connection.getresponse()
    answer = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status != 200 or b'"errors"' in answer:
        raise SystemExit("error answer: " + answer[:300].decode())
    return elapsed


def main():
    before, after = (http.client.HTTPConnection("localhost", int(port)) for port in sys.argv[1:3])
    requests = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    asked = sys.argv[4].split(",") if len(sys.argv) > 4 else list(QUESTIONS)
    for name in asked:
        query, variables = QUESTIONS[name]
        for connection in (before, after):
            for _ in range(40):
                ask(connection, query, variables)
        times = {"before": [], "after": []}
        builds = {"before": before, "after": after}
        for i in range(requests):
            # whichever build is asked second in a pair measured slower, so each goes first every other time
            for build in (("before", "after") if i % 2 == 0 else ("after", "before")):
                times[build].append(ask(builds[build], query, variables))
        p50 = {k: statistics.median(v) for k, v in times.items()}
        print(f"{name:12s} before {p50['before']:7.2f} ms  after {p50['after']:7.2f} ms  after/before {p50['after'] / p50['before']:.2f}")


if __name__ == "__main__":
    main()
