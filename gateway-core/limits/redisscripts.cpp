// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/redisscripts.h"

// Layout of one subject whose base key is B (B = prefix + "k:" key id, "u:" user id, or
// "m:" length ":" key id model):
//   B        hash: sp spend, rs reserved money, ra reset instant (0 = none), du budget duration
//            ("-" none; absent = not told yet), mx/so max and soft budget of the latest admission,
//            sn/en soft/exhausted alert sent in this window, kb keep (spend matters beyond the
//            rate windows), lt latest time a call used for this subject
//   B:r B:t  request and token logs: sorted sets of millisecond buckets (member = score = ms)
//   B:ra B:ta  their amounts: hash ms -> amount, plus "sum"
//   B:p      leases: hash lease id -> "replica cost tokenslot tokens", one per admission in flight
//
// Time: every script gets "now" from the caller (the back end's clock: the injected one in
// tests, else the system clock corrected to the Redis server's TIME), so windows, resets and
// refusal delays all use one clock. Only replica liveness uses the server's TIME, so leases of a
// crashed replica can be reaped whatever clock the limits run on. TTLs are relative (PEXPIRE),
// never absolute, for the same reason. Numbers leave Lua through fmt(): tostring() would
// write 1e+15.
namespace Tollgate::Limits::RedisScripts {

const char *const Prelude = R"LUA(
local function fmt(x) return string.format('%.0f', x) end
local function num(v) return tonumber(v) or 0 end
local IdleKeep = 7 * 24 * 3600 * 1000
local LeaseKeep = 24 * 3600 * 1000

local function loadState(base)
  local v = redis.call('HMGET', base, 'sp', 'rs', 'ra', 'du', 'mx', 'so', 'sn', 'en', 'kb', 'lt')
  local du = v[4]
  if du == '' then du = false end -- '' is how saveState writes "not told yet"
  return {sp = num(v[1]), rs = num(v[2]), ra = num(v[3]), du = du,
          mx = v[5] and tonumber(v[5]) or -1, so = v[6] and tonumber(v[6]) or -1,
          sn = num(v[7]), en = num(v[8]), kb = num(v[9]), lt = num(v[10]), fresh = not v[1]}
end

local function saveState(base, st)
  redis.call('HSET', base, 'sp', fmt(st.sp), 'rs', fmt(st.rs), 'ra', fmt(st.ra), 'mx', fmt(st.mx),
             'so', fmt(st.so), 'sn', st.sn, 'en', st.en, 'kb', st.kb, 'lt', fmt(st.lt), 'du', st.du or '')
end

-- Idle subjects go away by themselves: budget state lives until its window has passed (after
-- the reset an absent hash means the same as a rolled one), a lifetime budget lives on, and
-- state that is only rate windows lives two windows.
local function keepAlive(base, st, now, window)
  if st.kb == 1 then
    if st.ra > 0 then
      redis.call('PEXPIRE', base, fmt(math.max(st.ra - now, 0) + 2 * window))
    elseif st.mx >= 0 or st.so >= 0 then
      redis.call('PERSIST', base)
    else
      redis.call('PEXPIRE', base, fmt(IdleKeep))
    end
  else
    redis.call('PEXPIRE', base, fmt(2 * window))
  end
end

-- A due reset: lazily, at the first touch after the instant.
local function roll(st, now, nextReset)
  if st.ra > 0 and now >= st.ra then
    st.sp = 0
    st.sn = 0
    st.en = 0
    if st.du and st.du ~= '-' then st.ra = nextReset else st.ra = 0 end
    return true
  end
  return false
end

local function needsRoll(st, now)
  return st.ra > 0 and now >= st.ra and st.du and st.du ~= '-'
end

-- Drops buckets that left the window ending at now; returns what is left.
local function expireLog(z, now, window)
  local a = z .. 'a'
  local cut = fmt(now - window)
  while true do
    local old = redis.call('ZRANGEBYSCORE', z, '-inf', cut, 'LIMIT', 0, 500)
    if #old == 0 then break end
    local amounts = redis.call('HMGET', a, unpack(old))
    local total = 0
    for j = 1, #old do total = total + num(amounts[j]) end
    redis.call('HDEL', a, unpack(old))
    redis.call('ZREM', z, unpack(old))
    if total ~= 0 then redis.call('HINCRBY', a, 'sum', fmt(-total)) end
    if #old < 500 then break end
  end
  return num(redis.call('HGET', a, 'sum'))
end

local function addToLog(z, now, amount, window)
  local a = z .. 'a'
  local m = fmt(now)
  redis.call('ZADD', z, m, m)
  redis.call('HINCRBY', a, m, fmt(amount))
  local sum = redis.call('HINCRBY', a, 'sum', fmt(amount))
  redis.call('PEXPIRE', z, fmt(2 * window))
  redis.call('PEXPIRE', a, fmt(2 * window))
  return sum
end

-- Milliseconds until at least amount has left the window; -1 if the log does not hold that much.
local function untilFreed(z, amount, now, window)
  if amount <= 0 then return 0 end
  local a = z .. 'a'
  local freed, start = 0, 0
  while true do
    local items = redis.call('ZRANGE', z, start, start + 99, 'WITHSCORES')
    if #items == 0 then return -1 end
    local members = {}
    for j = 1, #items, 2 do members[#members + 1] = items[j] end
    local amounts = redis.call('HMGET', a, unpack(members))
    for j = 1, #members do
      freed = freed + num(amounts[j])
      if freed >= amount then return math.max(0, tonumber(items[2 * j]) + window - now) end
    end
    start = start + 100
  end
end

-- Gives back what one lease reserved: money, and tokens replaced by actualTokens.
local function releaseLease(base, st, value, actualTokens)
  local _, cost, slot, tokens = string.match(value, '^(%S+) (%-?%d+) (%-?%d+) (%-?%d+)$')
  cost, slot, tokens = tonumber(cost) or 0, tonumber(slot) or -1, tonumber(tokens) or 0
  st.rs = st.rs - cost
  if slot >= 0 then
    local ta = base .. ':ta'
    local m = fmt(slot)
    -- Nothing if the bucket already left the window (its tokens no longer count anyway).
    if redis.call('HEXISTS', ta, m) == 1 then
      local delta = actualTokens - tokens
      redis.call('HINCRBY', ta, m, fmt(delta))
      redis.call('HINCRBY', ta, 'sum', fmt(delta))
    end
  end
end

-- Leases of replicas whose heartbeat lapsed (crashed, partitioned) are cancelled, so a dead
-- replica cannot hold parallel slots or reserved money for ever.
local function reapLeases(base, replicas, st)
  local t = redis.call('TIME')
  local real = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  local p = base .. ':p'
  local all = redis.call('HGETALL', p)
  local alive = {}
  for j = 1, #all, 2 do
    local lease, value = all[j], all[j + 1]
    local replica = string.match(value, '^(%S+)')
    local ok = alive[replica]
    if ok == nil then
      local score = redis.call('ZSCORE', replicas, replica)
      ok = score ~= false and tonumber(score) >= real
      alive[replica] = ok
    end
    if not ok then
      redis.call('HDEL', p, lease)
      releaseLease(base, st, value, 0)
    end
  end
end
)LUA";

