// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/service/jobrunner.h"

#include "gateway-core/keys/keymanager.h"
#include "gateway-core/service/alerts.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/store/subscriptionrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

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

} // namespace

JobRunner::JobRunner(Store::Database &db, Keys::KeyCache *cache, QString replica)
    : m_db(db)
    , m_cache(cache)
    , m_replica(std::move(replica))
{}

QStringList JobRunner::names()
{
    return {KeyCleanup, KeyExpiryWarning, SubscriptionExpiry, UsageRetention};
}

qint64 JobRunner::intervalSeconds(const QString &job)
{
    if (job == SubscriptionExpiry)
        return 60;
    if (job == KeyCleanup || job == UsageRetention)
        return 3600;
    if (job == KeyExpiryWarning)
        return 24 * 3600;
    return 0;
}

QString JobRunner::defaultReplica()
{
    return QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

bool JobRunner::takeLease(const QString &job, qint64 now)
{
    // One statement decides: the lease is free, expired, or already ours. SQLite and PostgreSQL
    // both serialise concurrent UPDATEs of the row, so exactly one replica sees a changed row.
    QSqlQuery q = m_db.exec(u"UPDATE job_leases SET holder = ?, expires_at = ? "
                            "WHERE job = ? AND (holder = '' OR holder = ? OR expires_at <= ?)"_s,
                            {m_replica, now + LeaseMs, job, m_replica, now}, u"take job lease"_s);
    return q.numRowsAffected() == 1;
}

void JobRunner::releaseLease(const QString &job)
{
    m_db.exec(u"UPDATE job_leases SET holder = '', expires_at = 0 WHERE job = ? AND holder = ?"_s,
              {job, m_replica}, u"release job lease"_s);
}

QJsonObject JobRunner::execute(const QString &job, const QString &actor, qint64 now)
{
    QJsonObject counts;
    Store::SettingsRepository settings(m_db);
    if (job == SubscriptionExpiry) {
        Store::SubscriptionRepository subscriptions(m_db);
        counts[u"expired"_s] = subscriptions.expireDue(now, actor);
    } else if (job == KeyCleanup) {
        const qint64 days = settings.value(u"jobs.keyCleanupDays"_s, 30).toInteger(30);
        QSqlQuery q = m_db.exec(u"SELECT id FROM api_keys WHERE expires_at IS NOT NULL AND expires_at <= ?"_s,
                                {now - days * DayMs}, u"find long-expired keys"_s);
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        if (!ids.isEmpty()) {
            Keys::KeyManager keys(m_db, m_cache);
            keys.remove(ids, Keys::Actor{{}, actor, {}, {}});
        }
        counts[u"deleted"_s] = int(ids.size());
        counts[u"olderThanDays"_s] = days;
    } else if (job == KeyExpiryWarning) {
        counts[u"warned"_s] = Alerts::warnExpiringKeys(m_db, now);
    } else if (job == UsageRetention) {
        const qint64 days = settings.value(u"jobs.usageRetentionDays"_s, 90).toInteger(90);
        QSqlQuery q = m_db.exec(u"DELETE FROM usage_records WHERE at < ?"_s, {now - days * DayMs},
                                u"delete old usage records"_s);
        counts[u"deleted"_s] = q.numRowsAffected();
        counts[u"olderThanDays"_s] = days;
        // The run log itself (a row a minute for subscription-expiry) is kept as long.
        QSqlQuery runs = m_db.exec(u"DELETE FROM job_runs WHERE started_at < ?"_s, {now - days * DayMs},
                                   u"delete old job runs"_s);
        counts[u"runsDeleted"_s] = runs.numRowsAffected();
    }
    return counts;
}

QJsonObject JobRunner::run(const QString &job, const QString &actor)
{
    const qint64 started = m_db.now();
    if (!takeLease(job, started)) {
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
    releaseLease(job);
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
    QJsonObject out{{u"name"_s, job}, {u"intervalSeconds"_s, intervalSeconds(job)}, {u"lastRun"_s, QJsonValue()}};
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
    }
    QSqlQuery lease = m_db.exec(u"SELECT holder, expires_at FROM job_leases WHERE job = ?"_s, {job},
                                u"read job lease"_s);
    if (lease.next() && !lease.value(0).toString().isEmpty() && lease.value(1).toLongLong() > m_db.now())
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
                           std::function<bool()> ready, int tickMs)
    : m_db(std::move(db))
    , m_cache(cache)
    , m_ready(std::move(ready))
    , m_tickMs(tickMs)
{
    m_thread.setObjectName(u"job-scheduler"_s);
}

JobScheduler::~JobScheduler()
{
    m_thread.quit();
    m_thread.wait();
    delete m_timer;
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
        JobRunner runner(*m_db, m_cache, JobRunner::defaultReplica());
        runner.runDue();
    } catch (const std::exception &e) {
        qCWarning(lcJobs) << "scheduled jobs:" << e.what();
    }
}

} // namespace Tollgate::Service
