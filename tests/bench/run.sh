#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Data-plane benchmark of issue 3: the same tollgate-mockllm upstream reached
#   (a) directly, (b) through nginx proxy_pass (keep-alive upstream), (c) through Portkey's
#   open-source gateway 1.15.2, (d) through tollgate-server with KEYS keys, limits and metering on;
# small non-streaming chat and 64-token streams at full speed, added latency at half of (d)'s
# maximum rate, 1,000 streams held open, idle RSS and time to readiness. Prints one table and
# writes it to RESULTS. See tests/bench/BENCHMARKS.md.
#
#   tests/bench/run.sh                    # everything, ~10 s per measurement (about 3 minutes)
#   DURATION=3 tests/bench/run.sh         # quick check that everything works
#   KEYS=1000000 TARGETS=d tests/bench/run.sh   # tollgate with a million keys
#
# Environment:
#   DURATION=10       seconds per wrk run
#   CONNECTIONS=64    wrk connections of the full-speed runs
#   KEYS=10000        keys in tollgate's store; the load rotates over (at most 10,000 of) them
#   TARGETS=abcd      which targets to run (a is needed for "added" latencies)
#   STREAMS=1000      streams held open at once through tollgate (0: skip)
#   PIN=1             pin with taskset: mockllm and wrk on LOAD_CPUS, the proxy under test on
#                     PROXY_CPUS, one worker each (PIN=0: no pinning, default worker counts)
#   LOAD_CPUS=0 PROXY_CPUS=1
#   BUILD=auto        auto: build when a binary is missing; 1: always run the build; 0: never
#   BUILD_DIR=build/release
#   RESULTS=build/bench/results-<time>.md   the table (the raw numbers go beside it, .env)
#   PORT_BASE=18400   ports PORT_BASE .. PORT_BASE+5 on 127.0.0.1 (Portkey listens on all interfaces)
#   PORTKEY=@portkey-ai/gateway@1.15.2
set -Eeuo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
KEYS=${KEYS:-10000}
TARGETS=${TARGETS:-abcd}
STREAMS=${STREAMS:-1000}
PIN=${PIN:-1}
LOAD_CPUS=${LOAD_CPUS:-0}
PROXY_CPUS=${PROXY_CPUS:-1}
BUILD=${BUILD:-auto}
BUILD_DIR=${BUILD_DIR:-build/release}
PORT_BASE=${PORT_BASE:-18400}
PORTKEY=${PORTKEY:-@portkey-ai/gateway@1.15.2}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=${RESULTS:-$root/build/bench/results-$stamp.md}
# Above this many keys they are inserted into the SQLite store directly instead of declared in
# the config file (the declarations are applied at every start, one key at a time).
CONFIG_KEYS_MAX=${CONFIG_KEYS_MAX:-20000}

mock_port=$PORT_BASE
slow_port=$((PORT_BASE + 1))
nginx_port=$((PORT_BASE + 2))
portkey_port=$((PORT_BASE + 3))
tollgate_port=$((PORT_BASE + 4))

server_bin=$BUILD_DIR/app/server/tollgate-server
mock_bin=$BUILD_DIR/tests/mockllm/tollgate-mockllm

# shellcheck source=tests/bench/benchlib.sh
source "$here/benchlib.sh"

for tool in wrk curl python3 taskset; do
    command -v "$tool" > /dev/null || die "$tool is not installed"
done
[[ $TARGETS == *b* ]] && { command -v nginx > /dev/null || die "nginx is not installed (apt-get install nginx-light)"; }
[[ $TARGETS == *c* ]] && { command -v npx > /dev/null || die "npx (Node.js) is not installed"; }

# ---- build ------------------------------------------------------------------------------------------
if [[ $BUILD == 1 || ( $BUILD == auto && ( ! -x $server_bin || ! -x $mock_bin ) ) ]]; then
    bench_build tollgate-server tollgate-mockllm
fi
[[ -x $server_bin && -x $mock_bin ]] || die "missing $server_bin or $mock_bin (BUILD=1 builds them)"

# ---- processes and clean-up ---------------------------------------------------------------------------
bench_workdir tollgate-bench

