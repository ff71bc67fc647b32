#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CPU cost per proxied request of tollgate-server (one worker), which unlike req/s means something
# on a busy machine: the server's task-clock and instructions (perf stat; instructions need
# hardware counters, which VMs often lack), its utime+stime in total and per thread (/proc), all
# over a wrk run and divided by wrk's request count; or, with CALLGRIND=1, its user-space
# instructions per request counted by valgrind, which do not depend on the load at all.
# Same set-up as (d) of tests/bench/run.sh: KEYS keys (the first declared, the others copied into
# SQLite), limits and metering on, tollgate-mockllm upstream, small non-streaming chat.
#
#   tests/bench/cpu.sh                  # one 10 s run of the small chat
#   DURATION=5 RUNS=3 tests/bench/cpu.sh
#   PERF_RECORD=1 tests/bench/cpu.sh    # also perf record -g the server during the last run
#   CALLGRIND=1 DURATION=20 CONNECTIONS=8 tests/bench/cpu.sh
#                                       # run the server under valgrind --tool=callgrind and count
#                                       # its user-space instructions per request: exact and
#                                       # independent of machine load (about 50x slower)
#
# Environment: DURATION (10), RUNS (1), CONNECTIONS (64), KEYS (10000), STREAM (0; 1: 64-token
# streams), BUILD_DIR (build/release), SERVER_BIN and MOCK_BIN (the binaries, by default under
# BUILD_DIR; e.g. a saved copy to compare two versions), PORT_BASE (18500), PERF_RECORD (0; 1:
# write build/bench/cpu-perf.data), CALLGRIND (0).
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

DURATION=${DURATION:-10}
RUNS=${RUNS:-1}
CONNECTIONS=${CONNECTIONS:-64}
KEYS=${KEYS:-10000}
STREAM=${STREAM:-0}
BUILD_DIR=${BUILD_DIR:-build/release}
PORT_BASE=${PORT_BASE:-18500}
PERF_RECORD=${PERF_RECORD:-0}
CALLGRIND=${CALLGRIND:-0}

server_bin=${SERVER_BIN:-$BUILD_DIR/app/server/tollgate-server}
mock_bin=${MOCK_BIN:-$BUILD_DIR/tests/mockllm/tollgate-mockllm}
mock_port=$PORT_BASE
tollgate_port=$((PORT_BASE + 1))

