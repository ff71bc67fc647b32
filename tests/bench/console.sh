#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Console startup benchmark of issue 6 ("the main window usable within 1 s of launch against a
# local server"): a local tollgate-server on SQLite with a seeded store (100,000 users, keys,
# pending subscription requests, 60 days of usage), then `tollgate-console --measure-startup`
# (offscreen) RUNS times: the first launch cold (fresh server, fresh font and config caches),
# the others warm, and SLOW_RUNS more with the server behind a relay adding SLOW_MS each way.
# "Usable" is the console's definition (app/console/automation.cpp): signed in, the first page
# (the dashboard) shown and every request it made answered without an error. The time is taken
# from outside, from the fork to the console's startup line. Prints one table. See BENCHMARKS.md.
#
#   tests/bench/console.sh                       # 100,000 users, 1 cold + 9 warm + 3 slow-link runs
#   USERS=1000 RUNS=3 SLOW_RUNS=0 tests/bench/console.sh   # quick check that everything works
#
# Environment:
#   USERS=100000 KEYS=20000 PENDING=250 DAYS=60 RECORDS=20000   the seeded store (RECORDS: today's
#                     raw usage records, DAYS: days of daily rollups over up to 2,000 key/model pairs)
#   RUNS=10           launches against the local server (the first one is the cold one)
#   SLOW_RUNS=3 SLOW_MS=25   launches through a relay holding every chunk SLOW_MS each way (0: skip)
#   TARGET_MS=1000    the target of issue 6
#   BUILD=auto        auto: build when a binary is missing; 1: always run the build; 0: never
#   BUILD_DIR=build/release
#   RESULTS=build/bench/console-<time>.md   the table (the raw numbers go beside it, .env)
#   PORT=18450        the relay's port (the server takes a free one)
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

USERS=${USERS:-100000}
KEYS=${KEYS:-20000}
PENDING=${PENDING:-250}
DAYS=${DAYS:-60}
RECORDS=${RECORDS:-20000}
RUNS=${RUNS:-10}
SLOW_RUNS=${SLOW_RUNS:-3}
SLOW_MS=${SLOW_MS:-25}
TARGET_MS=${TARGET_MS:-1000}
BUILD=${BUILD:-auto}
BUILD_DIR=${BUILD_DIR:-build/release}
PORT=${PORT:-18450}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=${RESULTS:-$root/build/bench/console-$stamp.md}

server_bin=$BUILD_DIR/app/server/tollgate-server
console_bin=$BUILD_DIR/app/console/tollgate-console

# shellcheck source=tests/bench/benchlib.sh
source "$here/benchlib.sh"

for tool in curl python3 setsid; do
    command -v "$tool" > /dev/null || die "$tool is not installed"
done
((RUNS >= 1)) || die "RUNS must be at least 1"

# ---- build ------------------------------------------------------------------------------------------
if [[ $BUILD == 1 || ( $BUILD == auto && ( ! -x $server_bin || ! -x $console_bin ) ) ]]; then
    bench_build tollgate-server tollgate-console
fi
[[ -x $server_bin && -x $console_bin ]] || die "missing $server_bin or $console_bin (BUILD=1 builds them)"

bench_workdir tollgate-console-bench
log "work directory $work"
env_file=$work/results.env
record() { echo "$1=$2" >> "$env_file"; }
: > "$env_file"
record started "$(date -u '+%Y-%m-%d %H:%M UTC')"
record command "$(for v in USERS KEYS PENDING DAYS RECORDS RUNS SLOW_RUNS SLOW_MS; do
    printf '%s=%s ' "$v" "${!v}"; done)tests/bench/console.sh"
record host "$(uname -srm)"
record cpus "$(nproc)"
record load "$(cut -d' ' -f1-3 /proc/loadavg)"
record target_ms "$TARGET_MS"

