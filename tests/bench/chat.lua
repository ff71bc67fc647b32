-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script: a small non-streaming chat completion, e.g.
--   wrk -t1 -c64 -d5s -s tests/bench/chat.lua http://127.0.0.1:8000/v1/chat/completions
-- MODEL and MAX_TOKENS may be set in the environment.
local model = os.getenv("MODEL") or "mock-small"
local max_tokens = os.getenv("MAX_TOKENS") or "16"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("API_KEY") and ("Bearer " .. os.getenv("API_KEY")) or nil
wrk.body = '{"model":"' .. model .. '","messages":[{"role":"system","content":"You are a helpful assistant."},'
  .. '{"role":"user","content":"Say hello in one short sentence."}],"max_tokens":' .. max_tokens .. '}'

-- Count non-2xx answers so a broken target does not pass as fast.
local errors = 0
function response(status, headers, body)
  if status < 200 or status > 299 then
    errors = errors + 1
  end
end
