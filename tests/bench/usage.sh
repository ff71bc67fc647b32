#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage-analytics benchmark of issue 5: seeds ROWS usage records spread over the last 365 days
# (200 users, 400 keys, 8 models) plus their daily rollups (usage_daily and the coarser ones of
# migration 10) into SQLite and into a throwaway
# PostgreSQL (tests/support/pg.sh), then times the 90-day dashboard query set through the real
# tollgate-server's HTTP API: GET /api/v1/usage/summary (totals, previous period, p50/p95 over
# the newest 20,000 raw records), /timeseries?groupBy=day and /breakdown?by=model&limit=10, one
# after another, RUNS times. Prints p50 and max per request and for the set. See BENCHMARKS.md.
#
#   tests/bench/usage.sh                 # 10 million records, both databases
#   ROWS=1000000 DBS=sqlite tests/bench/usage.sh
#
# Environment: ROWS=10000000  RUNS=10  DBS="sqlite postgres"  BUILD_DIR=build/ci (tollgate-server
# built there; the script does not build)  KEEP=0 (1: keep the temp directory)
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
ROWS=${ROWS:-10000000}
RUNS=${RUNS:-10}
DBS=${DBS:-sqlite postgres}
BUILD_DIR=${BUILD_DIR:-$root/build/ci}
KEEP=${KEEP:-0}
server_bin=$BUILD_DIR/app/server/tollgate-server
[ -x "$server_bin" ] || { echo "usage.sh: $server_bin missing; build first (cmake --build --preset ci)" >&2; exit 2; }
for tool in sqlite3 psql curl python3; do
    command -v "$tool" >/dev/null || { echo "usage.sh: $tool is needed" >&2; exit 2; }
done

