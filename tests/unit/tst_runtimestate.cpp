// SPDX-License-Identifier: GPL-3.0-or-later
// What replicas sharing one store tell each other through it, on SQLite and PostgreSQL, each
// "replica" a Database of its own: restore confirmations (single use across replicas, five
// minutes, bound to one backup and one admin; every refusal but expiry leaves a valid token
// usable), operations published with a heartbeat, and the restore lease.
#include "gateway-core/api/operations.h"
#include "gateway-core/api/restoretokens.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/runtimestate.h"
#include "tests/support/postgres.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Tollgate;
using namespace Tollgate::Api;
using namespace Qt::StringLiterals;

class TestRuntimeState final : public QObject
{
    Q_OBJECT

private:
    Testing::PostgresServer m_pg;
    bool m_pgStarted = false;
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_url;

    /// Another replica's view of the store under test.
    std::shared_ptr<Store::Database> replica() { return std::make_shared<Store::Database>(m_url); }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgres") << u"postgres"_s;
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pgStarted = m_pg.start();
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        // PostgreSQL is a supported back end: a machine without it must fail, not silently skip.
        if (backend == u"postgres"_s && !m_pgStarted)
            QFAIL(qPrintable(m_pg.errorString()));
        m_url = backend == u"sqlite"_s ? u"sqlite://"_s + m_dir.filePath(u"store-%1.db"_s.arg(++m_files))
                                       : m_pg.createDatabase();
        QVERIFY(!m_url.isEmpty());
        Store::Database(m_url).migrate();
    }

    void tokenAcceptedOnceByItsAdminForItsBackup()
    {
        const auto a = replica();
        const auto b = replica();
        RestoreTokens onA(a);
        RestoreTokens onB(b);
        const qint64 t0 = 1'000'000;
        const RestoreTokens::Issued issued = onA.issue(u"b1"_s, u"user:a"_s, t0);
        QCOMPARE(issued.expiresAt, t0 + 5 * 60 * 1000);
        QVERIFY(issued.token.size() >= 40);
        QVERIFY(onA.issue(u"b1"_s, u"user:a"_s, t0).token != issued.token);

        // Issued on one replica, refused and then accepted on the other.
        QCOMPARE(onB.redeem({}, u"b1"_s, u"user:a"_s, t0), RestoreTokens::Refusal::Missing);
        QCOMPARE(onB.redeem("rst_nope", u"b1"_s, u"user:a"_s, t0), RestoreTokens::Refusal::Unknown);
        QCOMPARE(onB.redeem(issued.token, u"b1"_s, u"user:b"_s, t0), RestoreTokens::Refusal::OtherCaller);
        QCOMPARE(onB.redeem(issued.token, u"b2"_s, u"user:a"_s, t0), RestoreTokens::Refusal::OtherBackup);
        QCOMPARE(onB.redeem(issued.token, u"b1"_s, u"user:a"_s, t0 + 1000), RestoreTokens::Refusal::None);
        QCOMPARE(onA.redeem(issued.token, u"b1"_s, u"user:a"_s, t0 + 1000), RestoreTokens::Refusal::Unknown);
        QCOMPARE(onB.redeem(issued.token, u"b1"_s, u"user:a"_s, t0 + 1000), RestoreTokens::Refusal::Unknown);
        // Only the hash is stored.
        QSqlQuery q = a->exec(u"SELECT token_hash FROM runtime_restore_tokens"_s);
        while (q.next())
            QVERIFY(!issued.token.contains(q.value(0).toString().toLatin1()));
    }

    void tokenExpiresAfterFiveMinutes()
    {
        RestoreTokens tokens(replica());
        const qint64 t0 = 5'000'000;
        const QByteArray last = tokens.issue(u"b1"_s, u"master-key"_s, t0).token;
        const QByteArray late = tokens.issue(u"b1"_s, u"master-key"_s, t0).token;
        QCOMPARE(tokens.redeem(last, u"b1"_s, u"master-key"_s, t0 + RestoreTokens::LifetimeMs - 1),
                 RestoreTokens::Refusal::None);
        QCOMPARE(tokens.redeem(late, u"b1"_s, u"master-key"_s, t0 + RestoreTokens::LifetimeMs),
                 RestoreTokens::Refusal::Expired);
        QCOMPARE(tokens.redeem(late, u"b1"_s, u"master-key"_s, t0 + RestoreTokens::LifetimeMs),
                 RestoreTokens::Refusal::Unknown);
    }

    void tokenRedeemedAtOnceByManyReplicasPassesOnce()
    {
        const qint64 t0 = 9'000'000;
        const QByteArray token = RestoreTokens(replica()).issue(u"b1"_s, u"user:a"_s, t0).token;
        constexpr int Replicas = 8;
        std::atomic<int> accepted{0};
        std::atomic<int> unknown{0};
        std::atomic<int> ready{0};
        QList<QThread *> threads;
        for (int i = 0; i < Replicas; ++i) {
            auto db = replica();
            threads << QThread::create([&, db] {
                RestoreTokens tokens(db);
                ++ready;
                while (ready.load() < Replicas)
                    QThread::yieldCurrentThread();
                const RestoreTokens::Refusal r = tokens.redeem(token, u"b1"_s, u"user:a"_s, t0 + 1);
                if (r == RestoreTokens::Refusal::None)
                    ++accepted;
                else if (r == RestoreTokens::Refusal::Unknown)
                    ++unknown;
            });
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30'000));
            delete thread;
        }
        QCOMPARE(accepted.load(), 1);
        QCOMPARE(unknown.load(), Replicas - 1);
    }

    void operationsFollowedFromAnotherReplica()
    {
        const auto a = replica();
        const auto b = replica();
        Operations runner(a, u"replica-a"_s);
        Operations watcher(b, u"replica-b"_s);
        const QString id = runner.start(u"restore"_s, u"b1"_s);
        QCOMPARE(watcher.find(id), runner.find(id));
        QCOMPARE(watcher.find(id).value("state"_L1).toString(), u"running"_s);
        quint64 revision = 0;
        QCOMPARE(watcher.changedSince(id, &revision), runner.find(id));
        QCOMPARE(watcher.changedSince(id, &revision), QJsonObject());

        // Changes are published in the background, in order.
        runner.progress(id, 40, u"restoring"_s);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.find(id).value("percent"_L1).toInt(), 40, 10'000);
        const QJsonObject progressed = watcher.changedSince(id, &revision);
        QCOMPARE(progressed.value("phase"_L1).toString(), u"restoring"_s);
        QCOMPARE(progressed, runner.find(id));

        runner.succeed(id, {{u"backupId"_s, u"b1"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(watcher.find(id).value("state"_L1).toString(), u"succeeded"_s, 10'000);
        const QJsonObject done = watcher.changedSince(id, &revision);
        QCOMPARE(done.value("result"_L1).toObject().value("backupId"_L1).toString(), u"b1"_s);
        QCOMPARE(done, runner.find(id));
        QCOMPARE(watcher.changedSince(id, &revision), QJsonObject());
        QVERIFY(watcher.find(u"no-such-operation"_s).isEmpty());
    }

    void operationOfADeadReplicaFails()
    {
        const auto a = replica();
        const auto b = replica();
        Operations runner(a, u"replica-a"_s);
        Operations watcher(b, u"replica-b"_s);
        const QString id = runner.start(u"restore"_s, u"b1"_s);
        runner.progress(id, 30, u"verifying"_s);
        // The heartbeat keeps a running operation alive beyond the staleness window...
        const qint64 published = a->now();
        QTRY_VERIFY_WITH_TIMEOUT(Store::OperationRepository(*b).find(id)->heartbeatAt > published, 10'000);
        // ...and once it stops (seen from a clock past the window), the operation reads as failed.
        const qint64 later = a->now() + Store::HeartbeatStaleMs + 1000;
        b->setClock([later] { return later; });
        const QJsonObject dead = watcher.find(id);
        QCOMPARE(dead.value("state"_L1).toString(), u"failed"_s);
        QVERIFY(dead.value("error"_L1).toString().contains(u"stopped"_s));
        QCOMPARE(runner.find(id).value("state"_L1).toString(), u"running"_s);
    }

    void oneRestoreLeaseAtATime()
    {
        const auto a = replica();
        const auto b = replica();
        Store::RestoreLeaseRepository onA(*a);
        Store::RestoreLeaseRepository onB(*b);
        const qint64 t0 = a->now();
        QVERIFY(!onB.current(t0));
        QVERIFY(onA.acquire({u"op-a"_s, u"replica-a"_s, u"b1"_s}, t0));
        QVERIFY(!onB.acquire({u"op-b"_s, u"replica-b"_s, u"b1"_s}, t0 + 1));
        std::optional<Store::RestoreLease> lease = onB.current(t0 + 1);
        QVERIFY(lease);
        QCOMPARE(lease->owner, u"replica-a"_s);
        QVERIFY(!lease->parking);
        onA.park(u"op-a"_s);
        QVERIFY(onB.current(t0 + 1)->parking);

        // Renewed by its replica's heartbeat; expired without it, and then another may take it.
        Store::heartbeat(*a, u"replica-a"_s, t0 + 10'000);
        QVERIFY(onB.current(t0 + Store::HeartbeatStaleMs + 1000));
        QVERIFY(!onB.acquire({u"op-b"_s, u"replica-b"_s, u"b1"_s}, t0 + Store::HeartbeatStaleMs + 1000));
        const qint64 expired = t0 + 10'000 + Store::HeartbeatStaleMs;
        QVERIFY(!onB.current(expired));
        QVERIFY(onB.acquire({u"op-b"_s, u"replica-b"_s, u"b2"_s}, expired));
        QCOMPARE(onA.current(expired)->owner, u"replica-b"_s);
        QVERIFY(!onA.current(expired)->parking);

        // A released lease is free at once; releasing another's does nothing.
        onA.release(u"op-a"_s);
        QVERIFY(onA.current(expired));
        onB.release(u"op-b"_s);
        QVERIFY(!onA.current(expired));
        QVERIFY(onA.acquire({u"op-c"_s, u"replica-a"_s, u"b1"_s}, expired));
    }
};

QTEST_GUILESS_MAIN(TestRuntimeState)
#include "tst_runtimestate.moc"
