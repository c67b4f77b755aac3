#!/usr/bin/env bash
# Load benchmark: geokg load (ordinary and --bulk) against Jena's tdb2.tdbloader on the N-Quads of the same
# data, on the synthetic corpus of SIZE triples. Every run starts from an empty store, with the input in the
# page cache; wall time includes JVM start and a final sync.
# Usage: scripts/bench-load.sh 1M|10M [ordinary|ordinary-batches|bulk|jena]...
source "$(dirname "$0")/bench-lib.sh"
size=${1:?usage: bench-load.sh 1M|10M [ordinary|bulk|jena]...}; shift
case $size in 1M) triples=1000000 ;; 10M) triples=10000000 ;; *) triples=$size ;; esac
runs=("$@"); [ ${#runs[@]} -gt 0 ] || runs=(bulk jena ordinary)
jena_tools
corpus "$size" "$triples"
facts="$BENCH_WORK/corpus/c$size.facts.jsonl"
db="$BENCH_WORK/db"; mkdir -p "$db"
cat "$facts" > /dev/null
rate() { printf '%.0f' "$(echo "$1 / $2" | bc -l)"; }
for run in "${runs[@]}"; do
  case $run in
    ordinary)
      rm -rf "$db/ours-$size"
      timed "load-ordinary-$size" java "-Xmx${ORDINARY_HEAP:-16g}" -Dgeokg.home="$BENCH_HOME" -jar "$GEOKG_JAR" \
        load --store "$db/ours-$size" "$facts" || true
      ;;
    ordinary-batches)
      # The ordinary path in ten successive loads (one transaction each), as a user feeding batches would.
      parts="$BENCH_WORK/corpus/c$size-parts"
      if [ ! -d "$parts" ]; then
        mkdir -p "$parts"; split -n l/10 -d --additional-suffix=.jsonl "$facts" "$parts/part-"
      fi
      rm -rf "$db/ours-$size"
      timed "load-ordinary-batches-$size" bash -c 'for f in "$2"/part-*.jsonl; do
          java "-Xmx$1" -Dgeokg.home="$3" -jar "$4" load --store "$5" "$f" || exit 1; done' \
        _ "${ORDINARY_HEAP:-8g}" "$parts" "$BENCH_HOME" "$GEOKG_JAR" "$db/ours-$size" || true
      ;;
    bulk)
      rm -rf "$db/bulk-$size"
      timed "load-bulk-$size" java "-Xmx${BULK_HEAP:-4g}" -Dgeokg.home="$BENCH_HOME" -jar "$GEOKG_JAR" \
        load --bulk --store "$db/bulk-$size" "$facts"
      ;;
    jena)
      nq="$BENCH_WORK/corpus/c$size.nq"
      if [ ! -s "$nq" ]; then
        # The N-Quads of the same data: everything the bulk load left in the store, reference graphs included.
        geokg export --store "$db/bulk-$size" --format nq --output "$nq"
      fi
      cat "$nq" > /dev/null
      rm -rf "$db/jena-$size"
      timed "tdbloader-$size" "$JENA_HOME/bin/tdb2.tdbloader" --loc "$db/jena-$size" "$nq"
      ;;
  esac
  grep -h '^loaded\|Time =' "$BENCH_WORK/logs/"*"-$size.log" 2>/dev/null | tail -n 1 || true
done
nq="$BENCH_WORK/corpus/c$size.nq"
[ -s "$nq" ] && echo "quads_in_store=$(wc -l < "$nq")"
