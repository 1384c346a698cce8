#!/usr/bin/env bash
# Replay and what-if throughput: fills a fresh database with 100,000 stored decisions over HTTP (wrk with a
# quota per wrk thread; two in three eligibility of every regime, one in three allocations), then
#   POST /api/replays (auditor:demo): every stored decision re-run under its stored ruleset text and compared;
#   POST /api/what-if (policy:demo): every stored eligibility decision re-decided under examples/facs-threshold-moderate.
# Reports decisions per second and the peak heap (jstat, sampled every 250 ms) of each. Bounded: the fill stops
# after BENCH_REPLAY_FILL_SECONDS (default 420) even if short of the count, and the figures say how many there were.
#   BENCH_REPLAY_DECISIONS (default 100000)   BENCH_JAVA_OPTS   BENCH_SKIP_BUILD=1
#   BENCH_TAG: writes results/replay-TAG.json instead, shown as a variant (e.g. BENCH_JAVA_OPTS="" BENCH_TAG=plain: plain `java -jar`)
source "$(dirname "$0")/lib.sh"
TARGET="${BENCH_REPLAY_DECISIONS:-100000}"
FILL_SECONDS="${BENCH_REPLAY_FILL_SECONDS:-420}"
read -r -a JAVA_OPTS <<<"$SERVICE_JAVA_OPTS"

ensure_wrk
build_service
check_quiet
MACHINE="$(machine_json)"
WORK="$(mktemp -d /tmp/care-rules-bench-replay.XXXXXX)"
trap 'stop_service; rm -rf "$WORK"' EXIT
start_service "$WORK" "${JAVA_OPTS[@]}"

# The fill: the eligibility bodies and the allocation bodies (each on an eligible person decided first), by path.
prepare_bodies "$WORK"
: >"$WORK/fill.txt"
while IFS= read -r body; do echo "/api/eligibility $body" >>"$WORK/fill.txt"; done <"$WORK/eligibility.txt"
while IFS= read -r body; do echo "/api/allocations $body" >>"$WORK/fill.txt"; done <"$WORK/allocation.txt"
PRE="$(wc -l <"$WORK/allocation.txt")"
QUOTA=$(( (TARGET - PRE + 1) / 2 ))
log "filling: $((QUOTA * 2)) decisions over HTTP (wrk, 2 threads, 32 connections, at most $FILL_SECONDS s)"
FILL_START="$(now_ms)"
BODIES="$WORK/fill.txt" AUTH=assessor:demo QUOTA="$QUOTA" OUT="$WORK/fill.json" \
  wrk -t2 -c32 -d"${FILL_SECONDS}s" --timeout 10s -s "$BENCH_DIR/wrk/post.lua" "$SERVICE_URL/api/eligibility" >"$WORK/wrk.out" 2>&1 &
WRK=$!
# wrk's threads stop at their quota, but wrk itself waits out its duration: interrupt it (it then reports) once the
# count is reached and no longer growing.
stored_count() { curl -s -u auditor:demo "$SERVICE_URL/api/decisions?size=1" | jq .totalItems; }
last=-1
while kill -0 "$WRK" 2>/dev/null; do
  sleep 2
  now="$(stored_count)"
  if (( now >= TARGET && now == last )); then kill -INT "$WRK"; break; fi
  last="$now"
done
wait "$WRK" || true
grep -q '"created"' "$WORK/fill.json" 2>/dev/null || { cat "$WORK/wrk.out" >&2; die "wrk failed"; }
tail -1 "$WORK/wrk.out" >&2
FILL_MS=$(( $(now_ms) - FILL_START ))
STORED="$(stored_count)"
log "stored decisions: $STORED (fill took $((FILL_MS / 1000)) s)"

# Heap in use (survivors + eden + old, MiB), sampled while a job runs; the peak is what is reported.
heap_sampler() { jstat -gc "$SERVICE_PID" 250 2>/dev/null | awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024; fflush()}' >"$1"; }
peak() { sort -n "$1" | tail -1; }

