#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of tests/bench/run.sh: Tollgate keys, the server's config, bulk key rows, the results table.

  benchlib.py keys N FILE                       write N new Tollgate keys, one a line
  benchlib.py config FILE KEYS_FILE COUNT ...   write a tollgate-server config declaring the bench
                                                models and the first COUNT keys of KEYS_FILE
  benchlib.py sqlite DB KEYS_FILE TEMPLATE_ID   copy the key row TEMPLATE_ID once per key in
                                                KEYS_FILE that the store does not hold yet
  benchlib.py report RESULTS_ENV OUT.md         render the results as Markdown tables

Of tests/bench/console.sh (console startup):
  benchlib.py console-seed DB USERS KEYS PENDING DAYS RECORDS
                                                fill a tollgate-server SQLite store the server created
  benchlib.py console-run FIRST RUNS RESULTS_ENV CMD...   run CMD (a --measure-startup) RUNS times
  benchlib.py console-report RESULTS_ENV        print the startup table
  benchlib.py delay-proxy PORT TARGET_PORT MS   relay 127.0.0.1:PORT to TARGET_PORT, MS each way
"""
import datetime
import hashlib
import json
import os
import re
import secrets
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid

# The key format of gateway-core/keys/keyformat.{h,cpp}: "sk-tg-" + 17 base62 (key id) + "_" + 43 base62.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PREFIX = "sk-tg-"
KEY_ID_LENGTH = 17
SECRET_LENGTH = 43


# Uniform base62 from the OS CSPRNG, as Keys::randomBase62: bytes >= 248 (= 4 * 62) are dropped, the rest
# taken modulo 62. Done in bulk with bytes.translate so a million keys take seconds.
_TABLE = bytes(ord(ALPHABET[i % 62]) for i in range(256))
_DROP = bytes(range(248, 256))


def random_base62(length):
    out = b""
    while len(out) < length:
        out += secrets.token_bytes(2 * length).translate(_TABLE, _DROP)
    return out[:length].decode()


def new_key():
    return PREFIX + random_base62(KEY_ID_LENGTH) + "_" + random_base62(SECRET_LENGTH)


def key_parts(key):
    assert key.startswith(PREFIX) and key[len(PREFIX) + KEY_ID_LENGTH] == "_", key
    key_id = key[len(PREFIX):len(PREFIX) + KEY_ID_LENGTH]
    secret = key[len(PREFIX) + KEY_ID_LENGTH + 1:]
    return key_id, secret


def hash_key(key):
    # Keys::hashKey: lower-case hex SHA-256 of the key as presented.
    return hashlib.sha256(key.encode()).hexdigest()


def display_prefix(key):
    # Keys::displayPrefix: "sk-tg-<id>_…<last 4 of the secret>".
    key_id, secret = key_parts(key)
    return PREFIX + key_id + "_\u2026" + secret[-4:]


def cmd_keys(count, path):
    width = KEY_ID_LENGTH + SECRET_LENGTH
    with open(path, "w") as out:
        for _ in range(int(count)):
            chars = random_base62(width)
            out.write(PREFIX + chars[:KEY_ID_LENGTH] + "_" + chars[KEY_ID_LENGTH:] + "\n")


def read_keys(path, limit=None):
    keys = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                keys.append(line)
                if limit is not None and len(keys) >= limit:
                    break
    return keys


# Limits high enough never to refuse the benchmark's load, but on: every request is counted in the
# key's sliding RPM and TPM windows, holds a parallel slot, reserves and settles money in a budget.
KEY_LIMITS = {
    "user": "bench@example.com",
    "rpm_limit": 10_000_000,
    "tpm_limit": 1_000_000_000,
    "parallel_limit": 5_000,
    "max_budget": 1_000_000,
    "soft_budget": 900_000,
    "budget_duration": "1mo",
}


def cmd_config(path, keys_file, count, listen, data_dir, upstream, slow_upstream, workers):
    keys = read_keys(keys_file, int(count))
    prices = {"input": 0.20, "output": 0.60, "cached": 0.05}
    config = {
        "listen": listen,
        "data_dir": data_dir,
        "log_level": "warning",
        "access_log": False,
        "workers": int(workers),
        "max_connections": 20000,
        "upstream_pool_size": 2048,
        "models": [
            {"id": "mock-small", "capabilities": ["chat"], "prices": prices, "context_window": 32768,
             "deployments": [{"base_url": upstream + "/v1"}]},
            # The same mock server with slow tokens, for the test holding 1,000 streams open.
            {"id": "mock-slow", "capabilities": ["chat"], "prices": prices, "context_window": 32768,
             "deployments": [{"base_url": slow_upstream + "/v1"}]},
        ],
        "keys": [dict(KEY_LIMITS, key=k, alias="bench-%07d" % i) for i, k in enumerate(keys)],
    }
    with open(path, "w") as out:
        json.dump(config, out, indent=1)


def cmd_sqlite(db_path, keys_file, template_id):
    """Insert one api_keys row per key, each a copy of the row the server created from the config
    (same owner, limits, budget; own id, alias, hash and display prefix), in one transaction."""
    db = sqlite3.connect(db_path)
    columns = [row[1] for row in db.execute("PRAGMA table_info(api_keys)")]
    template = db.execute("SELECT %s FROM api_keys WHERE id = ?" % ", ".join(columns), (template_id,)).fetchone()
    if template is None:
        sys.exit("benchlib: no key row %s in %s" % (template_id, db_path))
    base = dict(zip(columns, template))
    known = {row[0] for row in db.execute("SELECT secret_hash FROM api_keys")}
    now = int(time.time() * 1000)
    rows = []
    for i, key in enumerate(read_keys(keys_file)):
        h = hash_key(key)
        if h in known:
            continue
        row = dict(base)
        row.update(id=key_parts(key)[0], key_alias="bench-%07d" % i, name="bench-%07d" % i, secret_hash=h,
                   display_prefix=display_prefix(key), spend=0, version=1, created_at=now, updated_at=now,
                   last_used_at=None)
        rows.append(tuple(row[c] for c in columns))
    with db:
        db.executemany("INSERT INTO api_keys (%s) VALUES (%s)" % (", ".join(columns), ", ".join("?" * len(columns))),
                       rows)
    total = db.execute("SELECT COUNT(*) FROM api_keys").fetchone()[0]
    db.close()
    print("inserted %d key rows, %d in the store" % (len(rows), total))


# ---- report ---------------------------------------------------------------------------------------

def load_results(path):
    r = {}
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line:
                k, v = line.split("=", 1)
                r[k] = v
    return r


def num(r, key):
    try:
        return float(r[key])
    except (KeyError, ValueError):
        return None


def fmt(value, digits=2, suffix=""):
    if value is None:
        return "–"
    return ("%." + str(digits) + "f%s") % (value, suffix)


def fmt_int(value, suffix=""):
    return "–" if value is None else "{:,.0f}{}".format(value, suffix)


def verdict(ok):
    return "–" if ok is None else ("**met**" if ok else "**missed**")


TARGETS = [("a", "(a) direct to mockllm"), ("b", "(b) nginx proxy_pass, keep-alive"),
           ("c", "(c) Portkey gateway 1.15.2"), ("d", "(d) tollgate-server, %s keys, limits + metering")]


def cmd_report(results_env, out_path):
    r = load_results(results_env)
    keys = r.get("keys", "?")
    lines = []
    w = lines.append
    w("## Results of %s" % r.get("started", "?"))
    w("")
    w("Command: `%s` — host: %s, %s CPUs; %s" % (r.get("command", "?"), r.get("host", "?"), r.get("cpus", "?"),
                                                  r.get("pinning", "")))
    w("Load: `wrk` %s, %s s per run, %s connections, %s; upstream: one `tollgate-mockllm` (%s)."
      % (r.get("wrk_version", ""), r.get("duration", "?"), r.get("connections", "?"), r.get("threads_note", ""),
         r.get("mock_note", "")))
    w("")
    for workload, title in (("chat", "Non-streaming small chat (16 completion tokens)"),
                            ("stream", "Streaming chat, 64 completion tokens (latency = whole stream)")):
        w("### %s" % title)
        w("")
        w("| target | req/s | p50 ms | p99 ms | added p50 ms | added p99 ms | non-2xx / socket errors "
          "| RSS peak in run MB | VmHWM MB |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for t, name in TARGETS:
            p = "%s_%s_" % (t, workload)
            if p + "rps" not in r:
                broken = r.get("%s_%s_broken" % (t, workload))
                w("| %s | %s | | | | | | | |" % (name.replace("%s", keys),
                                                 "**fails**: " + broken if broken else "not run"))
                continue
            add50 = add99 = None
            if t != "a" and num(r, p + "p50") is not None and num(r, "a_%s_p50" % workload) is not None:
                add50 = num(r, p + "p50") - num(r, "a_%s_p50" % workload)
                add99 = num(r, p + "p99") - num(r, "a_%s_p99" % workload)
            w("| %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |" % (
                name.replace("%s", keys), fmt_int(num(r, p + "rps")), fmt(num(r, p + "p50"), 3), fmt(num(r, p + "p99"), 3),
                fmt(add50, 3), fmt(add99, 3), r.get(p + "non2xx", "–"), r.get(p + "errors", "–"),
                fmt(num(r, p + "rss_peak_mb"), 1), fmt(num(r, p + "hwm_mb"), 1)))
        w("")

    w("### Added latency at about half of (d)'s maximum rate")
    w("")
    w("Paced with wrk's Lua `delay()`: %s connections, each waiting %s ms before every request "
      "(target %s req/s = half of (d)'s %s). Added = target's percentile − direct's percentile at the same pacing."
      % (r.get("half_connections", "?"), r.get("half_delay_ms", "?"), fmt_int(num(r, "half_target")),
         fmt_int(num(r, "d_chat_rps"))))
    w("")
    w("| target | req/s | p50 ms | p99 ms | added p50 ms | added p99 ms | non-2xx / socket errors |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    for t, name in TARGETS:
        p = "%s_half_" % t
        if p + "rps" not in r:
            continue
        add50 = add99 = None
        if t != "a" and num(r, "a_half_p50") is not None:
            add50 = num(r, p + "p50") - num(r, "a_half_p50")
            add99 = num(r, p + "p99") - num(r, "a_half_p99")
        w("| %s | %s | %s | %s | %s | %s | %s / %s |" % (
            name.replace("%s", keys), fmt_int(num(r, p + "rps")), fmt(num(r, p + "p50"), 3), fmt(num(r, p + "p99"), 3),
            fmt(add50, 3), fmt(add99, 3), r.get(p + "non2xx", "–"), r.get(p + "errors", "–")))
    w("")
    if num(r, "c_chat_rps") is not None and num(r, "half_target") is not None:
        w("(c) is not run paced: its maximum, %s req/s, is %s this rate."
          % (fmt_int(num(r, "c_chat_rps")), "below" if num(r, "c_chat_rps") < num(r, "half_target") else "near"))
        w("")

    w("### tollgate-server memory and start")
    w("")
    w("| measurement | value |")
    w("|---|---:|")
    w("| keys in the store / in the key cache (`tollgate_keys_cached`) | %s / %s |"
      % (fmt_int(num(r, "keys")), fmt_int(num(r, "keys_cached"))))
    w("| keys created by | %s |" % r.get("keys_via", "?"))
    w("| first start, %s key(s) declared in the config: start → `/health/readiness` 200 | %s s |"
      % (fmt_int(num(r, "declared_keys")), fmt(num(r, "declared_ready_s"), 2)))
    w("| … idle RSS 2 s after ready (VmRSS) / VmHWM | %s MB / %s MB |"
      % (fmt(num(r, "declared_idle_rss_mb"), 1), fmt(num(r, "declared_idle_hwm_mb"), 1)))
    w("| restart with the keys in the store (1 declared): start → `/health/readiness` 200 | %s s |"
      % fmt(num(r, "ready_s"), 2))
    w("| … idle RSS 2 s after ready (VmRSS) / VmHWM | %s MB / %s MB |" % (fmt(num(r, "idle_rss_mb"), 1),
                                                                       fmt(num(r, "idle_hwm_mb"), 1)))
    if "streams_open_max" in r:
        w("| %s concurrent streams: open streams seen (`tollgate_open_streams`, max) | %s |"
          % (r.get("streams", "?"), fmt_int(num(r, "streams_open_max"))))
        w("| … RSS during them: peak sampled VmRSS / VmHWM after | %s MB / %s MB |"
          % (fmt(num(r, "streams_rss_peak_mb"), 1), fmt(num(r, "streams_hwm_mb"), 1)))
        w("| … open streams 3 s after the clients went away | %s |" % fmt_int(num(r, "streams_open_after")))
    w("")

    # Targets of issue 3.
    d, b, c = num(r, "d_chat_rps"), num(r, "b_chat_rps"), num(r, "c_chat_rps")
    w("### Targets (issue 3)")
    w("")
    w("| target | measured | |")
    w("|---|---|---|")
    if d and b:
        w("| (d) ≥ 0.8 × (b) req/s, small chat | %.2f × (%s vs %s) | %s |"
          % (d / b, fmt_int(d), fmt_int(b), verdict(d / b >= 0.8)))
    if d and c:
        w("| (d) ≥ 10 × (c) req/s, small chat | %.1f × (%s vs %s) | %s |"
          % (d / c, fmt_int(d), fmt_int(c), verdict(d / c >= 10)))
    ds, bs, cs = num(r, "d_stream_rps"), num(r, "b_stream_rps"), num(r, "c_stream_rps")
    if ds and bs:
        w("| (streams, for information) (d) / (b) req/s | %.2f × | |" % (ds / bs))
    if ds and cs:
        w("| (streams, for information) (d) / (c) req/s | %.1f × | |" % (ds / cs))
    if num(r, "d_half_p50") is not None and num(r, "a_half_p50") is not None:
        a50 = num(r, "d_half_p50") - num(r, "a_half_p50")
        a99 = num(r, "d_half_p99") - num(r, "a_half_p99")
        w("| added p50 ≤ 0.2 ms at half of (d)'s max rate | %.3f ms | %s |" % (a50, verdict(a50 <= 0.2)))
        w("| added p99 ≤ 1 ms at half of (d)'s max rate | %.3f ms | %s |" % (a99, verdict(a99 <= 1.0)))
    sp = num(r, "streams_rss_peak_mb")
    if sp is not None:
        w("| %s concurrent streams < 150 MB RSS | %.1f MB (%s open) | %s |"
          % (r.get("streams", "?"), sp, fmt_int(num(r, "streams_open_max")), verdict(sp < 150)))
    idle = num(r, "idle_rss_mb")
    if idle is not None:
        if num(r, "keys") and num(r, "keys") >= 1_000_000:
            w("| %s keys loaded < 500 MB | %.1f MB | %s |" % (fmt_int(num(r, "keys")), idle, verdict(idle < 500)))
            rs = num(r, "ready_s")
            w("| %s keys ready within 2 s | %.2f s | %s |" % (fmt_int(num(r, "keys")), rs, verdict(rs <= 2)))
        else:
            w("| idle RSS < 30 MB (with %s keys) | %.1f MB | %s |" % (fmt_int(num(r, "keys")), idle,
                                                                    verdict(idle < 30)))
    w("")
    if r.get("notes"):
        w("Notes: " + r["notes"])
        w("")
    text = "\n".join(lines)
    with open(out_path, "w") as out:
        out.write(text + "\n")
    print(text)


# ---- console startup (tests/bench/console.sh) ------------------------------------------------------

NANOS = 1_000_000_000  # money columns hold nano-units of the currency


def cmd_console_seed(db_path, users, keys, pending, days, records):
    """Fill the store of a server that has started once (schema, bootstrap admin, config models):
    USERS local users (a tenth admins or read-only admins, a twentieth inactive, most with a monthly
    budget and some spend), KEYS API keys spread over them, PENDING pending subscription requests
    to the restricted model, DAYS days of daily usage rollups and RECORDS raw usage records today."""
    users, keys, pending, days, records = (int(v) for v in (users, keys, pending, days, records))
    db = sqlite3.connect(db_path)
    admin_hash = db.execute("SELECT password_hash FROM users WHERE password_hash IS NOT NULL LIMIT 1").fetchone()
    if admin_hash is None:
        sys.exit("benchlib: no bootstrap admin in %s" % db_path)
    models = [r[0] for r in db.execute("SELECT id FROM models WHERE restricted = 0 ORDER BY id")]
    restricted = [r[0] for r in db.execute("SELECT id FROM models WHERE restricted = 1 ORDER BY id")]
    deployments = dict(db.execute("SELECT model_id, id FROM deployments"))
    if not models or (pending and not restricted):
        sys.exit("benchlib: the config must declare an open and a restricted model")
    now = int(time.time() * 1000)
    user_ids = [str(uuid.uuid4()) for _ in range(users)]
    user_rows = []
    for i, uid in enumerate(user_ids):
        role = "admin" if i % 97 == 0 else "adminReadonly" if i % 11 == 0 else "user"
        budget = None if i % 4 == 0 else (10 + i % 200) * NANOS
        spend = 0 if budget is None else (i * 7919 % 1000) * budget // 1000
        user_rows.append((uid, "user%06d" % i, "user%06d@example.com" % i, "Bench User %d" % i,
                          json.dumps([role]), admin_hash[0], 0 if i % 20 == 19 else 1, 60, budget,
                          None if budget is None else "1mo", spend, now - i * 1000, now - i * 1000))
    key_rows = []
    key_ids = []
    for i in range(keys):
        key = new_key()
        key_id = key_parts(key)[0]
        key_ids.append((key_id, user_ids[i * 7 % users]))
        key_rows.append((key_id, user_ids[i * 7 % users], "key %d" % i, hash_key(key), display_prefix(key),
                         now - i * 1000, now - i * 1000))
    sub_rows = [(str(uuid.uuid4()), user_ids[i * 13 % users], restricted[0] if restricted else "", "pending",
                 now - i * 60000, now - i * 60000, now - i * 60000) for i in range(pending)]
    active_rows = [(str(uuid.uuid4()), user_ids[i * 13 % users], models[0], "active", now, now, now)
                   for i in range(pending, min(users // 13, pending + 5000))]
    # Usage: each day spread over up to 2,000 (user, key, model) combinations; today's raw records too.
    today = datetime.datetime.now(datetime.timezone.utc).date()
    daily = []
    combos = [(key_ids[j % len(key_ids)], models[j % len(models)]) for j in range(min(2000, max(len(key_ids), 1)))]
    for d in range(days):
        day = (today - datetime.timedelta(days=d)).isoformat()
        for j, ((kid, uid), mid) in enumerate(combos) if key_ids else ():
            reqs = 1 + (d * 31 + j) % 40
            daily.append((day, uid, kid, mid, deployments.get(mid, ""), reqs, reqs // 25, reqs * 400, reqs * 150,
                          reqs * 20, reqs * 170_000, reqs * 350))
    midnight = int(datetime.datetime.combine(today, datetime.time(), datetime.timezone.utc).timestamp() * 1000)
    span = max(now - midnight, 1)
    raw = []
    for i in range(records if key_ids else 0):
        (kid, uid), mid = combos[i % len(combos)]
        raw.append(("bench-%d" % i, midnight + i * span // max(records, 1), kid, uid, mid, deployments.get(mid, ""),
                    "/v1/chat/completions", 400 + i % 500, 150 + i % 200, i % 30, 170_000 + i % 1000,
                    500 if i % 40 == 0 else 200, 200 + i * 37 % 3000, 50 + i * 13 % 400))
    with db:
        db.executemany("INSERT INTO users (id, username, email, full_name, roles, password_hash, active, rpm_limit, "
                       "max_budget, budget_duration, spend, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", user_rows)
        db.executemany("INSERT INTO api_keys (id, user_id, name, secret_hash, display_prefix, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", key_rows)
        db.executemany("INSERT INTO subscriptions (id, user_id, model_id, status, status_changed_at, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", sub_rows + active_rows)
        db.executemany("INSERT INTO usage_daily (day, user_id, key_id, model_id, deployment_id, requests, errors, "
                       "prompt_tokens, completion_tokens, cached_tokens, cost, latency_ms_sum) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", daily)
        db.executemany("INSERT INTO usage_records (request_id, at, key_id, user_id, model_id, deployment_id, endpoint, "
                       "prompt_tokens, completion_tokens, cached_tokens, cost, status, latency_ms, ttft_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", raw)
    # The coarser rollups the dashboard reads, as the server's migration backfills them.
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "coarse_rollups.sql")) as f:
        db.executescript(f.read())
    db.execute("ANALYZE")
    counts = {t: db.execute("SELECT COUNT(*) FROM %s" % t).fetchone()[0]
              for t in ("users", "api_keys", "subscriptions", "usage_daily", "usage_records")}
    db.close()
    print("seeded: " + ", ".join("%s %d" % kv for kv in counts.items()))


STARTUP_LINE = re.compile(r"^startup: main window usable (\d+) ms after launch \((.*)\)$")


def cmd_console_run(first, runs, results_env, *command):
    """Run COMMAND RUNS times one after another, numbered from FIRST. Launch→usable is timed from outside, from just
    before the fork to the moment the console's startup line arrives on its stdout (so it includes
    exec, loading Qt and the console's own clock start); the console's own figure is kept too. Peak
    RSS is the child's ru_maxrss (its VmHWM), from wait4."""
    with open(results_env, "a") as out:
        for run in range(int(first), int(first) + int(runs)):
            t0 = time.monotonic()
            child = subprocess.Popen(list(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            line = child.stdout.readline().strip()
            t1 = time.monotonic()
            rest = child.stdout.read()
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            err = child.stderr.read()
            m = STARTUP_LINE.match(line)
            if child.returncode != 0 or not m:
                sys.exit("benchlib: run %d failed (exit %d): %s%s%s" % (run, child.returncode, line, rest, err))
            external = (t1 - t0) * 1000
            out.write("run%d_ms=%.1f\nrun%d_internal_ms=%s\nrun%d_hwm_kb=%d\nrun%d_what=%s\n"
                      % (run, external, run, m.group(1), run, usage.ru_maxrss, run, m.group(2)))
            print("run %d: usable after %.0f ms (console's own clock: %s ms), peak RSS %.1f MB; %s"
                  % (run, external, m.group(1), usage.ru_maxrss / 1024, m.group(2)), file=sys.stderr)


def cmd_console_report(results_env):
    r = load_results(results_env)
    runs = sorted(int(k[3:-3]) for k in r if re.fullmatch(r"run\d+_ms", k))
    if not runs:
        sys.exit("benchlib: no runs in %s" % results_env)
    target = num(r, "target_ms") or 1000.0
    slow = [int(i) for i in r.get("slow_runs", "").split()]
    cold, warm = runs[0], [i for i in runs[1:] if i not in slow]

    def row(label, ids):
        ms = [num(r, "run%d_ms" % i) for i in ids]
        own = [num(r, "run%d_internal_ms" % i) for i in ids]
        hwm = [num(r, "run%d_hwm_kb" % i) / 1024 for i in ids]
        worst = max(ms)
        return ("| %s | %d | %.0f | %.0f | %.0f | %.0f | %.1f | %s |"
                % (label, len(ids), min(ms), statistics.median(ms), worst, statistics.median(own), max(hwm),
                   verdict(worst <= target)))

    print("## Console startup, %s" % r.get("started", "?"))
    print()
    print("Command: `%s` — host: %s, %s CPUs, load average %s at the start" % (
        r.get("command", "?"), r.get("host", "?"), r.get("cpus", "?"), r.get("load", "?")))
    print("Store: %s" % r.get("store", "?"))
    print("First page: %s" % r.get("run%d_what" % cold, "?"))
    print()
    print("| runs | n | min ms | median ms | max ms | console's own clock, median ms | peak RSS MB "
          "| max ≤ %s ms |" % fmt_int(target))
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    print(row("cold (first launch, fresh server, empty font cache)", [cold]))
    if warm:
        print(row("warm", warm))
    if slow:
        print(row("warm, server behind %s" % r.get("slow_link", "a slow link"), slow))
    print()


def cmd_delay_proxy(listen_port, target_port, one_way_ms):
    """A TCP relay on 127.0.0.1:LISTEN_PORT to 127.0.0.1:TARGET_PORT that holds every chunk
    ONE_WAY_MS before passing it on, in both directions (a link with twice that round-trip time;
    bandwidth is not limited)."""
    import asyncio
    delay = float(one_way_ms) / 1000

    async def pipe(reader, writer):
        queue = asyncio.Queue()

        async def read():
            while True:
                data = await reader.read(65536)
                await queue.put((time.monotonic() + delay, data))
                if not data:
                    return

        async def write():
            while True:
                due, data = await queue.get()
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                if not data:
                    writer.close()
                    return
                writer.write(data)
                await writer.drain()

        try:
            await asyncio.gather(read(), write())
        except (ConnectionError, OSError):
            writer.close()

    async def handle(client_reader, client_writer):
        await asyncio.sleep(2 * delay)  # the TCP handshake's round trip, before the first byte goes on
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", int(target_port))
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))

    async def serve():
        server = await asyncio.start_server(handle, "127.0.0.1", int(listen_port))
        print("listening on http://127.0.0.1:%s" % listen_port, flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(serve())


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    command, args = argv[1], argv[2:]
    handlers = {"keys": cmd_keys, "config": cmd_config, "sqlite": cmd_sqlite, "report": cmd_report,
                "console-seed": cmd_console_seed, "console-run": cmd_console_run,
                "console-report": cmd_console_report, "delay-proxy": cmd_delay_proxy}
    if command not in handlers:
        sys.exit(__doc__)
    handlers[command](*args)


if __name__ == "__main__":
    main(sys.argv)
