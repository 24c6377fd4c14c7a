#!/usr/bin/env python3
"""Where a request's CPU time goes, by library: the share of execution samples whose innermost frame outside the
JDK belongs to each layer (graphql-java, Jackson, Neo4j's Cypher runtime and store, ...).

Record while asking the question in a loop, print the samples with whole stacks, then split them:

    jcmd <app pid> JFR.start name=split settings=profile duration=30s filename=/tmp/split.jfr
    jfr print --events jdk.ExecutionSample --stack-depth 256 /tmp/split.jfr > /tmp/split.txt
    python3 bench/jfr-split.py /tmp/split.txt [thread name part, default http-nio]

Start the app with -XX:FlightRecorderOptions:stackdepth=256: JFR keeps 64 frames by default, which cuts a deep
GraphQL completion off before the frames that tell whose code it is.
"""
import collections
import re
import sys

LAYERS = [
    ("graphql-java and its DataLoader", ("graphql.", "org.dataloader.")),
    ("Jackson (writing JSON)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("Neo4j driver values", ("org.neo4j.driver.",)),
    ("Neo4j: Cypher runtime and store", ("org.neo4j.", "scala.", "magnolia1.")),
    ("Styringskart", ("no.styringskart.",)),
    ("Spring, Tomcat, Reactor, Micrometer", ("org.springframework.", "org.apache.", "jakarta.", "reactor.",
                                             "io.micrometer.")),
]

JDK = ("java.", "javax.", "jdk.", "sun.")


def layer(frame):
    for name, prefixes in LAYERS:
        if frame.startswith(prefixes):
            return name
    return "other (" + ".".join(frame.split(".")[:2]) + ")"


def main(path, thread):
    samples = collections.Counter()
    total = 0
    try:
        with open(path, encoding="utf-8") as text:
            events = text.read().split("jdk.ExecutionSample")[1:]
    except OSError as error:
        sys.exit(f"cannot read {path}: {error.strerror}")
    for event in events:
        if thread not in event:
            continue
        frames = re.findall(r"^\s{4}([\w.$<>]+)\(", event, re.M)
        outside_jdk = [f for f in frames if not f.startswith(JDK)]
        samples[layer(outside_jdk[0]) if outside_jdk else "JDK only"] += 1
        total += 1
    if total == 0:
        sys.exit(f"no execution samples of threads named *{thread}* in {path}")
    print(f"{total} samples of threads named *{thread}*")
    for name, count in samples.most_common():
        print(f"{100 * count / total:5.1f} %  {name}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else "http-nio")
