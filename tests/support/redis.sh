#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Throwaway Redis for tests, on 127.0.0.1 with a random free port and no persistence.
#   redis.sh start DIR [PORT] -> start redis-server with its files in DIR (on PORT if given, e.g.
#                                to restart one), print redis://127.0.0.1:PORT
#   redis.sh stop DIR         -> stop the server started in DIR
# REDIS_SERVER may name the redis-server binary.
set -eu

usage() { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }
[ $# -eq 2 ] || [ $# -eq 3 ] || usage
cmd=$1
dir=$2
fixed_port=${3:-}

server=${REDIS_SERVER:-$(command -v redis-server || true)}

case "$cmd" in
start)
    if [ -z "$server" ] || [ ! -x "$server" ]; then
        echo "redis.sh: redis-server not found." >&2
        echo "  Debian/Ubuntu: apt-get install redis-server    Fedora/RHEL: dnf install redis" >&2
        echo "  or set REDIS_SERVER to the redis-server binary." >&2
        exit 3
    fi
    mkdir -p "$dir"
    tries=0
    max_tries=5
    [ -z "$fixed_port" ] || max_tries=20 # a restart may wait for the old socket to go
    while :; do
        if [ -n "$fixed_port" ]; then
            port=$fixed_port
        else
            port=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 30000 + 20000 ))
        fi
        rm -f "$dir/redis.pid" "$dir/redis.log"
        "$server" --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" \
            --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" \
            --protected-mode no >/dev/null 2>&1 || true
        # Ready when the log says so; a port clash makes the server exit instead.
        waited=0
        while [ $waited -lt 100 ]; do
            if grep -q "Ready to accept connections" "$dir/redis.log" 2>/dev/null; then
                echo "$port" > "$dir/port"
                echo "redis://127.0.0.1:$port"
                exit 0
            fi
            if [ -f "$dir/redis.pid" ] && ! kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; then
                break
            fi
            if grep -q "Address already in use" "$dir/redis.log" 2>/dev/null; then
                break
            fi
            sleep 0.05
            waited=$((waited + 1))
        done
        [ -f "$dir/redis.pid" ] && kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
        mv "$dir/redis.log" "$dir/redis.log.failed" 2>/dev/null || true
        tries=$((tries + 1))
        if [ $tries -ge $max_tries ]; then
            echo "redis.sh: could not start redis-server; last log lines:" >&2
            tail -n 20 "$dir/redis.log.failed" >&2 2>/dev/null || true
            exit 1
        fi
        [ -z "$fixed_port" ] || sleep 0.1
    done
    ;;
stop)
    [ -f "$dir/redis.pid" ] || exit 0
    pid=$(cat "$dir/redis.pid")
    kill "$pid" 2>/dev/null || exit 0
    waited=0
    # A zombie (dead, not yet reaped by init) still answers kill -0: it counts as gone.
    while kill -0 "$pid" 2>/dev/null && ! grep -q ') [ZX] ' "/proc/$pid/stat" 2>/dev/null && [ $waited -lt 100 ]; do
        sleep 0.05
        waited=$((waited + 1))
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/redis.pid"
    ;;
*)
    usage
    ;;
esac
