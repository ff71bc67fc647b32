// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/localbackend.h"

#include "gateway-core/limits/budgetwindow.h"

#include <QHashFunctions>

#include <algorithm>
#include <chrono>

namespace Tollgate::Limits {

struct LocalBackend::Entry
{
    Key key;
    quint32 shard = 0;
    qint64 lastTouchMs = 0;
    qint64 inFlight = 0; // admissions not yet settled; pins the entry against sweep()
    qint64 parallel = 0;
    SlidingLog requests;
    SlidingLog tokens;

    qint64 spend = 0;
    qint64 reserved = 0;
    qint64 resetAtMs = 0;
    qint64 maxBudget = -1;  // as of the latest admission; settle() needs them for events
    qint64 softBudget = -1;
    std::optional<Util::Duration> duration;
    bool durationKnown = false; // false until a request told us the duration (load() does not)
    bool keepBudget = false;    // spend matters beyond the rate windows: never forget it
    bool softNotified = false;
    bool exhaustedNotified = false;
};

namespace {

// Locks up to three shards in ascending index order (the only order anyone locks several in).
class ShardLocks final
{
public:
    ShardLocks(std::mutex *const *mutexes, int count)
        : m_count(count)
    {
        for (int i = 0; i < count; ++i) {
            m_mutexes[i] = mutexes[i];
            m_mutexes[i]->lock();
        }
    }
    ~ShardLocks()
    {
        for (int i = m_count - 1; i >= 0; --i)
            m_mutexes[i]->unlock();
    }
    ShardLocks(const ShardLocks &) = delete;
    ShardLocks &operator=(const ShardLocks &) = delete;

private:
    std::array<std::mutex *, Reservation::MaxSubjects> m_mutexes{};
    int m_count;
};

BudgetEvent eventFor(BudgetEvent::Kind kind, const QByteArray &id, const QByteArray &model, SubjectKind subject,
                     qint64 spend, qint64 threshold, qint64 resetAtMs)
{
    BudgetEvent e;
    e.kind = kind;
    e.subject = subject;
    e.id = id;
    e.model = model;
    e.spend = spend;
    e.threshold = threshold;
    e.resetAtMs = resetAtMs;
    return e;
}

} // namespace

qint64 systemClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

LocalBackend::LocalBackend(BackendOptions options)
    : m_clock(options.clock ? std::move(options.clock) : Clock(&systemClockMs))
    , m_zone(options.zone.isValid() ? options.zone : QTimeZone::utc())
    , m_windowMs(std::max<qint64>(1, options.windowMs))
    , m_shards(std::make_unique<std::array<Shard, ShardCount>>())
{
}

LocalBackend::~LocalBackend() = default;

LocalBackend::Probe LocalBackend::probeOf(const SubjectRef &subject)
{
    const QByteArrayView model = subject.kind == SubjectKind::KeyModel ? subject.model : QByteArrayView();
    size_t h = qHash(subject.id, size_t(subject.kind) * 0x9e3779b97f4a7c15ULL + 1);
    if (!model.isEmpty())
        h = qHash(model, h);
    // Mix so the shard (top bits) and the map bucket (low bits) are independent.
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return Probe{subject.kind, subject.id, model, h};
}

LocalBackend::Entry *LocalBackend::find(Shard &shard, const Probe &probe) const
{
    const auto it = shard.entries.find(probe);
    return it == shard.entries.end() ? nullptr : it->second.get();
}

LocalBackend::Entry *LocalBackend::findOrCreate(Shard &shard, const Probe &probe, quint32 shardIndex)
{
    if (Entry *e = find(shard, probe))
        return e;
    auto entry = std::make_unique<Entry>();
    entry->key = Key{probe.kind, probe.id.toByteArray(), probe.model.toByteArray(), probe.hash};
    entry->shard = shardIndex;
    // A key's spend feeds x-tollgate-key-spend even without a budget.
    entry->keepBudget = probe.kind == SubjectKind::Key;
    Entry *raw = entry.get();
    Key key = entry->key;
    shard.entries.emplace(std::move(key), std::move(entry));
    return raw;
}

qint64 LocalBackend::nextReset(const Util::Duration &duration, qint64 nowMs) const
{
    const std::lock_guard lock(m_zoneMutex);
    return nextBudgetResetMs(duration, nowMs, m_zone);
}

void LocalBackend::rollBudget(Entry &e, qint64 nowMs) const
{
    // Lazily, at the first touch after the reset instant: no scan, no lag.
    if (e.resetAtMs <= 0 || nowMs < e.resetAtMs)
        return;
    e.spend = 0;
    e.softNotified = false;
    e.exhaustedNotified = false;
    e.resetAtMs = e.duration ? nextReset(*e.duration, nowMs) : 0;
}

void LocalBackend::applyBudgetLimits(Entry &e, const BudgetLimits &limits, qint64 nowMs) const
{
    e.maxBudget = limits.max;
    e.softBudget = limits.soft;
    if (limits.max >= 0 || limits.soft >= 0 || limits.duration)
        e.keepBudget = true;
    if (!e.durationKnown || e.duration != limits.duration) {
        // A loaded reset instant stays; a changed duration starts its window now and keeps the
        // spend so far (the control plane decides whether a change also resets spend).
        const bool changed = e.durationKnown;
        e.duration = limits.duration;
        e.durationKnown = true;
        if (!e.duration)
            e.resetAtMs = 0;
        else if (changed || e.resetAtMs == 0)
            e.resetAtMs = nextReset(*e.duration, nowMs);
    }
    rollBudget(e, nowMs);
}

AdmitOutcome LocalBackend::admit(std::span<const Demand> demands, Reservation *reservation)
{
    AdmitOutcome out;
    const int n = int(std::min<size_t>(demands.size(), Reservation::MaxSubjects));
    std::array<Probe, Reservation::MaxSubjects> probes;
    std::array<quint32, Reservation::MaxSubjects> shardIndex{};
    std::array<std::mutex *, Reservation::MaxSubjects> mutexes{};
    int lockCount = 0;
    {
        std::array<quint32, Reservation::MaxSubjects> sorted{};
        for (int i = 0; i < n; ++i) {
            probes[i] = probeOf(demands[i].subject);
            shardIndex[i] = shardOf(probes[i].hash);
            sorted[i] = shardIndex[i];
        }
        std::sort(sorted.begin(), sorted.begin() + n);
        for (int i = 0; i < n; ++i) {
            if (i == 0 || sorted[i] != sorted[i - 1])
                mutexes[lockCount++] = &(*m_shards)[sorted[i]].mutex;
        }
    }
    const ShardLocks locks(mutexes.data(), lockCount);
    // Read under the locks: admissions to one subject then carry non-decreasing times.
    const qint64 now = m_clock();

    std::array<Entry *, Reservation::MaxSubjects> entries{};
    std::array<qint64, Reservation::MaxSubjects> need{};
    bool refused = false;
    auto refuse = [&](const Refusal &r) {
        if (!refused || outranks(r, out.refusal))
            out.refusal = r;
        refused = true;
    };

    for (int i = 0; i < n; ++i) {
        const Demand &d = demands[i];
        const SubjectLimits &limits = *d.limits;
        Entry &e = *findOrCreate((*m_shards)[shardIndex[i]], probes[i], shardIndex[i]);
        entries[i] = &e;
        applyBudgetLimits(e, limits.budget, now);

        if (limits.parallel >= 0 && e.parallel >= limits.parallel) {
            Refusal r;
            r.subject = d.subject.kind;
            r.limit = LimitKind::Parallel;
            r.limitValue = limits.parallel;
            r.remaining = 0;
            r.requested = 1;
            // A slot frees when some request ends, which no clock predicts; suggest a second.
            r.retryAfterMs = limits.parallel == 0 ? -1 : 1000;
            r.oversize = limits.parallel == 0;
            refuse(r);
        }
        if (limits.rpm >= 0) {
            e.requests.expire(now, m_windowMs);
            const qint64 count = e.requests.sum();
            if (count >= limits.rpm) {
                Refusal r;
                r.subject = d.subject.kind;
                r.limit = LimitKind::Rpm;
                r.limitValue = limits.rpm;
                r.remaining = 0;
                r.requested = 1;
                r.oversize = limits.rpm == 0;
                r.retryAfterMs = r.oversize ? -1 : e.requests.msUntilFreed(count + 1 - limits.rpm, now, m_windowMs);
                refuse(r);
            }
        }
        need[i] = std::max<qint64>(d.tokens, 1); // every request uses at least one token
        if (limits.tpm >= 0) {
            e.tokens.expire(now, m_windowMs);
            const qint64 sum = e.tokens.sum();
            if (need[i] > limits.tpm || sum + need[i] > limits.tpm) {
                Refusal r;
                r.subject = d.subject.kind;
                r.limit = LimitKind::Tpm;
                r.limitValue = limits.tpm;
                r.remaining = std::max<qint64>(0, limits.tpm - sum);
                r.requested = need[i];
                r.oversize = need[i] > limits.tpm;
                r.retryAfterMs = r.oversize ? -1 : e.tokens.msUntilFreed(sum + need[i] - limits.tpm, now, m_windowMs);
                refuse(r);
            }
        }
        const qint64 maxBudget = limits.budget.max;
        if (maxBudget >= 0) {
            const qint64 cost = std::max<qint64>(d.cost, 0);
            if (e.spend >= maxBudget || e.spend + e.reserved + cost > maxBudget) {
                Refusal r;
                r.subject = d.subject.kind;
                r.limit = LimitKind::Budget;
                r.limitValue = maxBudget;
                r.remaining = std::max<qint64>(0, maxBudget - e.spend - e.reserved);
                r.requested = cost;
                r.oversize = cost > maxBudget;
                r.retryAfterMs = -1;
                r.resetAtMs = e.resetAtMs;
                refuse(r);
                // Exhausted when what is spent (not merely reserved: a burst of large reservations
                // is no alert) cannot cover this request, unless the request alone is larger than
                // the whole budget; or when no settle saw the crossing (a restart loaded it spent).
                const bool spent = e.spend >= maxBudget || (e.spend + cost > maxBudget && cost <= maxBudget);
                if (spent && !e.exhaustedNotified) {
                    e.exhaustedNotified = true;
                    out.events.push_back(eventFor(BudgetEvent::Kind::BudgetExhausted, e.key.id, e.key.model,
                                                  e.key.kind, e.spend, maxBudget, e.resetAtMs));
                }
            }
        }
    }

    if (refused) {
        // Nothing was reserved yet: checking all before taking any makes rollback unnecessary.
        for (int i = 0; i < n; ++i)
            entries[i]->lastTouchMs = now;
        return out;
    }

    reservation->count = n;
    reservation->admittedAtMs = now;
    RateStatus &rate = out.rate;
    for (int i = 0; i < n; ++i) {
        const Demand &d = demands[i];
        const SubjectLimits &limits = *d.limits;
        Entry &e = *entries[i];
        SubjectReservation &sr = reservation->subjects[i];
        sr = SubjectReservation{};
        sr.handle = reinterpret_cast<quintptr>(&e);
        sr.kind = d.subject.kind;
        e.lastTouchMs = now;
        ++e.inFlight;
        ++e.parallel;
        sr.parallel = true;
        if (limits.rpm >= 0) {
            e.requests.add(now, 1);
            const qint64 remaining = limits.rpm - e.requests.sum();
            if (rate.requestLimit < 0 || remaining < rate.requestsRemaining) {
                rate.requestLimit = limits.rpm;
                rate.requestsRemaining = remaining;
                rate.requestsResetMs = e.requests.msUntilEmpty(now, m_windowMs);
            }
        }
        if (limits.tpm >= 0) {
            sr.tokenSlot = e.tokens.add(now, need[i]);
            sr.tokens = need[i];
            const qint64 remaining = limits.tpm - e.tokens.sum();
            if (rate.tokenLimit < 0 || remaining < rate.tokensRemaining) {
                rate.tokenLimit = limits.tpm;
                rate.tokensRemaining = remaining;
                rate.tokensResetMs = e.tokens.msUntilEmpty(now, m_windowMs);
            }
        }
        if (limits.budget.max >= 0) {
            sr.budget = true;
            sr.cost = std::max<qint64>(d.cost, 0);
            e.reserved += sr.cost;
        }
    }
    out.admitted = true;
    return out;
}

void LocalBackend::release(const Reservation &reservation, bool settled, qint64 actualTokens, qint64 actualCost,
                           SettleOutcome *outcome)
{
    const qint64 now = m_clock();
    actualTokens = std::max<qint64>(actualTokens, 0);
    actualCost = std::max<qint64>(actualCost, 0);
    // One shard at a time: settling cannot fail, so it needs no cross-subject atomicity.
    for (int i = 0; i < reservation.count; ++i) {
        const SubjectReservation &sr = reservation.subjects[i];
        Entry &e = *reinterpret_cast<Entry *>(sr.handle);
        const std::lock_guard lock((*m_shards)[e.shard].mutex);
        if (sr.tokenSlot >= 0)
            e.tokens.adjust(sr.tokenSlot, (settled ? actualTokens : 0) - sr.tokens);
        if (sr.budget)
            e.reserved -= sr.cost;
        if (sr.parallel)
            --e.parallel;
        --e.inFlight;
        e.lastTouchMs = std::max(e.lastTouchMs, now);
        if (!settled)
            continue;
        rollBudget(e, now);
        const qint64 before = e.spend;
        e.spend += actualCost;
        if (e.softBudget >= 0 && !e.softNotified && before < e.softBudget && e.spend >= e.softBudget) {
            e.softNotified = true;
            outcome->events.push_back(eventFor(BudgetEvent::Kind::SoftBudgetCrossed, e.key.id, e.key.model,
                                               e.key.kind, e.spend, e.softBudget, e.resetAtMs));
        }
        if (e.maxBudget >= 0 && !e.exhaustedNotified && before < e.maxBudget && e.spend >= e.maxBudget) {
            e.exhaustedNotified = true;
            outcome->events.push_back(eventFor(BudgetEvent::Kind::BudgetExhausted, e.key.id, e.key.model,
                                               e.key.kind, e.spend, e.maxBudget, e.resetAtMs));
        }
        if (e.key.kind == SubjectKind::Key)
            outcome->keySpend = e.spend;
    }
}

SettleOutcome LocalBackend::settle(const Reservation &reservation, qint64 actualTokens, qint64 actualCost)
{
    SettleOutcome out;
    release(reservation, true, actualTokens, actualCost, &out);
    return out;
}

void LocalBackend::cancel(const Reservation &reservation)
{
    release(reservation, false, 0, 0, nullptr);
}

void LocalBackend::load(const SubjectRef &subject, const BudgetState &state)
{
    const Probe probe = probeOf(subject);
    const quint32 index = shardOf(probe.hash);
    Shard &shard = (*m_shards)[index];
    const std::lock_guard lock(shard.mutex);
    Entry &e = *findOrCreate(shard, probe, index);
    e.spend = std::max<qint64>(state.spend, 0);
    e.resetAtMs = state.resetAtMs;
    e.keepBudget = true;
    e.lastTouchMs = std::max(e.lastTouchMs, m_clock());
}

SubjectUsage LocalBackend::usage(const SubjectRef &subject)
{
    const Probe probe = probeOf(subject);
    Shard &shard = (*m_shards)[shardOf(probe.hash)];
    const std::lock_guard lock(shard.mutex);
    SubjectUsage u;
    Entry *e = find(shard, probe);
    if (!e)
        return u;
    const qint64 now = m_clock();
    rollBudget(*e, now);
    e->requests.expire(now, m_windowMs);
    e->tokens.expire(now, m_windowMs);
    u.known = true;
    u.requestsInWindow = e->requests.sum();
    u.tokensInWindow = e->tokens.sum();
    u.parallel = e->parallel;
    u.spend = e->spend;
    u.reserved = e->reserved;
    u.resetAtMs = e->resetAtMs;
    return u;
}

qint64 LocalBackend::sweep()
{
    const qint64 now = m_clock();
    qint64 forgotten = 0;
    for (Shard &shard : *m_shards) {
        const std::lock_guard lock(shard.mutex);
        for (auto it = shard.entries.begin(); it != shard.entries.end();) {
            Entry &e = *it->second;
            if (e.inFlight > 0 || now - e.lastTouchMs <= 2 * m_windowMs) {
                ++it;
                continue;
            }
            e.requests.expire(now, m_windowMs);
            e.tokens.expire(now, m_windowMs);
            if (!e.keepBudget) {
                it = shard.entries.erase(it);
                ++forgotten;
                continue;
            }
            // Spend must survive (forgetting it would reopen a spent budget); the logs need not.
            e.requests.releaseIfEmpty();
            e.tokens.releaseIfEmpty();
            ++it;
        }
    }
    return forgotten;
}

qint64 LocalBackend::subjectCount() const
{
    qint64 count = 0;
    for (const Shard &shard : *m_shards) {
        const std::lock_guard lock(shard.mutex);
        count += qint64(shard.entries.size());
    }
    return count;
}

std::pair<quint32, quint32> LocalBackend::logCapacity(const SubjectRef &subject) const
{
    const Probe probe = probeOf(subject);
    Shard &shard = (*m_shards)[shardOf(probe.hash)];
    const std::lock_guard lock(shard.mutex);
    const Entry *e = find(shard, probe);
    return e ? std::pair{e->requests.capacity(), e->tokens.capacity()} : std::pair<quint32, quint32>{0, 0};
}

} // namespace Tollgate::Limits
