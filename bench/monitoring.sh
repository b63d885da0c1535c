#!/usr/bin/env bash
# Monitoring dashboards at scale: bench/monitoring.sh [N=10000000]
#
# Starts the packaged platform on a fresh temporary data directory, bulk-loads N dossiers of the past 12 months with
# the dossier benchmark's SQL generator (bench/sql/generate-*.sql), builds the monitoring numbers from them with the
# rebuild (POST /api/v1/indicators/rebuild — what an installation does after a bulk load), then times:
#   city dashboard  GET /api/v1/indicators?unit=city, /indicators/ranking and /indicators/trend (unit=city) and
#                   /green-units for the year — the requests of the city administrator's dashboard
#   ward dashboard  GET /api/v1/indicators, /indicators/trend and /indicators/procedures for the busiest ward
# and the dashboards as their users open them: the pages /staff/dashboard/city (city administrator) and
# /staff/dashboard/units/{ward} (the ward's leader; the page also ranks the ward among its peers and says whether it
# is green), logged in through the staff login form (median of BENCH_REPEAT loads after a warm-up), against the same
# counts computed by a full scan of the dossier table in the same PostgreSQL (psql), and prints each time, the ratio
# scan ÷ dashboard and whether the goal (≤ 200 ms per dashboard) is met. Stops the platform and deletes the directory
# at the end.
#
# Environment: BENCH_PORT (18081), BENCH_PG_PORT (15433), BENCH_BATCH (100000 dossiers per generator batch),
# BENCH_REPEAT (9), BENCH_SCAN_REPEAT (3, or 1 from 5 M dossiers), BENCH_JAR, BENCH_KEEP=1 to keep the data directory. Needs psql (installed with apt-get when
# missing) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000000}
port=${BENCH_PORT:-18081}
pg_port=${BENCH_PG_PORT:-15433}
batch=${BENCH_BATCH:-100000}
repeat=${BENCH_REPEAT:-9}
goal_ms=200

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v psql >/dev/null 2>&1 || { say "installing postgresql-client (apt-get)";
  apt-get install -y -qq postgresql-client >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq postgresql-client >/dev/null; }; }
