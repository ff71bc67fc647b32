// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

namespace Tollgate::Keys {
class KeyCache;
}
namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Service {

/// The scheduled jobs of the server: subscription expiry, key cleanup (keys expired longer than
/// the setting jobs.keyCleanupDays, default 30, deleted through Keys::KeyManager so tombstones and
/// audit records happen) and raw usage retention (usage_records older than the setting
/// jobs.usageRetentionDays, default 90, and job_runs as old; usage_daily rollups stay), and key expiry
/// warnings (daily; see Alerts::warnExpiringKeys()). One replica at a time runs a
/// job: it first takes the job's row in job_leases with one conditional UPDATE (free, expired, or
/// already its own), and each run is recorded in job_runs.
class JobRunner final
{
public:
    /// Thrown by run() when another holder has the job's lease.
    struct LeaseHeld
    {
        QString holder;
    };

    /// @p replica names this process in leases and run records.
    JobRunner(Store::Database &db, Keys::KeyCache *cache, QString replica);

    static QStringList names();
    /// How often the runner starts @p job, in seconds (0 for an unknown job).
    static qint64 intervalSeconds(const QString &job);
    /// This process's replica name: host and process id.
    static QString defaultReplica();

    /// Runs @p job now and returns its run record (also when the job failed: ok false and the
    /// error). Throws LeaseHeld when another replica holds the lease. @p actor names who asked.
    QJsonObject run(const QString &job, const QString &actor);
    /// Each job with its interval and last run (null when never run).
    QJsonObject describe(const QString &job);
    /// Runs every job whose last run is older than its interval; skips those leased elsewhere.
    void runDue();

private:
    bool takeLease(const QString &job, qint64 now);
    void releaseLease(const QString &job);
    QJsonObject execute(const QString &job, const QString &actor, qint64 now);

    Store::Database &m_db;
    Keys::KeyCache *m_cache;
    QString m_replica;
};

/// Runs due jobs (JobRunner::runDue()) on its own thread, every @p tickMs once @p ready says the
/// store is migrated and reachable. Every replica has one; the leases let one of them run a job.
class JobScheduler final
{
public:
    JobScheduler(std::shared_ptr<Store::Database> db, Keys::KeyCache *cache, std::function<bool()> ready,
                 int tickMs = 60'000);
    ~JobScheduler();
    JobScheduler(const JobScheduler &) = delete;
    JobScheduler &operator=(const JobScheduler &) = delete;

    void start();

private:
    void tick();

    std::shared_ptr<Store::Database> m_db;
    Keys::KeyCache *m_cache;
    std::function<bool()> m_ready;
    int m_tickMs;
    QThread m_thread;
    QObject *m_timer = nullptr;
};

} // namespace Tollgate::Service
