#!/usr/bin/env bash
# Server benchmark: geokg serve and the stock jena-fuseki-server over the same TDB2 database (the 1M bulk store
# plus the demo article), one after the other in the same run. For each: time from process start to the first
# answered attribution query, then wrk with 16 connections on loopback for 20 s (p50/p99 and queries per second),
# with the server's, wrk's and other processes' CPU. Usage: scripts/bench-server.sh [SIZE] [STATE]
source "$(dirname "$0")/bench-lib.sh"
size=${1:-1M}; state=${2:-${STATE:-IRN}}
jena_tools
db="$BENCH_WORK/db/serve-$size"
if [ ! -d "$db" ]; then
  [ -d "$BENCH_WORK/db/bulk-$size" ] || { echo "run scripts/bench-load.sh $size bulk first" >&2; exit 1; }
  cp -r "$BENCH_WORK/db/bulk-$size" "$db"
  geokg load --store "$db" "$BENCH_HOME/data/facts/albania-iran-2022.json" >&2
fi
# The attribution query with the parameter written in, as a client would send it.
query=$(sed "s/?accusedKey/\"$state\"/g" "$BENCH_HOME/queries/attribution.rq")
enc=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read()))' <<< "$query")
accept='Accept: application/sparql-results+json'
pcpu() { awk '{print $14+$15}' "/proc/$1/stat"; }

# measure NAME URL CMD... : start the server, time the first answer, run wrk, stop it.
measure() {
  local name=$1 url=$2; shift 2
  local log="$BENCH_WORK/logs/server-$name.log"
  wait_quiet "${QUIET_MAX:-120}" "${QUIET_THRESHOLD:-10}" >&2
  local t0; t0=$(date +%s.%N)
  "$@" > "$log" 2>&1 &
  local pid=$!
  local code=000
  for _ in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$accept" "$url?query=$enc" || true)
    [ "$code" = 200 ] && break
    sleep 0.05
  done
  local t1; t1=$(date +%s.%N)
  local rows; rows=$(curl -s -H "$accept" "$url?query=$enc" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["results"]["bindings"]))')
  printf '%s start_to_first_answer_s=%.2f http=%s rows=%s\n' "$name" "$(echo "$t1 - $t0" | bc -l)" "$code" "$rows"
  # warm-up, then the measured run
  wrk -t2 -c16 -d10s --timeout 30s -H "$accept" "$url?query=$enc" > "$BENCH_WORK/logs/wrk-$name-warmup.txt" 2>&1
  local b0 t0b b1 t1b f0 f1
  read -r b0 t0b < <(cpu_snap); f0=$(pcpu $pid)
  /usr/bin/time -o "$BENCH_WORK/logs/wrk-$name.time" -f "%U %S" \
    wrk -t2 -c16 -d20s --timeout 30s --latency -H "$accept" "$url?query=$enc" > "$BENCH_WORK/logs/wrk-$name.txt" 2>&1
  read -r b1 t1b < <(cpu_snap); f1=$(pcpu $pid)
  local wu ws; read -r wu ws < "$BENCH_WORK/logs/wrk-$name.time"
  local server_cpu wrk_cpu all
  server_cpu=$(echo "($f1 - $f0)/$HZ" | bc -l); wrk_cpu=$(echo "$wu + $ws" | bc -l); all=$(echo "($b1 - $b0)/$HZ" | bc -l)
  printf '%s %s p50=%s p99=%s %s server_cpu_s=%.1f wrk_cpu_s=%.1f foreign_cpu_s=%.1f box_busy=%d%%\n' "$name" \
    "$(grep -E 'Requests/sec' "$BENCH_WORK/logs/wrk-$name.txt" | tr -s ' ')" \
    "$(awk '$1=="50%"{print $2}' "$BENCH_WORK/logs/wrk-$name.txt")" "$(awk '$1=="99%"{print $2}' "$BENCH_WORK/logs/wrk-$name.txt")" \
    "$(grep -E 'requests in|Non-2xx|Socket errors' "$BENCH_WORK/logs/wrk-$name.txt" | tr -s ' ' | tr '\n' ' ')" \
    "$server_cpu" "$wrk_cpu" "$(echo "$all - $server_cpu - $wrk_cpu" | bc -l)" $(( 100*(b1-b0)/(t1b-t0b) ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

measure geokg "http://127.0.0.1:3392/geokg/query" \
  java -Xmx4g -Dgeokg.home="$BENCH_HOME" -jar "$GEOKG_JAR" serve --store "$db" --port 3392 --no-demo --timeout 120
# (Fuseki writes a run/ directory where it starts: in bench-work/, not in the checkout)
measure fuseki "http://127.0.0.1:3393/geo/query" \
  env -C "$BENCH_WORK" java -Xmx4g -jar "$FUSEKI_JAR" --localhost --port=3393 --loc="$db" --set tdb:unionDefaultGraph=true /geo
