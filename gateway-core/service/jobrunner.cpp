// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/service/jobrunner.h"

#include "gateway-core/keys/keyloader.h"
#include "gateway-core/keys/keymanager.h"
#include "gateway-core/service/alerts.h"
#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/generalsettings.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/subscriptionrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimeZone>
#include <QUuid>

#include <map>
#include <vector>

Q_LOGGING_CATEGORY(lcJobs, "tollgate.jobs")

using namespace Qt::StringLiterals;

namespace Tollgate::Service {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
/// A lease outlives a run that hangs by this much; a crashed holder frees it after that.
constexpr qint64 LeaseMs = 10LL * 60 * 1000;

const QString SubscriptionExpiry = u"subscription-expiry"_s;
const QString KeyCleanup = u"key-cleanup"_s;
const QString UsageRetention = u"usage-retention"_s;
const QString KeyExpiryWarning = u"key-expiry-warning"_s;
const QString BudgetReset = u"budget-reset"_s;

/// Ends the budget windows of @p table ("api_keys" or "users") that ended by @p now. The spend
/// becomes what the stored usage records of @p usageColumn say was spent since the window
/// ended (0 unless the job runs late), budget_reset_at moves to the next boundary, and
/// budget_generation goes up: the data plane sees the row change and its limiter adopts the
/// stored spend instead of what it counted. Rows with a duration but no reset instant get one.
/// Returns the ids whose window was reset; @p started counts the windows started.
QStringList resetBudgetWindows(Store::Database &db, const QString &table, const QString &usageColumn,
                               const QTimeZone &zone, qint64 now, int *started)
{
    struct Due
    {
        QString id;
        QString duration;
        QVariant resetAt;
    };
    QList<Due> due;
    QSqlQuery q = db.exec(u"SELECT id, budget_duration, budget_reset_at FROM %1 WHERE budget_reset_at <= ? OR "
                          "(budget_reset_at IS NULL AND budget_duration IS NOT NULL AND budget_duration <> '')"_s
                              .arg(table),
                          {now}, u"find ended budget windows"_s);
    while (q.next())
        due.append({q.value(0).toString(), q.value(1).toString(), q.value(2)});
    QStringList reset;
    for (const Due &row : std::as_const(due)) {
        const std::optional<Util::Duration> duration = Limits::parseBudgetDuration(row.duration);
        const QVariant next = duration ? QVariant(Limits::nextBudgetResetMs(*duration, now, zone)) : QVariant();
        Store::Transaction tx(db);
        if (row.resetAt.isNull()) {
            if (!duration)
                continue;
            *started += db.exec(u"UPDATE %1 SET budget_reset_at = ? WHERE id = ? AND budget_reset_at IS NULL"_s.arg(table),
                                {next, row.id}, u"start budget window"_s)
                            .numRowsAffected();
            tx.commit();
            continue;
        }
        // The row lock (SQLite: the write transaction) keeps a usage flush from landing between
        // the sum and the update: its records are either in the sum or added after.
        if (db.dialect() == Store::Dialect::Postgres)
            db.exec(u"SELECT id FROM %1 WHERE id = ? FOR UPDATE"_s.arg(table), {row.id}, u"lock budget row"_s);
        const qint64 ended = row.resetAt.toLongLong();
        const qint64 windowStart =
            duration ? std::max(ended, Limits::budgetWindowStartMs(*duration, now, zone)) : ended;
        QSqlQuery sum = db.exec(u"SELECT COALESCE(SUM(cost), 0) FROM usage_records WHERE %1 = ? AND at >= ?"_s.arg(usageColumn),
                                {row.id, windowStart}, u"sum spend of the new budget window"_s);
        const qint64 spend = sum.next() ? sum.value(0).toLongLong() : 0;
        const int changed = db.exec(u"UPDATE %1 SET spend = ?, budget_reset_at = ?, budget_generation = "
                                    "budget_generation + 1, updated_at = ? WHERE id = ? AND budget_reset_at = ?"_s
                                        .arg(table),
                                    {spend, next, now, row.id, ended}, u"reset budget window"_s)
                                .numRowsAffected();
        tx.commit();
        if (changed == 1)
            reset << row.id;
    }
    return reset;
}

QJsonObject resetBudgets(Store::Database &db, Keys::KeyCache *cache, const QTimeZone &zone, qint64 now)
{
    int started = 0;
    const QStringList keys = resetBudgetWindows(db, u"api_keys"_s, u"key_id"_s, zone, now, &started);
    // This replica's data plane sees the keys at once; others through the change feed.
    if (cache) {
        Store::KeyRepository repo(db);
        for (const QString &id : keys) {
            if (const std::optional<Store::ApiKey> key = repo.find(id))
                Keys::publish(*key, *cache);
        }
    }
    const QStringList users = resetBudgetWindows(db, u"users"_s, u"user_id"_s, zone, now, &started);
    return {{u"keysReset"_s, int(keys.size())}, {u"usersReset"_s, int(users.size())}, {u"windowsStarted"_s, started}};
}

/// Deletes keys expired longer than expiredKeyCleanupDays and revokes keys unused (never, or
/// not since) for unusedKeyCleanupDays (0: none), through the key manager.
QJsonObject cleanUpKeys(Store::Database &db, Keys::KeyCache *cache, const QString &actor, qint64 now)
{
    const Store::GeneralSettings settings = Store::GeneralSettings::load(db);
    const qint64 days = settings.expiredKeyCleanupDays;
    QSqlQuery q = db.exec(u"SELECT id FROM api_keys WHERE expires_at IS NOT NULL AND expires_at <= ?"_s,
                          {now - days * DayMs}, u"find long-expired keys"_s);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    Keys::KeyManager keys(db, cache);
    const Keys::Actor who{{}, actor, {}, {}};
    if (!ids.isEmpty())
        keys.remove(ids, who);
    QJsonObject counts{{u"deleted"_s, int(ids.size())}, {u"olderThanDays"_s, days}};
    const qint64 unusedDays = settings.unusedKeyCleanupDays;
    counts[u"unusedDays"_s] = unusedDays;
    int revoked = 0;
    if (unusedDays > 0) {
        QSqlQuery unused = db.exec(u"SELECT id FROM api_keys WHERE revoked_at IS NULL AND "
                                   "COALESCE(last_used_at, created_at) < ?"_s,
                                   {now - unusedDays * DayMs}, u"find unused keys"_s);
        QStringList unusedIds;
        while (unused.next())
            unusedIds << unused.value(0).toString();
        for (const QString &id : std::as_const(unusedIds)) {
            try {
                keys.revoke(id, who);
                ++revoked;
            } catch (const Store::Error &e) {
                if (e.code() != Store::Error::Code::NotFound) // deleted meanwhile
                    throw;
            }
        }
    }
    counts[u"revoked"_s] = revoked;
    return counts;
}

/// Deletes raw usage records, audit records and job runs older than their retention settings.
QJsonObject applyRetention(Store::Database &db, qint64 now)
{
    const Store::GeneralSettings settings = Store::GeneralSettings::load(db);
    QJsonObject counts;
    const auto prune = [&](const QString &sql, qint64 days, const QString &deleted, const QString &olderThan) {
        counts[deleted] = db.exec(sql, {now - days * DayMs}, u"apply retention"_s).numRowsAffected();
        counts[olderThan] = days;
    };
    prune(u"DELETE FROM usage_records WHERE at < ?"_s, settings.usageRetentionDays, u"deleted"_s, u"olderThanDays"_s);
    prune(u"DELETE FROM audit_log WHERE at < ?"_s, settings.auditRetentionDays, u"auditDeleted"_s,
          u"auditOlderThanDays"_s);
    prune(u"DELETE FROM job_runs WHERE started_at < ?"_s, settings.jobRunRetentionDays, u"runsDeleted"_s,
          u"runsOlderThanDays"_s);
    return counts;
}

const QString UsageCompaction = u"usage-compaction"_s;

/// usage-compaction: usage_daily (day × user × key × model × deployment) rows of days older than
/// @p days are deleted once the coarser rollups of migration 10 cover them, i.e. when that day's
/// sums in usage_daily_model and in usage_daily_user equal its sums in usage_daily. Days they do
/// not cover (rows written around the flusher) stay and are counted.
QJsonObject compactUsageRollups(Store::Database &db, qint64 days, qint64 now)
{
    const QString cutoff =
        QDateTime::fromMSecsSinceEpoch(now - days * DayMs, QTimeZone::utc()).date().toString(Qt::ISODate);
    const auto daySums = [&](const QString &table) {
        std::map<QString, std::vector<qint64>> sums;
        QSqlQuery q = db.exec(u"SELECT day, CAST(SUM(requests) AS BIGINT), CAST(SUM(errors) AS BIGINT), "
                              "CAST(SUM(prompt_tokens) AS BIGINT), CAST(SUM(completion_tokens) AS BIGINT), "
                              "CAST(SUM(cached_tokens) AS BIGINT), CAST(SUM(cost) AS BIGINT), "
                              "CAST(SUM(latency_ms_sum) AS BIGINT) FROM "_s +
                                  table + u" WHERE day < ? GROUP BY day"_s,
                              {cutoff}, u"sum usage rollups to compact"_s);
        while (q.next()) {
            std::vector<qint64> &v = sums[q.value(0).toString()];
            for (int i = 1; i <= 7; ++i)
                v.push_back(q.value(i).toLongLong());
        }
        return sums;
    };
    const auto fine = daySums(u"usage_daily"_s);
    const auto byModel = daySums(u"usage_daily_model"_s);
    const auto byUser = daySums(u"usage_daily_user"_s);
    qint64 deleted = 0;
    int compacted = 0;
    int uncovered = 0;
    for (const auto &[day, sums] : fine) {
        const auto m = byModel.find(day);
        const auto u = byUser.find(day);
        if (m == byModel.end() || u == byUser.end() || m->second != sums || u->second != sums) {
            ++uncovered;
            continue;
        }
        QSqlQuery q = db.exec(u"DELETE FROM usage_daily WHERE day = ?"_s, {day}, u"compact usage rollups"_s);
        deleted += q.numRowsAffected();
        ++compacted;
    }
    return QJsonObject{{u"deleted"_s, deleted},
                       {u"daysCompacted"_s, compacted},
                       {u"daysUncovered"_s, uncovered},
                       {u"olderThanDays"_s, days}};
}

} // namespace

