// SPDX-License-Identifier: GPL-3.0-or-later
// A destructive restore with two tollgate-server replicas on one PostgreSQL, over HTTP, as behind
// one Service: prepared on replica A, started on replica B, followed from A. While B replaces the
// store, A answers 503 restore_in_progress (data plane and control plane) and reports not ready;
// afterwards both serve the restored data. A restore whose replica dies releases the others once
// its lease expires. The restore waits at a pause file the test removes, so "during the restore"
// lasts exactly as long as the test needs.
#include "gateway-core/store/database.h"
#include "gateway-core/store/runtimestate.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

class TestRestoreReplicas final : public QObject
{
    Q_OBJECT

public:
    TestRestoreReplicas()
        // Replicas share the master key (one Secret): it seals the session signing key they share.
        : m_server({.masterKey = u"sk-restore-replicas-master-key-0123456789"_s, .logLevel = u"warning"_s})
    {}

private:
    MockLlmProcess m_mock;
    ApiServer m_server;           // replica A
    std::unique_ptr<Process> m_b; // replica B, on the same store and backup directory
    QString m_pauseFile;
    QString m_backupId;
    QString m_kept;  // a key in the backup
    QString m_fresh; // a key created after the backup

    /// A request to @p port's replica as the admin.
    RawResponse call(quint16 port, QByteArrayView method, const QByteArray &path,
                     const QJsonObject &body = {})
    {
        RawHeaders headers{{"authorization", "Bearer " + m_server.admin()}};
        QByteArray payload;
        if (method != "GET") {
            headers.append(QPair<QByteArray, QByteArray>{"content-type", "application/json"});
            payload = json(body);
        }
        return rawRequest(m_server.host(), port, method, path, payload, headers);
    }

