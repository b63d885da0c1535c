#!/usr/bin/env bash
# Runs Một Cửa on its own embedded PostgreSQL with demo data: builds the jar when the sources changed, then starts
# it on the newest JDK present. Data goes to ${MOTCUA_DATA_DIR:-./data}. Stop with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")"
JAVA_HOME=$(scripts/java-home.sh)
export JAVA_HOME
jar=target/motcua-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
  echo "Building Một Cửa with $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) ..."
  ./mvnw -q -B -DskipTests package
fi
exec "$JAVA_HOME/bin/java" ${MOTCUA_JAVA_OPTS:-} -jar "$jar" "$@"
