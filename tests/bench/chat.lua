-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: a small chat completion, e.g.
--   wrk -t1 -c64 -d5s -s tests/bench/chat.lua http://127.0.0.1:8000/v1/chat/completions
-- Environment (all optional):
--   MODEL        model name (default mock-small)
--   MAX_TOKENS   max_tokens of the request (default 16)
--   STREAM=1     ask for an SSE stream ("stream": true)
--   API_KEY      one key, sent as "Authorization: Bearer KEY"
--   KEYS_FILE    a file of keys, one a line: requests rotate over them (each wrk thread starts
--                at a different place in the list); overrides API_KEY
--   HEADERS      extra request headers, "Name: value" separated by "|"
--   DELAY_MS     wait this many milliseconds before each request on a connection (pacing: the
--                rate is about connections * 1000 / (DELAY_MS + latency) requests per second)
-- Answers that are not 2xx are counted by wrk itself ("Non-2xx or 3xx responses").
local model = os.getenv("MODEL") or "mock-small"
local max_tokens = os.getenv("MAX_TOKENS") or "16"
local stream = os.getenv("STREAM") == "1"
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
for header in string.gmatch(os.getenv("HEADERS") or "", "[^|]+") do
  local name, value = string.match(header, "^%s*([^:]+):%s*(.-)%s*$")
  if name then
    wrk.headers[name] = value
  end
end
wrk.body = '{"model":"' .. model .. '","messages":[{"role":"system","content":"You are a helpful assistant."},'
  .. '{"role":"user","content":"Say hello in one short sentence."}],"max_tokens":' .. max_tokens
  .. (stream and ',"stream":true' or '') .. '}'

local keys = {}
local next_key = 1
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_index", thread_count)
end

function init(args)
  local path = os.getenv("KEYS_FILE")
  if path then
    for line in io.lines(path) do
      if line ~= "" then
        keys[#keys + 1] = line
      end
    end
    if #keys == 0 then
      error("KEYS_FILE " .. path .. " holds no keys")
    end
    -- Spread the threads over the list so they do not walk it in lockstep.
    next_key = ((thread_index or 1) - 1) * 7919 % #keys + 1
  elseif os.getenv("API_KEY") then
    wrk.headers["Authorization"] = "Bearer " .. os.getenv("API_KEY")
  end
end

function request()
  if #keys > 0 then
    wrk.headers["Authorization"] = "Bearer " .. keys[next_key]
    next_key = next_key % #keys + 1
  end
  return wrk.format()
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

-- One machine-readable line for tests/bench/run.sh (latencies in microseconds).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d rps=%.2f p50_us=%.1f p90_us=%.1f p99_us=%.1f "
    .. "max_us=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