listener_pid() { # PORT: pid of the process listening on PORT
    ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

# Sample the summed VmRSS of some processes every 100 ms into a file, keeping the maximum.
sampler_pid=
sample_start() { # FILE PID...
    local file=$1
    shift
    (
        max=0
        while :; do
            now=$(status_kb VmRSS "$@")
            ((now > max)) && max=$now && echo "$max" > "$file"
            sleep 0.1
        done
    ) &
    sampler_pid=$!
}
sample_stop() {
    kill "$sampler_pid" 2> /dev/null || true
    wait "$sampler_pid" 2> /dev/null || true
}

# ---- results ----------------------------------------------------------------------------------------
env_file=$work/results.env
record() { echo "$1=$2" >> "$env_file"; }

pin_cmd() { # cpus for a role, or nothing without pinning
    if ((PIN)); then echo "$1"; fi
}
load_cpus=$(pin_cmd "$LOAD_CPUS")
proxy_cpus=$(pin_cmd "$PROXY_CPUS")
workers=0
((PIN)) && workers=1

# run_wrk LABEL URL CONNECTIONS DURATION [ENV=VALUE...]: one wrk run; records LABEL_rps, _p50, _p99
# (ms), _non2xx, _errors.
threads=1
run_wrk() {
    local label=$1 url=$2 conns=$3 duration=$4
    shift 4
    local out=$work/wrk-$label.txt
    local cmd=(wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 120s --latency -s "$here/chat.lua" "$url")
    [[ -n $load_cpus ]] && cmd=(taskset -c "$load_cpus" "${cmd[@]}")
    env KEYS_FILE="$work/keys-load.txt" "$@" "${cmd[@]}" > "$out" 2>&1 || { cat "$out" >&2; die "wrk $label"; }
    local line
    line=$(grep '^BENCH ' "$out") || { cat "$out" >&2; die "wrk $label printed no summary"; }
    local rps p50 p99 non2xx errors
    rps=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<< "$line")
    p50=$(sed -E 's/.* p50_us=([0-9.]+).*/\1/' <<< "$line")
    p99=$(sed -E 's/.* p99_us=([0-9.]+).*/\1/' <<< "$line")
    non2xx=$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<< "$line")
    errors=$(sed -E 's/.* socket_errors=([0-9]+).*/\1/' <<< "$line")
    record "${label}_rps" "$rps"
    record "${label}_p50" "$(awk -v v="$p50" 'BEGIN {printf "%.4f", v / 1000}')"
    record "${label}_p99" "$(awk -v v="$p99" 'BEGIN {printf "%.4f", v / 1000}')"
    record "${label}_non2xx" "$non2xx"
    record "${label}_errors" "$errors"
    log "$label: $rps req/s, p50 ${p50} us, p99 ${p99} us, non-2xx $non2xx, socket errors $errors"
    if ((non2xx > 0 || errors > 0)); then
        notes+="$label had $non2xx non-2xx answers and $errors socket errors. "
    fi
}

# check_target NAME URL [CURL ARGS...]: a plain request must come back right (else the run stops);
# returns 1 when a streamed one does not (the caller decides).
stream_problem=
check_target() {
    local name=$1 url=$2
    shift 2
    local key
    key=$(head -1 "$work/keys-load.txt")
    local body='{"model":"mock-small","messages":[{"role":"user","content":"hi"}],"max_tokens":16}'
    local plain stream
    plain=$(curl -sS --max-time 10 "$url" -H 'Content-Type: application/json' -H "Authorization: Bearer $key" \
        "$@" -d "$body") || die "$name: request failed"
    grep -q '"completion_tokens":16' <<< "$plain" || die "$name: unexpected answer: $plain"
    stream=$(curl -sSN --max-time 10 "$url" -H 'Content-Type: application/json' -H "Authorization: Bearer $key" \
        "$@" -d '{"model":"mock-small","messages":[{"role":"user","content":"hi"}],"max_tokens":64,"stream":true}') \
        || die "$name: stream failed"
    local chunks
    chunks=$(grep -c '"content":" tok' <<< "$stream" || true)
    if ! grep -q '^data: \[DONE\]' <<< "$stream" || ((chunks != 63)); then
        stream_problem="$chunks of 63 token chunks, answer ends: $(tail -c 200 <<< "$stream" | tr -d '\n')"
        return 1
    fi
}

# measure TARGET URL PIDS-TO-MEASURE WORKLOADS [ENV=VALUE...]: full-speed workloads on one target.
measure() {
    local t=$1 url=$2 measure_pids=$3 workloads=$4
    shift 4
    local w
    for w in $workloads; do
        local extra=(MAX_TOKENS=16)
        [[ $w == stream ]] && extra=(STREAM=1 MAX_TOKENS=64)
        if [[ -n $measure_pids ]]; then
            # shellcheck disable=SC2086
            sample_start "$work/rss-$t-$w" $measure_pids
        fi
        run_wrk "${t}_$w" "$url" "$CONNECTIONS" "$DURATION" "${extra[@]}" "$@"
        if [[ -n $measure_pids ]]; then
            sample_stop
            record "${t}_${w}_rss_peak_mb" "$(mb "$(cat "$work/rss-$t-$w" 2> /dev/null || echo 0)")"
            # shellcheck disable=SC2086
            record "${t}_${w}_hwm_mb" "$(mb "$(status_kb VmHWM $measure_pids)")"
        fi
    done
}

