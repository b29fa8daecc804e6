#!/usr/bin/env bash
# Cold start to "ready" with the embedded PostgreSQL, first run (empty data directory: initdb,
# migrations, demo data) and second run (existing data), and the heap in use after start
# (after a full GC). Usage: bench/startup.sh [runs]   (from the repository root)
set -euo pipefail
runs=${1:-3}
jar=$(ls target/openband-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q package -DskipTests; jar=$(ls target/openband-*.jar | head -1); fi

measure() { # $1 data dir, $2 label
  local log; log=$(mktemp)
  local start; start=$(date +%s%N)
  java -jar "$jar" --server.port=0 --openband.data-dir="$1" >"$log" 2>&1 &
  local pid=$!
  until grep -q "OpenBand is ready" "$log"; do
    kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  local end; end=$(date +%s%N)
  jcmd $pid GC.run >/dev/null
  local heap; heap=$(jcmd $pid GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  local jvm; jvm=$(grep -oE 'Started OpenBandApplication in [0-9.]+ seconds' "$log" | grep -oE '[0-9.]+' | head -1)
  printf '%-12s wall to ready: %6.2f s   (Spring reports %s s)   heap used after GC: %d MB\n' \
    "$2" "$(awk -v s="$start" -v e="$end" 'BEGIN { print (e - s) / 1e9 }')" "$jvm" $((heap / 1024))
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$log"
}

for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  measure "$dir" "first run"
  measure "$dir" "second run"
  rm -rf "$dir"
done
