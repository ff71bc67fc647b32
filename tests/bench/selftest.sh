#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Cheap checks of the benchmark's scripts (the benchmarks themselves are run by hand: tests/bench/run.sh,
# console.sh, cpu.sh): the scripts parse, benchlib.py makes keys in Tollgate's format and renders the
# results tables, and console.sh's runner reads a startup line and the peak RSS of what it runs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bash -n "$here/run.sh"
bash -n "$here/console.sh"
bash -n "$here/benchlib.sh"
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
# console.sh: the runner times a stand-in that prints the console's startup line, the report
# judges the worst run against the target.
printf 'target_ms=1000\n' > "$tmp/console.env"
python3 "$here/benchlib.py" console-run 1 2 "$tmp/console.env" \
    sh -c 'echo "startup: main window usable 42 ms after launch (signed in, dashboard loaded, 13 requests)"' 2> /dev/null
grep -q '^run2_internal_ms=42$' "$tmp/console.env"
grep -Eq '^run1_hwm_kb=[1-9][0-9]*$' "$tmp/console.env"
grep -q '^run1_what=signed in, dashboard loaded, 13 requests$' "$tmp/console.env"
if python3 "$here/benchlib.py" console-run 3 1 "$tmp/console.env" sh -c 'echo nothing' 2> /dev/null; then
    echo "console-run accepted a run without a startup line" >&2
    exit 1
fi
cat > "$tmp/console.env" << 'END'
target_ms=1000
run1_ms=1200.0
run1_internal_ms=1150
run1_hwm_kb=81920
run2_ms=400.0
run2_internal_ms=380
run2_hwm_kb=61440
run3_ms=500.0
run3_internal_ms=480
run3_hwm_kb=62464
END
python3 "$here/benchlib.py" console-report "$tmp/console.env" > "$tmp/console.md"
grep -q '| cold (first launch, fresh server, empty font cache) | 1 | 1200 | 1200 | 1200 | 1150 | 80.0 | \*\*missed\*\* |' "$tmp/console.md"
grep -q '| warm | 2 | 400 | 450 | 500 | 430 | 61.0 | \*\*met\*\* |' "$tmp/console.md"
echo "bench scripts OK"
