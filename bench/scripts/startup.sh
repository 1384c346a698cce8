#!/usr/bin/env bash
# Start-up: process start (java [options] -jar on the packaged jar, a fresh H2 file database, the live rules) to the first 200
# from /health, three times (with the CPU time the process had used by then, which other load on the machine
# hardly changes); and the resident memory (RSS from /proc) idle 10 s after start. Memory under load is
# measured by http.sh. Bounded: about a minute after the build.
#   BENCH_STARTS (default 3)   BENCH_JAVA_OPTS   BENCH_SKIP_BUILD=1
#   BENCH_TAG: writes results/startup-TAG.json instead, shown as a variant (e.g. BENCH_JAVA_OPTS="" BENCH_TAG=plain)
source "$(dirname "$0")/lib.sh"
STARTS="${BENCH_STARTS:-3}"
read -r -a JAVA_OPTS <<<"$SERVICE_JAVA_OPTS"

build_service
check_quiet
MACHINE="$(machine_json)"
WORK="$(mktemp -d /tmp/care-rules-bench-startup.XXXXXX)"
trap 'stop_service; rm -rf "$WORK"' EXIT

TIMES=()
CPU=()
IDLE=()
for i in $(seq 1 "$STARTS"); do
  rm -rf "$WORK/run"
  start_service "$WORK/run" "${JAVA_OPTS[@]}"
  TIMES+=("$SERVICE_STARTUP_MS")
  CPU+=("$SERVICE_STARTUP_CPU_MS")
  sleep 10
  IDLE+=("$(rss_mib)")
  log "start $i: $SERVICE_STARTUP_MS ms to the first 200 from /health ($SERVICE_STARTUP_CPU_MS ms of CPU); resident $(rss_mib) MiB idle"
  grep -E 'Startup completed' "$WORK/run/service.log" | sed 's/^/[bench]    /' >&2 || true
  stop_service
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
jq -n --argjson machine "$MACHINE" --arg java_opts "$SERVICE_JAVA_OPTS" \
  --argjson times "[$(IFS=,; echo "${TIMES[*]}")]" --argjson cpu "[$(IFS=,; echo "${CPU[*]}")]" --argjson idle "[$(IFS=,; echo "${IDLE[*]}")]" \
  --argjson median_ms "$(median "${TIMES[@]}")" --argjson median_idle "$(median "${IDLE[@]}")" \
  '{benchmark: "startup", machine: $machine, java_opts: $java_opts, startup_ms: $times, median_startup_ms: $median_ms,
    startup_cpu_ms: $cpu,
    rss_idle_mib: $idle, median_rss_idle_mib: $median_idle}' >"$RESULTS_DIR/startup${BENCH_TAG:+-$BENCH_TAG}.json"
log "wrote $RESULTS_DIR/startup${BENCH_TAG:+-$BENCH_TAG}.json"
python3 "$BENCH_DIR/scripts/report.py"
