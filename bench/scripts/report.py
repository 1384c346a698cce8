#!/usr/bin/env python3
"""Rewrites the results section of bench/README.md (between the results markers) from bench/results/*.json.
Each bench script calls it after writing its own JSON, so the table always shows the latest run of each."""
import json
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
RESULTS = BENCH / "results"
README = BENCH / "README.md"
START, END = "<!-- results:start (bench/scripts/report.py rewrites this section) -->", "<!-- results:end -->"


def load(name):
    p = RESULTS / f"{name}.json"
    return json.loads(p.read_text()) if p.exists() else None


def n(x, digits=0):
    if not isinstance(x, (int, float)) or x != x:  # None, or JMH's "NaN" error of a single iteration
        return "–"
    return f"{x:,.{digits}f}"


def machine(m):
    return (f"{m['date']}: {m['nproc']} cores ({m.get('cpu', '?')}), {m['memory']} memory, {m['java']}; "
            f"load average before the run {m.get('loadavg_before', '?')}")


def verdict(ok, how):
    return ("met" if ok else "**missed**") + (f" ({how})" if how else "")


def engine(e, out):
    out.append("### Engine: decisions per second on one core (JMH, one thread)\n")
    out.append(f"_{machine(e['machine'])}._  ")
    out.append(f"Agreement: {e['agreement']['summary']}.\n")
    r = {x["name"]: x for x in e["results"]}
    out.append("| cases (10,000 each) | engine | decisions/s, wall clock (JMH ± 99.9% error) | decisions per CPU-second "
               "| CPU time per decision | times slower than (b), by CPU time | bytes allocated per decision |")
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    engines = (("a_service", "(a) the service's path: Drools"), ("b_java", "(b) hand-written Java"),
               ("c_dmn", "(c) KIE DMN 10.2, FEEL decision tables"))
    targets = []
    speed = lambda x: x.get("cpu_ops_per_s") or x["ops_per_s"]
    for kind, label in (("facs", "FACS 2010"), ("careAct", "Care Act 2014, adults and carers"), ("ras", "RAS points and price")):
        b = r.get(f"{kind}_b_java")
        for suffix, name in engines:
            x = r.get(f"{kind}_{suffix}")
            if not x:
                continue
            cpu_ns = x.get("cpu_ns_per_op")
            per = "–" if cpu_ns is None else (f"{cpu_ns / 1000:,.1f} µs" if cpu_ns >= 1000 else f"{cpu_ns:,.0f} ns")
            slower = f"{speed(b) / speed(x):,.0f}×" if b and x is not b else ("1×" if x is b else "–")
            out.append(f"| {label} | {name} | {n(x['ops_per_s'])} ± {n(x['error'])} | {n(x.get('cpu_ops_per_s'))} | {per} | "
                       f"{slower} | {n(x.get('bytes_per_op'))} |")
        a, c = r.get(f"{kind}_a_service"), r.get(f"{kind}_c_dmn")
        if a and b:
            f = speed(b) / speed(a)
            targets.append((f"{label}: (a) within 10× of (b)", verdict(f <= 10, f"(a) takes {f:,.0f}× the CPU time of (b): "
                                                                       f"{f / 10:,.0f}× past the target")))
        if a and c:
            ratio = speed(a) / speed(c)
            how = (f"(a) {n(speed(a))} against (c) {n(speed(c))} a CPU-second, {ratio:.2f}×; "
                   f"wall clock {n(a['ops_per_s'])} against {n(c['ops_per_s'])}")
            if 0.9 <= ratio <= 1.1:
                targets.append((f"{label}: (a) ahead of (c)", f"**tied** ({how}: within the run-to-run spread, not a lead)"))
            else:
                targets.append((f"{label}: (a) ahead of (c)", verdict(ratio > 1, how)))
    out.append("")
    out.append("Wall-clock throughput is JMH's score after the warm-up stated in `EngineBenchmark` (measured "
               + ", ".join(sorted({x['measurement'] for x in e['results']})) + "); it falls whenever other processes take the "
               "CPU. Decisions per CPU-second are 1 / (the benchmark thread's own CPU time per decision, measured in the same "
               "iterations): they hold on a shared machine, and leave out GC and JIT threads. The targets below use them.\n")
    return targets


