// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/limits/backend.h"
#include "gateway-core/limits/slidinglog.h"

#include <array>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace Tollgate::Limits {

/// In-process counters: 64 shards by subject hash, each a mutex and a map of lazily created
/// entries. An admission locks the (at most three) shards it touches in index order, so it
/// is atomic without a global lock and cannot deadlock.
class LocalBackend final : public Backend
{
public:
    explicit LocalBackend(BackendOptions options);
    ~LocalBackend() override;

    AdmitOutcome admit(std::span<const Demand> demands, Reservation *reservation) override;
    SettleOutcome settle(const Reservation &reservation, qint64 actualTokens, qint64 actualCost) override;
    void cancel(const Reservation &reservation) override;
    void load(const SubjectRef &subject, const BudgetState &state) override;
    SubjectUsage usage(const SubjectRef &subject) override;
    qint64 sweep() override;
    qint64 now() const override { return m_clock(); }

    /// Subjects with state (for tests and metrics).
    qint64 subjectCount() const;
    /// Ring capacity of a subject's RPM and TPM logs (for tests of the memory bound).
    std::pair<quint32, quint32> logCapacity(const SubjectRef &subject) const;

private:
    struct Entry;
    struct Key
    {
        SubjectKind kind;
        QByteArray id;
        QByteArray model;
        size_t hash;
    };
    struct Probe
    {
        SubjectKind kind;
        QByteArrayView id;
        QByteArrayView model;
        size_t hash;
    };
    struct KeyHash
    {
        using is_transparent = void;
        size_t operator()(const Key &k) const noexcept { return k.hash; }
        size_t operator()(const Probe &p) const noexcept { return p.hash; }
    };
    struct KeyEqual
    {
        using is_transparent = void;
        template<typename A, typename B>
        bool operator()(const A &a, const B &b) const noexcept
        {
            return a.kind == b.kind && QByteArrayView(a.id) == QByteArrayView(b.id)
                && QByteArrayView(a.model) == QByteArrayView(b.model);
        }
    };
    struct alignas(64) Shard
    {
        mutable std::mutex mutex;
        std::unordered_map<Key, std::unique_ptr<Entry>, KeyHash, KeyEqual> entries;
    };
    static constexpr quint32 ShardCount = 64;

    static Probe probeOf(const SubjectRef &subject);
    static quint32 shardOf(size_t hash) { return quint32(hash >> 58) & (ShardCount - 1); }
    Entry *find(Shard &shard, const Probe &probe) const;
    Entry *findOrCreate(Shard &shard, const Probe &probe, quint32 shardIndex);
    void rollBudget(Entry &entry, qint64 nowMs) const;
    qint64 nextReset(const Util::Duration &duration, qint64 nowMs) const;
    void applyBudgetLimits(Entry &entry, const BudgetLimits &limits, qint64 nowMs) const;
    void release(const Reservation &reservation, bool settled, qint64 actualTokens, qint64 actualCost,
                 SettleOutcome *outcome);

    Clock m_clock;
    QTimeZone m_zone;
    mutable std::mutex m_zoneMutex; // reset computations are rare; QTimeZone makes no thread promise
    qint64 m_windowMs;
    std::unique_ptr<std::array<Shard, ShardCount>> m_shards;
};

} // namespace Tollgate::Limits