# ---- the server and its store -----------------------------------------------------------------------
admin_password=bench-admin-password-1
mkdir -p "$work/data"
# Two models (one restricted, for the pending requests); nothing is ever sent to their deployments.
cat > "$work/tollgate.json" << EOF
{"log_level": "warning", "access_log": false,
 "models": [
  {"id": "granite-3-8b", "capabilities": ["chat"], "prices": {"input": "0.20", "output": "0.60"},
   "deployments": [{"base_url": "http://127.0.0.1:9/v1"}]},
  {"id": "llama-3-70b", "capabilities": ["chat"], "restricted": true, "prices": {"input": "0.90", "output": "0.90"},
   "deployments": [{"base_url": "http://127.0.0.1:9/v1"}]}]}
EOF
server_pid=
server_url=
start_server() { # sets server_pid and server_url
    start server "" env TOLLGATE_BOOTSTRAP_ADMIN="root:$admin_password" "$server_bin" --config "$work/tollgate.json" \
        --data-dir "$work/data" --database "sqlite://$work/data/tollgate.db" --listen 127.0.0.1:0
    server_pid=$started_pid
    server_url=
    for _ in $(seq 600); do
        server_url=$(sed -n 's/^listening on //p' "$work/server.log" | head -1)
        [[ -n $server_url ]] && break
        kill -0 "$server_pid" 2> /dev/null || break
        sleep 0.1
    done
    [[ -n $server_url ]] || die "tollgate-server did not start: $(tail -5 "$work/server.log")"
    wait_http "$server_url/health/readiness" 120 "$server_pid" || die "tollgate-server not ready: $(tail -5 "$work/server.log")"
}

log "creating the store, then seeding $USERS users, $KEYS keys, $PENDING pending requests, $DAYS days of usage"
start_server # creates the schema, the admin and the models
stop "$server_pid"
seeded=$(python3 "$here/benchlib.py" console-seed "$work/data/tollgate.db" "$USERS" "$KEYS" "$PENDING" "$DAYS" "$RECORDS")
log "$seeded"
record store "SQLite, ${seeded#seeded: }"
start_server # the server under test starts on the seeded store: its caches are cold for run 1
log "tollgate-server on $server_url, RSS $(mb "$(status_kb VmRSS "$server_pid")") MB"

# ---- the console --------------------------------------------------------------------------------------
# Fresh config and cache directories: the first launch also builds the font cache, as a first
# launch on a new desktop does; the later ones reuse it.
console_env=(env QT_QPA_PLATFORM=offscreen TOLLGATE_USER=root "TOLLGATE_PASSWORD=$admin_password"
    "XDG_CONFIG_HOME=$work/console-config" "XDG_CACHE_HOME=$work/console-cache")
log "$RUNS launches against $server_url (run 1 cold)"
python3 "$here/benchlib.py" console-run 1 "$RUNS" "$env_file" \
    "${console_env[@]}" "$console_bin" --server "$server_url" --measure-startup

if ((SLOW_RUNS > 0 && SLOW_MS > 0)); then
    start relay "" python3 "$here/benchlib.py" delay-proxy "$PORT" "${server_url##*:}" "$SLOW_MS"
    relay_pid=$started_pid
    wait_http "http://127.0.0.1:$PORT/health/readiness" 10 "$relay_pid" || die "the relay did not start: $(cat "$work/relay.log")"
    record slow_link "a relay adding $SLOW_MS ms each way ($((2 * SLOW_MS)) ms round trip)"
    record slow_runs "$(seq -s ' ' $((RUNS + 1)) $((RUNS + SLOW_RUNS)))"
    log "$SLOW_RUNS launches through the relay ($((2 * SLOW_MS)) ms round trip)"
    python3 "$here/benchlib.py" console-run $((RUNS + 1)) "$SLOW_RUNS" "$env_file" \
        "${console_env[@]}" "$console_bin" --server "http://127.0.0.1:$PORT" --measure-startup
    stop "$relay_pid"
fi
kill -0 "$server_pid" 2> /dev/null || die "tollgate-server died during the runs"

mkdir -p "$(dirname "$RESULTS")"
cp "$env_file" "${RESULTS%.md}.env"
python3 "$here/benchlib.py" console-report "$env_file" | tee "$RESULTS"
log "results written to $RESULTS"