log "replaying every stored decision: POST /api/replays"
heap_sampler "$WORK/heap-replay.txt" &
SAMPLER=$!
REPLAY_START="$(now_ms)"
REPLAY_CPU0="$(cpu_ms)"
curl -s --max-time 900 -u auditor:demo -H 'Content-Type: application/json' -X POST "$SERVICE_URL/api/replays" -d '{}' >"$WORK/replay.json"
REPLAY_MS=$(( $(now_ms) - REPLAY_START ))
REPLAY_CPU=$(( $(cpu_ms) - REPLAY_CPU0 ))
kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
jq -c '{checked, identical, differing, failed, millis}' "$WORK/replay.json" >&2 || { cat "$WORK/replay.json" >&2; die "replay failed"; }
[[ "$(jq .differing "$WORK/replay.json")" == 0 && "$(jq .failed "$WORK/replay.json")" == 0 ]] || log "WARNING: some replays differ or failed"
RSS_AFTER_REPLAY="$(rss_mib)"

log "what-if: every stored eligibility decision under examples/facs-threshold-moderate"
heap_sampler "$WORK/heap-whatif.txt" &
SAMPLER=$!
WHATIF_START="$(now_ms)"
WHATIF_CPU0="$(cpu_ms)"
JOB="$(curl -s -u policy:demo -H 'Content-Type: application/json' -X POST "$SERVICE_URL/api/what-if" \
  -d '{"candidate":"facs-threshold-moderate","kind":"ELIGIBILITY"}' | jq -r .id)"
[[ -n "$JOB" && "$JOB" != null ]] || die "what-if did not start"
for _ in $(seq 1 1800); do
  curl -s -u policy:demo "$SERVICE_URL/api/what-if/$JOB" >"$WORK/whatif.json"
  status="$(jq -r .status "$WORK/whatif.json")"
  [[ "$status" == RUNNING ]] || break
  sleep 0.5
done
WHATIF_MS=$(( $(now_ms) - WHATIF_START ))
WHATIF_CPU=$(( $(cpu_ms) - WHATIF_CPU0 ))
kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
jq -c '{status, total, processed, decided: .report.decided, changed: .report.changed, undecidable: .report.undecidable, startedAt, finishedAt}' "$WORK/whatif.json" >&2
[[ "$status" == DONE ]] || die "what-if ended $status"
WHATIF_JOB_MS="$(jq -r '[.startedAt, .finishedAt] | map(sub("\\.[0-9]+Z$"; "Z") | fromdate) | .[1] - .[0]' "$WORK/whatif.json")"
RSS_PEAK="$(rss_mib VmHWM)"
stop_service

jq -n --argjson machine "$MACHINE" --argjson replay "$(cat "$WORK/replay.json")" --argjson whatif "$(cat "$WORK/whatif.json")" \
  --argjson fill "$(cat "$WORK/fill.json")" \
  --arg java_opts "$SERVICE_JAVA_OPTS" \
  --argjson stored "$STORED" --argjson fill_ms "$FILL_MS" --argjson replay_ms "$REPLAY_MS" --argjson whatif_ms "$WHATIF_MS" \
  --argjson replay_cpu "$REPLAY_CPU" --argjson whatif_cpu "$WHATIF_CPU" \
  --argjson heap_replay "$(peak "$WORK/heap-replay.txt")" --argjson heap_whatif "$(peak "$WORK/heap-whatif.txt")" \
  --argjson rss_after_replay "$RSS_AFTER_REPLAY" --argjson rss_peak "$RSS_PEAK" '
  {benchmark: "replay", machine: $machine, java_opts: $java_opts, stored: $stored, fill: ($fill + {wall_ms: $fill_ms}),
   replay: {checked: $replay.checked, identical: $replay.identical, differing: $replay.differing, failed: $replay.failed,
            service_millis: $replay.millis, wall_ms: $replay_ms, service_cpu_ms: $replay_cpu,
            decisions_per_s: (($replay.checked / ($replay.millis / 1000)) * 10 | round / 10), peak_heap_mib: $heap_replay},
   whatif: {processed: $whatif.processed, decided: $whatif.report.decided, changed: $whatif.report.changed,
            undecidable: $whatif.report.undecidable, wall_ms: $whatif_ms, service_cpu_ms: $whatif_cpu,
            decisions_per_s: (($whatif.processed / ($whatif_ms / 1000)) * 10 | round / 10), peak_heap_mib: $heap_whatif},
   rss_after_replay_mib: $rss_after_replay, rss_peak_mib: $rss_peak}' >"$RESULTS_DIR/replay${BENCH_TAG:+-$BENCH_TAG}.json"
log "wrote $RESULTS_DIR/replay${BENCH_TAG:+-$BENCH_TAG}.json"
python3 "$BENCH_DIR/scripts/report.py"
