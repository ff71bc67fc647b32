// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/jobs on the real tollgate-server, SQLite and PostgreSQL, over HTTP: each scheduled job
// run now against rows the test put in the store (an expired subscription, long-expired keys, old
// usage records), the list showing the runs, a lease held by another replica (409), an unknown job
// (404) and adminReadonly refused.
#include "gateway-core/service/jobrunner.h"
#include "gateway-core/store/database.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/postgres.h"
#include "tests/support/process.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDebug>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"admin-password-1"_s;

QJsonObject object(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJobs final : public QObject
{
    Q_OBJECT

public:
    explicit TestJobs(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres;
    PostgresServer m_pg;
    QTemporaryDir m_dir;
    Process m_server;
    QString m_databaseUrl;
    QString m_rootId;
    QByteArray m_admin;

    RawResponse call(QByteArrayView method, const QByteArray &path, const QByteArray &token,
                     const QJsonObject &body = {})
    {
        RawHeaders headers{{"content-type", "application/json"}};
        if (!token.isEmpty())
            headers.append({"authorization", "Bearer " + token});
        const QByteArray payload = method == "GET" || method == "DELETE" ? QByteArray() : json(body);
        return rawRequest(m_server.host(), m_server.port(), method, path, payload, headers);
    }

    QByteArray token(const QString &username, const QString &password)
    {
        const RawResponse r =
            call("POST", "/api/v1/auth/login", {}, {{u"username"_s, username}, {u"password"_s, password}});
        return object(r).value("accessToken"_L1).toString().toLatin1();
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        Store::Database db(m_databaseUrl);
        QSqlQuery q = db.exec(sql, values);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        Store::Database db(m_databaseUrl);
        db.exec(sql, values);
    }

    QJsonObject runJob(const QByteArray &name, int expectedStatus = 200)
    {
        const RawResponse r = call("POST", "/api/v1/jobs/" + name + "/run", m_admin);
        if (r.status != expectedStatus)
            qWarning() << r.status << r.body;
        return r.status == expectedStatus ? object(r) : QJsonObject{{u"unexpectedStatus"_s, r.status}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (m_postgres) {
            QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
            m_databaseUrl = m_pg.createDatabase();
            QVERIFY2(!m_databaseUrl.isEmpty(), qPrintable(m_pg.errorString()));
        } else {
            m_databaseUrl = u"sqlite://"_s + m_dir.filePath(u"tollgate.db"_s);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TOLLGATE_BOOTSTRAP_ADMIN"_s, u"root:"_s + AdminPassword);
        env.remove(u"TOLLGATE_MASTER_KEY"_s);
        const QString dataDir = m_dir.filePath(u"data"_s);
        QDir().mkpath(dataDir);
        QVERIFY2(m_server.start(binaryPath(u"tollgate-server"_s),
                                {u"--data-dir"_s, dataDir, u"--database"_s, m_databaseUrl, u"--listen"_s, u"127.0.0.1:0"_s, u"--log-level"_s, u"warning"_s,
                                 u"--workers"_s, u"2"_s},
                                env),
                 qPrintable(m_server.errorString()));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000 &&
               rawRequest(m_server.host(), m_server.port(), "GET", "/health/readiness").status != 200)
            QTest::qWait(20);
        m_admin = token(u"root"_s, AdminPassword);
        QVERIFY2(!m_admin.isEmpty(), m_server.standardError().constData());

        Store::Database db(m_databaseUrl);
        QSqlQuery q = db.exec(u"SELECT id FROM users WHERE username = 'root'"_s);
        QVERIFY(q.next());
        m_rootId = q.value(0).toString();
    }

    void listsJobsBeforeAnyRun()
    {
        const RawResponse r = call("GET", "/api/v1/jobs", m_admin);
        QCOMPARE(r.status, 200);
        const QJsonArray items = object(r).value("items"_L1).toArray();
        QCOMPARE(items.size(), 4);
        QStringList names;
        for (const QJsonValue &item : items) {
            names << item[u"name"_s].toString();
            QVERIFY(item[u"intervalSeconds"_s].toInteger() > 0);
            QVERIFY(item[u"lastRun"_s].isNull());
        }
        QCOMPARE(names, (QStringList{u"key-cleanup"_s, u"key-expiry-warning"_s, u"subscription-expiry"_s,
                                       u"usage-retention"_s}));
    }

    void subscriptionExpiry()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exec(u"INSERT INTO models (id, display_name, created_at, updated_at) VALUES ('jobs-model', 'Jobs', ?, ?)"_s,
             {now, now});
        exec(u"INSERT INTO subscriptions (id, user_id, model_id, status, expires_at, created_at, updated_at) "
             "VALUES ('sub-old', ?, 'jobs-model', 'active', ?, ?, ?)"_s,
             {m_rootId, now - 60'000, now, now});
        const QJsonObject run = runJob("subscription-expiry");
        QCOMPARE(run.value("ok"_L1).toBool(), true);
        QCOMPARE(run.value("job"_L1).toString(), u"subscription-expiry"_s);
        QCOMPARE(run.value("counts"_L1)[u"expired"_s].toInt(), 1);
        Store::Database db(m_databaseUrl);
        QSqlQuery q = db.exec(u"SELECT status FROM subscriptions WHERE id = 'sub-old'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"expired"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM job_runs WHERE job = 'subscription-expiry' AND id = ?"_s,
                        {run.value("id"_L1).toString()}),
                 1);
        // Nothing left to expire: a second run counts none.
        QCOMPARE(runJob("subscription-expiry").value("counts"_L1)[u"expired"_s].toInt(), 0);
    }

    void keyCleanup()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24LL * 3600 * 1000;
        const auto insertKey = [&](const QString &id, qint64 expiresAt) {
            exec(u"INSERT INTO api_keys (id, user_id, secret_hash, display_prefix, expires_at, created_at, updated_at) "
                 "VALUES (?, ?, ?, 'sk-x', ?, ?, ?)"_s,
                 {id, m_rootId, u"hash-"_s + id, expiresAt, now - 60 * day, now - 60 * day});
        };
        insertKey(u"key-long-expired"_s, now - 31 * day); // past the default 30 days
        insertKey(u"key-just-expired"_s, now - 2 * day);  // expired, but kept for now
        const QJsonObject run = runJob("key-cleanup");
        QCOMPARE(run.value("ok"_L1).toBool(), true);
        QCOMPARE(run.value("counts"_L1)[u"deleted"_s].toInt(), 1);
        QCOMPARE(run.value("counts"_L1)[u"olderThanDays"_s].toInt(), 30);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM api_keys WHERE id = 'key-long-expired'"_s), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM api_keys WHERE id = 'key-just-expired'"_s), 1);
        // Deleted through the key manager: a tombstone for other replicas and an audit record.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM api_key_tombstones WHERE id = 'key-long-expired'"_s), 1);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM audit_log WHERE target_id = 'key-long-expired'"_s) >= 1);
        // The setting shortens the period: now the two-day-old key goes too.
        exec(u"INSERT INTO settings (setting_key, value, updated_at) VALUES ('jobs.keyCleanupDays', '1', ?)"_s, {now});
        QCOMPARE(runJob("key-cleanup").value("counts"_L1)[u"deleted"_s].toInt(), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM api_keys WHERE id = 'key-just-expired'"_s), 0);
    }

    void usageRetention()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24LL * 3600 * 1000;
        const auto insertUsage = [&](const QString &id, qint64 at) {
            exec(u"INSERT INTO usage_records (request_id, at, status) VALUES (?, ?, 200)"_s, {id, at});
        };
        insertUsage(u"old-1"_s, now - 100 * day);
        insertUsage(u"old-2"_s, now - 91 * day);
        insertUsage(u"recent"_s, now - 5 * day);
        exec(u"INSERT INTO usage_daily (day, user_id, key_id, model_id, deployment_id, requests) "
             "VALUES ('2020-01-01', '', '', '', '', 2)"_s);
        exec(u"INSERT INTO job_runs (id, job, started_at, finished_at, ok, replica) "
             "VALUES ('ancient-run', 'key-cleanup', ?, ?, TRUE, 'gone')"_s,
             {now - 100 * day, now - 100 * day});
        const QJsonObject run = runJob("usage-retention");
        QCOMPARE(run.value("ok"_L1).toBool(), true);
        QCOMPARE(run.value("counts"_L1)[u"deleted"_s].toInt(), 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_records"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_records WHERE request_id = 'recent'"_s), 1);
        QCOMPARE(scalar(u"SELECT requests FROM usage_daily WHERE day = '2020-01-01'"_s), 2);
        QCOMPARE(run.value("counts"_L1)[u"runsDeleted"_s].toInt(), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM job_runs WHERE id = 'ancient-run'"_s), 0);
    }

    /// What it warns about is tested in tst_alerts; here it is one more job in the run log.
    void keyExpiryWarning()
    {
        const QJsonObject run = runJob("key-expiry-warning");
        QCOMPARE(run.value("ok"_L1).toBool(), true);
        QCOMPARE(run.value("counts"_L1)[u"warned"_s].toInt(), 0);
    }

    void listShowsRunsAndAuditHasThem()
    {
        const RawResponse r = call("GET", "/api/v1/jobs", m_admin);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &item : object(r).value("items"_L1).toArray()) {
            const QJsonObject last = item[u"lastRun"_s].toObject();
            QVERIFY2(!last.isEmpty(), qPrintable(item[u"name"_s].toString()));
            QCOMPARE(last.value("ok"_L1).toBool(), true);
            QVERIFY(last.value("finishedAt"_L1).toInteger() >= last.value("startedAt"_L1).toInteger());
            QVERIFY(last.value("counts"_L1).isObject());
            QVERIFY(!last.value("replica"_L1).toString().isEmpty());
        }
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'job.run'"_s),
                 scalar(u"SELECT COUNT(*) FROM job_runs"_s));
    }

    void leaseHeldElsewhereGives409()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 runs = scalar(u"SELECT COUNT(*) FROM job_runs"_s);
        exec(u"UPDATE job_leases SET holder = 'other-replica', expires_at = ? WHERE job = 'usage-retention'"_s,
             {now + 600'000});
        const RawResponse r = call("POST", "/api/v1/jobs/usage-retention/run", m_admin);
        QCOMPARE(r.status, 409);
        QVERIFY(object(r).value("error"_L1).toObject().value("message"_L1).toString().contains(u"other-replica"_s)
                || QString::fromUtf8(r.body).contains(u"other-replica"_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM job_runs"_s), runs);
        // An expired lease is free again.
        exec(u"UPDATE job_leases SET expires_at = ? WHERE job = 'usage-retention'"_s, {now - 1});
        QCOMPARE(runJob("usage-retention").value("ok"_L1).toBool(), true);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM job_leases WHERE job = 'usage-retention' AND holder = ''"_s), 1);
    }

    /// The scheduler thread (every server has one) runs what is due and skips a job leased elsewhere.
    void schedulerRunsDueJobs()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString replica = Service::JobRunner::defaultReplica(); // this test process
        // Every job ran a moment ago through the server; pretend that was two days ago.
        exec(u"UPDATE job_runs SET started_at = started_at - ?, finished_at = finished_at - ?"_s,
             {2 * 86'400'000LL, 2 * 86'400'000LL});
        exec(u"UPDATE job_leases SET holder = 'other-replica', expires_at = ? WHERE job = 'key-cleanup'"_s,
             {now + 600'000});
        {
            Service::JobScheduler scheduler(std::make_shared<Store::Database>(m_databaseUrl), nullptr,
                                            [] { return true; }, 50);
            scheduler.start();
            QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM job_runs WHERE replica = ?"_s, {replica}), 3,
                                      10'000);
            QTest::qWait(300); // several more ticks: nothing is due any more
        }
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM job_runs WHERE replica = ?"_s, {replica}), 3);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM job_runs WHERE replica = ? AND job = 'key-cleanup'"_s, {replica}), 0);
        exec(u"UPDATE job_leases SET holder = '', expires_at = 0 WHERE job = 'key-cleanup'"_s);
    }

    void unknownJobAndReadonly()
    {
        QCOMPARE(call("POST", "/api/v1/jobs/no-such-job/run", m_admin).status, 404);
        QCOMPARE(call("POST", "/api/v1/users", m_admin,
                      {{u"username"_s, u"watcher"_s},
                       {u"password"_s, u"user-password-1"_s},
                       {u"roles"_s, QJsonArray{u"user"_s, u"adminReadonly"_s}}})
                     .status,
                 201);
        const QByteArray watcher = token(u"watcher"_s, u"user-password-1"_s);
        QVERIFY(!watcher.isEmpty());
        QCOMPARE(call("GET", "/api/v1/jobs", watcher).status, 200);
        const qint64 runs = scalar(u"SELECT COUNT(*) FROM job_runs"_s);
        QCOMPARE(call("POST", "/api/v1/jobs/usage-retention/run", watcher).status, 403);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM job_runs"_s), runs);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestJobs sqlite(false);
        sqlite.setObjectName(u"TestJobs(sqlite)"_s);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        TestJobs postgres(true);
        postgres.setObjectName(u"TestJobs(postgres)"_s);
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

#include "tst_jobs.moc"