notes=""
: > "$env_file"
record started "$(date -u '+%Y-%m-%d %H:%M UTC')"
record command "$(for v in DURATION CONNECTIONS KEYS TARGETS STREAMS PIN; do
    printf '%s=%s ' "$v" "${!v}"; done)tests/bench/run.sh"
record host "$(uname -srm)"
record cpus "$(nproc)"
record keys "$KEYS"
record duration "$DURATION"
record connections "$CONNECTIONS"
record wrk_version "$(wrk -v 2>&1 | head -1 | awk '{print $2}')"
record streams "$STREAMS"
if ((PIN)); then
    record pinning "pinned with taskset: mockllm and wrk on CPU $LOAD_CPUS, the proxy under test on CPU $PROXY_CPUS (one worker / one process each)."
else
    record pinning "no CPU pinning, default worker counts."
fi
record threads_note "1 thread, keys rotated per request by tests/bench/chat.lua"

# Each side of a 1,000-connection test holds two sockets per stream.
ulimit -n "$(ulimit -Hn)" 2> /dev/null || true
(($(ulimit -n) >= 4 * STREAMS + 256)) || die "ulimit -n is $(ulimit -n); ${STREAMS} streams need $((4 * STREAMS + 256))"

# ---- the upstream -----------------------------------------------------------------------------------
log "work directory $work"
mock_args=(--models '*' --latency-ms 0 --tokens-per-second 0 --completion-tokens 64)
mock_workers=()
((PIN)) && mock_workers=(--workers 1)
start mockllm "$load_cpus" "$mock_bin" --listen "127.0.0.1:$mock_port" "${mock_args[@]}" "${mock_workers[@]}"
mock_pid=$started_pid
# The slow twin: tokens paced so that a stream lasts twice the run, for the streams held open.
slow_tps=$(((64 + 2 * DURATION - 1) / (2 * DURATION)))
start mockllm-slow "$load_cpus" "$mock_bin" --listen "127.0.0.1:$slow_port" --models '*' --latency-ms 0 \
    --tokens-per-second "$slow_tps" --completion-tokens 64 "${mock_workers[@]}"
wait_http "http://127.0.0.1:$mock_port/v1/models" 10 "$mock_pid" || die "mockllm did not start"
wait_http "http://127.0.0.1:$slow_port/v1/models" 10 || die "the slow mockllm did not start"
record mock_note "no latency, tokens as fast as possible, 64 completion tokens capped by max_tokens"

python3 "$here/benchlib.py" keys "$KEYS" "$work/keys.txt"
head -n 10000 "$work/keys.txt" > "$work/keys-load.txt"
chat_path=/v1/chat/completions

# ---- (a) direct --------------------------------------------------------------------------------------
if [[ $TARGETS == *a* ]]; then
    log "(a) direct to mockllm"
    check_target a "http://127.0.0.1:$mock_port$chat_path" || die "a: broken stream: $stream_problem"
    measure a "http://127.0.0.1:$mock_port$chat_path" "" "chat stream"
fi

# ---- (b) nginx ----------------------------------------------------------------------------------------
if [[ $TARGETS == *b* ]]; then
    log "(b) nginx proxy_pass"
    mkdir -p "$work/nginx/logs"
    nginx_workers=auto
    ((PIN)) && nginx_workers=1
    user_line=""
    ((EUID == 0)) && user_line="user root;"
    cat > "$work/nginx/nginx.conf" << EOF
$user_line
worker_processes $nginx_workers;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
worker_rlimit_nofile 20000;
events { worker_connections 8192; }
http {
    access_log off;
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream mockllm {
        server 127.0.0.1:$mock_port;
        keepalive 128;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            proxy_pass http://mockllm;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
        }
    }
}
EOF
    start nginx "$proxy_cpus" nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/logs/error.log"
    nginx_pid=$started_pid
    wait_http "http://127.0.0.1:$nginx_port/v1/models" 10 "$nginx_pid" || die "nginx did not start: $(cat "$work/nginx.log")"
    check_target b "http://127.0.0.1:$nginx_port$chat_path" || die "b: broken stream: $stream_problem"
    measure b "http://127.0.0.1:$nginx_port$chat_path" "$(pgrep -g "$nginx_pid" | tr '\n' ' ')" "chat stream"
    stop "$nginx_pid"