// KEYS: subject base keys..., the replica registry (last).
// ARGV: now, window, lease id, replica id, then per subject:
//   rpm, tpm, parallel, max budget, soft budget, duration ("-" none), next reset for that
//   duration from now (0 if none), tokens, cost, keep (1 for a key).
// Reply: {"0", refusals, events} or {"1", rates, events}; a refusal is {limit (0 rpm, 1 tpm,
// 2 parallel, 3 budget), subject index, limit value, remaining, retry ms, reset at, requested,
// oversize}; a rate is {rpm, requests left, ms until empty, tpm, tokens left, ms until empty,
// spend, reset at, the time the admission was logged at, 1 if the subject had no state}; an
// event is {kind (0 soft,
// 1 exhausted), subject index, spend, threshold, reset at}.
const char *const Admit = R"LUA(
local callerNow, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local lease, replica = ARGV[3], ARGV[4]
local n = #KEYS - 1
local replicas = KEYS[n + 1]
local refusals, events, states, params = {}, {}, {}, {}

for i = 1, n do
  local base = KEYS[i]
  local o = 4 + (i - 1) * 10
  local q = {rpm = tonumber(ARGV[o + 1]), tpm = tonumber(ARGV[o + 2]), par = tonumber(ARGV[o + 3]),
             bmax = tonumber(ARGV[o + 4]), bsoft = tonumber(ARGV[o + 5]), dur = ARGV[o + 6],
             nextReset = tonumber(ARGV[o + 7]), tokens = tonumber(ARGV[o + 8]),
             cost = math.max(tonumber(ARGV[o + 9]), 0), keep = tonumber(ARGV[o + 10])}
  params[i] = q
  local st = loadState(base)
  states[i] = st
  -- Replicas' (and threads') calls arrive in any order; each subject's time never goes back, so
  -- no call can miss entries that a later-timed call already expired.
  local now = math.max(callerNow, st.lt)
  st.lt, q.now = now, now
  st.mx, st.so = q.bmax, q.bsoft
  if q.bmax >= 0 or q.bsoft >= 0 or q.dur ~= '-' or q.keep == 1 then st.kb = 1 end
  if (not st.du) or st.du ~= q.dur then
    -- A loaded reset instant stays; a changed duration starts its window now and keeps the spend.
    local changed = st.du and true or false
    st.du = q.dur
    if q.dur == '-' then st.ra = 0 elseif changed or st.ra == 0 then st.ra = q.nextReset end
  end
  roll(st, now, q.nextReset)

  local p = base .. ':p'
  local held = redis.call('HLEN', p)
  if held > 0 and ((q.par >= 0 and held >= q.par)
                   or (q.bmax >= 0 and st.rs > 0 and st.sp + st.rs + q.cost > q.bmax)) then
    reapLeases(base, replicas, st)
    held = redis.call('HLEN', p)
  end
  if q.par >= 0 and held >= q.par then
    -- A slot frees when some request ends, which no clock predicts; suggest a second.
    refusals[#refusals + 1] = {'2', i, fmt(q.par), '0', q.par == 0 and '-1' or '1000', '0', '1',
                               q.par == 0 and '1' or '0'}
  end
  if q.rpm >= 0 then
    local count = expireLog(base .. ':r', now, window)
    if count >= q.rpm then
      local retry = -1
      if q.rpm > 0 then retry = untilFreed(base .. ':r', count + 1 - q.rpm, now, window) end
      refusals[#refusals + 1] = {'0', i, fmt(q.rpm), '0', fmt(retry), '0', '1', q.rpm == 0 and '1' or '0'}
    end
  end
  q.need = math.max(q.tokens, 1) -- every request uses at least one token
  if q.tpm >= 0 then
    local sum = expireLog(base .. ':t', now, window)
    if q.need > q.tpm or sum + q.need > q.tpm then
      local oversize = q.need > q.tpm
      local retry = -1
      if not oversize then retry = untilFreed(base .. ':t', sum + q.need - q.tpm, now, window) end
      refusals[#refusals + 1] = {'1', i, fmt(q.tpm), fmt(math.max(0, q.tpm - sum)), fmt(retry), '0',
                                 fmt(q.need), oversize and '1' or '0'}
    end
  end
  if q.bmax >= 0 then
    if st.sp >= q.bmax or st.sp + st.rs + q.cost > q.bmax then
      refusals[#refusals + 1] = {'3', i, fmt(q.bmax), fmt(math.max(0, q.bmax - st.sp - st.rs)), '-1',
                                 fmt(st.ra), fmt(q.cost), q.cost > q.bmax and '1' or '0'}
      -- Exhausted when what is spent (not merely reserved) cannot cover this request, unless the
      -- request alone exceeds the budget; or no settle saw the crossing (a loaded spent budget).
      if (st.sp >= q.bmax or (st.sp + q.cost > q.bmax and q.cost <= q.bmax)) and st.en == 0 then
        st.en = 1
        events[#events + 1] = {'1', i, fmt(st.sp), fmt(q.bmax), fmt(st.ra)}
      end
    end
  end
end

if #refusals > 0 then
  -- Nothing was reserved: checking all before taking any makes rollback unnecessary.
  for i = 1, n do
    saveState(KEYS[i], states[i])
    keepAlive(KEYS[i], states[i], params[i].now, window)
  end
  return {'0', refusals, events}
end

local rates = {}
for i = 1, n do
  local base, q, st = KEYS[i], params[i], states[i]
  local now = q.now
  local rate = {'-1', '-1', '0', '-1', '-1', '0'}
  local slot, tokens = -1, 0
  if q.rpm >= 0 then
    local sum = addToLog(base .. ':r', now, 1, window)
    -- Times per subject never go back, so the entry just made is the newest: empty in a window.
    rate[1], rate[2], rate[3] = fmt(q.rpm), fmt(q.rpm - sum), fmt(window)
  end
  if q.tpm >= 0 then
    local sum = addToLog(base .. ':t', now, q.need, window)
    slot, tokens = now, q.need
    rate[4], rate[5], rate[6] = fmt(q.tpm), fmt(q.tpm - sum), fmt(window)
  end
  local cost = 0
  if q.bmax >= 0 then cost = q.cost end
  st.rs = st.rs + cost
  local p = base .. ':p'
  redis.call('HSET', p, lease, replica .. ' ' .. fmt(cost) .. ' ' .. fmt(slot) .. ' ' .. fmt(tokens))
  redis.call('PEXPIRE', p, fmt(LeaseKeep))
  saveState(base, st)
  keepAlive(base, st, now, window)
  rate[7], rate[8], rate[9], rate[10] = fmt(st.sp), fmt(st.ra), fmt(now), st.fresh and '1' or '0'
  rates[i] = rate
end
return {'1', rates, events}
)LUA";

// KEYS: subject base keys.
// ARGV: now, window, lease id, mode (1 settle, 0 cancel, 2 add spend without a lease),
//   actual tokens, actual cost, then per subject the next reset from now ("" = not known).
// Reply: {"roll", subject index, duration} when a subject's budget must reset and the caller
// did not say when the next window ends (nothing was changed; call again with it); else per
// subject {spend, events bitmask (1 soft, 2 exhausted), soft, max, reset at}.
const char *const Release = R"LUA(
local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local lease, mode = ARGV[3], tonumber(ARGV[4])
local actualTokens, actualCost = math.max(tonumber(ARGV[5]), 0), math.max(tonumber(ARGV[6]), 0)
local n = #KEYS
local states = {}
for i = 1, n do
  local st = loadState(KEYS[i])
  states[i] = st
  if mode ~= 0 and needsRoll(st, now) and ARGV[6 + i] == '' then return {'roll', tostring(i), st.du} end
end
local out = {}
for i = 1, n do
  local base, st = KEYS[i], states[i]
  local p = base .. ':p'
  local value = false
  if mode ~= 2 then value = redis.call('HGET', p, lease) end
  local flags = 0
  if value or mode == 2 then
    if value then
      redis.call('HDEL', p, lease)
      local used = 0
      if mode == 1 then used = actualTokens end
      releaseLease(base, st, value, used)
    end
    if mode ~= 0 then
      roll(st, now, tonumber(ARGV[6 + i]) or 0)
      local before = st.sp
      st.sp = st.sp + actualCost
      if st.so >= 0 and st.sn == 0 and before < st.so and st.sp >= st.so then
        st.sn = 1
        flags = flags + 1
      end
      if st.mx >= 0 and st.en == 0 and before < st.mx and st.sp >= st.mx then
        st.en = 1
        flags = flags + 2
      end
    end
    saveState(base, st)
    keepAlive(base, st, now, window)
  end
  out[i] = {fmt(st.sp), tostring(flags), fmt(st.so), fmt(st.mx), fmt(st.ra)}
end
return out
)LUA";