log() { printf '[cpu %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
for tool in wrk curl python3 perf; do
    command -v "$tool" > /dev/null || die "$tool is not installed"
done
[[ -x $server_bin && -x $mock_bin ]] || die "missing $server_bin or $mock_bin (see tests/bench/BENCHMARKS.md)"

work=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-cpu.XXXXXX")
pids=()
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2> /dev/null || true; done
    sleep 0.5
    for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2> /dev/null || true; done
    if ((rc != 0)); then log "exit status $rc; logs kept in $work"; else rm -rf "$work"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started_pid=
start() { # NAME CMD...: own process group, log in $work
    local name=$1
    shift
    setsid "$@" > "$work/$name.log" 2>&1 < /dev/null &
    started_pid=$!
    pids+=("$started_pid")
}
stop() {
    local pid=$1
    kill -TERM -- "-$pid" 2> /dev/null || true
    for _ in $(seq 100); do kill -0 -- "-$pid" 2> /dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
}
wait_http() { # URL SECONDS
    local deadline=$((SECONDS + $2))
    until curl -fsS -o /dev/null --max-time 1 "$1" 2> /dev/null; do
        ((SECONDS < deadline)) || return 1
        sleep 0.05
    done
}
cpu_ticks() { # PID: utime + stime in clock ticks
    awk '{print $14 + $15}' "/proc/$1/stat"
}
thread_ticks() { # PID: "name=ticks" per thread (utime + stime), threads of the same name summed
    local t
    for t in /proc/"$1"/task/*; do
        printf '%s %s\n' "$(cat "$t/comm")" "$(sed 's/.*) //' "$t/stat" | awk '{print $12 + $13}')"
    done | awk '{s[$1] += $2} END {for (n in s) print n "=" s[n]}' | sort
}

start mockllm "$mock_bin" --listen "127.0.0.1:$mock_port" --models '*' --latency-ms 0 \
    --tokens-per-second 0 --completion-tokens 64 --workers 1
wait_http "http://127.0.0.1:$mock_port/v1/models" 20 || die "mockllm did not start"

python3 "$here/benchlib.py" keys "$KEYS" "$work/keys.txt"
mkdir -p "$work/data"
python3 "$here/benchlib.py" config "$work/tollgate.json" "$work/keys.txt" 1 "127.0.0.1:$tollgate_port" \
    "$work/data" "http://127.0.0.1:$mock_port" "http://127.0.0.1:$mock_port" 1
start tollgate "$server_bin" --config "$work/tollgate.json"
wait_http "http://127.0.0.1:$tollgate_port/health/readiness" 120 || die "tollgate did not start"
stop "$started_pid"
template_id=$(head -1 "$work/keys.txt" | cut -c7-23)
python3 "$here/benchlib.py" sqlite "$work/data/tollgate.db" "$work/keys.txt" "$template_id" > /dev/null
if ((CALLGRIND)); then
    command -v valgrind > /dev/null || die "valgrind is not installed"
    start tollgate valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/callgrind.out" \
        "$server_bin" --config "$work/tollgate.json"
else
    start tollgate "$server_bin" --config "$work/tollgate.json"
fi
tollgate_pid=$started_pid
wait_http "http://127.0.0.1:$tollgate_port/health/readiness" 600 || die "tollgate did not start"
# the server process itself (setsid runs it directly, but be safe)
server_pid=$(pgrep -P "$tollgate_pid" -x tollgate-server || echo "$tollgate_pid")

url=http://127.0.0.1:$tollgate_port/v1/chat/completions
extra=(MAX_TOKENS=16)
((STREAM)) && extra=(STREAM=1 MAX_TOKENS=64)
wrk_run() { # SECONDS: prints wrk's BENCH line
    env KEYS_FILE="$work/keys.txt" "${extra[@]}" wrk -t1 -c"$CONNECTIONS" -d"${1}s" --latency \
        -s "$here/chat.lua" "$url" | grep '^BENCH'
}
log "warm-up (every key looked up once)"
wrk_run 3 > /dev/null
hz=$(getconf CLK_TCK)
for run in $(seq "$RUNS"); do
    record=()
    if ((PERF_RECORD)) && ((run == RUNS)); then
        mkdir -p build/bench
        perf record -g -o build/bench/cpu-perf.data -p "$server_pid" 2> "$work/record.err" > /dev/null &
        record=($!)
    fi
    if ((CALLGRIND)); then
        callgrind_control -z "$server_pid" > /dev/null 2>&1
        line=$(wrk_run "$DURATION")
        rm -f "$work"/callgrind.out*
        callgrind_control -d "$server_pid" > /dev/null 2>&1
        sleep 1
        requests=$(sed 's/.* requests=\([0-9]*\).*/\1/' <<< "$line")
        non2xx=$(sed 's/.* non2xx=\([0-9]*\).*/\1/' <<< "$line")
        ((requests > 0)) || die "no requests: $line"
        ((non2xx == 0)) || die "$non2xx answers were not 2xx"
        # One dump per thread: the HTTP worker's holds Connection::readInput, the flusher's
        # UsageRepository::appendBatch; the rest (timers, store monitor) is counted in the total.
        ir=0 worker=0 flusher=0
        for dump in "$work"/callgrind.out*; do
            n=$(awk '$1 == "totals:" || $1 == "summary:" {print $2; exit}' "$dump")
            ir=$((ir + ${n:-0}))
            if grep -q 'Connection::readInput' "$dump"; then worker=$((worker + ${n:-0})); fi
            if grep -q 'UsageRepository::appendBatch' "$dump"; then flusher=$((flusher + ${n:-0})); fi
        done
        awk -v r="$requests" -v i="$ir" -v w="$worker" -v f="$flusher" -v line="$line" 'BEGIN {
            printf "requests=%d user-space instructions/req=%.0f (callgrind: http worker %.0f, journal flusher %.0f)  (%s)\n",
                r, i / r, w / r, f / r, line }'
        rm -f "$work"/callgrind.out*
        continue
    fi
    perf stat -x, -e task-clock,instructions -p "$server_pid" -o "$work/stat-$run" &
    stat_pid=$!
    sleep 0.2
    t0=$(cpu_ticks "$server_pid")
    thread_ticks "$server_pid" > "$work/threads0"
    line=$(wrk_run "$DURATION")
    t1=$(cpu_ticks "$server_pid")
    thread_ticks "$server_pid" > "$work/threads1"
    kill -INT "$stat_pid" "${record[@]}"
    wait "$stat_pid" "${record[@]}" 2> /dev/null || true
    requests=$(sed 's/.* requests=\([0-9]*\).*/\1/' <<< "$line")
    non2xx=$(sed 's/.* non2xx=\([0-9]*\).*/\1/' <<< "$line")
    ((requests > 0)) || die "no requests: $line"
    ((non2xx == 0)) || die "$non2xx answers were not 2xx: $(tail -5 "$work/tollgate.log")"
    task_ms=$(awk -F, '$3 == "task-clock" {print $1}' "$work/stat-$run")
    instr=$(awk -F, '$3 ~ /^instructions/ {print $1}' "$work/stat-$run")
    # Without hardware counters (most VMs) perf prints "<not supported>" for instructions.
    awk -v r="$requests" -v ms="$task_ms" -v i="$instr" -v dt=$((t1 - t0)) -v hz="$hz" -v line="$line" 'BEGIN {
        ipr = (i ~ /^[0-9.]+$/) ? sprintf("%.0f", i / r) : "n/a"
        printf "requests=%d instructions/req=%s task-clock_us/req=%.1f utime+stime_us/req=%.1f  (%s)\n",
            r, ipr, ms * 1000 / r, dt * 1e6 / hz / r, line }'
    # Per thread (the HTTP worker, the journal flusher, ...): CPU microseconds per request.
    join -t= "$work/threads0" "$work/threads1" | awk -F= -v r="$requests" -v hz="$hz" \
        '{d = $3 - $2; if (d > 0) printf "  %s_us/req=%.1f", $1, d * 1e6 / hz / r} END {print ""}'
done
