#!/usr/bin/env bash
# Every benchmark in turn (about 25 minutes), each refreshing its part of bench/README.md. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")"
./startup.sh
BENCH_SKIP_BUILD=1 ./http.sh
BENCH_SKIP_BUILD=1 ./replay.sh
./engine.sh
