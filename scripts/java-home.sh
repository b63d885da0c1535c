#!/usr/bin/env bash
# Prints the JAVA_HOME of the newest JDK (17 or later) on this machine: the newest under /usr/lib/jvm, else the
# JDK of the `java` on the PATH. Newer JDKs run the platform markedly faster (virtual threads, JIT).
set -euo pipefail
best_home=""
best_version=0
consider() {
  local home="$1"
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  local version
  version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  version=${version%%.*}
  if [ -n "$version" ] && [ "$version" -ge 17 ] && [ "$version" -gt "$best_version" ]; then
    best_version=$version
    best_home=$home
  fi
}
for home in /usr/lib/jvm/*; do
  [ -L "$home" ] && continue
  consider "$home"
done
if [ -n "${JAVA_HOME:-}" ]; then consider "$JAVA_HOME"; fi
if command -v java >/dev/null 2>&1; then
  consider "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
if [ -z "$best_home" ]; then
  echo "No JDK 17 or later found. Install one (e.g. apt-get install openjdk-17-jdk)." >&2
  exit 1
fi
echo "$best_home"
