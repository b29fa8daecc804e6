#!/usr/bin/env bash
# A finance export batch of a financial year for 50,000 generated agreements in a new embedded PostgreSQL (the
# app's own migrations), through the app's batch code, against PostgreSQL's own COPY of the same SELECT.
# Usage: bench/finance-export.sh [agreements] [runs] [java options...]   (from the repository root)
# Example: bench/finance-export.sh 50000 3 -Xmx64m
set -euo pipefail
agreements=${1:-50000}
runs=${2:-3}
shift $(( $# > 2 ? 2 : $# ))
(cd bench && ../mvnw -B -q package)
java "${@:--Xmx256m}" -cp bench/target/benchmarks.jar uk.openband.bench.FinanceBatchBenchmark "$agreements" "$runs"