JobRunner::JobRunner(Store::Database &db, Keys::KeyCache *cache, QString replica, QTimeZone zone)
    : m_db(db)
    , m_cache(cache)
    , m_replica(std::move(replica))
    , m_zone(std::move(zone))
{}

QStringList JobRunner::names()
{
    return {BudgetReset, KeyCleanup, KeyExpiryWarning, SubscriptionExpiry, UsageCompaction, UsageRetention};
}

qint64 JobRunner::intervalSeconds(const QString &job)
{
    if (job == SubscriptionExpiry)
        return 60;
    if (job == BudgetReset)
        return 300;
    if (job == KeyCleanup || job == UsageRetention || job == UsageCompaction)
        return 3600;
    if (job == KeyExpiryWarning)
        return 24 * 3600;
    return 0;
}

QString JobRunner::schedule(const QString &job)
{
    const qint64 seconds = intervalSeconds(job);
    if (seconds == 3600)
        return u"hourly"_s;
    if (seconds == 24 * 3600)
        return u"daily"_s;
    if (seconds == 60)
        return u"every minute"_s;
    if (seconds % 3600 == 0)
        return u"every %1 hours"_s.arg(seconds / 3600);
    if (seconds % 60 == 0)
        return u"every %1 minutes"_s.arg(seconds / 60);
    return u"every %1 seconds"_s.arg(seconds);
}

