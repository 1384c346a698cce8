#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples: the hottest methods (self time) and where the time goes by area.

  jfr_top.py recording.jfr [thread-name-filter]

Reads `jfr print --json --events jdk.ExecutionSample` (the JDK's own tool), so it needs nothing but Python 3.
An "area" is the first frame from the top of the stack whose class matches one of AREAS: e.g. a sample inside
H2 reached from our ledger counts for H2, not for the ledger, so the areas say which library spends the time.
"""
import collections
import json
import subprocess
import sys

AREAS = [  # (name, class-name prefixes), first match from the top of the stack wins
    ("H2 database", ("org.h2.",)),
    ("Hikari / JDBC / Micronaut Data", ("com.zaxxer.", "io.micronaut.data.", "io.micronaut.transaction.")),
    ("Drools engine", ("org.drools.", "org.kie.", "org.mvel2.")),
    ("rules' own code (DRL consequences)", ("uk.carerules.rules.allocation.", "uk.carerules.rules.eligibility.", "defaultpkg.")),
    ("JSON (Jackson, serde)", ("com.fasterxml.", "io.micronaut.serde.", "io.micronaut.json.")),
    ("security (Basic, BCrypt)", ("io.micronaut.security.", "at.favre.")),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
    ("Netty / HTTP server", ("io.netty.", "io.micronaut.http.")),
    ("service code", ("uk.carerules.",)),
    ("Micronaut other", ("io.micronaut.",)),
    ("JDK", ("java.", "jdk.", "sun.")),
]


def area_of(frames):
    for frame in frames:
        cls = frame["method"]["type"]["name"].replace("/", ".")
        for name, prefixes in AREAS:
            if name == "JDK":
                continue
            if cls.startswith(prefixes):
                return name
    return "JDK / other"


def main():
    path = sys.argv[1]
    thread_filter = sys.argv[2] if len(sys.argv) > 2 else None
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    selfs, areas, threads = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for e in events:
        thread = e["values"]["sampledThread"]["javaName"] or ""
        if thread_filter and thread_filter not in thread:
            continue
        frames = e["values"]["stackTrace"]["frames"]
        if not frames:
            continue
        total += 1
        top = frames[0]["method"]
        selfs[top["type"]["name"] + "." + top["name"]] += 1
        areas[area_of(frames)] += 1
        threads[thread.rstrip("0123456789-")] += 1
    print(f"{total} samples")
    print("\nby area (first matching frame from the top):")
    for name, n in areas.most_common():
        print(f"  {100 * n / total:5.1f}%  {name}")
    print("\nby thread pool:")
    for name, n in threads.most_common(8):
        print(f"  {100 * n / total:5.1f}%  {name}")
    print("\nhottest methods (self):")
    for name, n in selfs.most_common(25):
        print(f"  {100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
