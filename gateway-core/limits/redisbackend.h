// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/limits/backend.h"
#include "gateway-core/limits/redisconnection.h"

#include <QHash>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Tollgate::Limits {

class LocalBackend;

/// Timing of the replica heartbeat (tests shorten it).
struct RedisBackendTuning
{
    int heartbeatMs = 1000; ///< also how soon a lost Redis is retried
    int replicaTtlMs = 5000; ///< a replica silent for this long no longer counts (and its leases are reaped)
};

/// Counters shared by every gateway replica through one Redis server. Each Backend call is one
/// Lua script (EVALSHA, EVAL after NOSCRIPT), so checking and reserving on all subjects of a
/// request is atomic across replicas. Semantics match LocalBackend: exact sliding windows (logs
/// of millisecond buckets in sorted sets), parallel slots as leases, token and money
/// reservations replaced by actual usage on settle, calendar-aligned budget resets computed here
/// in the configured zone and passed to the scripts.
///
/// Clock: the scripts never read the server's clock for limits; they get "now" from this back
/// end: the injected clock if any, else this host's clock corrected by the offset to Redis's
/// TIME measured at every heartbeat, so replicas agree on windows even with skewed clocks.
///
/// Replicas announce themselves every heartbeatMs with a lease in a registry set and count the
/// live ones. When Redis cannot be reached, the back end is degraded(): it logs once, serves
/// from an in-process LocalBackend with every limit divided by the last replica count (budgets:
/// the remaining money at the last shared sight, divided), remembers the releases and spend
/// Redis missed, replays them when Redis answers again and goes back to shared counters.
/// Connections: a small pool, one connection per concurrently calling thread.
class RedisBackend final : public Backend
{
public:
    /// Null with @p error for a bad URL; an unreachable server is not an error (the back end
    /// starts degraded and keeps trying).
    static std::unique_ptr<RedisBackend> create(BackendOptions options, QString *error = nullptr,
                                                RedisBackendTuning tuning = {});
    ~RedisBackend() override;
    RedisBackend(const RedisBackend &) = delete;
    RedisBackend &operator=(const RedisBackend &) = delete;

    AdmitOutcome admit(std::span<const Demand> demands, Reservation *reservation) override;
    SettleOutcome settle(const Reservation &reservation, qint64 actualTokens, qint64 actualCost) override;
    void cancel(const Reservation &reservation) override;
    void load(const SubjectRef &subject, const BudgetState &state) override;
    SubjectUsage usage(const SubjectRef &subject) override;
    qint64 sweep() override;
    qint64 now() const override;
    bool degraded() const override { return m_degraded.load(std::memory_order_relaxed); }

    /// Live replicas at the last heartbeat that reached Redis (at least 1).
    int replicaCount() const override { return m_replicas.load(std::memory_order_relaxed); }
    /// Releases and spend waiting for Redis to come back.
    qint64 pendingCount() const;
    /// This replica's id in the registry.
    QByteArray replicaId() const { return m_replicaId; }
    /// Runs one heartbeat now (tests use it instead of waiting).
    bool heartbeatNow();

private:
    struct Pending
    {
        QByteArray ticket;
        int mode = 0; // the Release script's mode
        qint64 tokens = 0;
        qint64 cost = 0;
    };
    class Ticket;

    RedisBackend(BackendOptions options, RedisAddress address, RedisBackendTuning tuning);

    QByteArray subjectKey(const SubjectRef &subject) const;
    SubjectRef localRef(const QByteArray &key) const;
    void fixEvents(std::vector<BudgetEvent> &events) const;
    qint64 nextReset(const Util::Duration &duration, qint64 nowMs) const;
    qint64 nextResetFor(QByteArrayView durationText, qint64 nowMs) const;

    std::unique_ptr<RedisConnection> acquire(QString *error);
    void giveBack(std::unique_ptr<RedisConnection> connection);
    RedisReplyPtr run(RedisConnection *connection, const RedisScript &script, std::span<const QByteArray> keys,
                      std::span<const QByteArray> args, QString *error);
    RedisReplyPtr runPooled(const RedisScript &script, std::span<const QByteArray> keys, std::span<const QByteArray> args,
                            QString *error);
    RedisReplyPtr release(RedisConnection *connection, const Ticket &ticket, int mode, qint64 tokens, qint64 cost,
                          QString *error);

    bool admitShared(std::span<const Demand> demands, Reservation *reservation, AdmitOutcome *outcome);
    AdmitOutcome admitLocal(std::span<const Demand> demands, Reservation *reservation);
    void releaseShared(const Reservation &reservation, int mode, qint64 tokens, qint64 cost, SettleOutcome *outcome);
    void addSpend(const QByteArray &ticket, qint64 cost);
    void queue(Pending pending);
    bool replayPending(RedisConnection &connection);

    void enterDegraded(const QString &reason);
    void leaveDegraded();
    bool beat(std::unique_ptr<RedisConnection> &connection, int ttlMs);
    void heartbeatLoop();

    const RedisAddress m_address;
    const QByteArray m_prefix;
    const QByteArray m_replicasKey;
    const QByteArray m_replicaId;
    const Clock m_clock; // empty: system clock + m_offsetMs
    const QTimeZone m_zone;
    mutable std::mutex m_zoneMutex; // QTimeZone makes no thread promise
    const qint64 m_windowMs;
    const int m_timeoutMs;
    const RedisBackendTuning m_tuning;
    const quint64 m_generation; // tells this instance's cached reset instants from another's
    std::atomic<qint64> m_offsetMs{0};
    std::atomic<quint64> m_leaseCounter{0};

    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<RedisConnection>> m_pool;

    std::atomic<bool> m_degraded{false};
    std::atomic<int> m_replicas{1};
    std::atomic<quint64> m_episode{0};
    std::unique_ptr<LocalBackend> m_fallback;
    mutable std::mutex m_pendingMutex;
    std::vector<Pending> m_pending;        // releases of shared admissions Redis missed
    QHash<QByteArray, qint64> m_lostSpend; // subject key -> spend settled locally, not yet in Redis
    std::mutex m_seedMutex;
    QHash<QByteArray, std::pair<quint64, qint64>> m_seeds; // subject key -> (episode, spend when degraded)

    std::mutex m_stopMutex;
    std::condition_variable m_stopCv;
    bool m_stopping = false;
    std::mutex m_beatMutex; // one heartbeat at a time (thread and heartbeatNow())
    std::unique_ptr<RedisConnection> m_beatConnection;
    std::thread m_heartbeat;
};

} // namespace Tollgate::Limits
