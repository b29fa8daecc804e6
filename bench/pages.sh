#!/usr/bin/env bash
# Each page under a bounded load: starts the packaged app on a new embedded PostgreSQL (fixed port, so the
# driver can reach it), generates the cases (the same 50,000-case data set as bench/casework-queue.sh; 0 for
# the demo data only), signs in, and drives /cases, a case page, the pupil list, an area page, /tariffs,
# /matrix and /calculator in turn with a fixed number of connections. Reports req/s, p50/p95/p99 and the CPU
# milliseconds per request of the JVM plus PostgreSQL (from /proc, divided by the requests served).
# Usage: bench/pages.sh [cases] [connections] [warm-up s] [measured s]   (from the repository root)
#   PAGES=/cases,/tariffs bench/pages.sh 0   drives only the pages listed (their paths).
#   JFR=1 bench/pages.sh ...                 also records a flight recording to target/pages.jfr
#   JAR=path/to/openband.jar bench/pages.sh  drives that jar (e.g. one built from an earlier commit)
#   SKIP_BUILD=1 bench/pages.sh ...          uses bench/target/benchmarks.jar as it is
set -euo pipefail
cases=${1:-50000}
connections=${2:-16}
warmup=${3:-10}
measured=${4:-30}
jar=${JAR:-$(ls target/openband-*.jar 2>/dev/null | head -1 || true)}
if [ -z "$jar" ]; then ./mvnw -B -q package -DskipTests; jar=$(ls target/openband-*.jar | head -1); fi
[ "${SKIP_BUILD:-}" = 1 ] || (cd bench && ../mvnw -B -q package)
dir=$(mktemp -d)
port=18081
dbport=15433
log=$(mktemp)
jfr=()
if [ "${JFR:-}" = 1 ]; then jfr=(-XX:StartFlightRecording=filename=target/pages.jfr,settings=profile); fi
java "${jfr[@]}" -jar "$jar" --server.port=$port --openband.data-dir="$dir" --openband.embedded-db.port=$dbport \
  >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir" "$log"' EXIT
until grep -q "OpenBand is ready" "$log"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
java -Dpages="${PAGES:-}" -cp bench/target/benchmarks.jar uk.openband.bench.PageLoadBenchmark \
  "http://localhost:$port" "jdbc:postgresql://localhost:$dbport/postgres" postgres $pid "$dir" \
  "$connections" "$warmup" "$measured" "$cases"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
