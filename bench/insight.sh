#!/usr/bin/env bash
# The insight pages and API with 50,000 cases, decisions, agreements, payment lines and audit events:
# starts the packaged app on a new embedded PostgreSQL (fixed port), generates the data and times each address.
# Usage: bench/insight.sh [cases] [measured requests]   (from the repository root)
set -euo pipefail
cases=${1:-50000}
requests=${2:-100}
jar=$(ls target/openband-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q package -DskipTests; jar=$(ls target/openband-*.jar | head -1); fi
(cd bench && ../mvnw -B -q package)
dir=$(mktemp -d)
port=${PORT:-18092}
dbport=${DB_PORT:-15444}
log=$(mktemp)
java -jar "$jar" --server.port=$port --openband.data-dir="$dir" --openband.embedded-db.port=$dbport >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir" "$log"' EXIT
until grep -q "OpenBand is ready" "$log"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
java -cp bench/target/benchmarks.jar uk.openband.bench.InsightBenchmark "http://localhost:$port" \
  "jdbc:postgresql://localhost:$dbport/postgres" postgres "$cases" 20 "$requests"
