# Shared helpers for scripts/bench-*.sh (source me). Every timed run reports its own CPU and the CPU that
# other processes used on the box meanwhile ("foreign"), read from /proc/stat, so contended runs show.
set -euo pipefail
BENCH_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_WORK="${BENCH_WORK:-$BENCH_HOME/bench-work}"
GEOKG_JAR="$BENCH_HOME/target/geokg-0.1.0-SNAPSHOT.jar"
HZ=$(getconf CLK_TCK)
mkdir -p "$BENCH_WORK/logs"

# "busy total" jiffies over all CPUs
cpu_snap() { awk '/^cpu /{b=$2+$3+$4+$7+$8+$9; print b, b+$5+$6}' /proc/stat; }
# % of the whole box busy during a window of N seconds
busy_pct() { local b0 t0 b1 t1; read -r b0 t0 < <(cpu_snap); sleep "${1:-3}"; read -r b1 t1 < <(cpu_snap); echo $(( 100*(b1-b0)/(t1-t0) )); }
# wait until the box is below THRESH % busy, or MAX seconds passed; prints what it saw
wait_quiet() {
  local max=${1:-120} th=${2:-10} waited=0 p
  while :; do
    p=$(busy_pct 3)
    if [ "$p" -lt "$th" ] || [ "$waited" -ge "$max" ]; then echo "quiet_check=${p}% waited=${waited}s"; return; fi
    sleep 5; waited=$((waited+8))
  done
}
# timed LABEL CMD... : runs CMD (stdout+stderr to logs/LABEL.log) and prints one line of figures:
# wall, own CPU (user+sys of CMD and its children), foreign CPU (box busy minus own), peak RSS.
# Sets TIMED_WALL for the caller.
timed() {
  local label=$1; shift
  local log="$BENCH_WORK/logs/$label.log" tf="$BENCH_WORK/logs/$label.time" b0 t0 b1 t1 s0 s1 rc=0
  local quiet; quiet=$(wait_quiet "${QUIET_MAX:-120}" "${QUIET_THRESHOLD:-10}")
  sync
  read -r b0 t0 < <(cpu_snap); s0=$(date +%s.%N)
  /usr/bin/time -o "$tf" -f "%U %S %M" "$@" > "$log" 2>&1 || rc=$?
  sync
  s1=$(date +%s.%N); read -r b1 t1 < <(cpu_snap)
  local u s m; read -r u s m < <(tail -1 "$tf")
  TIMED_WALL=$(echo "$s1 - $s0" | bc -l)
  local own; own=$(echo "$u + $s" | bc -l)
  local busy; busy=$(echo "($b1 - $b0)/$HZ" | bc -l)
  local foreign; foreign=$(echo "$busy - $own" | bc -l)
  local verdict=CLEAN
  if [ "$(echo "$foreign > 0.1 * $TIMED_WALL * 2" | bc -l)" = 1 ]; then verdict=CONTENDED; fi
  printf '%s %s rc=%d wall_s=%.2f own_cpu_s=%.1f foreign_cpu_s=%.1f foreign_pct_of_box=%.0f maxrss_mb=%d %s\n' \
    "$verdict" "$label" "$rc" "$TIMED_WALL" "$own" "$foreign" "$(echo "100 * $foreign / ($TIMED_WALL * 2)" | bc -l)" \
    "$((m / 1024))" "$quiet"
  return $rc
}
# geokg's command line as an external command (timed runs it through /usr/bin/time); heap from GEOKG_JAVA_OPTS
geokg() { java ${GEOKG_JAVA_OPTS:--Xmx2g} -Dgeokg.home="$BENCH_HOME" -jar "$GEOKG_JAR" "$@"; }
GEOKG=(java -Dgeokg.home="$BENCH_HOME" -jar "$GEOKG_JAR")
# geokg_with HEAP ARGS... : the command with a heap, for timed
geokg_with() { local heap=$1; shift; echo java "-Xmx$heap" -Dgeokg.home="$BENCH_HOME" -jar "$GEOKG_JAR" "$@"; }
jena_tools() { eval "$("$BENCH_HOME/scripts/bench-jena.sh")"; export JENA_HOME FUSEKI_JAR; }
# corpus SIZE TRIPLES: the synthetic corpus of that many triples (seed 42), written once
corpus() {
  local name=$1 triples=$2
  if [ ! -s "$BENCH_WORK/corpus/c$name.facts.jsonl" ]; then
    geokg bench corpus --seed 42 --triples "$triples" --facts-out "$BENCH_WORK/corpus/c$name.facts.jsonl" \
      --articles-out "$BENCH_WORK/corpus/c$name.articles.jsonl" >&2
  fi
}
