#!/usr/bin/env bash
# Profiles the packaged service under HTTP load with Java Flight Recorder: where the CPU goes per area and method.
#   bench/scripts/profile.sh [eligibility|allocation] [connections]   (default eligibility 64)
# Warm-up 15 s, then a 30 s recording; prints bench/tools/jfr_top.py's summary and keeps the .jfr in results/.
source "$(dirname "$0")/lib.sh"
KIND="${1:-eligibility}"
CONNECTIONS="${2:-64}"
read -r -a JAVA_OPTS <<<"$SERVICE_JAVA_OPTS"
ensure_wrk
build_service
check_quiet
WORK="$(mktemp -d /tmp/care-rules-bench-profile.XXXXXX)"
trap 'stop_service; rm -rf "$WORK"' EXIT
start_service "$WORK" "${JAVA_OPTS[@]}"
prepare_bodies "$WORK"
BODIES="$WORK/$KIND.txt" AUTH=assessor:demo wrk -t2 -c"$CONNECTIONS" -d15s -s "$BENCH_DIR/wrk/post.lua" \
  "$SERVICE_URL/api/$( [[ $KIND == eligibility ]] && echo eligibility || echo allocations)" >/dev/null
jcmd "$SERVICE_PID" JFR.start name=bench settings=profile >/dev/null
BODIES="$WORK/$KIND.txt" AUTH=assessor:demo OUT="$WORK/wrk.json" wrk -t2 -c"$CONNECTIONS" -d30s -s "$BENCH_DIR/wrk/post.lua" \
  "$SERVICE_URL/api/$( [[ $KIND == eligibility ]] && echo eligibility || echo allocations)" >/dev/null
jcmd "$SERVICE_PID" JFR.dump name=bench filename="$RESULTS_DIR/profile-$KIND-$CONNECTIONS.jfr" >/dev/null
cat "$WORK/wrk.json"; echo
python3 "$BENCH_DIR/tools/jfr_top.py" "$RESULTS_DIR/profile-$KIND-$CONNECTIONS.jfr"
