# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shell helpers of the benchmark scripts (run.sh, console.sh), sourced after `set -Eeuo pipefail`:
# logging, the release build, a work directory whose processes are ended by a trap on exit, starting
# and stopping processes in their own process groups, waiting for HTTP, reading /proc memory figures.

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# bench_build TARGET...: configure the release preset and build only TARGETs. The release preset
# leaves the tests out; tollgate-mockllm lives with them, so they are switched on for the configure
# (always, so that the scripts do not flip the build directory's cache back and forth).
bench_build() {
    log "building $* (release preset)"
    cmake --preset release -DTOLLGATE_TESTS=ON > /dev/null
    cmake --build --preset release --target "$@"
}

# bench_workdir NAME: make the work directory $work and install the clean-up trap: every process
# started with `start` is ended (its whole process group) on exit; the directory is removed after
# success and kept, with the logs, after a failure.
work=
pids=()
bench_workdir() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    # Each process was started with setsid: its process group id is its pid.
    for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2> /dev/null || true; done
    for _ in $(seq 50); do
        local alive=0
        for pid in "${pids[@]}"; do kill -0 -- "-$pid" 2> /dev/null && alive=1; done
        ((alive)) || break
        sleep 0.1
    done
    for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2> /dev/null || true; done
    if ((rc != 0)); then
        log "exit status $rc; logs kept in $work"
    else
        rm -rf "$work"
    fi
    exit "$rc"
}

# start NAME CPUS CMD...: run CMD in its own process group (pinned to CPUS unless empty), log in $work.
started_pid=
start() {
    local name=$1 cpus=$2
    shift 2
    if [[ -n $cpus ]]; then
        setsid taskset -c "$cpus" "$@" > "$work/$name.log" 2>&1 < /dev/null &
    else
        setsid "$@" > "$work/$name.log" 2>&1 < /dev/null &
    fi
    started_pid=$!
    pids+=("$started_pid")
}

# stop PID: end the process group PID and wait for it.
stop() {
    local pid=$1
    kill -TERM -- "-$pid" 2> /dev/null || true
    for _ in $(seq 100); do
        kill -0 -- "-$pid" 2> /dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    local kept=()
    for p in "${pids[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
    pids=("${kept[@]}")
}

wait_http() { # URL SECONDS [PID]: until URL answers 2xx
    local url=$1 seconds=$2 pid=${3:-}
    local deadline=$((SECONDS + seconds))
    until curl -fsS -o /dev/null --max-time 1 "$url" 2> /dev/null; do
        [[ -z $pid ]] || kill -0 "$pid" 2> /dev/null || return 1
        ((SECONDS < deadline)) || return 1
        sleep 0.05
    done
}

status_kb() { # FIELD PID...: sum of FIELD (VmRSS, VmHWM) in kB over the PIDs
    local field=$1
    shift
    local total=0 v
    for pid in "$@"; do
        v=$(awk -v f="$field:" '$1 == f {print $2}' "/proc/$pid/status" 2> /dev/null || true)
        total=$((total + ${v:-0}))
    done
    echo "$total"
}
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
