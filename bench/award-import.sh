#!/usr/bin/env bash
# The awards import of a generated file of new pupils' awards through the API: dry run, import, same file again.
# Starts the packaged app on a new embedded PostgreSQL with the demo data (the demo 2026-27 tariff must be in
# force: run it between April 2026 and March 2027, or the check refuses every file).
# Usage: bench/award-import.sh [rows] [runs]   (from the repository root)
set -euo pipefail
rows=${1:-10000}
runs=${2:-1}
jar=$(ls target/openband-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q package -DskipTests; jar=$(ls target/openband-*.jar | head -1); fi
(cd bench && ../mvnw -B -q package)
dir=$(mktemp -d)
port=18432
log=$(mktemp)
java -jar "$jar" --server.port=$port --openband.data-dir="$dir" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir" "$log"' EXIT
until grep -q "OpenBand is ready" "$log"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp bench/target/benchmarks.jar uk.openband.bench.AwardImportBenchmark "http://localhost:$port" "$rows" "$runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
