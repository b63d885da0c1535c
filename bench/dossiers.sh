#!/usr/bin/env bash
# Dossier throughput and latency at scale: bench/dossiers.sh [N=1000000]
#
# Starts the packaged platform on a fresh temporary data directory, bulk-loads N dossiers of the past 12 months with
# SQL (bench/sql/generate-*.sql: the 168 wards, the catalogue, realistic outcomes, slips consistent with what the
# platform writes), then measures with wrk on 127.0.0.1 (scripts in bench/lua/):
#   submissions   POST /api/v1/dossiers at the desks of several wards            → req/s, p99, and the sustained rate
#   transitions   POST /api/v1/dossiers/{code}/actions FORWARD, distinct dossiers → req/s, p99, and the sustained rate
#                 (sustained: over the run and the time the listeners need to finish the work it caused after commit)
#   inbox         GET /api/v1/inbox of the busiest processor inbox at N dossiers  → p99
#   public look-up GET /api/v1/public/dossiers/{code} over existing codes         → req/s
# and, in the same run, the machine's ceilings: a trivial endpoint of the same server (GET /actuator/health/liveness,
# through the same security filter chain) and a bare single-insert transaction in the same PostgreSQL (pgbench, same
# number of clients, fsync and synchronous_commit on as the platform runs it). Prints every result, its ratio to the
# ceilings and whether the issue's goals are met. Stops the platform and deletes the temporary directory at the end.
#
# Environment: BENCH_DURATION (20s), BENCH_WARMUP (30s before each load: after 10 s the JIT was still compiling and a
# submission's JVM CPU varied by half between runs of one build), BENCH_CONNECTIONS (32),
# BENCH_PORT (18080), BENCH_PG_PORT (15432), BENCH_BATCH (100000 dossiers per generator batch), BENCH_JAVA_OPTS
# (e.g. JFR options), BENCH_JAR (another build to measure, e.g. to compare two commits), BENCH_KEEP=1 to keep the data
# directory. Needs wrk, psql and pgbench: installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n=${1:-1000000}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-30s}
connections=${BENCH_CONNECTIONS:-32}
port=${BENCH_PORT:-18080}
pg_port=${BENCH_PG_PORT:-15432}
batch=${BENCH_BATCH:-100000}
lookups_per_minute=1000000000
export BENCH_LUA=$root/bench/lua

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---- tools -----------------------------------------------------------------------------------------------------
install_missing() { # $1 command, $2 Debian package
  command -v "$1" >/dev/null 2>&1 && return 0
  say "installing $2 (apt-get)"
  apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null; }
}
install_missing wrk wrk
install_missing psql postgresql-client
JAVA_HOME=$(scripts/java-home.sh); export JAVA_HOME
jar=${BENCH_JAR:-target/motcua-0.1.0-SNAPSHOT.jar}
if [ -z "${BENCH_JAR:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; }; then
  say "building the jar"
  ./mvnw -q -B -DskipTests package >/tmp/motcua-dossiers-build.log 2>&1 || { cat /tmp/motcua-dossiers-build.log >&2; exit 1; }
fi
for p in "$port" "$pg_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "port $p is in use; set BENCH_PORT / BENCH_PG_PORT" >&2; exit 1; fi
done

# ---- platform --------------------------------------------------------------------------------------------------
work=$(mktemp -d /tmp/motcua-dossiers.XXXXXX)
# the platform runs from a copy: a build of target/ during the run would change classes under the running JVM
cp "$jar" "$work/platform.jar"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ "${BENCH_KEEP:-}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
say "starting the platform on a fresh data directory ($work), HTTP :$port, PostgreSQL :$pg_port"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
MOTCUA_DATA_DIR=$work/data MOTCUA_PORT=$port MOTCUA_DB_EMBEDDED_PORT=$pg_port \
  MOTCUA_PUBLIC_LOOKUP_RATE=$lookups_per_minute "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "$work/platform.jar" >"$work/platform.log" 2>&1 &
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
basic() { printf 'Basic %s' "$(printf '%s:demo' "$1" | base64 -w0)"; }
ms() { date +%s%3N; }

# ---- data ------------------------------------------------------------------------------------------------------
# the result document every generated finished dossier carries, content-addressed like DossierFiles stores it
printf '%%PDF-1.4\n%% Một Cửa benchmark result document\n%%%%EOF\n' >"$work/result.pdf"
file_id=$(sha256sum "$work/result.pdf" | cut -c1-64)
mkdir -p "$work/data/files/${file_id:0:2}"
cp "$work/result.pdf" "$work/data/files/${file_id:0:2}/$file_id"

say "generating $n dossiers"
t0=$(ms)
psql -X -q -v ON_ERROR_STOP=1 -v n="$n" -v seed=0.42 -v file_id="$file_id" -v file_size="$(stat -c%s "$work/result.pdf")" \
  -f bench/sql/generate-setup.sql >"$work/generate.log"
# the generator's forms must pass the platform's own validation: one dossier per procedure through the API
accepted=0; total=0
while IFS=$'\t' read -r code form; do
  total=$((total + 1))
  status=$(curl -s -o "$work/form-check.json" -w '%{http_code}' -u sai-gon.reception:demo -H 'Content-Type: application/json' \
    -d "{\"procedureCode\":\"$code\",\"channel\":\"IN_PERSON\",\"receivingUnit\":\"sai-gon\",\"applicant\":{\"personalId\":\"079190000001\",\"fullName\":\"Nguyễn Văn An\"},\"form\":$form}" \
    "$base/api/v1/dossiers")
  if [ "$status" = 201 ]; then accepted=$((accepted + 1)); else say "form of $code refused: $(cat "$work/form-check.json")"; fi
done < <(q -F $'\t' -c "select code, form from bench.proc order by code")
[ "$accepted" = "$total" ] || { echo "the generator's forms do not match the catalogue" >&2; exit 1; }
# batches in two sessions (two cores); each batch seeds its own random numbers, so the data does not depend on which
# session ran it
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
t1=$(ms)
say "vacuum, analyze, checkpoint"
# what autovacuum would have done over a year of normal operation; the checkpoint keeps the load's writes out of the
# measurements
q -c "vacuum (analyze) dossier, dossier_history, dossier_upload, dossier_code_sequence" -c "checkpoint"
t2=$(ms)
dossiers=$(q -c "select count(*) from dossier")
slip_lines=$(q -c "select count(*) from dossier_history")
db_size=$(q -c "select pg_size_pretty(pg_database_size(current_database()))")
load_before=$(cut -d' ' -f1 /proc/loadavg)

# ---- loads -----------------------------------------------------------------------------------------------------
# HTTP Basic checks are cached for 60 s after the first success; until then each request pays a bcrypt check, and 32
# connections opening at once would all pay it. Log each account in once, as a client would, before loading.
log_in() { for user in "$@"; do curl -fs -o /dev/null -u "$user:demo" "$base/api/v1/inbox" || true; done; }
# CPU time used so far by the platform's JVM and by PostgreSQL (the postmaster, its live backends, and through the
# postmaster's children counters the backends that have ended), in clock ticks: CPU per request is less sensitive
# to a noisy machine than a rate.
pg_pid=$(head -1 "$work/data/pg/postmaster.pid")
ticks=$(getconf CLK_TCK)
cpu() {
  local jvm pg c
  jvm=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  pg=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pg_pid/stat")
  for c in $(ps -o pid= --ppid "$pg_pid"); do pg=$((pg + $(awk '{ print $14 + $15 }' "/proc/$c/stat" 2>/dev/null || echo 0))); done
  echo "$jvm $pg"
}
# drain: waits (at most 3 minutes) until every event publication is complete — the work writes cause after their
# commit (monitoring numbers, notices) runs on the listeners' threads and may still be queued when wrk stops; prints
# the milliseconds waited
drain() {
  local start; start=$(ms)
  for _ in $(seq 900); do
    [ "$(q -c "select count(*) from event_publication where completion_date is null
                and publication_date > now() - interval '1 hour'")" = 0 ] && break
    sleep 0.2
  done
  echo $(($(ms) - start))
}
# measure NAME CONNECTIONS URL [wrk options...]: one measured run; sets NAME_rate, NAME_p99_ms, NAME_jvm_ms …
# With AFTER_COMMIT=1 the run starts once earlier after-commit work is done and ends when its own is, so the CPU per
# request includes it, and NAME_sustained is the rate over the run and the wait (NAME_drain_ms).
measure() {
  local name=$1 conns=$2 url=$3 j0 p0 j1 p1 waited=0; shift 3
  [ "${AFTER_COMMIT:-}" = 1 ] && drain >/dev/null
  read -r j0 p0 < <(cpu)
  wrk -t1 -c"$conns" -d"$duration" --timeout 10s --latency "$url" "$@" >"$work/$name.out" 2>&1
  [ "${AFTER_COMMIT:-}" = 1 ] && waited=$(drain)
  read -r j1 p1 < <(cpu)
  parse "$name" "$work/$name.out"
  local ok=${name}_ok sec=${name}_seconds
  eval "${name}_drain_ms=$waited"
  eval "${name}_sustained=$(awk -v r="${!ok}" -v s="${!sec}" -v w="$waited" 'BEGIN { printf "%.0f", r / (s + w / 1000) }')"
  eval "${name}_jvm_ms=$(awk -v t=$((j1 - j0)) -v n="${!ok}" -v hz="$ticks" 'BEGIN { printf "%.2f", n ? t * 1000 / hz / n : 0 }')"
  eval "${name}_pg_ms=$(awk -v t=$((p1 - p0)) -v n="${!ok}" -v hz="$ticks" 'BEGIN { printf "%.2f", n ? t * 1000 / hz / n : 0 }')"
}
# wrk_run NAME CONNECTIONS URL [wrk options...]: a warm-up, then the measured run
wrk_run() {
  say "$1: warm-up $warmup, then $duration with $2 connections"
  wrk -t1 -c"$2" -d"$warmup" --timeout 10s "$3" "${@:4}" >"$work/$1-warmup.out" 2>&1
  measure "$@"
}
parse() { # $1 name, $2 wrk output with the RESULT line of report.lua
  local line; line=$(grep '^RESULT ' "$2") || { cat "$2" >&2; exit 1; }
  eval "$(echo "$line" | sed 's/^RESULT //' | tr ' ' '\n' | sed "s/^/$1_/")"
  local req=${1}_requests non=${1}_non2xx err=${1}_errors sec=${1}_seconds
  eval "${1}_ok=$((${!req} - ${!non} - ${!err}))"
  local ok=${1}_ok
  eval "${1}_rate=$(awk -v r="${!ok}" -v s="${!sec}" 'BEGIN { printf "%.0f", r / s }')"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
# latency is also measured with as many connections as cores: below saturation, where p99 is the request's own time
# rather than its wait in the queue of 32
few=$(nproc)

# ceiling 1: the trivial endpoint of the same server (through the same Tomcat, security filter chain and Jackson)
wrk_run trivial "$connections" "$base/actuator/health/liveness" -s bench/lua/plain.lua
measure trivial_few "$few" "$base/actuator/health/liveness" -s bench/lua/plain.lua
# ceiling 2: a bare single-insert transaction in the same PostgreSQL, as many clients as wrk has connections.
# Debian ships pgbench in its server package: without one, unpack just the binary rather than install (and start) a
# second PostgreSQL.
pgbench=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)
if [ -z "$pgbench" ]; then
  pg_major=$(psql --version | awk '{ print int($3) }')
  say "unpacking pgbench from the postgresql-$pg_major package (apt-get download)"
  (cd "$work" && { apt-get download -qq "postgresql-$pg_major" 2>/dev/null ||
    { apt-get update -qq >/dev/null && apt-get download -qq "postgresql-$pg_major"; }; } &&
    dpkg-deb -x postgresql-*.deb pgbench-pkg)
  pgbench=$(ls "$work"/pgbench-pkg/usr/lib/postgresql/*/bin/pgbench)
fi
say "insert ceiling: pgbench $duration with $connections clients"
q -c "create table bench_insert_ceiling (id bigserial primary key, at timestamptz not null default now(), note text not null)"
echo "insert into bench_insert_ceiling (note) values ('x');" >"$work/insert.sql"
read -r j0 p0 < <(cpu)
"$pgbench" -n -c "$connections" -j 2 -T "${duration%s}" -f "$work/insert.sql" >"$work/pgbench.out" 2>&1
read -r j1 p1 < <(cpu)
insert_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.out" | head -1 | awk '{ printf "%.0f", $1 }')
insert_latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$work/pgbench.out")
insert_count=$(q -c "select count(*) from bench_insert_ceiling")
insert_pg_ms=$(awk -v t=$((p1 - p0)) -v n="$insert_count" -v hz="$ticks" 'BEGIN { printf "%.2f", n ? t * 1000 / hz / n : 0 }')
q -c "drop table bench_insert_ceiling"

# public look-up over existing codes (about 10,000 of them, the same ones every run)
q -c "select code from dossier tablesample system (1) repeatable (42) limit 20000" >"$work/codes.txt"
wrk_run lookup "$connections" "$base/api/v1/public/dossiers/" -s bench/lua/lookup.lua -- "$work/codes.txt"

# inbox of the busiest processor inbox
read -r inbox_unit inbox_size < <(q -F ' ' -c "select waiting_unit, count(*) from dossier where waiting_role = 'processor'
  group by 1 order by 2 desc limit 1")
log_in "$inbox_unit.processor"
inbox_auth="Authorization: $(basic "$inbox_unit.processor")"
wrk_run inbox "$connections" "$base/api/v1/inbox" -H "$inbox_auth" -s bench/lua/plain.lua
measure inbox_few "$few" "$base/api/v1/inbox" -H "$inbox_auth" -s bench/lua/plain.lua

# submissions at the desks of eight wards
mapfile -t desks < <(q -c "select slug from organization_unit where type = 'ward' order by seq limit 8")
auths=(); for u in "${desks[@]}"; do auths+=("$(basic "$u.reception")"); done
log_in "${desks[@]/%/.reception}"
submitted_before=$(q -c "select count(*) from dossier")
AFTER_COMMIT=1 wrk_run submit "$connections" "$base/api/v1/dossiers" -s bench/lua/submit.lua -- "${auths[@]}"
submitted=$(( $(q -c "select count(*) from dossier") - submitted_before ))

# step transitions: the dossiers just submitted, forwarded by reception, then by the processor, then by the leader
q -F $'\t' -c "select code, 'Basic ' || encode(convert_to(receiving_unit || '.' || role || ':demo', 'UTF8'), 'base64')
  from dossier cross join (values (1, 'reception'), (2, 'processor'), (3, 'leader')) r(pass, role)
  where current_step = 0 and status = 2 and procedure_code = '1.004873.000.00.00.H29'
    and submitted_at > now() - interval '1 hour'
    and receiving_unit in ($(printf "'%s'," "${desks[@]}" | sed 's/,$//'))
  order by pass, id" >"$work/forward.txt"
log_in "${desks[@]/%/.reception}" "${desks[@]/%/.processor}" "${desks[@]/%/.leader}"
forward_lines=$(wc -l <"$work/forward.txt")
say "transitions: warm-up $warmup, then $duration with $connections connections ($forward_lines transitions available)"
wrk -t1 -c"$connections" -d"$warmup" --timeout 10s "$base" -s bench/lua/forward.lua -- "$work/forward.txt" 1 1 \
  >"$work/forward-warmup.out" 2>&1
start_line=$(sed -n 's/^NEXT line=//p' "$work/forward-warmup.out")
AFTER_COMMIT=1 measure forward "$connections" "$base" -s bench/lua/forward.lua -- "$work/forward.txt" "$start_line" 1
forward_end=$(sed -n 's/^NEXT line=//p' "$work/forward.out")

# ---- report ----------------------------------------------------------------------------------------------------
gen_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", (b - a) / 1000 }')
vac_s=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.0f", (b - a) / 1000 }')
goal() { if awk -v v="$1" -v g="$3" "BEGIN { exit !(v $2 g) }"; then echo met; else echo MISSED; fi; }
row() { # label name connections
  local r=${2}_rate p50=${2}_p50_ms p99=${2}_p99_ms j=${2}_jvm_ms g=${2}_pg_ms n=${2}_non2xx e=${2}_errors
  printf '  %-36s %4s %7s %8s %8s %7s %7s%s\n' "$1" "$3" "${!r}" "${!p50}" "${!p99}" "${!j}" "${!g}" \
    "$([ "${!n}" = 0 ] && [ "${!e}" = 0 ] || echo "   non-2xx ${!n}, socket errors ${!e}")"
}
echo
echo "Một Cửa dossier benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average before loads $load_before"
echo "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(q -c 'select version()' | cut -d, -f1); wrk -t1 -d$duration after a $warmup warm-up"
echo
echo "data: $dossiers dossiers, $slip_lines slip lines, database $db_size"
echo "  generated in ${gen_s} s ($(awk -v n="$n" -v s="$gen_s" 'BEGIN { printf "%.0f", n / (s > 0 ? s : 1) }') dossiers/s), vacuum + analyze + checkpoint ${vac_s} s"
sed 's/^/  /' "$work/generate-summary.txt"
echo
echo "                                       conns   req/s   p50 ms   p99 ms  CPU ms/request"
echo "                                                                          JVM      PG"
echo "ceilings measured in this run:"
row "trivial GET /actuator/health/liveness" trivial "$connections"
row "  the same, below saturation" trivial_few "$few"
printf '  %-36s %4s %7s %8s %8s %7s %7s\n' "PostgreSQL 1-INSERT transaction" "$connections" "$insert_tps" "" "" "" "$insert_pg_ms"
echo "    (pgbench, fsync and synchronous_commit on; mean latency $insert_latency ms)"
echo "results:"
row "submissions POST /api/v1/dossiers" submit "$connections"
row "step transitions (FORWARD)" forward "$connections"
row "inbox GET /api/v1/inbox" inbox "$connections"
row "  the same, below saturation" inbox_few "$few"
row "public look-up" lookup "$connections"
echo
echo "against the ceilings and the issue's goals:"
echo "  submissions      $submit_rate/s answered; $submit_sustained/s sustained, counting the $submit_drain_ms ms their after-commit work"
echo "                   (monitoring, notices) still ran once wrk stopped, as the CPU per request above does;"
echo "                   $(ratio "$submit_sustained" "$insert_tps") of the insert ceiling, $(ratio "$submit_sustained" "$trivial_rate") of the trivial endpoint; goal 1000/s: $(goal "$submit_sustained" '>=' 1000)"
echo "  transitions      $forward_rate/s answered; $forward_sustained/s sustained (after-commit work $forward_drain_ms ms);"
echo "                   $(ratio "$forward_sustained" "$insert_tps") of the insert ceiling, $(ratio "$forward_sustained" "$trivial_rate") of the trivial endpoint"
[ "$forward_end" -le "$forward_lines" ] || echo "                   WARNING: ran out of dossiers to forward ($forward_lines); the rate is a lower bound"
echo "  inbox            p99 $inbox_few_p99_ms ms with $few connections ($(ratio "$inbox_few_p99_ms" "$trivial_few_p99_ms") × the trivial endpoint's), $inbox_p99_ms ms"
echo "                   with $connections (queueing); $inbox_unit.processor, $inbox_size waiting among $dossiers dossiers;"
echo "                   goal 20 ms: $(goal "$inbox_few_p99_ms" '<=' 20)"
echo "  public look-up   $lookup_rate req/s: $(ratio "$lookup_rate" "$trivial_rate") of the trivial endpoint; goal 0.60: $(goal "$(ratio "$lookup_rate" "$trivial_rate")" '>=' 0.60)"
echo
echo "notes: $submitted dossiers were submitted during the run. The public look-up is rate-limited per client address"
echo "(MOTCUA_PUBLIC_LOOKUP_RATE, default 60/min) and wrk is one client: this run set $lookups_per_minute/min; the limiter"
echo "still runs. Rates and latencies move with whatever else the machine runs; the ratios and CPU per request less so."
