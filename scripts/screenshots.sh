#!/usr/bin/env bash
# Screenshots of the main citizen pages at phone width (390 px) and of the staff pages at desktop width (1280 px; the
# list STAFF_PAGES in scripts/Screenshots.java, one line per page) into docs/screenshots/: starts the demo on a fresh
# data directory and a free port, drives Debian's headless chromium through scripts/Screenshots.java, stops the demo.
# Needs chromium and chromium-driver. Usage: scripts/screenshots.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
JAVA_HOME=$(scripts/java-home.sh)
export JAVA_HOME
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshots.classpath
data=$(mktemp -d)
port=${MOTCUA_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
MOTCUA_DATA_DIR=$data MOTCUA_PORT=$port "$JAVA_HOME/bin/java" -jar target/motcua-0.1.0-SNAPSHOT.jar \
  > "$data/demo.log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null || true; wait $demo 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$port/actuator/health" > /dev/null && break
  kill -0 $demo 2>/dev/null || { cat "$data/demo.log"; exit 1; }
  sleep 2
done
"$JAVA_HOME/bin/java" -cp "$(cat target/screenshots.classpath)" scripts/Screenshots.java "http://localhost:$port" "$out"
