#!/usr/bin/env bash
# Query benchmark: warm p50/p99 of every canned query over the store the bulk load of SIZE built, in one JVM
# (geokg bench query), with a frequently accused state as the parameter. Usage: scripts/bench-query.sh 1M|10M
source "$(dirname "$0")/bench-lib.sh"
size=${1:?usage: bench-query.sh 1M|10M}
db="$BENCH_WORK/db/bulk-$size"
[ -d "$db" ] || { echo "no store $db: run scripts/bench-load.sh $size bulk first" >&2; exit 1; }
state=${STATE:-RUS}
timed "query-$size" java "-Xmx${QUERY_HEAP:-4g}" -Dgeokg.home="$BENCH_HOME" -jar "$GEOKG_JAR" bench query \
  --store "$db" --warmup "${WARMUP:-5}" --runs "${RUNS:-50}" --budget "${BUDGET:-60}" \
  -p accusedKey="$state" -p actorKey="$state" -p denierKey="$state" -p stateA="$state" -p expelledKey="$state" \
  -p hostKey=LTU ${QUERY_ARGS:-}
cat "$BENCH_WORK/logs/query-$size.log"
