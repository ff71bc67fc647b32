// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/jobs on the real tollgate-server, SQLite and PostgreSQL, over HTTP: each scheduled job
// run now against rows the test put in the store (an expired subscription, long-expired and
// unused keys, old usage and audit records), the list showing the runs, a lease held by another
// replica (409), an unknown job (404) and adminReadonly refused. Budget windows end for a key and
// a user that spent their budget through /v1/chat/completions on the mock LLM, and the running
// gateway serves them again after the budget-reset job (in-process counters on SQLite, Redis on
// PostgreSQL). The general settings for new users and retention have their effect.
#include "gateway-core/service/jobrunner.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "tests/support/apiserver.h"
#include "tests/support/redis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray MasterKey = "jobs-test-master-key-0123456789";
const qint64 DayMs = 24LL * 3600 * 1000;

} // namespace

class TestJobs final : public QObject
{
    Q_OBJECT

public:
    explicit TestJobs(Backend backend)
        : m_backend(backend)
        , m_server({.masterKey = QString::fromLatin1(MasterKey), .logLevel = u"warning"_s})
    {}

private:
    Backend m_backend;
    RedisServer m_redis;
    MockLlmProcess m_mock;
    ApiServer m_server;
    QString m_rootId;
    QString m_budgetKeyId;
    QString m_budgetKeySecret;

    void exec(const QString &sql, const QVariantList &values = {})
    {
        Store::Database db(m_server.databaseUrl());
        db.exec(sql, values);
    }

