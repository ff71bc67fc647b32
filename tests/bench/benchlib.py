#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of tests/bench/run.sh: Tollgate keys, the server's config, bulk key rows, the results table.

  benchlib.py keys N FILE                       write N new Tollgate keys, one a line
  benchlib.py config FILE KEYS_FILE COUNT ...   write a tollgate-server config declaring the bench
                                                models and the first COUNT keys of KEYS_FILE
  benchlib.py sqlite DB KEYS_FILE TEMPLATE_ID   copy the key row TEMPLATE_ID once per key in
                                                KEYS_FILE that the store does not hold yet
  benchlib.py report RESULTS_ENV OUT.md         render the results as Markdown tables
"""
import hashlib
import json
import secrets
import sqlite3
import sys
import time

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


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    command, args = argv[1], argv[2:]
    handlers = {"keys": cmd_keys, "config": cmd_config, "sqlite": cmd_sqlite, "report": cmd_report}
    if command not in handlers:
        sys.exit(__doc__)
    handlers[command](*args)


if __name__ == "__main__":
    main(sys.argv)