JAVA_HOME=$(scripts/java-home.sh); export JAVA_HOME
jar=${BENCH_JAR:-target/motcua-0.1.0-SNAPSHOT.jar}
if [ -z "${BENCH_JAR:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; }; then
  say "building the jar"
  ./mvnw -q -B -DskipTests package >/tmp/motcua-monitoring-build.log 2>&1 || { cat /tmp/motcua-monitoring-build.log >&2; exit 1; }
fi
for p in "$port" "$pg_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is in use; set BENCH_PORT / BENCH_PG_PORT" >&2; exit 1; fi
done

# ---- platform --------------------------------------------------------------------------------------------------
# BENCH_REUSE=<directory kept by an earlier run>: measure again without generating (10 M dossiers take ~45 minutes)
reuse=${BENCH_REUSE:-}
# the generated data takes about 5.1 kB per dossier (51 GB at 10 M, slips and indexes included), and the rebuild
# and the write-ahead log need room besides: refuse early rather than fill the disk after half an hour
if [ -z "$reuse" ]; then
  need_kb=$((n * 6))
  free_kb=$(df -Pk /tmp | awk 'NR == 2 { print $4 }')
  if [ "$free_kb" -lt "$need_kb" ]; then
    echo "$n dossiers need about $((need_kb / 1024 / 1024)) GB free in /tmp; there are $((free_kb / 1024 / 1024)) GB" >&2
    exit 1
  fi
fi
if [ -n "$reuse" ]; then
  [ -d "$reuse/data/pg" ] || { echo "BENCH_REUSE: no data directory in $reuse" >&2; exit 1; }
  work=$reuse
else
  work=$(mktemp -d /tmp/motcua-monitoring.XXXXXX)
fi
# the platform runs from a copy: a build of target/ during the run would change classes under the running JVM
cp "$jar" "$work/platform.jar"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ "${BENCH_KEEP:-}" = 1 ] || [ -n "$reuse" ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
say "starting the platform on ${reuse:+the kept data directory }$work, HTTP :$port, PostgreSQL :$pg_port"
MOTCUA_DATA_DIR=$work/data MOTCUA_PORT=$port MOTCUA_DB_EMBEDDED_PORT=$pg_port \
  "$JAVA_HOME/bin/java" -jar "$work/platform.jar" >>"$work/platform.log" 2>&1 &
pid=$!
base=http://127.0.0.1:$port
for _ in $(seq 240); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/platform.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$base/actuator/health/readiness" >/dev/null || { echo "the platform did not become ready" >&2; exit 1; }

export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres PGDATABASE=postgres
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
ms() { date +%s%3N; }

# ---- data: the dossier benchmark's generator -------------------------------------------------------------------
if [ -z "$reuse" ]; then
printf '%%PDF-1.4\n%% Một Cửa benchmark result document\n%%%%EOF\n' >"$work/result.pdf"
file_id=$(sha256sum "$work/result.pdf" | cut -c1-64)
mkdir -p "$work/data/files/${file_id:0:2}"
cp "$work/result.pdf" "$work/data/files/${file_id:0:2}/$file_id"
say "generating $n dossiers"
t0=$(ms)
psql -X -q -v ON_ERROR_STOP=1 -v n="$n" -v seed=0.42 -v file_id="$file_id" -v file_size="$(stat -c%s "$work/result.pdf")" \
  -f bench/sql/generate-setup.sql >"$work/generate.log"
run_batches() { # $1 first batch index, $2 step
  local k=$1
  while [ $((k * batch)) -lt "$n" ]; do
    psql -X -q -v ON_ERROR_STOP=1 -v lo=$((k * batch)) -v hi=$(((k + 1) * batch)) \
      -v batch_seed="$(awk -v k="$k" 'BEGIN { printf "%.6f", (k * 0.6180339887) % 1 }')" -f bench/sql/generate-batch.sql
    k=$((k + $2))
  done
}
run_batches 0 2 >>"$work/generate.log" 2>&1 & b0=$!
run_batches 1 2 >>"$work/generate.log" 2>&1 & b1=$!
wait $b0 && wait $b1 || { tail -20 "$work/generate.log" >&2; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 -f bench/sql/generate-finish.sql >"$work/generate-summary.txt" 2>>"$work/generate.log"
q -c "vacuum (analyze) dossier" -c "checkpoint"
t1=$(ms)
echo $(((t1 - t0) / 1000)) >"$work/generated-seconds"
fi
dossiers=$(q -c "select count(*) from dossier")

# ---- monitoring numbers from the dossiers ----------------------------------------------------------------------
say "rebuilding the monitoring numbers from $dossiers dossiers"
t2=$(ms)
curl -fs -u city.admin:demo -X POST "$base/api/v1/indicators/rebuild" >"$work/rebuild.json"
t3=$(ms)
q -c "vacuum (analyze) monitoring_count, monitoring_dossier"
curl -fs -u city.admin:demo -X PUT -H 'Content-Type: application/json' "$base/api/v1/green-thresholds" \
  -d '{"criteria":[{"indicator":"onTimeRate","min":0.9},{"indicator":"onlineShare","min":0.3}],"reason":"benchmark"}' >/dev/null
year=$(TZ=Asia/Ho_Chi_Minh date +%Y)
ward=$(q -c "select competent_unit from dossier d join organization_unit u on u.slug = d.competent_unit
             where u.type in ('ward', 'commune', 'special_zone') group by 1 order by count(*) desc limit 1")

# ---- dashboards vs a full scan ---------------------------------------------------------------------------------
# one dashboard load: its requests one after the other, as the page would make them; prints the total in ms
load() { # $1 user, then paths
  local user=$1 total=0 t; shift
  for path in "$@"; do
    t=$(curl -fs -o /dev/null -w '%{time_total}' -u "$user:demo" "$base$path") || { echo "GET $path failed" >&2; exit 1; }
    total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b * 1000 }')
  done
  echo "$total"
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
city_paths=("/api/v1/indicators?unit=city&period=$year" "/api/v1/indicators/ranking?period=$year"
  "/api/v1/indicators/trend?unit=city&period=$year" "/api/v1/green-units?period=$year")
ward_paths=("/api/v1/indicators?unit=$ward&period=$year" "/api/v1/indicators/trend?unit=$ward&period=$year"
  "/api/v1/indicators/procedures?unit=$ward&period=$year")
say "timing the city dashboard and the dashboard of $ward ($repeat loads each after 3 warm-ups)"
for _ in 1 2 3; do load city.admin "${city_paths[@]}" >/dev/null; load "$ward.leader" "${ward_paths[@]}" >/dev/null; done
city_ms=$(for _ in $(seq "$repeat"); do load city.admin "${city_paths[@]}"; done | median)
ward_ms=$(for _ in $(seq "$repeat"); do load "$ward.leader" "${ward_paths[@]}"; done | median)
# the pages, in a session opened through the staff login form (what a browser does)
page_login() { # $1 cookie jar, $2 user
  local token
  token=$(curl -fs -c "$1" -b "$1" "$base/staff/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$1" -b "$1" --data-urlencode "_csrf=$token" --data-urlencode "username=$2" \
    --data-urlencode "password=demo" "$base/staff/login"
}
page() { # $1 cookie jar, $2 path; prints ms, fails unless the page answers 200
  local out
  out=$(curl -s -o "$work/page.html" -w '%{http_code} %{time_total}' -b "$1" "$base$2")
  [ "${out%% *}" = 200 ] || { echo "GET $2 answered ${out%% *}" >&2; exit 1; }
  awk -v t="${out#* }" 'BEGIN { print t * 1000 }'
}
page_login "$work/city.cookies" city.admin
page_login "$work/ward.cookies" "$ward.leader"
city_page="/staff/dashboard/city?period=$year"
ward_page="/staff/dashboard/units/$ward?period=$year"
for _ in 1 2 3; do page "$work/city.cookies" "$city_page" >/dev/null; page "$work/ward.cookies" "$ward_page" >/dev/null; done
city_page_ms=$(for _ in $(seq "$repeat"); do page "$work/city.cookies" "$city_page"; done | median)
ward_page_ms=$(for _ in $(seq "$repeat"); do page "$work/ward.cookies" "$ward_page"; done | median)

# the same counts by scanning every dossier (no monitoring tables), per unit and month, as the dashboards need them
scan_sql() { # $1 extra condition
  cat <<SQL
select competent_unit, date_trunc('month', received_at at time zone 'Asia/Ho_Chi_Minh') as month, procedure_code,
       count(*), count(*) filter (where status in (8, 9, 10) and on_time),
       count(*) filter (where status in (8, 9, 10) and not on_time),
       count(*) filter (where status in (2, 4, 5, 6) and not (supplement_requests > 1 or legal_due_at < coalesce(paused_at, now()))),
       count(*) filter (where status in (2, 4, 5, 6) and (supplement_requests > 1 or legal_due_at < coalesce(paused_at, now()))),
       count(*) filter (where status = 7), count(*) filter (where channel = 'ONLINE'),
       count(*) filter (where fees_due_vnd > 0), count(*) filter (where fees_due_vnd > 0 and fee_paid_online),
       count(*) filter (where jsonb_array_length(registry_components) > 0 or exists (select 1 from dossier_component c where c.dossier_id = dossier.id)),
       count(*) filter (where status in (9, 10) and jsonb_array_length(result_files) > 0),
       count(*) filter (where registry_status in ('REUSED', 'PARTLY_REUSED')), count(*) filter (where supplement_requests > 0)
from dossier
where received_at is not null and status not in (1, 3)
  and received_at >= make_date($year, 1, 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
  and received_at < make_date($year + 1, 1, 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' $1
group by 1, 2, 3
SQL
}
# a scan of 10 M dossiers takes minutes: once is enough there
scan_repeat=${BENCH_SCAN_REPEAT:-$([ "$n" -ge 5000000 ] && echo 1 || echo 3)}
timed_scan() { # $1 extra condition; prints ms (median of BENCH_SCAN_REPEAT)
  for _ in $(seq "$scan_repeat"); do
    local a b; a=$(ms); scan_sql "$1" | q >/dev/null; b=$(ms); echo $((b - a))
  done | median
}
say "timing the full scans"
city_scan_ms=$(timed_scan "")
ward_scan_ms=$(timed_scan "and competent_unit = '$ward'")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
verdict() { awk -v t="$1" -v g="$goal_ms" 'BEGIN { print (t <= g ? "met" : "MISSED") }'; }
cat <<REPORT

Monitoring dashboards — $dossiers dossiers (generated in $(cat "$work/generated-seconds" 2>/dev/null || echo "?") s), numbers rebuilt in $(((t3 - t2) / 1000)) s
  rebuild: $(cat "$work/rebuild.json")
  $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), database $(q -c "select pg_size_pretty(pg_database_size(current_database()))")
  monitoring_count rows: $(q -c "select count(*) from monitoring_count") (unit × procedure × month)
  city dashboard page     ${city_page_ms} ms   (median of $repeat; goal ≤ ${goal_ms} ms: $(verdict "$city_page_ms"))
    its API requests      ${city_ms} ms   (indicators, ranking, trend, green units one after the other)
  full scan, city         ${city_scan_ms} ms   → scan ÷ page = $(ratio "$city_scan_ms" "$city_page_ms")
  ward dashboard page     ${ward_page_ms} ms   ($ward, the busiest ward; goal ≤ ${goal_ms} ms: $(verdict "$ward_page_ms"))
    its API requests      ${ward_ms} ms   (indicators, trend, procedures)
  full scan, ward         ${ward_scan_ms} ms   → scan ÷ page = $(ratio "$ward_scan_ms" "$ward_page_ms")
REPORT