def http(h, out):
    out.append("### HTTP: stored decisions per second and latency (wrk on loopback, the packaged jar, H2 file database)\n")
    out.append(f"_{machine(h['machine'])}._  ")
    out.append(f"JVM options: {opts(h)}; "
               f"wrk with 2 threads on the same 2 cores; {h['seconds_per_run']} s per run after a "
               f"{h.get('warmup_seconds', 10)} s warm-up of each endpoint at 64 connections.\n")
    out.append("| endpoint | connections | decisions/s (201s) | p50 ms | p99 ms | p99.9 ms | max ms | not 201 / socket errors "
               "| service CPU per decision |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    targets = []
    for run in h["runs"]:
        x = run["result"]
        path = "POST /api/eligibility" if run["kind"] == "eligibility" else "POST /api/allocations"
        out.append(f"| {path} | {run['connections']} | {n(x['decisions_per_s'])} | {n(x['p50_ms'], 1)} | {n(x['p99_ms'], 1)} | "
                   f"{n(x['p999_ms'], 1)} | {n(x['max_ms'], 1)} | {x['not_created']} / {x['socket_errors']} | "
                   f"{(str(round(run['service_cpu_ms'] / x['created'], 2)) + ' ms') if run.get('service_cpu_ms') and x['created'] else '–'} |")
        if run["kind"] == "eligibility" and run["connections"] == 64:
            rate, p99 = x["decisions_per_s"], x["p99_ms"]
            ceiling = ""
            if run.get("service_cpu_ms") and x["created"]:
                per = run["service_cpu_ms"] / x["created"]
                ceiling = f"; at {per:.2f} ms of service CPU per decision two idle cores could store at most {n(2000 / per)}/s"
            targets.append(("≥ 2,000 stored eligibility decisions/s at 64 connections",
                            verdict(rate >= 2000, (f"{n(rate)}/s: {2000 / rate:.1f}× short" if rate < 2000 else f"{n(rate)}/s") + ceiling)))
            targets.append(("p99 under 50 ms at 64 connections",
                            verdict(p99 < 50, f"{n(p99, 1)} ms" + (f": {p99 / 50:.1f}× over" if p99 >= 50 else ""))))
    out.append("")
    for w in h.get("warmup", []):
        x = w["result"]
        out.append(f"The warm-up, {'eligibility' if w['kind'] == 'eligibility' else 'allocation'} at 64 connections right after "
                   f"{'start-up' if w['kind'] == 'eligibility' else 'the eligibility warm-up'} (the JIT still compiling): "
                   f"{n(x['decisions_per_s'])}/s, p99 {n(x['p99_ms'], 1)} ms, "
                   f"{w['service_cpu_ms'] / x['created']:.2f} ms of service CPU per decision.  ")
    out.append("")
    out.append("Service CPU per decision is the service process's CPU time (all threads: HTTP, JSON, rules, H2, GC, JIT) "
               "over the run divided by the decisions stored: unlike the rate, it does not fall when other processes "
               "share the cores; two cores can store at most about 2,000 ms ÷ that figure a second.\n")
    out.append(f"Resident memory of the service: {h['rss_idle_mib']} MiB idle after start-up, at most {h['rss_under_load_max_mib']} MiB "
               f"sampled under load, peak (VmHWM) {h['rss_peak_mib']} MiB.\n")
    targets.append(("under 512 MB resident under load",
                    verdict(h["rss_under_load_max_mib"] * 1.048576 < 512,
                            f"{h['rss_under_load_max_mib']} MiB = {h['rss_under_load_max_mib'] * 1.048576:.0f} MB at most, sampled every 0.5 s")))
    return targets


def replay(r, out):
    out.append("### Replay and what-if: stored decisions re-run in one batch\n")
    out.append(f"_{machine(r['machine'])}._  ")
    f = r["fill"]
    out.append(f"{n(r['stored'])} decisions stored first over HTTP (two in three eligibility, one in three allocations) in "
               f"{f['wall_ms'] / 1000:.0f} s ({n(f['created'] / (f['wall_ms'] / 1000))}/s at 32 connections).\n")
    out.append("| job | decisions | time s | decisions/s | service CPU per decision | peak heap in use MiB (jstat, every 250 ms) | outcome |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    cpu = lambda j, count: f"{j['service_cpu_ms'] * 1000 / count:,.0f} µs" if j.get("service_cpu_ms") and count else "–"
    p = r["replay"]
    out.append(f"| `POST /api/replays` (everything) | {n(p['checked'])} | {p['service_millis'] / 1000:.1f} | {n(p['decisions_per_s'])} | "
               f"{cpu(p, p['checked'])} | {n(p['peak_heap_mib'])} | {n(p['identical'])} identical, {p['differing']} differing, {p['failed']} failed |")
    w = r["whatif"]
    out.append(f"| `POST /api/what-if` (eligibility under `examples/facs-threshold-moderate`) | {n(w['processed'])} | "
               f"{w['wall_ms'] / 1000:.1f} | {n(w['decisions_per_s'])} | {cpu(w, w['processed'])} | {n(w['peak_heap_mib'])} | "
               f"{n(w['decided'])} re-decided (FACS), {n(w['changed'])} changed, {n(w['undecidable'])} outside the candidate (Care Act) |")
    out.append("")
    out.append(f"Resident memory after the replay {r['rss_after_replay_mib']} MiB; peak over the whole run (VmHWM) {r['rss_peak_mib']} MiB.\n")
    out.append("The peak heap is heap in use, garbage included: with no `-Xmx` the JVM may use a quarter of the machine's "
               "memory and collects lazily, so the figure shows what the JVM took, not what the replay needs; a variant "
               "with a capped heap (below, where run) shows whether it fits in less.\n")
    ceiling = ""
    if p.get("service_cpu_ms"):
        per = p["service_cpu_ms"] * 1000 / p["checked"]
        ceiling = f"; at {per:,.0f} µs of service CPU per decision two idle cores could replay at most {n(2e6 / per)}/s"
    return [("replay ≥ 20,000 decisions/s", verdict(p["decisions_per_s"] >= 20000,
                                                    (f"{n(p['decisions_per_s'])}/s: {20000 / p['decisions_per_s']:.1f}× short"
                                                     if p["decisions_per_s"] < 20000 else f"{n(p['decisions_per_s'])}/s") + ceiling))]


def startup(s, out):
    out.append("### Start-up and memory\n")
    out.append(f"_{machine(s['machine'])}._  ")
    out.append(f"JVM options: {opts(s)}.\n")
    out.append("| measure | runs | median |")
    out.append("| --- | --- | ---: |")
    out.append(f"| process start to the first 200 from `/health` (ms), fresh database | {', '.join(n(x) for x in s['startup_ms'])} | "
               f"{n(s['median_startup_ms'])} |")
    if s.get("startup_cpu_ms"):
        cpu = s["startup_cpu_ms"]
        out.append(f"| CPU time used by then, all threads (ms) | {', '.join(n(x) for x in cpu)} | {n(sorted(cpu)[len(cpu) // 2])} |")
    out.append(f"| resident memory 10 s after start, idle (MiB) | {', '.join(n(x) for x in s['rss_idle_mib'])} | {n(s['median_rss_idle_mib'])} |")
    out.append("")
    ms = s["median_startup_ms"]
    return [("start-up under 5 s", verdict(ms < 5000, f"{ms / 1000:.1f} s median" + (f": {ms / 5000:.1f}× the target" if ms >= 5000 else "")))]


def opts(x):
    o = (x.get("java_opts") or "").replace(str(BENCH.parent) + "/", "")
    return f"`{o}`" if o else "none (plain `java -jar`)"


def startup_variant(tag, s, out):
    out.append(f"#### Variant `{tag}`: the service started with {opts(s)}\n")
    cpu = s.get("startup_cpu_ms") or []
    out.append(f"_{machine(s['machine'])}._  ")
    out.append(f"Process start to the first 200 from `/health`: {', '.join(n(x) for x in s['startup_ms'])} ms (median "
               f"{n(s['median_startup_ms'])}); CPU used by then {', '.join(n(x) for x in cpu)} ms; resident 10 s after start "
               f"{n(s['median_rss_idle_mib'])} MiB.\n")
    return []


def http_variant(tag, h, out):
    out.append(f"#### Variant `{tag}`: the service started with {opts(h)}\n")
    out.append(f"_{machine(h['machine'])}._\n")
    out.append("| endpoint | connections | decisions/s | p50 ms | p99 ms | p99.9 ms | service CPU per decision |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for run in h["runs"]:
        x = run["result"]
        cpu = f"{run['service_cpu_ms'] / x['created']:.2f} ms" if run.get("service_cpu_ms") and x["created"] else "–"
        out.append(f"| POST /api/{'eligibility' if run['kind'] == 'eligibility' else 'allocations'} | {run['connections']} | "
                   f"{n(x['decisions_per_s'])} | {n(x['p50_ms'], 1)} | {n(x['p99_ms'], 1)} | {n(x['p999_ms'], 1)} | {cpu} |")
    out.append("")
    out.append(f"Resident memory: {h['rss_idle_mib']} MiB idle, at most {h['rss_under_load_max_mib']} MiB sampled under load, "
               f"peak (VmHWM) {h['rss_peak_mib']} MiB.\n")
    mb = h["rss_under_load_max_mib"] * 1.048576
    return [(f"under 512 MB resident under load, with {opts(h)}",
             verdict(mb < 512, f"{h['rss_under_load_max_mib']} MiB = {mb:.0f} MB at most"))]


def replay_variant(tag, r, out):
    p, w = r["replay"], r["whatif"]
    out.append(f"#### Variant `{tag}`: the service started with {opts(r)}\n")
    out.append(f"_{machine(r['machine'])}._  ")
    cpu = f" ({p['service_cpu_ms'] * 1000 / p['checked']:,.0f} µs of service CPU each)" if p.get("service_cpu_ms") else ""
    out.append(f"Replay of {n(p['checked'])} decisions: {n(p['decisions_per_s'])}/s{cpu}, peak heap in use {n(p['peak_heap_mib'])} MiB, "
               f"{p['identical']:,} identical, {p['differing']} differing, {p['failed']} failed. What-if over {n(w['processed'])}: "
               f"{n(w['decisions_per_s'])}/s, peak heap {n(w['peak_heap_mib'])} MiB. Resident peak (VmHWM) {r['rss_peak_mib']} MiB.\n")
    return []


def main():
    out, targets = [START, ""], []
    for name, fn in (("engine", engine), ("http", http), ("replay", replay), ("startup", startup)):
        data = load(name)
        if data:
            targets += fn(data, out)
        else:
            out.append(f"### {name}\n\nNot run yet: `bench/scripts/{name}.sh`.\n")
        variant = {"http": http_variant, "replay": replay_variant, "startup": startup_variant}.get(name)
        for path in sorted(RESULTS.glob(f"{name}-*.json")) if variant else []:
            targets += variant(path.stem[len(name) + 1:], json.loads(path.read_text()), out)
    out.append("### Against the targets of issue 7\n")
    out.append("| target | result |")
    out.append("| --- | --- |")
    for t, v in targets:
        out.append(f"| {t} | {v} |")
    out += ["", END]
    text = README.read_text() if README.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        raise SystemExit(f"{README} has no results markers")
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    README.write_text(before + "\n".join(out) + after)
    print(f"report: rewrote the results section of {README}")


if __name__ == "__main__":
    main()
