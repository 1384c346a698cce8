#!/usr/bin/env bash
# HTTP load: the packaged jar on loopback, persistence on (a fresh H2 file database), HTTP Basic as assessor:demo.
# wrk at 16 and 64 connections, for eligibility and for allocation: stored decisions per second and p50/p99/p99.9.
# Also the service's resident memory idle and under load. Bounded: about 2.5 minutes after the build.
#   BENCH_HTTP_SECONDS  seconds per measured run (default 20)     BENCH_SKIP_BUILD=1  use the jar already built
#   BENCH_HTTP_WARMUP_SECONDS  warm-up per endpoint at 64 connections before measuring (default 60)
#   BENCH_JAVA_OPTS     JVM options for the service (default: those of the README's run command; "" for none)
#   BENCH_TAG           writes results/http-TAG.json instead, shown as a variant (e.g. BENCH_JAVA_OPTS="" BENCH_TAG=plain: plain `java -jar`)
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN="${BENCH_HTTP_SECONDS:-20}"
WARMUP_SECONDS="${BENCH_HTTP_WARMUP_SECONDS:-60}"
read -r -a JAVA_OPTS <<<"$SERVICE_JAVA_OPTS"

ensure_wrk
build_service
check_quiet
MACHINE="$(machine_json)"
WORK="$(mktemp -d /tmp/care-rules-bench-http.XXXXXX)"
trap 'stop_service; rm -rf "$WORK"' EXIT

start_service "$WORK" "${JAVA_OPTS[@]}"
sleep 5
RSS_IDLE="$(rss_mib)"

prepare_bodies "$WORK"

# Peak resident memory while under load: sampled every half second.
sample_rss() { while kill -0 "$SERVICE_PID" 2>/dev/null; do rss_mib >>"$WORK/rss.txt" 2>/dev/null || true; sleep 0.5; done; }
sample_rss &
SAMPLER=$!

run_wrk() { # kind connections seconds [out]
  local kind="$1" c="$2" s="$3" out="${4:-$WORK/discard.json}"
  BODIES="$WORK/$kind.txt" AUTH=assessor:demo OUT="$out" \
    wrk -t2 -c"$c" -d"${s}s" --timeout 10s -s "$BENCH_DIR/wrk/post.lua" "$SERVICE_URL/api/$( [[ $kind == eligibility ]] && echo eligibility || echo allocations)" \
    >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; die "wrk failed"; }
  tail -1 "$WORK/wrk.out" >&2
}

# The JIT needs about a minute of load on two cores before the service reaches its steady speed (bench/README.md);
# the warm-up is reported too, as what the first minute after a start looks like.
log "warm-up: eligibility and allocation, 64 connections, $WARMUP_SECONDS s each"
WARMUPS=()
for kind in eligibility allocation; do
  cpu_before="$(cpu_ms)"
  run_wrk "$kind" 64 "$WARMUP_SECONDS" "$WORK/warmup-$kind.json"
  cpu_used=$(( $(cpu_ms) - cpu_before ))
  WARMUPS+=("{\"kind\": \"$kind\", \"connections\": 64, \"service_cpu_ms\": $cpu_used, \"result\": $(cat "$WORK/warmup-$kind.json")}")
done
RUNS=()
for kind in eligibility allocation; do
  for c in 16 64; do
    log "measuring $kind at $c connections for $SECONDS_PER_RUN s"
    cpu_before="$(cpu_ms)"
    run_wrk "$kind" "$c" "$SECONDS_PER_RUN" "$WORK/$kind-$c.json"
    cpu_used=$(( $(cpu_ms) - cpu_before ))
    RUNS+=("{\"kind\": \"$kind\", \"connections\": $c, \"service_cpu_ms\": $cpu_used, \"result\": $(cat "$WORK/$kind-$c.json")}")
  done
done
RSS_LOAD_MAX="$(sort -n "$WORK/rss.txt" | tail -1)"
RSS_PEAK="$(rss_mib VmHWM)"
STORED="$(grep -c 'stored: kind=' "$WORK/service.log" || true)"
kill "$SAMPLER" 2>/dev/null || true
stop_service

{
  printf '{"benchmark": "http", "machine": %s, "seconds_per_run": %s, "java_opts": "%s", "startup_ms": %s,\n' \
    "$MACHINE" "$SECONDS_PER_RUN" "$SERVICE_JAVA_OPTS" "$SERVICE_STARTUP_MS"
  printf ' "rss_idle_mib": %s, "rss_under_load_max_mib": %s, "rss_peak_mib": %s, "decisions_logged": %s,\n' \
    "$RSS_IDLE" "$RSS_LOAD_MAX" "$RSS_PEAK" "${STORED:-0}"
  printf ' "warmup_seconds": %s, "warmup": [%s],\n' "$WARMUP_SECONDS" "$(IFS=,; echo "${WARMUPS[*]}")"
  printf ' "runs": [%s]}\n' "$(IFS=,; echo "${RUNS[*]}")"
} | jq . >"$RESULTS_DIR/http${BENCH_TAG:+-$BENCH_TAG}.json"
log "wrote $RESULTS_DIR/http${BENCH_TAG:+-$BENCH_TAG}.json"
python3 "$BENCH_DIR/scripts/report.py"
