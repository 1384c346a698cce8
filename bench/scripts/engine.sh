#!/usr/bin/env bash
# Engine micro-benchmark (JMH): 10,000 generated cases each (fixed seed) of FACS, Care Act and the RAS through
#   (a) the service's own decision path without HTTP or database (RulesetCatalog/RulesetCompiler/Evaluation and
#       EligibilityEngine/AllocationEngine on the live rules/ directory),
#   (b) the same logic hand-written in plain Java (the floor), and
#   (c) the KIE DMN engine 10.2 on the same RAS points and prices (bench/src/main/resources/ras.dmn).
# First checks that (a), (b) and (c) agree on every case, and stops (exit 1) if they do not. Then decisions per
# second on one thread (per core), and each against (b). Bounded: about 8 minutes with the builds.
#   BENCH_JMH_ARGS  extra JMH options, e.g. "-wi 2 -i 2" for a quick look     BENCH_SKIP_BUILD=1
source "$(dirname "$0")/lib.sh"

build_service
# The benchmark compiles against the service's plain classes (not the shaded jar the main build leaves as its
# artifact): install them under the classifier "plain", with the service's pom for its dependencies.
PLAIN="$REPO_DIR/target/original-care-rules-0.1.0.jar"
[[ -f "$PLAIN" ]] || PLAIN="$JAR" # the main build no longer shades: its jar is the plain one
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -f "$BENCH_DIR/target/bench.jar" ]]; then
  log "installing the service's classes for the benchmark ($(basename "$PLAIN"), classifier plain) and building bench/"
  (cd "$REPO_DIR" && mvn -q -B install:install-file -Dfile="$PLAIN" -DpomFile=pom.xml -Dclassifier=plain -Dpackaging=jar) >&2
  (cd "$BENCH_DIR" && mvn -q -B package -DskipTests) >&2
fi
check_quiet
MACHINE="$(machine_json)"
BENCH_JAR="$BENCH_DIR/target/bench.jar"

log "checking that (a), (b) and (c) agree on every case"
(cd "$BENCH_DIR" && java -Dlogback.configurationFile=logback-bench.xml -cp "$BENCH_JAR" uk.carerules.bench.Agreement \
  10000 "$RESULTS_DIR/agreement.json") >&2 || die "the engines disagree: nothing was timed"

log "timing (JMH, one thread): about 6 minutes"
read -r -a EXTRA <<<"${BENCH_JMH_ARGS:-}"
WORK="$(mktemp -d /tmp/care-rules-bench-engine.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
(cd "$BENCH_DIR" && java -jar "$BENCH_JAR" -prof gc -rf json -rff "$WORK/jmh.json" \
  -jvmArgsPrepend "-Dbench.cpu.out=$WORK/cpu.jsonl" "${EXTRA[@]}" EngineBenchmark) \
  | grep --line-buffered -E '^(# Run progress|# Benchmark:|Iteration|# Warmup Iteration|EngineBenchmark\.|Benchmark )' >&2 \
  || die "JMH failed"

jq --argjson machine "$MACHINE" --argjson agreement "$(cat "$RESULTS_DIR/agreement.json")" \
  --slurpfile cpu "$WORK/cpu.jsonl" '
  ($cpu | map({key: .name, value: .cpu_ns_per_op}) | from_entries) as $cpuByName
  | {benchmark: "engine", machine: $machine, agreement: $agreement,
   results: [.[] | (.benchmark | split(".") | last) as $name | {name: $name, ops_per_s: .primaryMetric.score,
                    cpu_ns_per_op: ($cpuByName[$name] // [] | if length > 0 then add / length else null end),
                    error: .primaryMetric.scoreError, unit: .primaryMetric.scoreUnit,
                    cpu_ops_per_s: ($cpuByName[$name] // [] | if length > 0 then 1e9 / (add / length) else null end),
                    bytes_per_op: .secondaryMetrics["gc.alloc.rate.norm"].score,
                    warmup: "\(.warmupIterations) x \(.warmupTime)", measurement: "\(.measurementIterations) x \(.measurementTime)"}]}' \
  "$WORK/jmh.json" >"$RESULTS_DIR/engine.json"
log "wrote $RESULTS_DIR/engine.json"
python3 "$BENCH_DIR/scripts/report.py"
