#!/usr/bin/env bash
# API authentication cost: GET /api/v1/cases with an API token (Bearer) versus HTTP Basic (bcrypt per call).
# Starts the packaged app on a new embedded PostgreSQL, creates a token for the demo officer through the page,
# then alternates measured rounds of both kinds of credential.
# Usage: bench/api-auth.sh [client threads] [measured requests per round] [rounds]   (from the repository root)
set -euo pipefail
threads=${1:-4}
requests=${2:-400}
rounds=${3:-3}
jar=$(ls target/openband-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q package -DskipTests; jar=$(ls target/openband-*.jar | head -1); fi
(cd bench && ../mvnw -B -q package)
dir=$(mktemp -d)
port=18431
log=$(mktemp)
java -jar "$jar" --server.port=$port --openband.data-dir="$dir" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir" "$log"' EXIT
until grep -q "OpenBand is ready" "$log"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp bench/target/benchmarks.jar uk.openband.bench.ApiAuthBenchmark "http://localhost:$port" \
  "$threads" 100 "$requests" "$rounds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
