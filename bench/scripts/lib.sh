# Shared by the bench scripts: paths, building, starting and stopping the packaged service, reading memory.
# Sourced, not run.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
RESULTS_DIR="$BENCH_DIR/results"
JAR="${BENCH_JAR:-$REPO_DIR/target/care-rules-0.1.0.jar}" # BENCH_JAR: time another build of the service
mkdir -p "$RESULTS_DIR"

# The JVM options of the README's run command, which the benchmarks use unless BENCH_JAVA_OPTS says otherwise (set it to
# "" for a plain `java -jar`): the class data sharing archive the build makes, a heap sized for the service and the
# serial collector (the whole process stays under 512 MB resident; with no -Xmx the JVM may take a quarter of the machine).
SERVICE_JAVA_OPTS="${BENCH_JAVA_OPTS-"-XX:SharedArchiveFile=$REPO_DIR/target/care-rules.jsa -Xmx192m -XX:+UseSerialGC"}"

for tool in curl python3 java mvn; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done
if ! command -v jq >/dev/null; then
  echo "bench: installing jq from Debian (apt-get install jq)" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq) >&2
fi

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# The machine, as JSON: the README's table header is made from it.
machine_json() {
  local java_version mem load
  java_version="$(java -version 2>&1 | head -1 | sed 's/"/\\"/g')"
  mem="$(free -h | awk '/^Mem:/ {print $2}')"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '{"date": "%s", "nproc": %s, "memory": "%s", "java": "%s", "cpu": "%s", "loadavg_before": "%s"}' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(nproc)" "$mem" "$java_version" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//;s/"//g')" "$load"
}

# Warns when something else is using the CPU: every figure here assumes the machine is otherwise idle.
check_quiet() {
  local load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if awk -v l="$load" 'BEGIN {exit !(l > 0.7)}'; then
    log "WARNING: load average is $load before the run: other processes are using the CPU and the figures will be low."
    top -bn1 -o %CPU | sed -n 8,10p | cut -c1-110 | sed 's/^/[bench]    /' >&2 || true
  fi
}

# The packaged service jar (mvn package at the top level; never runs the tests).
build_service() {
  if [[ -n "${BENCH_JAR:-}" || ( "${BENCH_SKIP_BUILD:-0}" == 1 && -f "$JAR" ) ]]; then
    return
  fi
  log "building the service: mvn -q -B package -DskipTests"
  (cd "$REPO_DIR" && mvn -q -B package -DskipTests) >&2
  [[ -f "$JAR" ]] || die "no $JAR after mvn package"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

SERVICE_PID=""
SERVICE_PORT=""
SERVICE_URL=""
SERVICE_STARTUP_MS=""
SERVICE_STARTUP_CPU_MS=""

# start_service WORKDIR [java options...]: a fresh H2 file database in WORKDIR, a free port on loopback, the live
# rules from the repository; waits for the first 200 from /health and sets SERVICE_STARTUP_MS (process start to it)
# and SERVICE_STARTUP_CPU_MS (the CPU time the process had used by then, all threads).
start_service() {
  local workdir="$1"; shift
  mkdir -p "$workdir"
  SERVICE_PORT="$(free_port)"
  SERVICE_URL="http://127.0.0.1:$SERVICE_PORT"
  local started
  started="$(now_ms)"
  (cd "$REPO_DIR" && exec env DATASOURCES_DEFAULT_URL="jdbc:h2:file:$workdir/db;MODE=Regular;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
      MICRONAUT_SERVER_PORT="$SERVICE_PORT" MICRONAUT_SERVER_HOST=127.0.0.1 \
      java "$@" -jar "$JAR" >"$workdir/service.log" 2>&1) &
  SERVICE_PID=$!
  local deadline=$(( started + 180000 ))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$SERVICE_URL/health" 2>/dev/null)" == 200 ]]; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$workdir/service.log" >&2; die "the service exited during start-up"; }
    (( $(now_ms) < deadline )) || { stop_service; die "no 200 from /health within 180 s"; }
    sleep 0.02
  done
  SERVICE_STARTUP_MS=$(( $(now_ms) - started ))
  SERVICE_STARTUP_CPU_MS="$(cpu_ms)"
  log "service pid $SERVICE_PID on $SERVICE_URL: first 200 from /health after $SERVICE_STARTUP_MS ms"
}

stop_service() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}

# Resident memory of the service in MiB: rss_mib (now) or rss_mib VmHWM (the peak since it started).
rss_mib() {
  local field="${1:-VmRSS}"
  awk -v f="$field:" '$1 == f {printf "%.0f\n", $2 / 1024}' "/proc/$SERVICE_PID/status"
}

# CPU time the service has used so far (user + system, all its threads), in milliseconds.
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVICE_PID/stat"
}

ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    log "installing wrk from Debian (apt-get install wrk)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >&2 || die "could not install wrk"
  fi
}

# POST one JSON body; prints the response body; fails unless the status is 201.
post_json() {
  local auth="$1" path="$2" body="$3" out status
  out="$(mktemp)"
  status="$(curl -s -o "$out" -w '%{http_code}' -u "$auth" -H 'Content-Type: application/json' -X POST "$SERVICE_URL$path" -d "$body")"
  if [[ "$status" != 201 && "$status" != 200 ]]; then
    cat "$out" >&2; rm -f "$out"; die "POST $path answered $status"
  fi
  cat "$out"; rm -f "$out"
}

# prepare_bodies WORKDIR: the request bodies wrk posts, eligibility.txt and allocation.txt, in WORKDIR.
# Allocation needs a stored eligible decision for the same person: one per allocation body, decided here first.
prepare_bodies() {
  local workdir="$1" k=0 body person decision
  : >"$workdir/allocation.txt"
  while IFS= read -r body; do
    k=$((k + 1))
    person="HTTP-ALLOC-$k"
    decision="$(post_json assessor:demo /api/eligibility \
      "{\"personRef\":\"$person\",\"assessmentDate\":\"2024-04-10\",\"careAct\":{\"impairmentOrIllness\":true,\"significantImpactOnWellbeing\":true,\"outcomes\":{\"NUTRITION\":\"UNABLE_WITHOUT_ASSISTANCE\",\"HOME_SAFELY\":\"UNABLE_WITHOUT_ASSISTANCE\"}}}" \
      | jq -r .decisionId)"
    echo "${body//\{person\}/$person}" | sed "s/{decision}/$decision/" >>"$workdir/allocation.txt"
  done <"$BENCH_DIR/wrk/allocation.jsonl"
  cp "$BENCH_DIR/wrk/eligibility.jsonl" "$workdir/eligibility.txt"
}