tmp=$(mktemp -d /tmp/tollgate-usage-bench.XXXXXX)
chmod 755 "$tmp" # pg.sh runs PostgreSQL as user postgres when started as root
server_pid=""
pg_started=0
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    [ "$pg_started" = 1 ] && "$root/tests/support/pg.sh" stop "$tmp/pg" >/dev/null 2>&1 || true
    if [ "$KEEP" = 1 ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

master=bench-master-key-0123456789
now_ms=$(($(date +%s) * 1000))
span_ms=$((365 * 86400000))
step_ms=$((span_ms / ROWS))

# Starts the server on DB; sets server_pid and port.
start_server() {
    local db=$1
    mkdir -p "$tmp/data"
    : > "$tmp/server.out"
    TOLLGATE_MASTER_KEY=$master "$server_bin" --database "$db" --data-dir "$tmp/data" --listen 127.0.0.1:0 \
        --log-level warning >"$tmp/server.out" 2>"$tmp/server.err" &
    server_pid=$!
    for _ in $(seq 1 300); do
        port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$tmp/server.out" | head -n1)
        [ -n "$port" ] && curl -fs "http://127.0.0.1:$port/health/readiness" >/dev/null && return 0
        sleep 0.2
    done
    echo "usage.sh: server did not start:" >&2; cat "$tmp/server.err" >&2; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

# The seed: record i is at now - i*step, user i%200, key i%400 (of user key%200), model (i/400)%8
# with one deployment each, 2% errors, varied tokens, latency and time to first token.
record_select() { # $1: the series column
    cat <<SQL
SELECT 'r' || $1, $now_ms - $1 * $step_ms, 'k' || ($1 % 400), 'u' || ($1 % 200),
       'm' || (($1 / 400) % 8), 'd' || (($1 / 400) % 8), '/v1/chat/completions',
       100 + $1 % 900, 20 + $1 % 300, $1 % 50, (100 + $1 % 900) * 1000 + (20 + $1 % 300) * 2000,
       CASE WHEN $1 % 50 = 0 THEN 500 ELSE 200 END, 100 + ($1 * 37) % 2000, 20 + ($1 * 13) % 500
SQL
}
cols="request_id, at, key_id, user_id, model_id, deployment_id, endpoint, prompt_tokens, completion_tokens,
      cached_tokens, cost, status, latency_ms, ttft_ms"
rollup_select() { # $1: the day expression
    cat <<SQL
SELECT $1 AS d, user_id, key_id, model_id, deployment_id, COUNT(*),
       SUM(CASE WHEN status >= 400 OR status = 0 THEN 1 ELSE 0 END), SUM(prompt_tokens),
       SUM(completion_tokens), SUM(cached_tokens), SUM(cost), SUM(latency_ms)
FROM usage_records GROUP BY d, user_id, key_id, model_id, deployment_id
SQL
}
daily_cols="day, user_id, key_id, model_id, deployment_id, requests, errors, prompt_tokens, completion_tokens,
            cached_tokens, cost, latency_ms_sum"
record_indexes=$(cat <<'SQL'
CREATE INDEX idx_usage_at_latency ON usage_records (at, latency_ms, ttft_ms);
CREATE INDEX idx_usage_user_at ON usage_records (user_id, at);
CREATE INDEX idx_usage_key_at ON usage_records (key_id, at);
CREATE INDEX idx_usage_model_at ON usage_records (model_id, at);
CREATE INDEX idx_usage_deployment_at ON usage_records (deployment_id, at);
SQL
)
# The coarser rollups of migration 10, from usage_daily, as the migration backfills them.
coarse_rollups=$(cat "$here/coarse_rollups.sql")
drop_record_indexes="DROP INDEX idx_usage_at_latency; DROP INDEX idx_usage_user_at; DROP INDEX idx_usage_key_at;
DROP INDEX idx_usage_model_at; DROP INDEX idx_usage_deployment_at;"

seed_sqlite() {
    sqlite3 "$1" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
$drop_record_indexes
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS - 1)
INSERT INTO usage_records ($cols) $(record_select i) FROM n;
$record_indexes
INSERT INTO usage_daily ($daily_cols) $(rollup_select "date(at / 1000, 'unixepoch')");
$coarse_rollups
COMMIT;
ANALYZE;
SQL
}

seed_postgres() {
    psql -q -v ON_ERROR_STOP=1 "$1" <<SQL
SET synchronous_commit = off;
BEGIN;
$drop_record_indexes
INSERT INTO usage_records ($cols) $(record_select i) FROM generate_series(CAST(0 AS BIGINT), $ROWS - 1) AS s(i);
$record_indexes
INSERT INTO usage_daily ($daily_cols) $(rollup_select "to_char(to_timestamp(at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')");
$coarse_rollups
COMMIT;
VACUUM ANALYZE usage_records;
VACUUM ANALYZE usage_daily;
VACUUM ANALYZE usage_daily_model;
VACUUM ANALYZE usage_daily_user;
VACUUM ANALYZE usage_active_days;
SQL
}

results=$tmp/results.txt
: > "$results"
to=$(date -u +%F)
from=$(date -u -d "$to - 89 days" +%F)
range="from=$from&to=$to"
queries=("summary?$range" "timeseries?groupBy=day&$range" "breakdown?by=model&limit=10&$range")

measure() { # $1: database label
    local label=$1 total
    # One warm-up set, then RUNS timed sets.
    for q in "${queries[@]}"; do
        curl -fsS -o /dev/null -H "authorization: Bearer $master" "http://127.0.0.1:$port/api/v1/usage/$q"
    done
    for run in $(seq 1 "$RUNS"); do
        total=0
        for q in "${queries[@]}"; do
            t=$(curl -fsS -o /dev/null -w '%{time_total}' -H "authorization: Bearer $master" \
                "http://127.0.0.1:$port/api/v1/usage/$q")
            echo "$label ${q%%\?*} $t" >> "$results"
            total=$(python3 -c "print($total + $t)")
        done
        echo "$label set $total" >> "$results"
    done
    curl -fsS -H "authorization: Bearer $master" "http://127.0.0.1:$port/api/v1/usage/summary?$range" \
        | python3 -c 'import json,sys; t=json.load(sys.stdin)["totals"]; print("  90-day totals:", t["requests"], "requests,", t["cost"], "cost")'
}

for db in $DBS; do
    case $db in
    sqlite)
        url="sqlite://$tmp/bench.db"
        ;;
    postgres)
        url=$("$root/tests/support/pg.sh" start "$tmp/pg" | tail -n1)
        pg_started=1
        ;;
    *) echo "usage.sh: unknown database $db" >&2; exit 2 ;;
    esac
    start_server "$url"   # creates the schema
    stop_server
    echo "== $db: seeding $ROWS records and their rollups"
    start=$(date +%s)
    if [ "$db" = sqlite ]; then seed_sqlite "$tmp/bench.db"; else seed_postgres "$url"; fi
    echo "  seeded in $(($(date +%s) - start)) s"
    start_server "$url"
    measure "$db"
    stop_server
done

echo
echo "| database | request | p50 ms | max ms |"
echo "|---|---|---:|---:|"
python3 - "$results" <<'PY'
import sys, statistics, collections
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    db, q, t = line.split()
    rows.setdefault((db, q), []).append(float(t) * 1000)
for (db, q), ts in rows.items():
    name = "dashboard set (3 requests)" if q == "set" else q
    print(f"| {db} | {name} | {statistics.median(ts):.1f} | {max(ts):.1f} |")
PY