fi

# ---- (c) Portkey ----------------------------------------------------------------------------------------
if [[ $TARGETS == *c* ]]; then
    log "(c) Portkey $PORTKEY (npx; the first run downloads it)"
    portkey_headers=(-H 'x-portkey-provider: openai' -H "x-portkey-custom-host: http://127.0.0.1:$mock_port/v1")
    start portkey "$proxy_cpus" npx -y "$PORTKEY" --headless "--port=$portkey_port"
    portkey_group=$started_pid
    wait_http "http://127.0.0.1:$portkey_port/" 180 "$portkey_group" || die "Portkey did not start: $(tail -5 "$work/portkey.log")"
    node_pid=$(listener_pid "$portkey_port")
    workloads="chat stream"
    if ! check_target c "http://127.0.0.1:$portkey_port$chat_path" "${portkey_headers[@]}"; then
        # Portkey 1.15.2 under Node 20 answers every stream with 500 "Something went wrong" and logs
        # "TypeError: immutable" (Portkey-AI/gateway issues 1389 and 1550): there is nothing to time.
        log "c: streaming does not work ($stream_problem); only the plain chat is measured"
        record c_stream_broken "$stream_problem; log: $(grep -m1 -o 'TypeError: [a-z]*' "$work/portkey.log" || true)"
        workloads=chat
    fi
    measure c "http://127.0.0.1:$portkey_port$chat_path" "$node_pid" "$workloads" \
        HEADERS="x-portkey-provider: openai|x-portkey-custom-host: http://127.0.0.1:$mock_port/v1"
    stop "$portkey_group"
fi

# ---- (d) tollgate ----------------------------------------------------------------------------------------
tollgate_pid=
start_tollgate() { # records nothing; sets tollgate_pid and tollgate_ready_s
    local t0 t1
    t0=$(date +%s.%N)
    start tollgate "$proxy_cpus" "$server_bin" --config "$work/tollgate.json"
    tollgate_pid=$started_pid
    wait_http "http://127.0.0.1:$tollgate_port/health/readiness" 600 "$tollgate_pid" \
        || die "tollgate-server did not get ready: $(tail -20 "$work/tollgate.log")"
    t1=$(date +%s.%N)
    tollgate_ready_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
}
metric() { # NAME: a tollgate gauge's value
    curl -fsS --max-time 5 "http://127.0.0.1:$tollgate_port/metrics" | awk -v n="$1" '$1 == n {print $2; exit}'
}

if [[ $TARGETS == *d* ]]; then
    log "(d) tollgate-server with $KEYS keys"
    mkdir -p "$work/tollgate-data"
    tollgate_config() { # COUNT: the config declaring the models and the first COUNT keys
        python3 "$here/benchlib.py" config "$work/tollgate.json" "$work/keys.txt" "$1" \
            "127.0.0.1:$tollgate_port" "$work/tollgate-data" "http://127.0.0.1:$mock_port" \
            "http://127.0.0.1:$slow_port" "$workers"
    }
    # First start: the config declares the keys (the server applies declarations at every start),
    # or for more than CONFIG_KEYS_MAX keys only the first one, whose row is then copied for the
    # others straight into the SQLite store.
    declared=$KEYS
    ((KEYS > CONFIG_KEYS_MAX)) && declared=1
    tollgate_config "$declared"
    start_tollgate
    sleep 2
    record declared_keys "$declared"
    record declared_ready_s "$tollgate_ready_s"
    record declared_idle_rss_mb "$(mb "$(status_kb VmRSS "$tollgate_pid")")"
    record declared_idle_hwm_mb "$(mb "$(status_kb VmHWM "$tollgate_pid")")"
    log "tollgate with $declared keys declared in its config: ready in ${tollgate_ready_s}s, idle RSS $(mb "$(status_kb VmRSS "$tollgate_pid")") MB"
    stop "$tollgate_pid"
    if ((KEYS > CONFIG_KEYS_MAX)); then
        record keys_via "the first key declared in the config, the others copied from its row into SQLite by tests/bench/benchlib.py"
        template_id=$(head -1 "$work/keys.txt" | cut -c7-23)
        python3 "$here/benchlib.py" sqlite "$work/tollgate-data/tollgate.db" "$work/keys.txt" "$template_id" >&2
    else
        record keys_via "declared in the config file at the first start"
    fi
    # The server under test: all keys in the store, one still declared (as after the keys were
    # created through the API), so the start does not re-apply thousands of declarations.
    tollgate_config 1
    start_tollgate
    record ready_s "$tollgate_ready_s"
    sleep 2
    record idle_rss_mb "$(mb "$(status_kb VmRSS "$tollgate_pid")")"
    record idle_hwm_mb "$(mb "$(status_kb VmHWM "$tollgate_pid")")"
    record keys_cached "$(metric tollgate_keys_cached)"
    log "tollgate ready in ${tollgate_ready_s}s, idle RSS $(mb "$(status_kb VmRSS "$tollgate_pid")") MB"

    check_target d "http://127.0.0.1:$tollgate_port$chat_path" || die "d: broken stream: $stream_problem"
    measure d "http://127.0.0.1:$tollgate_port$chat_path" "$tollgate_pid" "chat stream"
    grep -i 'warn\|crit\|error' "$work/tollgate.log" | tail -5 >&2 || true
