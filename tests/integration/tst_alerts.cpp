// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts on the real tollgate-server over HTTP, SQLite and PostgreSQL, with tollgate-mockllm as the
// upstream and a webhook receiver in this test: a key crossing its soft budget and exhausting its
// budget through /v1/chat/completions, a user's budget likewise (soft threshold = percent of the
// max budget), each event once (also after a restart) in the notifications feed, the audit log and
// the webhook with a correct HMAC; read marks; a receiver failing twice (retried with backoff, then
// delivered); a key expiring in two days (warned once); a refusal before the last cent is spent
// counting as exhaustion.
#include "gateway-core/store/database.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <mutex>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Secret = "webhook-secret-0123456789";

/// A webhook endpoint on its own thread (the server's test sends block this one): records every
/// POST and answers 500 to the first failNext() of them, 204 to the rest.
class WebhookReceiver final
{
public:
    struct Hit
    {
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        qint64 atMs = 0;
        int answered = 0;
    };

    ~WebhookReceiver()
    {
        if (m_server)
            QMetaObject::invokeMethod(
                m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool start()
    {
        m_thread.start();
        bool ok = false;
        QObject context;
        context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &context,
            [this, &ok] {
                m_server = new QTcpServer;
                ok = m_server->listen(QHostAddress::LocalHost, 0);
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection())
                        serve(socket);
                });
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    QByteArray url() const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_server->serverPort()) + "/hook";
    }
    void failNext(int n)
    {
        std::lock_guard lock(m_mutex);
        m_failures = n;
    }
    QList<Hit> hits()
    {
        std::lock_guard lock(m_mutex);
        return m_hits;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Hit hit;
            qint64 length = 0;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    hit.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
            }
            length = hit.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            hit.body = buffer->mid(end + 4, length);
            hit.atMs = QDateTime::currentMSecsSinceEpoch();
            {
                std::lock_guard lock(m_mutex);
                hit.answered = m_failures > 0 ? 500 : 204;
                if (m_failures > 0)
                    --m_failures;
                m_hits.append(hit);
            }
            socket->write(hit.answered == 500 ? "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n"
                                                "Connection: close\r\n\r\noops"_ba
                                              : "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"_ba);
            socket->disconnectFromHost();
        });
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    std::mutex m_mutex;
    QList<Hit> m_hits;
    int m_failures = 0;
};

} // namespace

class TestAlerts final : public QObject
{
    Q_OBJECT

public:
    explicit TestAlerts(Backend backend)
        : m_backend(backend)
        , m_server({.logLevel = u"warning"_s})
    {}

private:
    struct Persona
    {
        QString id;
        QByteArray token;
        QString keyId;
        QByteArray secret;
    };

    Backend m_backend;
    MockLlmProcess m_mock;
    WebhookReceiver m_receiver;
    ApiServer m_server;
    Persona m_alice; // key budget
    Persona m_bob;   // user budget

    Persona newUser(const QString &username, const QJsonObject &keyFields)
    {
        Persona p;
        p.id = m_server.createUser(username);
        p.token = m_server.token(username);
        Store::Database db(m_server.databaseUrl());
        Store::SubscriptionRepository(db).create(p.id, u"mock-chat"_s, Store::SubscriptionStatus::Active,
                                                 u"test"_s);
        QJsonObject body = keyFields;
        body.insert(u"name"_s, username + u"-key"_s);
        const RawResponse k = m_server.call("POST", "/api/v1/keys", p.token, body);
        if (k.status != 201)
            qWarning("key %s: %d %s", qPrintable(username), k.status, k.body.constData());
        p.keyId = object(k).value("id"_L1).toString();
        p.secret = object(k).value("secret"_L1).toString().toLatin1();
        return p;
    }

