// SPDX-License-Identifier: GPL-3.0-or-later
// Alert recording and webhook delivery against a real store (SQLite and PostgreSQL) with a fake
// clock: an event recorded once per subject, window and threshold, audited, with a delivery per
// URL; the retry schedule (10 s, 30 s, 2 min, 10 min, 1 h, then failed) against a closed port;
// the sender's lease; the HMAC signature.
#include "gateway-core/service/alerts.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/settingsrepository.h"
#include "tests/support/postgres.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Service;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'790'000'000'000; // 2026-09-21
}

class TestAlertDelivery final : public QObject
{
    Q_OBJECT

private:
    Testing::PostgresServer m_pg;
    bool m_pgStarted = false;
    QTemporaryDir m_dir;
    int m_files = 0;
    qint64 m_now = T0;
    std::unique_ptr<Store::Database> m_db;
    QString m_closedUrl;

    Limits::BudgetEvent exhausted(qint64 spend = 1000, qint64 budget = 1000)
    {
        Limits::BudgetEvent e;
        e.kind = Limits::BudgetEvent::Kind::BudgetExhausted;
        e.subject = Limits::SubjectKind::Key;
        e.id = "key-1";
        e.spend = spend;
        e.threshold = budget;
        return e;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = m_db->exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

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
        // A port nobody listens on: connections are refused at once.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_closedUrl = u"http://127.0.0.1:%1/hook"_s.arg(probe.serverPort());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == u"postgres" && !m_pgStarted)
            QFAIL(qPrintable(m_pg.errorString()));
        const QString url = backend == u"sqlite"
                                ? u"sqlite://"_s + m_dir.filePath(u"alerts-%1.db"_s.arg(++m_files))
                                : m_pg.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.errorString()));
        m_db = std::make_unique<Store::Database>(url);
        m_now = T0;
        m_db->setClock([this] { return m_now; });
        m_db->migrate();
        m_db->exec(
            u"INSERT INTO users (id, username, created_at, updated_at) VALUES ('alice', 'alice', ?, ?)"_s,
            {T0, T0});
        m_db->exec(
            u"INSERT INTO api_keys (id, user_id, name, secret_hash, display_prefix, created_at, updated_at) "
            "VALUES ('key-1', 'alice', 'ci-key', 'h1', 'sk-tg-x', ?, ?)"_s,
            {T0, T0});
        Store::SettingsRepository(*m_db).put(
            u"general"_s, QJsonObject{{u"alertWebhookUrls"_s, QJsonArray{m_closedUrl}}}, u"test"_s);
    }

    void cleanup() { m_db.reset(); }

    void eventIsRecordedOncePerWindowAndThreshold()
    {
        QVERIFY(Alerts::recordBudgetEvent(*m_db, exhausted()));
        QVERIFY(!Alerts::recordBudgetEvent(*m_db, exhausted())); // another replica, or a restart
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM alert_events"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM alert_deliveries WHERE state = 'pending'"_s), 1);
        Store::AuditFilter filter;
        filter.action = u"alert.budget_exhausted"_s;
        const auto audit = Store::AuditRepository(*m_db).list(filter).items;
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].targetId, u"key-1"_s);
        QCOMPARE(audit[0].actorName, u"alerts"_s);
        // A raised budget is a new threshold; a new window is a new reset instant.
        QVERIFY(Alerts::recordBudgetEvent(*m_db, exhausted(2000, 2000)));
        Limits::BudgetEvent nextWindow = exhausted();
        nextWindow.resetAtMs = T0 + 86'400'000;
        QVERIFY(Alerts::recordBudgetEvent(*m_db, nextWindow));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM alert_events"_s), 3);
        // Key×model subjects have no budget; unknown keys (deleted meanwhile) are dropped.
        Limits::BudgetEvent keyModel = exhausted();
        keyModel.subject = Limits::SubjectKind::KeyModel;
        QVERIFY(!Alerts::recordBudgetEvent(*m_db, keyModel));
        Limits::BudgetEvent gone = exhausted();
        gone.id = "no-such-key";
        QVERIFY(!Alerts::recordBudgetEvent(*m_db, gone));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM alert_events"_s), 3);
    }

    void retriesWithBackoffThenFails()
    {
        QVERIFY(Alerts::recordBudgetEvent(*m_db, exhausted()));
        Store::AlertRepository repo(*m_db);
        QList<Store::AlertDelivery> due = repo.dueDeliveries(m_now, 10);
        QCOMPARE(due.size(), 1);
        WebhookSender sender(*m_db, {}, 2000);
        const qint64 expected[] = {10'000, 30'000, 120'000, 600'000, 3'600'000};
        Store::AlertDelivery d = due.first();
        for (int attempt = 1; attempt <= 5; ++attempt) {
            d = sender.attempt(d);
            QCOMPARE(d.state, u"pending"_s);
            QCOMPARE(d.attempts, attempt);
            QVERIFY(!d.lastStatus); // refused: no HTTP answer
            QVERIFY(!d.lastError.isEmpty());
            QCOMPARE(d.nextAttemptAt, m_now + expected[attempt - 1]);
            QVERIFY(repo.dueDeliveries(m_now + expected[attempt - 1] - 1, 10).isEmpty());
            m_now += expected[attempt - 1];
            QCOMPARE(repo.dueDeliveries(m_now, 10).size(), 1);
        }
        d = sender.attempt(d);
        QCOMPARE(d.state, u"failed"_s);
        QCOMPARE(d.attempts, 6);
        QVERIFY(repo.dueDeliveries(m_now + 365LL * 86'400'000, 10).isEmpty());
        QCOMPARE(repo.deliveries(u"failed"_s, {}).total, 1);
    }

    void oneSenderAtATime()
    {
        QVERIFY(Alerts::recordBudgetEvent(*m_db, exhausted()));
        m_db->exec(
            u"UPDATE job_leases SET holder = 'other-replica', expires_at = ? WHERE job = 'alert-delivery'"_s,
            {m_now + 60'000});
        QCOMPARE(WebhookSender(*m_db, {}, 2000).sendDue(u"this-replica"_s), 0);
        QCOMPARE(scalar(u"SELECT attempts FROM alert_deliveries"_s), 0);
        m_now += 60'000; // the other holder's lease ran out
        QCOMPARE(WebhookSender(*m_db, {}, 2000).sendDue(u"this-replica"_s), 1);
        QCOMPARE(scalar(u"SELECT attempts FROM alert_deliveries"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM job_leases WHERE job = 'alert-delivery' AND holder = ''"_s),
                 1);
    }

    void signatureIsHmacSha256()
    {
        // RFC 4231, test case 2.
        QCOMPARE(Alerts::signature("what do ya want for nothing?", "Jefe"),
                 "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"_ba);
        QCOMPARE(Alerts::retryDelayMs(0, 10'000), -1);
        QCOMPARE(Alerts::retryDelayMs(6, 10'000), -1);
    }
};

QTEST_GUILESS_MAIN(TestAlertDelivery)
#include "tst_alertdelivery.moc"
