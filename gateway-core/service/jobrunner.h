// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Tollgate::Keys {
class KeyCache;
}
namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Service {

/// Takes the row of @p job in job_leases for @p holder until @p now + @p durationMs when it is
/// free, expired, or already @p holder's; false when another holder has it. One statement
/// decides (SQLite and PostgreSQL serialise concurrent UPDATEs of the row), so exactly one of
/// several replicas gets it. Used by the job runner and the alert sender.
bool takeJobLease(Store::Database &db, const QString &job, const QString &holder, qint64 now, qint64 durationMs);
/// Frees the row of @p job when @p holder has it.
void releaseJobLease(Store::Database &db, const QString &job, const QString &holder);

/// The scheduled jobs of the server: subscription expiry; budget reset (keys and users whose
/// budget window ended get the spend of the new window and a new budget_generation, which the
/// data plane's limiter adopts); key cleanup (keys expired longer than the general setting
/// expiredKeyCleanupDays deleted, keys unused for unusedKeyCleanupDays revoked, both through
/// Keys::KeyManager so tombstones, caches and audit records follow); retention (raw usage
/// records, audit records and job runs older than usageRetentionDays, auditRetentionDays and
/// jobRunRetentionDays; usage_daily rollups stay); usage compaction (usage_daily rows older than
/// usageDetailRetentionDays deleted once the coarser usage_daily_model / usage_daily_user rows
/// cover them); and key expiry warnings (daily; see
/// Alerts::warnExpiringKeys()). The settings are Store::GeneralSettings. One
/// replica at a time runs a job: it first takes the job's row in job_leases with one conditional
/// UPDATE (free, expired, or already its own), and each run is recorded in job_runs.
class JobRunner final
{
public:
    /// Thrown by run() when another holder has the job's lease.
    struct LeaseHeld
    {
        QString holder;
    };

    /// @p replica names this process in leases and run records; @p zone aligns budget windows.
    JobRunner(Store::Database &db, Keys::KeyCache *cache, QString replica, QTimeZone zone = QTimeZone::utc());

    static QStringList names();
    /// How often the runner starts @p job, in seconds (0 for an unknown job).
    static qint64 intervalSeconds(const QString &job);
    /// The interval in words ("every minute", "every 5 minutes", "hourly").
    static QString schedule(const QString &job);
    /// This process's replica name: host and process id.
    static QString defaultReplica();

    /// Runs @p job now and returns its run record (also when the job failed: ok false and the
    /// error). Throws LeaseHeld when another replica holds the lease. @p actor names who asked.
    QJsonObject run(const QString &job, const QString &actor);
    /// Each job with its interval, schedule, last run (null when never run) and when the
    /// scheduler starts it next (nextRunAt; now when it is due).
    QJsonObject describe(const QString &job);
    /// Runs every job whose last run is older than its interval; skips those leased elsewhere.
    void runDue();

private:
    QJsonObject execute(const QString &job, const QString &actor, qint64 now);

    Store::Database &m_db;
    Keys::KeyCache *m_cache;
    QString m_replica;
    QTimeZone m_zone;
};

/// Runs due jobs (JobRunner::runDue()) on its own thread, every @p tickMs once @p ready says the
/// store is migrated and reachable. Every replica has one; the leases let one of them run a job.
class JobScheduler final
{
public:
    JobScheduler(std::shared_ptr<Store::Database> db, Keys::KeyCache *cache, std::function<bool()> ready,
                 int tickMs = 60'000, QTimeZone zone = QTimeZone::utc());
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
    QTimeZone m_zone;
    QThread m_thread;
    QObject *m_timer = nullptr;
};

} // namespace Tollgate::Service
