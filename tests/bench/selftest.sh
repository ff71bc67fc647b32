#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Cheap checks of the benchmark's scripts (the benchmark itself is run by hand: tests/bench/run.sh):
# run.sh and cpu.sh parse, benchlib.py makes keys in Tollgate's format and renders a results table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bash -n "$here/run.sh"
bash -n "$here/cpu.sh"
python3 "$here/benchlib.py" keys 50 "$tmp/keys.txt"
test "$(wc -l < "$tmp/keys.txt")" -eq 50
if grep -Evq '^sk-tg-[0-9A-Za-z]{17}_[0-9A-Za-z]{43}$' "$tmp/keys.txt"; then
    echo "a key is not in Tollgate's format:" >&2
    grep -Ev '^sk-tg-[0-9A-Za-z]{17}_[0-9A-Za-z]{43}$' "$tmp/keys.txt" >&2
    exit 1
fi
test "$(sort -u "$tmp/keys.txt" | wc -l)" -eq 50
# The stored hash is the SHA-256 hex of the whole key, as Keys::hashKey.
key=$(head -1 "$tmp/keys.txt")
test "$(PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=$here python3 -c 'import sys, benchlib; print(benchlib.hash_key(sys.argv[1]))' "$key")" \
    = "$(printf %s "$key" | sha256sum | cut -d' ' -f1)"

cat > "$tmp/results.env" << 'END'
keys=10000
a_chat_rps=1000
a_chat_p50=1.0
a_chat_p99=2.0
b_chat_rps=500
b_chat_p50=1.5
b_chat_p99=3.0
d_chat_rps=450
d_chat_p50=1.1
d_chat_p99=2.5
idle_rss_mb=20.5
END
python3 "$here/benchlib.py" report "$tmp/results.env" "$tmp/results.md" > /dev/null
grep -q '| (d) ≥ 0.8 × (b) req/s, small chat | 0.90 × (450 vs 500) | \*\*met\*\* |' "$tmp/results.md"
grep -q '| idle RSS < 30 MB (with 10,000 keys) | 20.5 MB | \*\*met\*\* |' "$tmp/results.md"
grep -q '| (d) tollgate-server, 10000 keys, limits + metering | 450 | 1.100 | 2.500 | 0.100 | 0.500 |' "$tmp/results.md"
echo "bench scripts OK"