QString JobRunner::defaultReplica()
{
    return QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

bool takeJobLease(Store::Database &db, const QString &job, const QString &holder, qint64 now, qint64 durationMs)
{
    QSqlQuery q = db.exec(u"UPDATE job_leases SET holder = ?, expires_at = ? "
                          "WHERE job = ? AND (holder = '' OR holder = ? OR expires_at <= ?)"_s,
                          {holder, now + durationMs, job, holder, now}, u"take job lease"_s);
    return q.numRowsAffected() == 1;
}

void releaseJobLease(Store::Database &db, const QString &job, const QString &holder)
{
    db.exec(u"UPDATE job_leases SET holder = '', expires_at = 0 WHERE job = ? AND holder = ?"_s, {job, holder},
            u"release job lease"_s);
}

QJsonObject JobRunner::execute(const QString &job, const QString &actor, qint64 now)
{
    QJsonObject counts;
    if (job == SubscriptionExpiry) {
        Store::SubscriptionRepository subscriptions(m_db);
        counts[u"expired"_s] = subscriptions.expireDue(now, actor);
    } else if (job == KeyCleanup) {
        counts = cleanUpKeys(m_db, m_cache, actor, now);
    } else if (job == KeyExpiryWarning) {
        counts[u"warned"_s] = Alerts::warnExpiringKeys(m_db, now);
    } else if (job == UsageRetention) {
        counts = applyRetention(m_db, now);
    } else if (job == BudgetReset) {
        counts = resetBudgets(m_db, m_cache, m_zone, now);
    } else if (job == UsageCompaction) {
        counts = compactUsageRollups(m_db, Store::GeneralSettings::load(m_db).usageDetailRetentionDays, now);
    }
    return counts;
}

QJsonObject JobRunner::run(const QString &job, const QString &actor)
{
    const qint64 started = m_db.now();
    if (!takeJobLease(m_db, job, m_replica, started, LeaseMs)) {
        QSqlQuery q = m_db.exec(u"SELECT holder FROM job_leases WHERE job = ?"_s, {job}, u"read job lease"_s);
        throw LeaseHeld{q.next() ? q.value(0).toString() : QString()};
    }
    QJsonObject counts;
    QString error;
    try {
        counts = execute(job, actor, started);
    } catch (const Store::Error &e) {
        error = e.message();
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    const qint64 finished = m_db.now();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString details = QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact));
    m_db.exec(u"INSERT INTO job_runs (id, job, started_at, finished_at, ok, details, error, replica) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {id, job, started, finished, error.isEmpty(), details, error.isEmpty() ? QVariant() : QVariant(error),
               m_replica},
              u"record job run"_s);
    releaseJobLease(m_db, job, m_replica);
    return QJsonObject{{u"id"_s, id},
                       {u"job"_s, job},
                       {u"startedAt"_s, started},
                       {u"finishedAt"_s, finished},
                       {u"ok"_s, error.isEmpty()},
                       {u"counts"_s, counts},
                       {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)},
                       {u"replica"_s, m_replica}};
}

