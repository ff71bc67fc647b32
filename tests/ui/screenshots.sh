#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's console screenshots: a local tollgate-server with seeded users
# (budgets and spend), then `tollgate-console --screenshots`. Usage: screenshots.sh BUILD_DIR OUT_DIR [console flags, e.g. --language fr]
set -eu
build=${1:?build dir}; out=${2:?output dir}; shift 2
work=$(mktemp -d); trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
TOLLGATE_BOOTSTRAP_ADMIN=root:admin-password-1 "$build/app/server/tollgate-server" --data-dir "$work" \
  --database "sqlite://$work/tollgate.db" --listen 127.0.0.1:0 --workers 1 > "$work/out" 2> "$work/err" &
server=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/out")
for _ in $(seq 100); do curl -sf -o /dev/null "$url/health/readiness" && break; sleep 0.1; done
token=$(curl -sf -X POST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"root","password":"admin-password-1"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
add() { # username "Full Name" role budget
  curl -sf -o /dev/null -X POST "$url/api/v1/users" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"fullName\":\"$2\",\"email\":\"$1@example.com\",\"roles\":[\"$3\"],\"maxBudget\":$4,\"budgetDuration\":\"1mo\",\"rpmLimit\":60}"
}
add ada.lovelace "Ada Lovelace" user '"50"'
add alan.turing "Alan Turing" user '"100"'
add grace.hopper "Grace Hopper" adminReadonly null
add edsger.dijkstra "Edsger Dijkstra" user '"20"'
add barbara.liskov "Barbara Liskov" user '"200"'
add donald.knuth "Donald Knuth" user '"75"'
add margaret.hamilton "Margaret Hamilton" admin null
add ken.thompson "Ken Thompson" user '"40"'
add frances.allen "Frances Allen" user null
add john.backus "John Backus" user '"30"'
spend() { sqlite3 "$work/tollgate.db" "UPDATE users SET spend = $2 * 1000000000 WHERE username = '$1';"; }
spend ada.lovelace 38; spend alan.turing 21; spend edsger.dijkstra 19; spend barbara.liskov 12
spend donald.knuth 70; spend ken.thompson 9; spend john.backus 22; spend frances.allen 3
curl -sf -o /dev/null -X PATCH "$url/api/v1/users/$(curl -sf "$url/api/v1/users?search=frances" \
  -H "Authorization: Bearer $token" | sed 's/.*"id":"\([^"]*\)".*/\1/')" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -H 'If-Match: "1"' -d '{"active":false}' || true
# One backup, so the backups page has something to show.
curl -sf -o /dev/null -X POST "$url/api/v1/backups" -H "Authorization: Bearer $token" && sleep 1
TOLLGATE_USER=root TOLLGATE_PASSWORD=admin-password-1 QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" \
  "$build/app/console/tollgate-console" --server "$url" --screenshots "$out" "$@"
