#!/usr/bin/env bash
# The officer queue with 50,000 cases: starts the packaged app on a new embedded PostgreSQL
# (fixed port, so the generator can reach it), generates the cases, and times the queue page.
# Usage: bench/casework-queue.sh [cases] [measured requests]   (from the repository root)
set -euo pipefail
cases=${1:-50000}
requests=${2:-200}
jar=$(ls target/openband-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q package -DskipTests; jar=$(ls target/openband-*.jar | head -1); fi
(cd bench && ../mvnw -B -q package)
dir=$(mktemp -d)
port=18080
dbport=15432
log=$(mktemp)
java -jar "$jar" --server.port=$port --openband.data-dir="$dir" --openband.embedded-db.port=$dbport >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir" "$log"' EXIT
until grep -q "OpenBand is ready" "$log"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
java -cp bench/target/benchmarks.jar uk.openband.bench.CaseQueueBenchmark "http://localhost:$port" \
  "jdbc:postgresql://localhost:$dbport/postgres" postgres "$cases" 50 "$requests"
