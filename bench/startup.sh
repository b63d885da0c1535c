#!/usr/bin/env bash
# Start-up time of the packaged platform on the newest JDK: cold (empty data directory: initdb, migrations, reference
# and demo data) and warm (same directory again), median of 3 each, measured to the first HTTP 200 of the readiness
# probe. Prints each run, the medians, and ratios against the issue's ceiling (60 s for a first start) and against
# the embedded PostgreSQL's own start measured in the same run (the part no Java code can make faster).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=$(scripts/java-home.sh); export JAVA_HOME
jar=target/motcua-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
port=${BENCH_PORT:-18080}
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "Port $port is already in use; set BENCH_PORT to a free port" >&2
  exit 1
fi
work=$(mktemp -d /tmp/motcua-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

start_once() { # $1 data dir → prints milliseconds to readiness
  local dir=$1 t0 pid ms
  t0=$(date +%s%N)
  MOTCUA_DATA_DIR="$dir" MOTCUA_PORT=$port "$JAVA_HOME/bin/java" -jar "$jar" >"$dir.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 $pid 2>/dev/null; then echo "start failed, see $dir.log" >&2; tail -20 "$dir.log" >&2; exit 1; fi
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
  echo $ms
}
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

cold=(); warm=()
for i in 1 2 3; do
  dir="$work/data-$i"
  cold+=("$(start_once "$dir")")
  warm+=("$(start_once "$dir")")
  echo "run $i: cold ${cold[-1]} ms, warm ${warm[-1]} ms"
done
pg_ms=$(grep -ho 'PostgreSQL 17 ready .*(\([0-9]*\) ms)' "$work"/data-*.log | sed 's/.*(\([0-9]*\) ms)/\1/' | sort -n | sed -n 2p)
cm=$(median "${cold[@]}"); wm=$(median "${warm[@]}")
echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "cold start median: $cm ms  (ratio to the 60 s ceiling: $(awk "BEGIN{printf \"%.2f\", $cm/60000}"))"
echo "warm start median: $wm ms  (warm/cold: $(awk "BEGIN{printf \"%.2f\", $wm/$cm}"))"
echo "embedded PostgreSQL start, median of its own log lines: ${pg_ms:-?} ms (share of warm start: $(awk "BEGIN{printf \"%.2f\", ${pg_ms:-0}/$wm}"))"