// KEYS: the subject's base key. ARGV: spend, reset at, now, window.
// A replica loads what the store says when it first meets a subject, while other replicas may
// have counted on since the store was written: state in Redis wins unless the store's is from
// a later window; within one window the larger spend wins (spend only grows).
const char *const Load = R"LUA(
local base = KEYS[1]
local spend, resetAt = tonumber(ARGV[1]), tonumber(ARGV[2])
local now, window = tonumber(ARGV[3]), tonumber(ARGV[4])
local st = loadState(base)
if redis.call('HEXISTS', base, 'sp') == 0 or (resetAt > 0 and st.ra > 0 and resetAt > st.ra) then
  st.sp, st.ra, st.sn, st.en = spend, resetAt, 0, 0
elseif resetAt == st.ra or resetAt == 0 or st.ra == 0 then
  st.sp = math.max(st.sp, spend)
end
st.kb = 1
saveState(base, st)
keepAlive(base, st, now, window)
return 'OK'
)LUA";

// KEYS: the subject's base key. ARGV: now, window, next reset ("" = not known).
// Reply: {"0"} unknown subject; {"roll", duration} (see Release); else
// {"1", requests in window, tokens in window, parallel, spend, reserved, reset at}.
const char *const Usage = R"LUA(
local base = KEYS[1]
local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
if redis.call('EXISTS', base, base .. ':r', base .. ':t', base .. ':p') == 0 then return {'0'} end
local st = loadState(base)
if needsRoll(st, now) and ARGV[3] == '' then return {'roll', st.du} end
if roll(st, now, tonumber(ARGV[3]) or 0) then
  saveState(base, st)
  keepAlive(base, st, now, window)
end
-- Expiring at a later time than admissions use would hide entries from them (see Admit).
if now > st.lt and redis.call('EXISTS', base) == 1 then redis.call('HSET', base, 'lt', fmt(now)) end
now = math.max(now, st.lt)
local requests = expireLog(base .. ':r', now, window)
local tokens = expireLog(base .. ':t', now, window)
return {'1', fmt(requests), fmt(tokens), fmt(redis.call('HLEN', base .. ':p')), fmt(st.sp), fmt(st.rs), fmt(st.ra)}
)LUA";

// KEYS: the replica registry (sorted set: replica id -> lease end, server time).
// ARGV: replica id, lease ms (0 = leave). Reply: {live replicas, server time ms}.
const char *const Heartbeat = R"LUA(
local t = redis.call('TIME')
local real = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
if ttl > 0 then
  redis.call('ZADD', KEYS[1], string.format('%.0f', real + ttl), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], string.format('%.0f', ttl * 10))
else
  redis.call('ZREM', KEYS[1], ARGV[1])
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. string.format('%.0f', real))
return {tostring(redis.call('ZCARD', KEYS[1])), string.format('%.0f', real)}
)LUA";

} // namespace Tollgate::Limits::RedisScripts