fi

# ---- added latency at half of (d)'s maximum rate ------------------------------------------------------
d_rps=$(awk -F= '$1 == "d_chat_rps" {print $2}' "$env_file")
if [[ -n $d_rps ]]; then
    # Each connection waits DELAY_MS before each request, so the rate is about connections * 1000 /
    # DELAY_MS (the answer takes well under a millisecond): 10 ms and half the rate / 100 connections.
    half=$(awk -v r="$d_rps" 'BEGIN {printf "%d", r / 2}')
    half_delay=10
    half_conns=$(awk -v h="$half" 'BEGIN {c = int(h / 100 + 0.5); if (c < 1) c = 1; print c}')
    record half_target "$half"
    record half_delay_ms "$half_delay"
    record half_connections "$half_conns"
    log "half rate: $half req/s = $half_conns connections x 1 request / $half_delay ms"
    if [[ $TARGETS == *a* ]]; then
        run_wrk a_half "http://127.0.0.1:$mock_port$chat_path" "$half_conns" "$DURATION" DELAY_MS=$half_delay
    fi
    if [[ $TARGETS == *b* ]]; then
        start nginx "$proxy_cpus" nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/logs/error.log"
        nginx_pid=$started_pid
        wait_http "http://127.0.0.1:$nginx_port/v1/models" 10 "$nginx_pid" || die "nginx did not restart"
        run_wrk b_half "http://127.0.0.1:$nginx_port$chat_path" "$half_conns" "$DURATION" DELAY_MS=$half_delay
        stop "$nginx_pid"
    fi
    run_wrk d_half "http://127.0.0.1:$tollgate_port$chat_path" "$half_conns" "$DURATION" DELAY_MS=$half_delay
fi

# ---- streams held open ------------------------------------------------------------------------------
if [[ $TARGETS == *d* ]] && ((STREAMS > 0)); then
    log "$STREAMS streams held open through tollgate (mockllm at $slow_tps tokens/s)"
    sample_start "$work/rss-streams" "$tollgate_pid"
    (
        max=0
        while :; do
            v=$(metric tollgate_open_streams 2> /dev/null || echo 0)
            v=${v%.*}
            ((${v:-0} > max)) && max=$v && echo "$max" > "$work/open-streams"
            sleep 0.5
        done
    ) &
    gauge_pid=$!
    threads_saved=$threads
    threads=1
    run_wrk streams "http://127.0.0.1:$tollgate_port$chat_path" "$STREAMS" "$DURATION" \
        STREAM=1 MAX_TOKENS=64 MODEL=mock-slow || true
    threads=$threads_saved
    kill "$gauge_pid" 2> /dev/null || true
    wait "$gauge_pid" 2> /dev/null || true
    sample_stop
    record streams_rss_peak_mb "$(mb "$(cat "$work/rss-streams" 2> /dev/null || echo 0)")"
    record streams_hwm_mb "$(mb "$(status_kb VmHWM "$tollgate_pid")")"
    record streams_open_max "$(cat "$work/open-streams" 2> /dev/null || echo 0)"
    sleep 3
    record streams_open_after "$(metric tollgate_open_streams)"
    kill -0 "$tollgate_pid" 2> /dev/null || die "tollgate-server died during the streams test"
    wait_http "http://127.0.0.1:$tollgate_port/health/readiness" 5 || die "tollgate-server not ready after the streams"
fi

record notes "$notes"
mkdir -p "$(dirname "$RESULTS")"
cp "$env_file" "${RESULTS%.md}.env"
python3 "$here/benchlib.py" report "$env_file" "$RESULTS"
log "results written to $RESULTS"
