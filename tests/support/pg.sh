#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Throwaway PostgreSQL for tests, on 127.0.0.1 with a random free port and fsync off.
#   pg.sh start DIR   -> initdb DIR/data, start, print postgres://postgres@127.0.0.1:PORT/postgres
#   pg.sh stop DIR    -> stop the server started in DIR
# Works as a normal user and as root (the server then runs as user postgres via runuser).
set -eu

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd=$1
dir=$2

find_bindir() {
    if [ -n "${PGBIN:-}" ] && [ -x "$PGBIN/pg_ctl" ]; then echo "$PGBIN"; return 0; fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r) /usr/pgsql-*/bin /usr/bin /usr/local/bin; do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    done
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir)
        if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
    fi
    return 1
}

bindir=$(find_bindir) || {
    echo "pg.sh: PostgreSQL server binaries (initdb, pg_ctl) not found." >&2
    echo "  Debian/Ubuntu: apt-get install postgresql    Fedora/RHEL: dnf install postgresql-server" >&2
    echo "  or set PGBIN to the directory holding initdb and pg_ctl." >&2
    exit 3
}

run=""
if [ "$(id -u)" = 0 ]; then
    # initdb and postgres refuse to run as root.
    id postgres >/dev/null 2>&1 || { echo "pg.sh: running as root needs a 'postgres' user" >&2; exit 3; }
    run="runuser -u postgres --"
fi
data=$dir/data

case "$cmd" in
start)
    mkdir -p "$dir"
    if [ -n "$run" ]; then
        chmod 0755 "$dir"
        mkdir -p "$data"
        chown postgres "$data"
    fi
    cd /   # the postgres user may not be allowed into the caller's working directory
    $run "$bindir/initdb" -D "$data" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2; exit 1; }
    tries=0
    while :; do
        port=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 30000 + 20000 ))
        if $run "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 start \
            -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            >/dev/null 2>&1; then
            break
        fi
        tries=$((tries + 1))
        if [ $tries -ge 5 ]; then
            echo "pg.sh: could not start PostgreSQL; last log lines:" >&2
            tail -n 20 "$data/server.log" >&2 || true
            exit 1
        fi
    done
    echo "$port" >"$dir/port"
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    [ -d "$data" ] || exit 0
    cd /
    $run "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    ;;
*)
    usage
    ;;
esac
