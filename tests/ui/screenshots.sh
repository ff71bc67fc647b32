#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's console screenshots: a local tollgate-server with seeded users
# (budgets and spend), then `tollgate-console --screenshots`. Usage: screenshots.sh BUILD_DIR OUT_DIR [console flags, e.g. --language fr]
set -eu
build=${1:?build dir}; out=${2:?output dir}; shift 2
work=$(mktemp -d); trap 'kill $server $mock 2>/dev/null || true; rm -rf "$work"' EXIT
# A mock LLM behind two models, so the dashboard has usage to show.
"$build/tests/mockllm/tollgate-mockllm" --listen 127.0.0.1:0 --workers 1 --models '*' > "$work/mock" 2>&1 &
mock=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/mock" 2>/dev/null && break; sleep 0.1; done
mockurl=$(sed -n 's/^listening on //p' "$work/mock")
cat > "$work/tollgate.json" <<JSON
{"models": [
  {"id": "granite-3-8b", "capabilities": ["chat"], "prices": {"input": "0.20", "output": "0.60"},
   "deployments": [{"base_url": "$mockurl/v1"}]},
  {"id": "llama-3-70b", "capabilities": ["chat"], "restricted": true, "prices": {"input": "0.90", "output": "0.90"},
   "deployments": [{"base_url": "$mockurl/v1"}]}]}
JSON
TOLLGATE_BOOTSTRAP_ADMIN=root:admin-password-1 "$build/app/server/tollgate-server" --data-dir "$work" \
  --config "$work/tollgate.json" \
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
    -d "{\"username\":\"$1\",\"password\":\"user-password-1\",\"fullName\":\"$2\",\"email\":\"$1@example.com\",\"roles\":[\"$3\"],\"maxBudget\":$4,\"budgetDuration\":\"1mo\",\"rpmLimit\":60}"
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
# Branding, a banner, and some traffic: ada subscribes (one pending request too) and chats.
curl -sf -o /dev/null -X PUT "$url/api/v1/branding" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"title":"Acme AI Gateway","subtitle":"Open models for every team","footer":"Operated by the Acme platform team","version":1}'
curl -sf -o /dev/null -X PUT "$url/api/v1/branding/images/loginLogo" -H "Authorization: Bearer $token" \
  -H 'Content-Type: image/svg+xml' --data-binary @"$(dirname "$0")/../../resources/tollgate.svg"
curl -sf -o /dev/null -X POST "$url/api/v1/banners" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"texts":{"en":"Maintenance on Saturday 06:00-08:00 UTC","de":"Wartung am Samstag 06:00-08:00 UTC"},"variant":"warning","dismissible":true}'
ada=$(curl -sf -X POST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"ada.lovelace","password":"user-password-1"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
if [ -n "$ada" ]; then
  for model in granite-3-8b llama-3-70b; do
    curl -sf -o /dev/null -X POST "$url/api/v1/subscriptions" -H "Authorization: Bearer $ada" \
      -H 'Content-Type: application/json' -d "{\"modelId\":\"$model\"}"
  done
  secret=$(curl -sf -X POST "$url/api/v1/keys" -H "Authorization: Bearer $ada" -H 'Content-Type: application/json' \
    -d '{"name":"notebook"}' | sed 's/.*"secret":"\([^"]*\)".*/\1/')
  sleep 1.5 # the gateway picks up new keys within about a second
  for _ in $(seq 12); do
    curl -s -o /dev/null -X POST "$url/v1/chat/completions" -H "Authorization: Bearer $secret" \
      -H 'Content-Type: application/json' -d '{"model":"granite-3-8b","messages":[{"role":"user","content":"Hello"}]}'
  done
  sleep 1.5 # the usage journal flushes about once a second
fi
# Models, subscription requests and keys (the models, approvals and keys pages).
api() { curl -sf -X "$1" "$url$2" -H "Authorization: Bearer ${3:-$token}" -H 'Content-Type: application/json' -d "${4:-{\}}"; }
model() { # id "Display" capabilities restricted input output
  api POST /api/v1/models "$token" "{\"id\":\"$1\",\"displayName\":\"$2\",\"capabilities\":$3,\"restricted\":$4,\"inputPrice\":\"$5\",\"outputPrice\":\"$6\",\"deployments\":[{\"baseUrl\":\"http://vllm-a100:8000/v1\"}]}" > /dev/null
}
model llama-3.1-8b-instruct "Llama 3.1 8B Instruct" '["chat","tokenize"]' false 0.10 0.20
model llama-3.1-70b-instruct "Llama 3.1 70B Instruct" '["chat","tokenize"]' true 0.90 1.80
model bge-m3 "BGE-M3 embeddings" '["embeddings"]' false 0.02 0
model granite-guardian "Granite Guardian" '["safety","chat"]' true 0.20 0.20
model docling "Docling conversion" '["docling"]' false 0 0
for who in kim.lee omar.haddad; do
  api POST /api/v1/users "$token" "{\"username\":\"$who\",\"password\":\"user-password-1\",\"roles\":[\"user\"]}" > /dev/null
  t=$(api POST /api/v1/auth/login "" "{\"username\":\"$who\",\"password\":\"user-password-1\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  for m in llama-3.1-8b-instruct llama-3.1-70b-instruct granite-guardian; do
    api POST /api/v1/subscriptions "$t" "{\"modelId\":\"$m\",\"reason\":\"Evaluation for the support team\"}" > /dev/null
  done
  api POST /api/v1/keys "$t" "{\"name\":\"$who laptop\",\"maxBudget\":\"25\",\"budgetDuration\":\"1mo\"}" > /dev/null
done
api POST /api/v1/keys "$token" '{"name":"CI pipeline","expiresIn":"30d"}' > /dev/null
# One backup, so the backups page has something to show.
curl -sf -o /dev/null -X POST "$url/api/v1/backups" -H "Authorization: Bearer $token" && sleep 1
TOLLGATE_USER=root TOLLGATE_PASSWORD=admin-password-1 QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" \
  "$build/app/console/tollgate-console" --server "$url" --screenshots "$out" "$@"
