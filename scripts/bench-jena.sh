#!/usr/bin/env bash
# Fetches the tools the benchmarks compare geokg with, into the git-ignored bench-work/ directory:
# the Apache Jena 5.6.0 binary distribution (tdb2.tdbloader, tdb2.tdbquery, riot) and the stock
# jena-fuseki-server jar, both from Maven Central through Maven itself. Installs wrk when missing.
# Idempotent: what is already there is kept. Prints the paths as shell assignments.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-$here/bench-work}"
jena_version=5.6.0
mkdir -p "$work/dist"
if [ ! -x "$work/dist/apache-jena-$jena_version/bin/tdb2.tdbloader" ]; then
  mvn -q -B dependency:copy -Dartifact="org.apache.jena:apache-jena:$jena_version:tar.gz" -DoutputDirectory="$work/dist" >&2
  tar xzf "$work/dist/apache-jena-$jena_version.tar.gz" -C "$work/dist"
fi
fuseki="$work/dist/jena-fuseki-server-$jena_version.jar"
if [ ! -f "$fuseki" ]; then
  mvn -q -B dependency:copy -Dartifact="org.apache.jena:jena-fuseki-server:$jena_version" -DoutputDirectory="$work/dist" >&2
fi
if ! command -v wrk >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq wrk) >&2
fi
echo "JENA_HOME=$work/dist/apache-jena-$jena_version"
echo "FUSEKI_JAR=$fuseki"
echo "WRK=$(command -v wrk)"