    RawResponse chat(const QString &secret)
    {
        const QJsonObject body{
            {u"model"_s, u"jobs-chat"_s},
            {u"max_tokens"_s, 8},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"hello there"_s}}}}};
        return m_server.request(
            "POST", "/v1/chat/completions", json(body),
            {{"authorization", "Bearer " + secret.toUtf8()}, {"content-type", "application/json"}});
    }

    /// Creates a user through the API with @p fields, subscribed to jobs-chat; returns its id.
    QString createUser(const QString &username, const QJsonObject &fields = {})
    {
        QJsonObject body = fields;
        body.insert(u"username"_s, username);
        body.insert(u"password"_s, UserPassword);
        const RawResponse r = m_server.call("POST", "/api/v1/users", m_server.admin(), body);
        if (r.status != 201)
            qWarning() << r.status << r.body;
        const QString id = object(r).value("id"_L1).toString();
        if (!id.isEmpty()) {
            Store::Database db(m_server.databaseUrl());
            Store::SubscriptionRepository(db).create(id, u"jobs-chat"_s, Store::SubscriptionStatus::Active, u"test"_s);
        }
        return id;
    }

    /// A key of the signed-in @p token's user; fills @p id and returns the secret.
    QString createKey(const QByteArray &token, const QJsonObject &fields, QString *id)
    {
        const RawResponse r = m_server.call("POST", "/api/v1/keys", token, fields);
        if (r.status != 201)
            qWarning() << r.status << r.body;
        *id = object(r).value("id"_L1).toString();
        return object(r).value("secret"_L1).toString();
    }

    /// Changes general settings through PATCH /api/v1/settings (reading the version first).
    QJsonObject patchSettings(const QJsonObject &changes)
    {
        const QJsonObject current = object(m_server.call("GET", "/api/v1/settings", m_server.admin()));
        QJsonObject body = changes;
        body.insert(u"version"_s, current.value("version"_L1));
        const RawResponse r = m_server.call("PATCH", "/api/v1/settings", m_server.admin(), body);
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return object(r);
    }

    /// Waits until the gateway serves @p secret (it learns of new keys and subscriptions within
    /// about a second); @p last gets the last answer.
    bool waitServed(const QString &secret, RawResponse *last)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10'000) {
            *last = chat(secret);
            if (last->status == 200)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    /// Sends chats with @p secret until one is refused; returns how many went through (-1 if
    /// none was refused within 20).
    int spendUntilRefused(const QString &secret, RawResponse *refusal)
    {
        for (int i = 0; i < 20; ++i) {
            const RawResponse r = chat(secret);
            if (r.status != 200) {
                *refusal = r;
                return i;
            }
        }
        return -1;
    }

    /// Waits until the usage journal has moved @p requests successful records of @p column = @p id
    /// into the store, so their spend is there.
    bool waitForFlush(const QString &column, const QString &id, int requests)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000) {
            if (m_server.scalar(u"SELECT COUNT(*) FROM usage_records WHERE status = 200 AND "_s + column +
                                    u" = ?"_s,
                                {id}) >= requests)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    /// Waits until the usage journal holds nothing the store has not got (its lag gauge is 0):
    /// then no flush can write usage of requests answered before.
    bool waitForJournalDrained()
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000) {
            if (m_server.request("GET", "/metrics").body.contains("\ntollgate_journal_lag_bytes 0\n"))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    QJsonObject runJob(const QByteArray &name, int expectedStatus = 200)
    {
        const RawResponse r = m_server.call("POST", "/api/v1/jobs/" + name + "/run", m_server.admin());
        if (r.status != expectedStatus)
            qWarning() << r.status << r.body;
        return r.status == expectedStatus ? object(r) : QJsonObject{{u"unexpectedStatus"_s, r.status}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_mock.start({u"--models"_s, u"*"_s}), qPrintable(m_mock.errorString()));
        if (m_backend == Backend::Postgres) {
            // The limits live in Redis here: a budget reset must reach the shared counters.
            QVERIFY2(m_redis.start(), qPrintable(m_redis.errorString()));
            m_server.options().extraArguments << u"--redis"_s << m_redis.url();
        }
        // A token costs 0.001 either way: a chat costs a few hundredths.
        m_server.options().config = QJsonObject{
            {u"models"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, u"jobs-chat"_s},
                 {u"capabilities"_s, QJsonArray{u"chat"_s}},
                 {u"prices"_s, QJsonObject{{u"input"_s, u"1000"_s}, {u"output"_s, u"1000"_s}}},
                 {u"deployments"_s, QJsonArray{QJsonObject{{u"base_url"_s, m_mock.apiBase()}}}}}}}};
        QString error;
        QVERIFY2(m_server.start(m_backend, &error), qPrintable(error));

        Store::Database db(m_server.databaseUrl());
        QSqlQuery q = db.exec(u"SELECT id FROM users WHERE username = 'root'"_s);
        QVERIFY(q.next());
        m_rootId = q.value(0).toString();
    }

    void listsJobsBeforeAnyRun()
    {
        const RawResponse r = m_server.call("GET", "/api/v1/jobs", m_server.admin());
        QCOMPARE(r.status, 200);
        const QJsonArray items = object(r).value("items"_L1).toArray();
        QCOMPARE(items.size(), 6);
        QStringList names;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QJsonValue &item : items) {
            names << item[u"name"_s].toString();
            QVERIFY(item[u"intervalSeconds"_s].toInteger() > 0);
            QVERIFY(item[u"lastRun"_s].isNull());
            // Never run: due now.
            QVERIFY(qAbs(item[u"nextRunAt"_s].toInteger() - now) < 60'000);
        }
        QCOMPARE(names, (QStringList{u"budget-reset"_s, u"key-cleanup"_s, u"key-expiry-warning"_s,
                                       u"subscription-expiry"_s, u"usage-compaction"_s, u"usage-retention"_s}));
        QCOMPARE(items[0][u"schedule"_s].toString(), u"every 5 minutes"_s);
        QCOMPARE(items[1][u"schedule"_s].toString(), u"hourly"_s);
        QCOMPARE(items[2][u"schedule"_s].toString(), u"daily"_s);
        QCOMPARE(items[3][u"schedule"_s].toString(), u"every minute"_s);
        QCOMPARE(items[4][u"schedule"_s].toString(), u"hourly"_s);
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
        Store::Database db(m_server.databaseUrl());
        QSqlQuery q = db.exec(u"SELECT status FROM subscriptions WHERE id = 'sub-old'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"expired"_s);
        QCOMPARE(
            m_server.scalar(u"SELECT COUNT(*) FROM job_runs WHERE job = 'subscription-expiry' AND id = ?"_s,
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
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM api_keys WHERE id = 'key-long-expired'"_s), 0);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM api_keys WHERE id = 'key-just-expired'"_s), 1);
        // Deleted through the key manager: a tombstone for other replicas and an audit record.
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM api_key_tombstones WHERE id = 'key-long-expired'"_s),
                 1);
        QVERIFY(m_server.scalar(u"SELECT COUNT(*) FROM audit_log WHERE target_id = 'key-long-expired'"_s) >=
                1);
        // The setting shortens the period: now the two-day-old key goes too.
        QCOMPARE(patchSettings({{u"expiredKeyCleanupDays"_s, 1}}).value("expiredKeyCleanupDays"_L1).toInt(), 1);
        const QJsonObject second = runJob("key-cleanup").value("counts"_L1).toObject();
        QCOMPARE(second.value("deleted"_L1).toInt(), 1);
        QCOMPARE(second.value("olderThanDays"_L1).toInt(), 1);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM api_keys WHERE id = 'key-just-expired'"_s), 0);
        // Unused-key cleanup is off by default.
        QCOMPARE(second.value("revoked"_L1).toInt(), 0);
        QCOMPARE(second.value("unusedDays"_L1).toInt(), 0);
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
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM usage_records"_s), 1);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM usage_records WHERE request_id = 'recent'"_s), 1);
        QCOMPARE(m_server.scalar(u"SELECT requests FROM usage_daily WHERE day = '2020-01-01'"_s), 2);
        QCOMPARE(run.value("counts"_L1)[u"runsDeleted"_s].toInt(), 1);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM job_runs WHERE id = 'ancient-run'"_s), 0);
        QCOMPARE(run.value("counts"_L1)[u"olderThanDays"_s].toInt(), 90);
        QCOMPARE(run.value("counts"_L1)[u"auditOlderThanDays"_s].toInt(), 365);
        QCOMPARE(run.value("counts"_L1)[u"runsOlderThanDays"_s].toInt(), 90);
        // usage-compaction leaves that day: no coarser rollup covers it (tst_usage tests the rest).
        const QJsonObject compaction = runJob("usage-compaction");
        QCOMPARE(compaction.value("ok"_L1).toBool(), true);
        QCOMPARE(compaction.value("counts"_L1)[u"daysUncovered"_s].toInt(), 1);
        QCOMPARE(m_server.scalar(u"SELECT requests FROM usage_daily WHERE day = '2020-01-01'"_s), 2);
    }

    /// usageRetentionDays, auditRetentionDays and jobRunRetentionDays decide what goes.
    void retentionFollowsTheSettings()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exec(u"INSERT INTO audit_log (at, actor_name, action, target_type, target_id) "
             "VALUES (?, 'test', 'test.old', 'test', 'audit-400'), (?, 'test', 'test.old', 'test', 'audit-40')"_s,
             {now - 400 * DayMs, now - 40 * DayMs});
        exec(u"INSERT INTO job_runs (id, job, started_at, finished_at, ok, replica) "
             "VALUES ('run-40', 'key-cleanup', ?, ?, TRUE, 'gone')"_s,
             {now - 40 * DayMs, now - 40 * DayMs});
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM usage_records WHERE request_id = 'recent'"_s),
                 1); // 5 days old
        // The defaults: the 400-day-old audit record goes, the 40-day-old ones stay.
        QJsonObject counts = runJob("usage-retention").value("counts"_L1).toObject();
        QCOMPARE(counts.value("auditDeleted"_L1).toInt(), 1);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM audit_log WHERE target_id = 'audit-400'"_s), 0);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM audit_log WHERE target_id = 'audit-40'"_s), 1);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM job_runs WHERE id = 'run-40'"_s), 1);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM usage_records WHERE request_id = 'recent'"_s), 1);
        // Shorter periods.
        patchSettings({{u"usageRetentionDays"_s, 3}, {u"auditRetentionDays"_s, 30}, {u"jobRunRetentionDays"_s, 30}});
        counts = runJob("usage-retention").value("counts"_L1).toObject();
        QCOMPARE(counts.value("olderThanDays"_L1).toInt(), 3);
        QCOMPARE(counts.value("deleted"_L1).toInt(), 1);
        QCOMPARE(counts.value("auditOlderThanDays"_L1).toInt(), 30);
        QCOMPARE(counts.value("auditDeleted"_L1).toInt(), 1);
        QCOMPARE(counts.value("runsOlderThanDays"_L1).toInt(), 30);
        QCOMPARE(counts.value("runsDeleted"_L1).toInt(), 1);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM usage_records WHERE request_id = 'recent'"_s), 0);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM audit_log WHERE target_id = 'audit-40'"_s), 0);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM job_runs WHERE id = 'run-40'"_s), 0);
        // Recent audit records (the settings change itself) stay.
        QVERIFY(m_server.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settings.update'"_s) >= 1);
        patchSettings({{u"usageRetentionDays"_s, 90}, {u"auditRetentionDays"_s, 365}, {u"jobRunRetentionDays"_s, 90}});
    }

    /// A key spends its budget through the gateway and is refused; the window ends in the store;
    /// the running gateway keeps refusing until the budget-reset job has run, then serves it.
    void keyBudgetResetReachesTheGateway()
    {
        // The server's own scheduler runs every due job once a minute, and a job never run is due:
        // run it now, so the scheduler leaves it alone for its five-minute interval and only this
        // test's runs below reset the windows it ends.
        QCOMPARE(runJob("budget-reset").value("ok"_L1).toBool(), true);
        const QString owner = createUser(u"key-spender"_s);
        QVERIFY(!owner.isEmpty());
        const QByteArray spender = m_server.token(u"key-spender"_s, UserPassword);
        QString keyId;
        const QString secret =
            createKey(spender, {{u"name"_s, u"budgeted"_s}, {u"maxBudget"_s, u"0.2"_s}, {u"budgetDuration"_s, u"1d"_s}},
                      &keyId);
        QVERIFY(!secret.isEmpty());
        m_budgetKeyId = keyId;
        m_budgetKeySecret = secret;
        RawResponse first;
        QVERIFY2(waitServed(secret, &first), first.body.constData());
        RawResponse refusal;
        const int served = spendUntilRefused(secret, &refusal);
        QVERIFY2(served >= 1, refusal.body.constData());
        QCOMPARE(refusal.status, 429);
        const QJsonObject error = object(refusal).value("error"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toString(), u"insufficient_quota"_s);
        QVERIFY2(error.value("message"_L1).toString().contains(u"Budget exceeded for key"_s), refusal.body.constData());
        QVERIFY(waitForFlush(u"key_id"_s, keyId, served + 1));
        QVERIFY(m_server.scalar(u"SELECT spend FROM api_keys WHERE id = ?"_s, {keyId}) > 0);

        // The window ends in the store; the gateway does not know yet.
        const qint64 ended = QDateTime::currentMSecsSinceEpoch() - 1;
        exec(u"UPDATE api_keys SET budget_reset_at = ? WHERE id = ?"_s, {ended, keyId});
        QTest::qWait(1500); // a change-feed round: nothing republishes the key
        QCOMPARE(chat(secret).status, 429);

        const QJsonObject run = runJob("budget-reset");
        QCOMPARE(run.value("ok"_L1).toBool(), true);
        QCOMPARE(run.value("counts"_L1)[u"keysReset"_s].toInt(), 1);
        QCOMPARE(m_server.scalar(u"SELECT spend FROM api_keys WHERE id = ?"_s, {keyId}), 0);
        QCOMPARE(m_server.scalar(u"SELECT budget_generation FROM api_keys WHERE id = ?"_s, {keyId}), 1);
        QVERIFY(m_server.scalar(u"SELECT budget_reset_at FROM api_keys WHERE id = ?"_s, {keyId}) > ended);
        // Same server process, same key: served again.
        const RawResponse again = chat(secret);
        QCOMPARE(again.status, 200);
        // A second run finds nothing to reset.
        QCOMPARE(runJob("budget-reset").value("counts"_L1)[u"keysReset"_s].toInt(), 0);
        // The new window counts from zero, in the gateway and in the store: it is refused again
        // once nearly the whole budget of 0.2 is spent again.
        RawResponse second;
        const int servedAgain = spendUntilRefused(secret, &second);
        QCOMPARE(second.status, 429);
        QVERIFY(servedAgain >= 1);
        QVERIFY(waitForFlush(u"key_id"_s, keyId, served + 1 + 1 + servedAgain));
        const qint64 spend = m_server.scalar(u"SELECT spend FROM api_keys WHERE id = ?"_s, {keyId});
        QVERIFY2(spend > 100'000'000 && spend <= 200'000'000, qPrintable(QString::number(spend)));
    }

    /// The same for a user's budget (spent through a key without one).
    void userBudgetResetReachesTheGateway()
    {
        const QString userId = createUser(u"user-spender"_s, {{u"maxBudget"_s, u"0.1"_s}, {u"budgetDuration"_s, u"1d"_s}});
        QVERIFY(!userId.isEmpty());
        QVERIFY(m_server.scalar(u"SELECT budget_reset_at FROM users WHERE id = ?"_s, {userId}) >
                0); // window started
        const QByteArray spender = m_server.token(u"user-spender"_s, UserPassword);
        QString keyId;
        const QString secret = createKey(spender, {{u"name"_s, u"plain"_s}}, &keyId);
        QVERIFY(!secret.isEmpty());
        RawResponse first;
        QVERIFY2(waitServed(secret, &first), first.body.constData());
        RawResponse refusal;
        const int served = spendUntilRefused(secret, &refusal);
        QVERIFY2(served >= 0, refusal.body.constData());
        QCOMPARE(refusal.status, 429);
        QVERIFY2(object(refusal).value("error"_L1)[u"message"_s].toString().contains(u"Budget exceeded for user"_s),
                 refusal.body.constData());
        QVERIFY(waitForFlush(u"user_id"_s, userId, served + 1));

        const qint64 ended = QDateTime::currentMSecsSinceEpoch() - 1;
        exec(u"UPDATE users SET budget_reset_at = ? WHERE id = ?"_s, {ended, userId});
        QTest::qWait(1500);
        QCOMPARE(chat(secret).status, 429);
        const QJsonObject run = runJob("budget-reset");
        QCOMPARE(run.value("counts"_L1)[u"usersReset"_s].toInt(), 1);
        QCOMPARE(run.value("counts"_L1)[u"keysReset"_s].toInt(), 0);
        QCOMPARE(m_server.scalar(u"SELECT spend FROM users WHERE id = ?"_s, {userId}), 0);
        QCOMPARE(m_server.scalar(u"SELECT budget_generation FROM users WHERE id = ?"_s, {userId}), 1);
        QCOMPARE(chat(secret).status, 200);

        // A window nobody started (a duration without a reset instant) gets its reset instant.
        exec(u"UPDATE users SET budget_reset_at = NULL WHERE id = ?"_s, {userId});
        const QJsonObject started = runJob("budget-reset").value("counts"_L1).toObject();
        QCOMPARE(started.value("windowsStarted"_L1).toInt(), 1);
        QCOMPARE(started.value("usersReset"_L1).toInt(), 0);
        QVERIFY(m_server.scalar(u"SELECT budget_reset_at FROM users WHERE id = ?"_s, {userId}) >
                QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(m_server.scalar(u"SELECT budget_generation FROM users WHERE id = ?"_s, {userId}), 1);
    }

    /// New users get the newUser* settings for what their creator did not give: through
    /// POST /api/v1/users and LiteLLM's /user/new.
    void newUsersGetTheDefaults()
    {
        // Out of the box new users get no limits.
        QString id = createUser(u"plain-user"_s);
        QJsonObject user = object(m_server.call("GET", "/api/v1/users/" + id.toUtf8(), m_server.admin()));
        QVERIFY(user.value("rpmLimit"_L1).isNull());
        QVERIFY(user.value("maxBudget"_L1).isNull());

        const QJsonObject saved = patchSettings({{u"newUserRpm"_s, 7},
                                                 {u"newUserTpm"_s, 7000},
                                                 {u"newUserParallel"_s, 2},
                                                 {u"newUserBudget"_s, 3.5},
                                                 {u"newUserBudgetDuration"_s, u"7d"_s}});
        QCOMPARE(saved.value("newUserBudgetDuration"_L1).toString(), u"7d"_s);
        QCOMPARE(m_server
                     .call("PATCH", "/api/v1/settings", m_server.admin(),
                           {{u"newUserBudgetDuration"_s, u"fortnightly"_s},
                            {u"version"_s, saved.value("version"_L1)}})
                     .status,
                 400);
        id = createUser(u"defaulted-user"_s);
        user = object(m_server.call("GET", "/api/v1/users/" + id.toUtf8(), m_server.admin()));
        QCOMPARE(user.value("rpmLimit"_L1).toInt(), 7);
        QCOMPARE(user.value("tpmLimit"_L1).toInt(), 7000);
        QCOMPARE(user.value("parallelLimit"_L1).toInt(), 2);
        QCOMPARE(user.value("maxBudget"_L1).toString(), u"3.5"_s);
        QCOMPARE(user.value("budgetDuration"_L1).toString(), u"7d"_s);
        QVERIFY(!user.value("budgetResetAt"_L1).isNull());
        // What the creator gives wins, null included.
        id = createUser(u"explicit-user"_s, {{u"rpmLimit"_s, QJsonValue()}, {u"maxBudget"_s, u"1"_s}});
        user = object(m_server.call("GET", "/api/v1/users/" + id.toUtf8(), m_server.admin()));
        QVERIFY(user.value("rpmLimit"_L1).isNull());
        QCOMPARE(user.value("maxBudget"_L1).toString(), u"1"_s);
        QCOMPARE(user.value("tpmLimit"_L1).toInt(), 7000);

        // LiteLLM's /user/new.
        const auto userNew = [this](const QJsonObject &body) {
            return m_server.request(
                "POST", "/user/new", json(body),
                {{"authorization", "Bearer " + MasterKey}, {"content-type", "application/json"}});
        };
        QCOMPARE(userNew({{u"user_id"_s, u"litellm-defaulted"_s}, {u"auto_create_key"_s, false}}).status, 200);
        QCOMPARE(userNew({{u"user_id"_s, u"litellm-explicit"_s}, {u"rpm_limit"_s, 100}, {u"auto_create_key"_s, false}})
                     .status,
                 200);
        QCOMPARE(m_server.scalar(u"SELECT rpm_limit FROM users WHERE id = 'litellm-defaulted'"_s), 7);
        QCOMPARE(m_server.scalar(u"SELECT parallel_limit FROM users WHERE id = 'litellm-defaulted'"_s), 2);
        QCOMPARE(m_server.scalar(u"SELECT max_budget FROM users WHERE id = 'litellm-defaulted'"_s),
                 3'500'000'000LL);
        QVERIFY(m_server.scalar(u"SELECT budget_reset_at FROM users WHERE id = 'litellm-defaulted'"_s) > 0);
        QCOMPARE(m_server.scalar(u"SELECT rpm_limit FROM users WHERE id = 'litellm-explicit'"_s), 100);
        QCOMPARE(m_server.scalar(u"SELECT tpm_limit FROM users WHERE id = 'litellm-explicit'"_s), 7000);

        patchSettings({{u"newUserRpm"_s, QJsonValue()},
                       {u"newUserTpm"_s, QJsonValue()},
                       {u"newUserParallel"_s, QJsonValue()},
                       {u"newUserBudget"_s, QJsonValue()},
                       {u"newUserBudgetDuration"_s, QJsonValue()}});
    }

    /// Keys unused for unusedKeyCleanupDays are revoked (kept, audited) and the gateway drops them.
    void unusedKeysAreRevoked()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto insertKey = [&](const QString &id, qint64 createdAt, const QVariant &lastUsedAt) {
            exec(u"INSERT INTO api_keys (id, user_id, secret_hash, display_prefix, last_used_at, created_at, updated_at) "
                 "VALUES (?, ?, ?, 'sk-x', ?, ?, ?)"_s,
                 {id, m_rootId, u"hash-"_s + id, lastUsedAt, createdAt, createdAt});
        };
        insertKey(u"key-never-used"_s, now - 20 * DayMs, QVariant());
        insertKey(u"key-used-long-ago"_s, now - 40 * DayMs, now - 15 * DayMs);
        insertKey(u"key-used-lately"_s, now - 40 * DayMs, now - 2 * DayMs);
        insertKey(u"key-brand-new"_s, now - 1 * DayMs, QVariant());
        // The key that spent its budget through the gateway above: unused for a month now.
        QVERIFY(!m_budgetKeyId.isEmpty());
        // Its last usage is in the store, so no flush moves last_used_at after this.
        QVERIFY(waitForJournalDrained());
        exec(u"UPDATE api_keys SET last_used_at = ?, created_at = ? WHERE id = ?"_s,
             {now - 30 * DayMs, now - 60 * DayMs, m_budgetKeyId});

        patchSettings({{u"unusedKeyCleanupDays"_s, 10}});
        const QJsonObject counts = runJob("key-cleanup").value("counts"_L1).toObject();
        QCOMPARE(counts.value("unusedDays"_L1).toInt(), 10);
        // Other keys of this test are in use or new; only these three qualify.
        QCOMPARE(counts.value("revoked"_L1).toInt(), 3);
        for (const QString &id : {u"key-never-used"_s, u"key-used-long-ago"_s, m_budgetKeyId}) {
            QVERIFY2(
                m_server.scalar(u"SELECT COUNT(*) FROM api_keys WHERE id = ? AND revoked_at IS NOT NULL"_s,
                                {id}) == 1,
                qPrintable(id));
            QCOMPARE(
                m_server.scalar(
                    u"SELECT COUNT(*) FROM audit_log WHERE action = 'key.revoke' AND target_id = ?"_s, {id}),
                1);
        }
        for (const QString &id : {u"key-used-lately"_s, u"key-brand-new"_s})
            QCOMPARE(
                m_server.scalar(u"SELECT COUNT(*) FROM api_keys WHERE id = ? AND revoked_at IS NULL"_s, {id}),
                1);
        // The gateway (which served it over budget until now) refuses the revoked key at once.
        QCOMPARE(chat(m_budgetKeySecret).status, 401);
        // Already revoked keys are not revoked again.
        QCOMPARE(runJob("key-cleanup").value("counts"_L1)[u"revoked"_s].toInt(), 0);
        patchSettings({{u"unusedKeyCleanupDays"_s, 0}});
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
        const RawResponse r = m_server.call("GET", "/api/v1/jobs", m_server.admin());
        QCOMPARE(r.status, 200);
        for (const QJsonValue &item : object(r).value("items"_L1).toArray()) {
            const QJsonObject last = item[u"lastRun"_s].toObject();
            QVERIFY2(!last.isEmpty(), qPrintable(item[u"name"_s].toString()));
            QCOMPARE(last.value("ok"_L1).toBool(), true);
            QVERIFY(last.value("finishedAt"_L1).toInteger() >= last.value("startedAt"_L1).toInteger());
            QVERIFY(last.value("counts"_L1).isObject());
            QVERIFY(!last.value("replica"_L1).toString().isEmpty());
        }
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'job.run'"_s),
                 m_server.scalar(u"SELECT COUNT(*) FROM job_runs"_s));
    }

    void leaseHeldElsewhereGives409()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 runs = m_server.scalar(u"SELECT COUNT(*) FROM job_runs"_s);
        exec(u"UPDATE job_leases SET holder = 'other-replica', expires_at = ? WHERE job = 'usage-retention'"_s,
             {now + 600'000});
        const RawResponse r = m_server.call("POST", "/api/v1/jobs/usage-retention/run", m_server.admin());
        QCOMPARE(r.status, 409);
        QVERIFY(object(r).value("error"_L1).toObject().value("message"_L1).toString().contains(u"other-replica"_s)
                || QString::fromUtf8(r.body).contains(u"other-replica"_s));
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM job_runs"_s), runs);
        // An expired lease is free again.
        exec(u"UPDATE job_leases SET expires_at = ? WHERE job = 'usage-retention'"_s, {now - 1});
        QCOMPARE(runJob("usage-retention").value("ok"_L1).toBool(), true);
        QCOMPARE(m_server.scalar(
                     u"SELECT COUNT(*) FROM job_leases WHERE job = 'usage-retention' AND holder = ''"_s),
                 1);
    }

    /// The scheduler thread (every server has one) runs what is due and skips a job leased elsewhere.
    void schedulerRunsDueJobs()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString replica = Service::JobRunner::defaultReplica(); // this test process
        const qint64 otherJobs = Service::JobRunner::names().size() - 1; // all but key-cleanup
        // The server's own scheduler (once a minute) would find the same jobs due as the one below:
        // their leases are this process's, which the server cannot take and the scheduler below can.
        for (const QString &job : Service::JobRunner::names())
            exec(u"UPDATE job_leases SET holder = ?, expires_at = ? WHERE job = ?"_s, {replica, now + 600'000, job});
        exec(u"UPDATE job_leases SET holder = 'other-replica', expires_at = ? WHERE job = 'key-cleanup'"_s,
             {now + 600'000});
        // Every job ran a moment ago through the server; pretend that was two days ago.
        exec(u"UPDATE job_runs SET started_at = started_at - ?, finished_at = finished_at - ?"_s,
             {2 * 86'400'000LL, 2 * 86'400'000LL});
        {
            Service::JobScheduler scheduler(
                std::make_shared<Store::Database>(m_server.databaseUrl()), nullptr, [] { return true; }, 50);
            scheduler.start();
            QTRY_COMPARE_WITH_TIMEOUT(
                m_server.scalar(u"SELECT COUNT(*) FROM job_runs WHERE replica = ?"_s, {replica}), otherJobs,
                10'000);
            QTest::qWait(300); // several more ticks: nothing is due any more
        }
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM job_runs WHERE replica = ?"_s, {replica}), otherJobs);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM job_runs WHERE replica = ? AND job = 'key-cleanup'"_s,
                                 {replica}),
                 0);
        exec(u"UPDATE job_leases SET holder = '', expires_at = 0 WHERE job = 'key-cleanup'"_s);
    }

    void unknownJobAndReadonly()
    {
        QCOMPARE(m_server.call("POST", "/api/v1/jobs/no-such-job/run", m_server.admin()).status, 404);
        QCOMPARE(m_server
                     .call("POST", "/api/v1/users", m_server.admin(),
                           {{u"username"_s, u"watcher"_s},
                            {u"password"_s, u"user-password-1"_s},
                            {u"roles"_s, QJsonArray{u"user"_s, u"adminReadonly"_s}}})
                     .status,
                 201);
        const QByteArray watcher = m_server.token(u"watcher"_s, u"user-password-1"_s);
        QVERIFY(!watcher.isEmpty());
        QCOMPARE(m_server.call("GET", "/api/v1/jobs", watcher).status, 200);
        const qint64 runs = m_server.scalar(u"SELECT COUNT(*) FROM job_runs"_s);
        QCOMPARE(m_server.call("POST", "/api/v1/jobs/usage-retention/run", watcher).status, 403);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM job_runs"_s), runs);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestJobs>(u"TestJobs"_s, argc, argv);
}

#include "tst_jobs.moc"