    /// One chat of a known cost: 7 prompt and 8 completion tokens at 1000 / 2000 per 1M tokens =
    /// 0.023, and the reservation is the same (max_tokens 8).
    RawResponse chat(const Persona &who)
    {
        const QJsonObject body{{u"model"_s, u"mock-chat"_s},
                               {u"max_tokens"_s, 8},
                               {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                                                      {u"content"_s, u"hello there"_s}}}}};
        return m_server.request(
            "POST", "/v1/chat/completions", json(body),
            {{"authorization", "Bearer " + who.secret}, {"content-type", "application/json"}});
    }

    /// Chats until the budget refuses; returns how many were answered 200 (the first may wait for
    /// the data plane to see a new subscription).
    int chatUntilRefused(const Persona &who)
    {
        int ok = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20'000) {
            const RawResponse r = chat(who);
            if (r.status == 200) {
                ++ok;
                continue;
            }
            if (r.status == 429) {
                if (object(r).value("error"_L1)[u"code"_s].toString() != u"insufficient_quota"_s)
                    qWarning() << r.body;
                return ok;
            }
            QTest::qWait(100); // 403 until the catalog has the subscription
        }
        return -1;
    }

    QJsonObject notifications(const QByteArray &token, const QByteArray &query = {})
    {
        const RawResponse r = m_server.call("GET", "/api/v1/notifications" + query, token);
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return object(r);
    }

    /// Types of the items of a notifications answer, sorted.
    static QStringList typesOf(const QJsonObject &list)
    {
        QStringList types;
        for (const QJsonValue &item : list.value("items"_L1).toArray())
            types << item[u"type"_s].toString();
        types.sort();
        return types;
    }

    /// The item of @p type in a notifications answer.
    static QJsonObject itemOf(const QJsonObject &list, const QString &type)
    {
        for (const QJsonValue &item : list.value("items"_L1).toArray()) {
            if (item[u"type"_s].toString() == type)
                return item.toObject();
        }
        return {};
    }

    QList<WebhookReceiver::Hit> hitsFor(const QString &subjectId)
    {
        QList<WebhookReceiver::Hit> found;
        for (const WebhookReceiver::Hit &hit : m_receiver.hits()) {
            if (QJsonDocument::fromJson(hit.body).object().value("subject"_L1)[u"id"_s].toString() ==
                subjectId)
                found << hit;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_receiver.start());
        QVERIFY2(m_mock.start({u"--models"_s, u"*"_s}), qPrintable(m_mock.errorString()));
        m_server.options().config = QJsonObject{
            {u"models"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, u"mock-chat"_s},
                 {u"capabilities"_s, QJsonArray{u"chat"_s}},
                 {u"prices"_s, QJsonObject{{u"input"_s, u"1000"_s}, {u"output"_s, u"2000"_s}}},
                 {u"deployments"_s, QJsonArray{QJsonObject{{u"base_url"_s, m_mock.apiBase()}}}}}}}};
        QString error;
        QVERIFY2(m_server.start(m_backend, &error), qPrintable(error));
    }

    void webhookSettings()
    {
        const RawResponse got = m_server.call("GET", "/api/v1/settings", m_server.admin());
        QCOMPARE(got.status, 200);
        QCOMPARE(object(got).value("alertWebhookSecretSet"_L1).toBool(), false);
        QCOMPARE(object(got).value("alertKeyExpiryWarningDays"_L1).toInt(), 7);
        const double version = object(got).value("version"_L1).toDouble();
        // Only http(s) URLs.
        QCOMPARE(m_server
                     .call("PATCH", "/api/v1/settings", m_server.admin(),
                           {{u"version"_s, version},
                            {u"alertWebhookUrls"_s, QJsonArray{u"ftp://127.0.0.1/hook"_s}}})
                     .status,
                 400);
        const RawResponse patched =
            m_server.call("PATCH", "/api/v1/settings", m_server.admin(),
                          {{u"version"_s, version},
                           {u"alertWebhookUrls"_s, QJsonArray{QString::fromLatin1(m_receiver.url())}},
                           {u"alertWebhookSecret"_s, QString::fromLatin1(Secret)},
                           {u"alertRetryBaseMs"_s, 300}});
        QCOMPARE(patched.status, 200);
        // Write-only: neither the answer, nor GET, nor the audit log shows the secret.
        QVERIFY(!patched.body.contains(Secret));
        const RawResponse again = m_server.call("GET", "/api/v1/settings", m_server.admin());
        QVERIFY(!again.body.contains(Secret));
        QCOMPARE(object(again).value("alertWebhookSecretSet"_L1).toBool(), true);
        const RawResponse audit =
            m_server.call("GET", "/api/v1/audit?action=settings.update", m_server.admin());
        QCOMPARE(audit.status, 200);
        QVERIFY(audit.body.contains("alertWebhookSecretSet"));
        QVERIFY(!audit.body.contains(Secret));
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM settings WHERE value LIKE ?"_s,
                                 {u"%"_s + QString::fromLatin1(Secret) + u"%"_s}),
                 0);
    }

    void keyCrossesSoftBudgetThenExhaustsIt()
    {
        m_alice = newUser(u"alice"_s, {{u"maxBudget"_s, u"0.069"_s}, {u"softBudget"_s, u"0.04"_s}});
        QVERIFY(!m_alice.secret.isEmpty());
        // 0.023 each: the second crosses 0.04, the third reaches 0.069, the fourth is refused.
        QCOMPARE(chatUntilRefused(m_alice), 3);
        QTRY_COMPARE_WITH_TIMEOUT(typesOf(notifications(m_alice.token)),
                                  (QStringList{u"budget_exhausted"_s, u"soft_budget_crossed"_s}), 10'000);
        const QJsonObject list = notifications(m_alice.token);
        QCOMPARE(list.value("unread"_L1).toInt(), 2);
        const QJsonObject exhausted = itemOf(list, u"budget_exhausted"_s);
        QCOMPARE(exhausted.value("subject"_L1)[u"kind"_s].toString(), u"key"_s);
        QCOMPARE(exhausted.value("subject"_L1)[u"id"_s].toString(), m_alice.keyId);
        QCOMPARE(exhausted.value("subject"_L1)[u"name"_s].toString(), u"alice-key"_s);
        QCOMPARE(exhausted.value("subject"_L1)[u"user"_s][u"name"_s].toString(), u"alice"_s);
        QCOMPARE(exhausted.value("details"_L1)[u"spend"_s].toString(), u"0.069"_s);
        QCOMPARE(exhausted.value("details"_L1)[u"budget"_s].toString(), u"0.069"_s);
        const QJsonObject soft = itemOf(list, u"soft_budget_crossed"_s);
        // Newest first (the two are often within the same millisecond, so only not older).
        QVERIFY(list.value("items"_L1).toArray().at(0)[u"occurredAt"_s].toString() >=
                list.value("items"_L1).toArray().at(1)[u"occurredAt"_s].toString());
        QCOMPARE(soft.value("details"_L1)[u"spend"_s].toString(), u"0.046"_s);
        QCOMPARE(soft.value("details"_L1)[u"budget"_s].toString(), u"0.04"_s);
        QCOMPARE(soft.value("read"_L1).toBool(), false);

        // Audited, as the alerting system.
        const RawResponse audit = m_server.call(
            "GET", "/api/v1/audit?action=alert.&targetId=" + m_alice.keyId.toLatin1(), m_server.admin());
        QCOMPARE(audit.status, 200);
        QStringList actions;
        for (const QJsonValue &e : object(audit).value("items"_L1).toArray())
            actions << e[u"action"_s].toString();
        actions.sort();
        QCOMPARE(actions, (QStringList{u"alert.budget_exhausted"_s, u"alert.soft_budget_crossed"_s}));

        // Delivered to the webhook, signed.
        QTRY_COMPARE_WITH_TIMEOUT(hitsFor(m_alice.keyId).size(), 2, 10'000);
        for (const WebhookReceiver::Hit &hit : hitsFor(m_alice.keyId)) {
            const QByteArray expected =
                "sha256=" +
                QMessageAuthenticationCode::hash(hit.body, Secret, QCryptographicHash::Sha256).toHex();
            QCOMPARE(hit.headers.value("x-tollgate-signature"), expected);
            const QJsonObject body = QJsonDocument::fromJson(hit.body).object();
            QCOMPARE(hit.headers.value("x-tollgate-event"), body.value("type"_L1).toString().toLatin1());
            QVERIFY(!hit.headers.value("x-tollgate-delivery").isEmpty());
            QCOMPARE(hit.headers.value("content-type"), "application/json"_ba);
            QVERIFY(
                QDateTime::fromString(body.value("occurredAt"_L1).toString(), Qt::ISODateWithMs).isValid());
            QCOMPARE(body.value("subject"_L1)[u"user"_s][u"id"_s].toString(), m_alice.id);
        }
        // The server stores the outcome after the receiver answered: wait for it.
        const auto delivered = [this] {
            return object(m_server.call("GET", "/api/v1/alerts/deliveries?state=delivered", m_server.admin()));
        };
        QTRY_COMPARE_WITH_TIMEOUT(delivered().value("total"_L1).toInt(), 2, 10'000);
        const QJsonObject deliveries = delivered();
        QCOMPARE(deliveries.value("items"_L1).toArray().at(0)[u"attempts"_s].toInt(), 1);
        QCOMPARE(deliveries.value("items"_L1).toArray().at(0)[u"lastStatus"_s].toInt(), 204);

        // More refusals repeat nothing.
        QCOMPARE(chat(m_alice).status, 429);
        QTest::qWait(1500);
        QCOMPARE(notifications(m_alice.token).value("total"_L1).toInt(), 2);
        QCOMPARE(hitsFor(m_alice.keyId).size(), 2);
    }

    void userBudgetHasASoftThreshold()
    {
        m_bob = newUser(u"bob"_s, {});
        const RawResponse user =
            m_server.call("GET", "/api/v1/users/" + m_bob.id.toLatin1(), m_server.admin());
        QCOMPARE(m_server
                     .call("PATCH", "/api/v1/users/" + m_bob.id.toLatin1(), m_server.admin(),
                           {{u"version"_s, object(user).value("version"_L1)}, {u"maxBudget"_s, u"0.069"_s}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server.scalar(u"SELECT COUNT(*) FROM users WHERE id = ? AND max_budget IS NOT NULL"_s,
                            {m_bob.id}),
            1, 5000);
        QTest::qWait(1500); // the data plane's catalog picks up the user's budget
        // 80 % of 0.069 (the default alertUserSoftBudgetPercent) is 0.0552: crossed by the third
        // request, which also reaches the budget.
        QCOMPARE(chatUntilRefused(m_bob), 3);
        QTRY_COMPARE_WITH_TIMEOUT(notifications(m_bob.token).value("total"_L1).toInt(), 2, 10'000);
        const QJsonArray items = notifications(m_bob.token).value("items"_L1).toArray();
        QStringList types;
        for (const QJsonValue &item : items) {
            types << item[u"type"_s].toString();
            QCOMPARE(item[u"subject"_s][u"kind"_s].toString(), u"user"_s);
            QCOMPARE(item[u"subject"_s][u"id"_s].toString(), m_bob.id);
        }
        types.sort();
        QCOMPARE(types, (QStringList{u"budget_exhausted"_s, u"soft_budget_crossed"_s}));
        for (const QJsonValue &item : items) {
            if (item[u"type"_s].toString() == u"soft_budget_crossed"_s)
                QCOMPARE(item[u"details"_s][u"budget"_s].toString(), u"0.0552"_s);
        }
    }

    void readMarksAndScopes()
    {
        const QJsonArray items = notifications(m_alice.token).value("items"_L1).toArray();
        QCOMPARE(items.size(), 2);
        const QByteArray first = items.at(0)[u"id"_s].toString().toLatin1();
        // Not bob's to mark, and not his to see.
        QCOMPARE(m_server.call("POST", "/api/v1/notifications/" + first + "/read", m_bob.token).status, 404);
        QCOMPARE(m_server.call("GET", "/api/v1/notifications?scope=all", m_bob.token).status, 403);
        QCOMPARE(m_server.call("GET", "/api/v1/notifications?scope=everything", m_alice.token).status, 400);
        QCOMPARE(m_server.call("POST", "/api/v1/notifications/" + first + "/read", m_alice.token).status,
                 204);
        QCOMPARE(notifications(m_alice.token).value("unread"_L1).toInt(), 1);
        const QJsonObject unread = notifications(m_alice.token, "?unread=true");
        QCOMPARE(unread.value("total"_L1).toInt(), 1);
        QCOMPARE(unread.value("items"_L1).toArray().at(0)[u"id"_s].toString(),
                 items.at(1)[u"id"_s].toString());
        // Paging per api/json.h.
        const QJsonObject page = notifications(m_alice.token, "?limit=1&offset=1");
        QCOMPARE(page.value("total"_L1).toInt(), 2);
        QCOMPARE(page.value("limit"_L1).toInt(), 1);
        QCOMPARE(page.value("items"_L1).toArray().size(), 1);
        QCOMPARE(object(m_server.call("POST", "/api/v1/notifications/read-all", m_alice.token))
                     .value("marked"_L1)
                     .toInt(),
                 1);
        QCOMPARE(notifications(m_alice.token).value("unread"_L1).toInt(), 0);
        // Admins: their own feed is empty, scope=all shows everybody's, with their own read marks.
        QCOMPARE(notifications(m_server.admin()).value("total"_L1).toInt(), 0);
        const QJsonObject all = notifications(m_server.admin(), "?scope=all");
        QCOMPARE(all.value("total"_L1).toInt(), 4);
        QCOMPARE(all.value("unread"_L1).toInt(), 4);
        QCOMPARE(notifications(m_bob.token).value("unread"_L1).toInt(), 2);
    }

    void restartRepeatsNothing()
    {
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        // The restarted limiter loads the spent budget and refuses: the exhaustion it reports
        // again is already in the store.
        QCOMPARE(chat(m_alice).status, 429);
        QTest::qWait(1500);
        QCOMPARE(notifications(m_alice.token).value("total"_L1).toInt(), 2);
        QCOMPARE(hitsFor(m_alice.keyId).size(), 2);
        QCOMPARE(
            m_server.scalar(u"SELECT COUNT(*) FROM alert_events WHERE subject_id = ?"_s, {m_alice.keyId}), 2);
    }

    void failingReceiverIsRetriedWithBackoff()
    {
        m_receiver.failNext(2);
        const qsizetype before = m_receiver.hits().size();
        const RawResponse r = m_server.call("POST", "/api/v1/alerts/test", m_server.admin());
        QCOMPARE(r.status, 200);
        const QJsonObject first = object(r).value("deliveries"_L1).toArray().at(0).toObject();
        QCOMPARE(first.value("state"_L1).toString(), u"pending"_s);
        QCOMPARE(first.value("attempts"_L1).toInt(), 1);
        QCOMPARE(first.value("lastStatus"_L1).toInt(), 500);
        QVERIFY(first.value("lastError"_L1).toString().contains(u"500"_s));
        const QByteArray eventId = object(r).value("eventId"_L1).toString().toLatin1();
        QTRY_COMPARE_WITH_TIMEOUT(
            object(m_server.call("GET", "/api/v1/alerts/deliveries?eventId=" + eventId, m_server.admin()))
                .value("items"_L1)
                .toArray()
                .at(0)[u"state"_s]
                .toString(),
            u"delivered"_s, 15'000);
        const QJsonObject delivered =
            object(m_server.call("GET", "/api/v1/alerts/deliveries?eventId=" + eventId, m_server.admin()))
                .value("items"_L1)
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(delivered.value("attempts"_L1).toInt(), 3);
        QCOMPARE(delivered.value("lastStatus"_L1).toInt(), 204);
        QVERIFY(delivered.value("lastError"_L1).isNull());
        const QList<WebhookReceiver::Hit> hits = m_receiver.hits().mid(before);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].answered, 500);
        QCOMPARE(hits[1].answered, 500);
        QCOMPARE(hits[2].answered, 204);
        for (const WebhookReceiver::Hit &hit : hits) {
            QCOMPARE(hit.headers.value("x-tollgate-delivery"),
                     delivered.value("id"_L1).toString().toLatin1());
            QCOMPARE(hit.headers.value("x-tollgate-event"), "test"_ba);
        }
        // Backoff with alertRetryBaseMs 300: 300 ms after the first failure, 900 ms after the second.
        QVERIFY2(hits[1].atMs - hits[0].atMs >= 300,
                 qPrintable(QString::number(hits[1].atMs - hits[0].atMs)));
        QVERIFY2(hits[2].atMs - hits[1].atMs >= 900,
                 qPrintable(QString::number(hits[2].atMs - hits[1].atMs)));
        // Test events are for the webhook, not the feed; the send is audited.
        QCOMPARE(notifications(m_server.admin(), "?scope=all").value("total"_L1).toInt(), 4);
        QCOMPARE(object(m_server.call("GET", "/api/v1/audit?action=alert.test", m_server.admin()))
                     .value("total"_L1)
                     .toInt(),
                 1);
    }

    void keyExpiringSoonIsWarnedOnce()
    {
        const QString expiresAt = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs);
        const RawResponse k = m_server.call("POST", "/api/v1/keys", m_bob.token,
                                            {{u"name"_s, u"short-lived"_s}, {u"expiresAt"_s, expiresAt}});
        QCOMPARE(k.status, 201);
        const QString keyId = object(k).value("id"_L1).toString();
        const RawResponse run =
            m_server.call("POST", "/api/v1/jobs/key-expiry-warning/run", m_server.admin());
        QCOMPARE(run.status, 200);
        QCOMPARE(object(run).value("counts"_L1)[u"warned"_s].toInt(), 1);
        QCOMPARE(object(m_server.call("POST", "/api/v1/jobs/key-expiry-warning/run", m_server.admin()))
                     .value("counts"_L1)[u"warned"_s]
                     .toInt(),
                 0);
        const QJsonArray items = notifications(m_bob.token).value("items"_L1).toArray();
        int warnings = 0;
        for (const QJsonValue &item : items) {
            if (item[u"type"_s].toString() != u"key_expiring"_s)
                continue;
            ++warnings;
            QCOMPARE(item[u"subject"_s][u"id"_s].toString(), keyId);
            QCOMPARE(item[u"details"_s][u"daysLeft"_s].toInt(), 2);
        }
        QCOMPARE(warnings, 1);
        QTRY_COMPARE_WITH_TIMEOUT(hitsFor(keyId).size(), 1, 10'000);
        // A key far from expiry is not warned about.
        QCOMPARE(m_server
                     .call("POST", "/api/v1/keys", m_bob.token,
                           {{u"name"_s, u"long-lived"_s},
                            {u"expiresAt"_s,
                             QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODateWithMs)}})
                     .status,
                 201);
        QCOMPARE(object(m_server.call("POST", "/api/v1/jobs/key-expiry-warning/run", m_server.admin()))
                     .value("counts"_L1)[u"warned"_s]
                     .toInt(),
                 0);
    }

    void testNeedsAWebhook()
    {
        const RawResponse got = m_server.call("GET", "/api/v1/settings", m_server.admin());
        QCOMPARE(m_server
                     .call("PATCH", "/api/v1/settings", m_server.admin(),
                           {{u"version"_s, object(got).value("version"_L1)},
                            {u"alertWebhookUrls"_s, QJsonArray()}})
                     .status,
                 200);
        QCOMPARE(m_server.call("POST", "/api/v1/alerts/test", m_server.admin()).status, 409);
    }

    /// The budget refuses before it is spent to the last cent when the next request's worst case
    /// does not fit: that refusal is the exhaustion users hear about.
    void refusalBeforeTheLastCentIsExhaustion()
    {
        const Persona carol = newUser(u"carol"_s, {{u"maxBudget"_s, u"0.05"_s}});
        QCOMPARE(chatUntilRefused(carol), 2); // 0.046 spent; 0.023 more does not fit
        QTRY_COMPARE_WITH_TIMEOUT(typesOf(notifications(carol.token)), QStringList{u"budget_exhausted"_s},
                                  10'000);
        const QJsonObject item = notifications(carol.token).value("items"_L1).toArray().at(0).toObject();
        QCOMPARE(item.value("details"_L1)[u"spend"_s].toString(), u"0.046"_s);
        QCOMPARE(item.value("details"_L1)[u"budget"_s].toString(), u"0.05"_s);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestAlerts>(u"TestAlerts"_s, argc, argv);
}

#include "tst_alerts.moc"