QJsonObject JobRunner::describe(const QString &job)
{
    const qint64 now = m_db.now();
    QJsonObject out{{u"name"_s, job},
                    {u"intervalSeconds"_s, intervalSeconds(job)},
                    {u"schedule"_s, schedule(job)},
                    {u"lastRun"_s, QJsonValue()},
                    {u"nextRunAt"_s, now}};
    QSqlQuery q = m_db.exec(u"SELECT id, started_at, finished_at, ok, details, error, replica FROM job_runs "
                            "WHERE job = ? ORDER BY started_at DESC, id DESC LIMIT 1"_s,
                            {job}, u"read last job run"_s);
    if (q.next()) {
        out[u"lastRun"_s] = QJsonObject{
            {u"id"_s, q.value(0).toString()},
            {u"job"_s, job},
            {u"startedAt"_s, q.value(1).toLongLong()},
            {u"finishedAt"_s, q.value(2).toLongLong()},
            {u"ok"_s, q.value(3).toBool()},
            {u"counts"_s, QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()},
            {u"error"_s, q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toString())},
            {u"replica"_s, q.value(6).toString()}};
        // The scheduler checks every minute, so a due job starts within a minute of this.
        out[u"nextRunAt"_s] = std::max(now, q.value(1).toLongLong() + intervalSeconds(job) * 1000);
    }
    QSqlQuery lease = m_db.exec(u"SELECT holder, expires_at FROM job_leases WHERE job = ?"_s, {job},
                                u"read job lease"_s);
    if (lease.next() && !lease.value(0).toString().isEmpty() && lease.value(1).toLongLong() > now)
        out[u"leaseHolder"_s] = lease.value(0).toString();
    return out;
}

void JobRunner::runDue()
{
    const qint64 now = m_db.now();
    for (const QString &job : names()) {
        const QJsonValue last = describe(job).value("lastRun"_L1);
        if (last.isObject() && last[u"startedAt"_s].toInteger() + intervalSeconds(job) * 1000 > now)
            continue;
        try {
            run(job, u"scheduler"_s);
        } catch (const LeaseHeld &) {
        }
    }
}

JobScheduler::JobScheduler(std::shared_ptr<Store::Database> db, Keys::KeyCache *cache,
                           std::function<bool()> ready, int tickMs, QTimeZone zone)
    : m_db(std::move(db))
    , m_cache(cache)
    , m_ready(std::move(ready))
    , m_tickMs(tickMs)
    , m_zone(std::move(zone))
{
    m_thread.setObjectName(u"job-scheduler"_s);
}

JobScheduler::~JobScheduler()
{
    // The timer is deleted on its own thread: a running timer cannot be stopped from another one.
    if (QObject *timer = m_timer)
        QMetaObject::invokeMethod(timer, [timer] { delete timer; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JobScheduler::start()
{
    auto *timer = new QTimer;
    timer->setInterval(m_tickMs);
    timer->moveToThread(&m_thread);
    m_timer = timer;
    QObject::connect(timer, &QTimer::timeout, timer, [this] { tick(); });
    QObject::connect(&m_thread, &QThread::started, timer, [timer] { timer->start(); });
    m_thread.start();
}

void JobScheduler::tick()
{
    if (m_ready && !m_ready())
        return;
    try {
        JobRunner runner(*m_db, m_cache, JobRunner::defaultReplica(), m_zone);
        runner.runDue();
    } catch (const std::exception &e) {
        qCWarning(lcJobs) << "scheduled jobs:" << e.what();
    }
}

} // namespace Tollgate::Service