    RawResponse chat(quint16 port, const QString &secret)
    {
        const QJsonObject body{
            {u"model"_s, u"mock-chat"_s},
            {u"max_tokens"_s, 4},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"hello"_s}}}}};
        return rawRequest(
            m_server.host(), port, "POST", "/v1/chat/completions", json(body),
            {{"authorization", "Bearer " + secret.toUtf8()}, {"content-type", "application/json"}});
    }

    int readiness(quint16 port)
    {
        return rawRequest(m_server.host(), port, "GET", "/health/readiness").status;
    }

    /// Polls operation @p id on @p port's replica until it leaves "running"; its last state.
    QJsonObject waitForOperation(quint16 port, const QString &id)
    {
        QElapsedTimer t;
        t.start();
        QJsonObject op;
        while (t.elapsed() < 60'000) {
            op = object(call(port, "GET", "/api/v1/operations/" + id.toUtf8()));
            if (op.value("state"_L1).toString() != u"running"_s)
                break;
            QTest::qWait(50);
        }
        return op;
    }

    /// Prepares restoring the backup on A; the confirmation token.
    QString prepareOnA()
    {
        const RawResponse prepared =
            call(m_server.port(), "POST", "/api/v1/backups/" + m_backupId.toUtf8() + "/restore/prepare");
        if (prepared.status != 200)
            qWarning("prepare: %d %s", prepared.status, prepared.body.constData());
        return object(prepared).value("confirmationToken"_L1).toString();
    }

    void pause()
    {
        QFile file(m_pauseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_mock.start({u"--models"_s, u"*"_s}), qPrintable(m_mock.errorString()));
        m_server.options().config = QJsonObject{
            {u"models"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, u"mock-chat"_s},
                 {u"capabilities"_s, QJsonArray{u"chat"_s}},
                 {u"deployments"_s, QJsonArray{QJsonObject{{u"base_url"_s, m_mock.apiBase()}}}}}}}};
        // Replicas share the backup directory (a ReadWriteMany volume), as they share the store.
        m_server.options().extraArguments << u"--backup-dir"_s << QDir(m_server.dir()).filePath(u"saved"_s);
        m_pauseFile = QDir(m_server.dir()).filePath(u"restore-paused"_s);
        m_server.options().environment.insert(u"TOLLGATE_TEST_RESTORE_PAUSE_FILE"_s, m_pauseFile);
        QString error;
        QVERIFY2(m_server.start(Backend::Postgres, &error), qPrintable(error));
        m_b = m_server.startReplica(&error, {u"--workers"_s, u"1"_s});
        QVERIFY2(m_b != nullptr, qPrintable(error));

        // A key in the backup, and one made after it.
        const QString keeperId = m_server.createUser(u"keeper"_s);
        QVERIFY(!keeperId.isEmpty());
        {
            Store::Database db(m_server.databaseUrl());
            Store::SubscriptionRepository(db).create(keeperId, u"mock-chat"_s,
                                                     Store::SubscriptionStatus::Active, u"test"_s);
        }
        const QByteArray keeper = m_server.token(u"keeper"_s);
        m_kept = object(m_server.call("POST", "/api/v1/keys", keeper, {{u"name"_s, u"kept"_s}}))
                     .value("secret"_L1)
                     .toString();
        QVERIFY(!m_kept.isEmpty());
        const RawResponse started = m_server.call("POST", "/api/v1/backups", m_server.admin());
        QCOMPARE(started.status, 202);
        const QJsonObject backup =
            waitForOperation(m_server.port(), object(started).value("operationId"_L1).toString());
        QCOMPARE(backup.value("state"_L1).toString(), u"succeeded"_s);
        m_backupId = backup.value("result"_L1).toObject().value("id"_L1).toString();
        m_fresh = object(m_server.call("POST", "/api/v1/keys", keeper, {{u"name"_s, u"fresh"_s}}))
                      .value("secret"_L1)
                      .toString();
        QVERIFY(!m_fresh.isEmpty());
        for (const quint16 port : {m_server.port(), m_b->port()}) {
            QTRY_COMPARE_WITH_TIMEOUT(chat(port, m_kept).status, 200, 10'000);
            QTRY_COMPARE_WITH_TIMEOUT(chat(port, m_fresh).status, 200, 10'000);
        }
    }

    void preparedOnOneRestoredOnAnotherFollowedFromTheFirst()
    {
        const quint16 a = m_server.port();
        const quint16 b = m_b->port();
        const QString confirmation = prepareOnA();
        QVERIFY(!confirmation.isEmpty());

        pause();
        const QByteArray restorePath = "/api/v1/backups/" + m_backupId.toUtf8() + "/restore";
        const RawResponse started = call(b, "POST", restorePath, {{u"confirmationToken"_s, confirmation}});
        QVERIFY2(started.status == 202, started.body.constData());
        const QByteArray operationPath =
            "/api/v1/operations/" + object(started).value("operationId"_L1).toString().toUtf8();

        // A follows the operation B runs, and stands aside while B replaces the store.
        QTRY_COMPARE_WITH_TIMEOUT(object(call(a, "GET", operationPath)).value("phase"_L1).toString(),
                                  u"paused (test)"_s, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(chat(a, m_kept).status, 503, 10'000);
        const RawResponse refused = chat(a, m_kept);
        QCOMPARE(refused.status, 503);
        QCOMPARE(errorCode(refused), u"restore_in_progress"_s);
        QVERIFY(refused.header("retry-after").toInt() > 0);
        const RawResponse control = call(a, "GET", "/api/v1/users");
        QCOMPARE(control.status, 503);
        QCOMPARE(errorCode(control), u"restore_in_progress"_s);
        QVERIFY(control.header("retry-after").toInt() > 0);
        const RawResponse notReady = rawRequest(m_server.host(), a, "GET", "/health/readiness");
        QCOMPARE(notReady.status, 503);
        QVERIFY2(notReady.body.contains("restore"), notReady.body.constData());
        QCOMPARE(object(call(a, "GET", operationPath)).value("state"_L1).toString(), u"running"_s);
        // B, which runs it, stays ready: the restore is followed through it too.
        QCOMPARE(readiness(b), 200);
        QCOMPARE(object(call(b, "GET", operationPath)).value("phase"_L1).toString(), u"paused (test)"_s);
        // One restore at a time, whichever replica is asked.
        const QString second =
            object(call(b, "POST", "/api/v1/backups/" + m_backupId.toUtf8() + "/restore/prepare"))
                .value("confirmationToken"_L1)
                .toString();
        QVERIFY(!second.isEmpty());
        const RawResponse busy = call(b, "POST", restorePath, {{u"confirmationToken"_s, second}});
        QCOMPARE(busy.status, 409);
        QCOMPARE(errorCode(busy), u"restore_running"_s);

        // Let it run, following its events from A to the end.
        QVERIFY(QFile::remove(m_pauseFile));
        const RawResponse events = m_server.request(
            "GET", operationPath + "/events", {}, {{"authorization", "Bearer " + m_server.admin()}}, 120'000);
        QCOMPARE(events.status, 200);
        QVERIFY(events.complete);
        QVERIFY2(events.body.contains("event: done"), events.body.constData());
        const QJsonObject finished = waitForOperation(a, object(started).value("operationId"_L1).toString());
        QVERIFY2(finished.value("state"_L1).toString() == u"succeeded"_s,
                 QJsonDocument(finished).toJson().constData());
        QVERIFY(finished.value("result"_L1).toObject().value("countsMatch"_L1).toBool());
        QCOMPARE(finished, object(call(b, "GET", operationPath)));

        // Both replicas serve the restored store: the key made after the backup is gone.
        for (const quint16 port : {a, b}) {
            QTRY_COMPARE_WITH_TIMEOUT(readiness(port), 200, 10'000);
            QTRY_COMPARE_WITH_TIMEOUT(chat(port, m_fresh).status, 401, 10'000);
            QCOMPARE(chat(port, m_kept).status, 200);
            QCOMPARE(call(port, "GET", "/api/v1/users").status, 200);
        }
        // The token was used up on B; A knows it too.
        const RawResponse reused = call(a, "POST", restorePath, {{u"confirmationToken"_s, confirmation}});
        QCOMPARE(reused.status, 409);
        QCOMPARE(errorCode(reused), u"confirmation_invalid"_s);
    }

    void restoreOfADeadReplicaReleasesTheOthers()
    {
        const quint16 a = m_server.port();
        const QString confirmation = prepareOnA();
        QVERIFY(!confirmation.isEmpty());
        pause();
        const QByteArray restorePath = "/api/v1/backups/" + m_backupId.toUtf8() + "/restore";
        const RawResponse started =
            call(m_b->port(), "POST", restorePath, {{u"confirmationToken"_s, confirmation}});
        QVERIFY2(started.status == 202, started.body.constData());
        const QString operationId = object(started).value("operationId"_L1).toString();
        QTRY_COMPARE_WITH_TIMEOUT(readiness(a), 503, 30'000);

        // B dies mid-restore (before it touched the store): once its lease expires, A serves again
        // and reports the operation failed.
        m_b->kill9();
        QTRY_COMPARE_WITH_TIMEOUT(readiness(a), 200, Store::HeartbeatStaleMs + 15'000);
        QCOMPARE(chat(a, m_kept).status, 200);
        // Its operation reads as failed once its last heartbeat is older than the window too.
        const QByteArray operationPath = "/api/v1/operations/" + operationId.toUtf8();
        QTRY_COMPARE_WITH_TIMEOUT(object(call(a, "GET", operationPath)).value("state"_L1).toString(),
                                  u"failed"_s, Store::HeartbeatStaleMs + 5'000);
        const QJsonObject dead = object(call(a, "GET", operationPath));
        QVERIFY2(dead.value("error"_L1).toString().contains(u"stopped"_s),
                 QJsonDocument(dead).toJson().constData());

        // The lease it held is free again: A restores by itself.
        QVERIFY(QFile::remove(m_pauseFile));
        const QString again = prepareOnA();
        const RawResponse mine = call(a, "POST", restorePath, {{u"confirmationToken"_s, again}});
        QVERIFY2(mine.status == 202, mine.body.constData());
        const QJsonObject done = waitForOperation(a, object(mine).value("operationId"_L1).toString());
        QVERIFY2(done.value("state"_L1).toString() == u"succeeded"_s,
                 QJsonDocument(done).toJson().constData());
        QCOMPARE(chat(a, m_kept).status, 200);
        QCOMPARE(chat(a, m_fresh).status, 401);
    }

    void cleanupTestCase() { QFile::remove(m_pauseFile); }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestRestoreReplicas test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_restorereplicas.moc"
