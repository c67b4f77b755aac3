#!/usr/bin/env bash
# Extraction benchmark: articles/s and MB/s of the fact extractor on the synthetic articles, one thread and one
# per core, after warm-up, with a 512 MB heap. Usage: scripts/bench-extract.sh [SIZE]
source "$(dirname "$0")/bench-lib.sh"
size=${1:-1M}
case $size in 1M) triples=1000000 ;; 10M) triples=10000000 ;; *) triples=$size ;; esac
corpus "$size" "$triples"
for threads in 1 0; do
  timed "extract-$size-t$threads" java -Xmx512m -Dgeokg.home="$BENCH_HOME" -jar "$GEOKG_JAR" bench extract \
    --input "$BENCH_WORK/corpus/c$size.articles.jsonl" --threads "$threads" --warmup "${WARMUP:-20}" --seconds "${SECONDS_TIMED:-30}"
  cat "$BENCH_WORK/logs/extract-$size-t$threads.log"
done
