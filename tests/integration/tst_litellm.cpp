// SPDX-License-Identifier: GPL-3.0-or-later
// LiteLLM's management API on the real tollgate-server (SQLite and PostgreSQL), driven over HTTP
// the way LiteLLM automation drives it, with the keys it makes used at the gateway against the
// real tollgate-mockllm — and a second replica on the same store to show deletions reach it.
#include "gateway-core/keys/keyformat.h"
#include "gateway-core/service/gateway.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "tests/support/apiserver.h"
#include "tests/support/mockllmprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray MasterKey = "litellm-test-master-key-0123456789";

qint64 msFromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TestLiteLlm final : public QObject
{
    Q_OBJECT

public:
    explicit TestLiteLlm(Backend backend)
        : m_backend(backend)
    {}

private:
    Backend m_backend;
    MockLlmProcess m_mock;
    // No bootstrap admin: LiteLLM automation holds the master key.
    ApiServer m_server{
        {.masterKey = QString::fromLatin1(MasterKey), .logLevel = u"warning"_s, .bootstrapAdmin = false}};
    std::unique_ptr<Process> m_replica;

    RawResponse call(QByteArrayView method, const QByteArray &path, const QJsonObject &body = {},
                     const RawHeaders &auth = {{"authorization", "Bearer " + MasterKey}},
                     Process *server = nullptr)
    {
        Process &target = server ? *server : m_server.process();
        RawHeaders headers = auth;
        QByteArray payload;
        if (method == "POST") {
            headers.append(QPair<QByteArray, QByteArray>("content-type", "application/json"));
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return rawRequest(target.host(), target.port(), method, path, payload, headers);
    }
    RawResponse post(const QByteArray &path, const QJsonObject &body) { return call("POST", path, body); }
    RawResponse get(const QByteArray &path) { return call("GET", path); }

    RawResponse chat(const QString &key, const QString &model = u"mock-chat"_s, Process *server = nullptr)
    {
        Process &target = server ? *server : m_server.process();
        const QJsonObject body{
            {u"model"_s, model},
            {u"max_tokens"_s, 8},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"hi"_s}}}}};
        return rawRequest(
            target.host(), target.port(), "POST", "/v1/chat/completions",
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"authorization", "Bearer " + key.toUtf8()}, {"content-type", "application/json"}});
    }

    QJsonObject generate(const QJsonObject &body)
    {
        const RawResponse r = post("/key/generate", body);
        if (r.status != 200)
            qWarning("key/generate answered %d: %s", r.status, r.body.constData());
        return r.status == 200 ? object(r) : QJsonObject();
    }

    QJsonObject keyInfo(const QString &reference)
    {
        return object(get("/key/info?key=" + QUrl::toPercentEncoding(reference))).value("info"_L1).toObject();
    }

    /// Polls @p server with @p key until the status is @p status; how long it took, or -1.
    qint64 waitForStatus(const QString &key, int status, Process *server, int timeoutMs = 10'000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (chat(key, u"mock-chat"_s, server).status == status)
                return t.elapsed();
            QTest::qWait(25);
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_mock.start({u"--models"_s, u"*"_s}), qPrintable(m_mock.errorString()));
        const QJsonObject config{
            {u"models"_s,
             QJsonArray{
                 QJsonObject{{u"id"_s, u"mock-chat"_s},
                             {u"capabilities"_s, QJsonArray{u"chat"_s}},
                             {u"prices"_s, QJsonObject{{u"input"_s, u"1"_s}, {u"output"_s, u"2"_s}}},
                             {u"deployments"_s, QJsonArray{QJsonObject{{u"base_url"_s, m_mock.apiBase()}}}}},
                 QJsonObject{
                     {u"id"_s, u"mock-other"_s},
                     {u"capabilities"_s, QJsonArray{u"chat"_s}},
                     {u"deployments"_s, QJsonArray{QJsonObject{{u"base_url"_s, m_mock.apiBase()}}}}}}},
        };
        m_server.options().config = config;
        QString error;
        QVERIFY2(m_server.start(m_backend, &error), qPrintable(error));
        m_replica = m_server.startReplica(&error);
        QVERIFY2(m_replica, qPrintable(error));
    }

    void refusesCallersWithoutTheMasterKey_data()
    {
        QTest::addColumn<RawHeaders>("headers");
        QTest::newRow("none") << RawHeaders{};
        QTest::newRow("wrong bearer") << RawHeaders{{"authorization", "Bearer not-the-master-key"}};
        QTest::newRow("prefix of master") << RawHeaders{{"authorization", "Bearer " + MasterKey.left(10)}};
        QTest::newRow("wrong x-litellm-api-key") << RawHeaders{{"x-litellm-api-key", "sk-1234"}};
    }

    void refusesCallersWithoutTheMasterKey()
    {
        QFETCH(RawHeaders, headers);
        for (const auto &[method, path] : {std::pair<QByteArrayView, QByteArray>{"POST", "/key/generate"},
                                           {"GET", "/key/info"},
                                           {"POST", "/key/delete"},
                                           {"GET", "/user/info?user_id=x"},
                                           {"POST", "/model/new"},
                                           {"POST", "/key/abc/regenerate"}}) {
            const RawResponse r =
                call(method, path, QJsonObject{{u"models"_s, QJsonArray{u"mock-chat"_s}}}, headers);
            QCOMPARE(r.status, 401);
            QCOMPARE(errorOf(r).value("code"_L1).toString(), u"401"_s);
            QCOMPARE(errorOf(r).value("type"_L1).toString(), u"auth_error"_s);
        }
        // A virtual key is no master key either; it may only read its own info, as in LiteLLM.
        const QJsonObject made = generate({{u"models"_s, QJsonArray{u"mock-chat"_s}}});
        const QJsonObject other = generate({{u"models"_s, QJsonArray{u"mock-chat"_s}}});
        QVERIFY(!made.isEmpty() && !other.isEmpty());
        const RawHeaders asKey{{"x-litellm-api-key", made.value("key"_L1).toString().toUtf8()}};
        QCOMPARE(call("POST", "/key/generate", {}, asKey).status, 401);
        QCOMPARE(call("GET", "/key/list", {}, asKey).status, 401);
        const RawResponse own = call("GET", "/key/info", {}, asKey);
        QCOMPARE(own.status, 200);
        QCOMPARE(object(own).value("info"_L1).toObject().value("token"_L1), made.value("token"_L1));
        QCOMPARE(
            call("GET", "/key/info?key=" + other.value("token"_L1).toString().toUtf8(), {}, asKey).status,
            403);
        QCOMPARE(call("POST", "/key/delete", {{u"keys"_s, QJsonArray{made.value("token"_L1)}}}).status, 200);
        QCOMPARE(call("GET", "/key/info", {}, asKey).status, 401);
    }

    void acceptsTheMasterKeyInLiteLlmsHeaders_data()
    {
        QTest::addColumn<RawHeaders>("headers");
        QTest::newRow("authorization") << RawHeaders{{"authorization", "Bearer " + MasterKey}};
        QTest::newRow("x-litellm-api-key") << RawHeaders{{"x-litellm-api-key", MasterKey}};
        QTest::newRow("x-litellm-api-key bearer") << RawHeaders{{"x-litellm-api-key", "Bearer " + MasterKey}};
        QTest::newRow("api-key") << RawHeaders{{"api-key", MasterKey}};
    }

    void acceptsTheMasterKeyInLiteLlmsHeaders()
    {
        QFETCH(RawHeaders, headers);
        const RawResponse r = call("GET", "/model/info", {}, headers);
        QCOMPARE(r.status, 200);
        QVERIFY(!object(r).value("data"_L1).toArray().isEmpty());
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("malformed json") << "/key/generate"_ba
                                        << "{\"models\": [\"mock-chat\""_ba << u"JSON"_s;
        QTest::newRow("not an object") << "/key/generate"_ba
                                       << "[1,2]"_ba << u"object"_s;
        QTest::newRow("negative tpm") << "/key/generate"_ba
                                      << "{\"tpm_limit\": -1}"_ba << u"tpm_limit"_s;
        QTest::newRow("fractional rpm") << "/key/generate"_ba
                                        << "{\"rpm_limit\": 1.5}"_ba << u"rpm_limit"_s;
        QTest::newRow("rpm as text") << "/key/generate"_ba
                                     << "{\"rpm_limit\": \"10\"}"_ba << u"rpm_limit"_s;
        QTest::newRow("negative budget") << "/key/generate"_ba
                                         << "{\"max_budget\": -5}"_ba << u"max_budget"_s;
        QTest::newRow("bad duration") << "/key/generate"_ba
                                      << "{\"duration\": \"30x\"}"_ba << u"duration"_s;
        QTest::newRow("bad budget duration") << "/key/generate"_ba
                                             << "{\"budget_duration\": \"often\"}"_ba << u"budget_duration"_s;
        QTest::newRow("models not a list") << "/key/generate"_ba
                                           << "{\"models\": \"mock-chat\"}"_ba << u"models"_s;
        QTest::newRow("unknown model") << "/key/generate"_ba
                                       << "{\"models\": [\"no-such-model\"]}"_ba << u"no-such-model"_s;
        QTest::newRow("per-model budget")
            << "/key/generate"_ba
            << "{\"model_max_budget\": {\"mock-chat\": {\"budget_limit\": 1}}}"_ba << u"model_max_budget"_s;
        QTest::newRow("update without key") << "/key/update"_ba
                                            << "{\"rpm_limit\": 3}"_ba << u"key"_s;
        QTest::newRow("delete nothing") << "/key/delete"_ba
                                        << "{}"_ba << u"key_aliases"_s;
        QTest::newRow("bad role") << "/user/new"_ba
                                  << "{\"user_role\": \"emperor\"}"_ba << u"user_role"_s;
        QTest::newRow("model without api_base")
            << "/model/new"_ba
            << "{\"model_name\": \"m\", \"litellm_params\": {\"model\": \"openai/m\"}}"_ba << u"api_base"_s;
        QTest::newRow("model with bad price")
            << "/model/new"_ba
            << "{\"model_name\": \"m\", \"litellm_params\": {\"model\": \"openai/m\", "
               "\"api_base\": \"http://127.0.0.1:9/v1\"}, \"model_info\": "
               "{\"input_cost_per_token\": -1}}"_ba
            << u"input_cost_per_token"_s;
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const RawResponse r = m_server.request(
            "POST", path, body,
            {{"authorization", "Bearer " + MasterKey}, {"content-type", "application/json"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r).value("code"_L1).toString(), u"400"_s);
        QVERIFY2(errorOf(r).value("message"_L1).toString().contains(mentions), r.body.constData());
    }

    void failedGenerateWritesNothing()
    {
        // The owner would be created, but the unknown model fails the request: no user is left.
        const RawResponse r =
            post("/key/generate", {{u"user_id"_s, u"ghost"_s},
                                   {u"key_alias"_s, u"ghost-key"_s},
                                   {u"models"_s, QJsonArray{u"mock-chat"_s, u"no-such-model"_s}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(get("/user/info?user_id=ghost").status, 404);
        QCOMPARE(object(get("/key/list?key_alias=ghost-key")).value("total_count"_L1).toInt(), 0);
    }

    void generateInfoUpdateUseDelete()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QJsonObject made = generate({{u"user_id"_s, u"alice"_s},
                                           {u"key_alias"_s, u"alice-key"_s},
                                           {u"models"_s, QJsonArray{u"mock-chat"_s}},
                                           {u"duration"_s, u"30d"_s},
                                           {u"max_budget"_s, 10.5},
                                           {u"budget_duration"_s, u"30d"_s},
                                           {u"soft_budget"_s, 8},
                                           {u"rpm_limit"_s, 100},
                                           {u"tpm_limit"_s, 100000},
                                           {u"max_parallel_requests"_s, 4},
                                           {u"model_rpm_limit"_s, QJsonObject{{u"mock-chat"_s, 50}}},
                                           {u"metadata"_s, QJsonObject{{u"team"_s, u"blue"_s}}}});
        QVERIFY(!made.isEmpty());
        const QString key = made.value("key"_L1).toString();
        const QString token = made.value("token"_L1).toString();
        QVERIFY(key.startsWith(u"sk-"));
        // LiteLLM's token is the SHA-256 of the key: automation computes it on its own.
        QCOMPARE(token.toLatin1(), Keys::hashKey(key.toUtf8()));
        QCOMPARE(made.value("key_alias"_L1).toString(), u"alice-key"_s);
        QCOMPARE(made.value("user_id"_L1).toString(), u"alice"_s);
        QCOMPARE(made.value("max_budget"_L1).toDouble(), 10.5);
        QCOMPARE(made.value("soft_budget"_L1).toDouble(), 8.0);
        QCOMPARE(made.value("rpm_limit"_L1).toInt(), 100);
        QCOMPARE(made.value("max_parallel_requests"_L1).toInt(), 4);
        QCOMPARE(made.value("model_rpm_limit"_L1).toObject().value("mock-chat"_L1).toInt(), 50);
        QCOMPARE(made.value("metadata"_L1).toObject().value("team"_L1).toString(), u"blue"_s);
        QVERIFY(!made.value("budget_reset_at"_L1).isNull());
        const qint64 expires = msFromIso(made.value("expires"_L1));
        const qint64 thirtyDays = 30LL * 24 * 3600 * 1000;
        QVERIFY2(expires >= before + thirtyDays &&
                     expires <= QDateTime::currentMSecsSinceEpoch() + thirtyDays,
                 qPrintable(made.value("expires"_L1).toString()));

        // Info by token and by the key itself; the list without ?key= shows alias and token.
        QCOMPARE(keyInfo(token).value("key_alias"_L1).toString(), u"alice-key"_s);
        QCOMPARE(keyInfo(key).value("token"_L1).toString(), token);
        const RawResponse shown = get("/key/info?key=" + QUrl::toPercentEncoding(key));
        QVERIFY2(!shown.body.contains(key.toUtf8()), "key/info echoed the secret");
        bool listed = false;
        for (const QJsonValue &v : object(get("/key/info")).value("keys"_L1).toArray())
            listed = listed || (v.toObject().value("token"_L1).toString() == token &&
                                v.toObject().value("key_alias"_L1).toString() == u"alice-key");
        QVERIFY(listed);
        QVERIFY(!get("/key/info").body.contains(key.toUtf8()));

        // The key works at the gateway at once.
        QCOMPARE(chat(key).status, 200);

        const RawResponse updated =
            post("/key/update", {{u"key"_s, token},
                                 {u"key_alias"_s, u"alice-renamed"_s},
                                 {u"rpm_limit"_s, 7},
                                 {u"max_budget"_s, QJsonValue()},
                                 {u"models"_s, QJsonArray{u"mock-chat"_s, u"mock-other"_s}},
                                 {u"metadata"_s, QJsonObject{{u"team"_s, u"red"_s}}}});
        QCOMPARE(updated.status, 200);
        const QJsonObject info = keyInfo(token);
        QCOMPARE(info.value("key_alias"_L1).toString(), u"alice-renamed"_s);
        QCOMPARE(info.value("rpm_limit"_L1).toInt(), 7);
        QVERIFY(info.value("max_budget"_L1).isNull());
        QCOMPARE(info.value("tpm_limit"_L1).toInt(), 100000); // untouched fields stay
        QCOMPARE(info.value("metadata"_L1).toObject().value("team"_L1).toString(), u"red"_s);
        QCOMPARE(chat(key, u"mock-other"_s).status, 200); // the added model is usable at once
        QCOMPARE(chat(key).status, 200);

        // The audit log has who, what, from where.
        Store::Database db(m_server.databaseUrl());
        Store::AuditFilter filter;
        filter.targetId = made.value("key_id"_L1).toString();
        const auto audit = Store::AuditRepository(db).list(filter);
        QCOMPARE(audit.total, 2);
        QCOMPARE(audit.items.at(0).action, u"key.update"_s);
        QCOMPARE(audit.items.at(1).action, u"key.create"_s);
        QCOMPARE(audit.items.at(0).sourceAddress, u"127.0.0.1"_s);
        QCOMPARE(audit.items.at(0).before.toObject().value("alias"_L1).toString(), u"alice-key"_s);
        QCOMPARE(audit.items.at(0).after.toObject().value("alias"_L1).toString(), u"alice-renamed"_s);

        const RawResponse deleted = post("/key/delete", {{u"keys"_s, QJsonArray{token}}});
        QCOMPARE(deleted.status, 200);
        QCOMPARE(object(deleted).value("deleted_keys"_L1).toArray(), QJsonArray{token});
        // The very next request is refused.
        const RawResponse refused = chat(key);
        QCOMPARE(refused.status, 401);
        QCOMPARE(errorOf(refused).value("code"_L1).toString(), u"invalid_api_key"_s);
        QCOMPARE(get("/key/info?key=" + token.toUtf8()).status, 404);
        QCOMPARE(post("/key/delete", {{u"keys"_s, QJsonArray{token}}}).status, 404);

        // One unknown name among several deletes nothing.
        const QJsonObject kept =
            generate({{u"models"_s, QJsonArray{u"mock-chat"_s}}, {u"key_alias"_s, u"kept"_s}});
        QCOMPARE(post("/key/delete", {{u"key_aliases"_s, QJsonArray{u"kept"_s, u"no-such-alias"_s}}}).status,
                 404);
        QCOMPARE(chat(kept.value("key"_L1).toString()).status, 200);
    }

    void deletionReachesTheOtherReplica()
    {
        const QJsonObject made = generate({{u"user_id"_s, u"replicated"_s},
                                           {u"key_alias"_s, u"replicated-key"_s},
                                           {u"models"_s, QJsonArray{u"mock-chat"_s}}});
        QVERIFY(!made.isEmpty());
        const QString key = made.value("key"_L1).toString();
        // The other replica learns of the new key from the store's change feed.
        QVERIFY(waitForStatus(key, 200, m_replica.get()) >= 0);
        QCOMPARE(post("/key/delete", {{u"key_aliases"_s, QJsonArray{u"replicated-key"_s}}}).status, 200);
        QCOMPARE(chat(key).status, 401);
        const qint64 took = waitForStatus(key, 401, m_replica.get());
        QVERIFY2(took >= 0, "the other replica kept accepting a deleted key");
        // The change feed is polled about once a second: seconds, not minutes (with room for a
        // loaded machine).
        QVERIFY2(took < 5000, qPrintable(u"the other replica refused the key only after %1 ms"_s.arg(took)));
    }

    void aliasesAreUnique()
    {
        QVERIFY(!generate({{u"key_alias"_s, u"shared-alias"_s}, {u"models"_s, QJsonArray{u"mock-chat"_s}}})
                     .isEmpty());
        const RawResponse again = post("/key/generate", {{u"key_alias"_s, u"shared-alias"_s}});
        QCOMPARE(again.status, 400);
        QVERIFY(errorOf(again).value("message"_L1).toString().contains(u"already in use"_s));
        const QJsonObject other = generate({{u"key_alias"_s, u"other-alias"_s}});
        QVERIFY(!other.isEmpty());
        const RawResponse renamed =
            post("/key/update", {{u"key"_s, other.value("token"_L1)}, {u"key_alias"_s, u"shared-alias"_s}});
        QCOMPARE(renamed.status, 400);
        QCOMPARE(keyInfo(other.value("token"_L1).toString()).value("key_alias"_L1).toString(),
                 u"other-alias"_s);
    }

    void durationMovesTheExpiry()
    {
        const QJsonObject made =
            generate({{u"models"_s, QJsonArray{u"mock-chat"_s}}, {u"duration"_s, u"1h"_s}});
        QVERIFY(!made.isEmpty());
        const QString key = made.value("key"_L1).toString();
        const QString token = made.value("token"_L1).toString();
        const qint64 hour = 3600 * 1000;
        QVERIFY(qAbs(msFromIso(made.value("expires"_L1)) - (QDateTime::currentMSecsSinceEpoch() + hour)) <
                60'000);
        QCOMPARE(post("/key/update", {{u"key"_s, token}, {u"duration"_s, u"168h"_s}}).status, 200);
        QVERIFY(qAbs(msFromIso(keyInfo(token).value("expires"_L1)) -
                     (QDateTime::currentMSecsSinceEpoch() + 168 * hour)) < 60'000);
        QCOMPARE(chat(key).status, 200);
        QCOMPARE(post("/key/update", {{u"key"_s, key}, {u"duration"_s, u"1s"_s}}).status, 200);
        QTest::qWait(1100);
        const RawResponse expired = chat(key);
        QCOMPARE(expired.status, 401);
        QCOMPARE(errorOf(expired).value("code"_L1).toString(), u"key_expired"_s);
        // Blocking is LiteLLM's switch; it takes effect on the next request, like expiry.
        QCOMPARE(post("/key/update", {{u"key"_s, token}, {u"duration"_s, u"-1"_s}}).status, 200);
        QCOMPARE(post("/key/block", {{u"key"_s, token}}).status, 200);
        QVERIFY(keyInfo(token).value("blocked"_L1).toBool());
        QCOMPARE(errorOf(chat(key)).value("code"_L1).toString(), u"key_revoked"_s);
        QCOMPARE(post("/key/unblock", {{u"key"_s, key}}).status, 200);
        QCOMPARE(chat(key).status, 200);
        QCOMPARE(post("/key/update", {{u"key"_s, token}, {u"duration"_s, u"1s"_s}}).status, 200);
        QTest::qWait(1100);
        QCOMPARE(chat(key).status, 401);
        // "-1" removes the expiry again.
        QCOMPARE(post("/key/update", {{u"key"_s, token}, {u"duration"_s, u"-1"_s}}).status, 200);
        QVERIFY(keyInfo(token).value("expires"_L1).isNull());
        QCOMPARE(chat(key).status, 200);
    }

    void regenerateKeepsIdAndSpend()
    {
        const QJsonObject made =
            generate({{u"models"_s, QJsonArray{u"mock-chat"_s}}, {u"key_alias"_s, u"rotating"_s}});
        QVERIFY(!made.isEmpty());
        const QString first = made.value("key"_L1).toString();
        QCOMPARE(chat(first).status, 200);
        // Spend reaches the store through the usage journal within a second or so.
        double spend = 0;
        QElapsedTimer t;
        t.start();
        while (spend == 0 && t.elapsed() < 10'000) {
            spend = keyInfo(made.value("token"_L1).toString()).value("spend"_L1).toDouble();
            if (spend == 0)
                QTest::qWait(100);
        }
        QVERIFY(spend > 0);

        const RawResponse rotated = post("/key/regenerate", {{u"key"_s, made.value("token"_L1)}});
        QCOMPARE(rotated.status, 200);
        const QString second = object(rotated).value("key"_L1).toString();
        QVERIFY(second.startsWith(u"sk-"));
        QVERIFY(second != first);
        QCOMPARE(object(rotated).value("key_id"_L1), made.value("key_id"_L1));
        QCOMPARE(object(rotated).value("key_alias"_L1).toString(), u"rotating"_s);
        QCOMPARE(object(rotated).value("spend"_L1).toDouble(), spend);
        QCOMPARE(chat(first).status, 401);
        QCOMPARE(chat(second).status, 200);

        // LiteLLM's path form, with a grace period: both secrets work until it ends.
        const RawResponse graceful = post("/key/" + QUrl::toPercentEncoding(second) + "/regenerate",
                                          {{u"grace_period"_s, u"1h"_s}, {u"rpm_limit"_s, 1000}});
        QCOMPARE(graceful.status, 200);
        const QString third = object(graceful).value("key"_L1).toString();
        QCOMPARE(object(graceful).value("rpm_limit"_L1).toInt(), 1000);
        QCOMPARE(chat(second).status, 200);
        QCOMPARE(chat(third).status, 200);
        QVERIFY(keyInfo(third).value("spend"_L1).toDouble() >= spend);
        QCOMPARE(post("/key/regenerate", {{u"key"_s, u"sk-unknown-key-000000000000"_s}}).status, 404);
        QCOMPARE(
            post("/key/regenerate", {{u"key"_s, third}, {u"new_key"_s, u"sk-mine-000000000000000"_s}}).status,
            400);
    }

    void modelNewThenAKeyForIt()
    {
        const RawResponse created =
            post("/model/new", {{u"model_name"_s, u"added-model"_s},
                                {u"litellm_params"_s, QJsonObject{{u"model"_s, u"openai/upstream-name"_s},
                                                                  {u"api_base"_s, m_mock.apiBase()},
                                                                  {u"api_key"_s, u"upstream-key-2"_s}}},
                                {u"model_info"_s, QJsonObject{{u"input_cost_per_token"_s, 0.000001},
                                                              {u"output_cost_per_token"_s, 0.000002},
                                                              {u"max_tokens"_s, 8192},
                                                              {u"supports_tokenize"_s, true}}}});
        QCOMPARE(created.status, 200);
        const QString deploymentId =
            object(created).value("model_info"_L1).toObject().value("id"_L1).toString();
        QVERIFY(!deploymentId.isEmpty());
        QVERIFY2(!created.body.contains("upstream-key-2"), "the upstream key was echoed");

        QJsonObject entry;
        for (const QJsonValue &v : object(get("/model/info")).value("data"_L1).toArray()) {
            if (v.toObject().value("model_name"_L1).toString() == u"added-model")
                entry = v.toObject();
        }
        QVERIFY(!entry.isEmpty());
        const QJsonObject info = entry.value("model_info"_L1).toObject();
        QCOMPARE(info.value("id"_L1).toString(), deploymentId);
        QCOMPARE(info.value("input_cost_per_token"_L1).toDouble(), 0.000001);
        QCOMPARE(info.value("output_cost_per_token"_L1).toDouble(), 0.000002);
        QCOMPARE(info.value("max_tokens"_L1).toInt(), 8192);
        QCOMPARE(info.value("supports_tokenize"_L1).toBool(), true);
        QCOMPARE(entry.value("litellm_params"_L1).toObject().value("api_base"_L1).toString(),
                 m_mock.apiBase());
        QVERIFY(!entry.value("litellm_params"_L1).toObject().contains("api_key"_L1));
        QCOMPARE(object(get("/model/info?litellm_model_id=" + deploymentId.toUtf8()))
                     .value("data"_L1)
                     .toArray()
                     .size(),
                 1);

        const QJsonObject made =
            generate({{u"models"_s, QJsonArray{u"added-model"_s}}, {u"user_id"_s, u"modeller"_s}});
        QVERIFY(!made.isEmpty());
        const RawResponse r = chat(made.value("key"_L1).toString(), u"added-model"_s);
        QCOMPARE(r.status, 200);
        // The upstream saw the served name and the upstream key, stored encrypted and opened again.
        const QJsonObject seen = m_mock.lastRequest();
        QCOMPARE(seen.value("json"_L1).toObject().value("model"_L1).toString(), u"upstream-name"_s);
        QCOMPARE(seen.value("headers"_L1).toObject().value("authorization"_L1).toString(),
                 u"Bearer upstream-key-2"_s);
        // 1e-6 per token is 1 per million: 8 completion tokens at 2/M plus the prompt at 1/M.
        QVERIFY(r.header("x-tollgate-cost").toDouble() > 0);
        // The key may not call a model it does not name.
        QCOMPARE(chat(made.value("key"_L1).toString(), u"mock-chat"_s).status, 403);
    }

    void usersNewAndInfo()
    {
        const RawResponse created = post("/user/new", {{u"user_id"_s, u"user-1"_s},
                                                       {u"user_email"_s, u"bob@example.com"_s},
                                                       {u"user_alias"_s, u"bob"_s},
                                                       {u"user_role"_s, u"internal_user"_s},
                                                       {u"max_budget"_s, 5},
                                                       {u"budget_duration"_s, u"1mo"_s},
                                                       {u"rpm_limit"_s, 60},
                                                       {u"models"_s, QJsonArray{u"mock-chat"_s}}});
        QCOMPARE(created.status, 200);
        const QJsonObject body = object(created);
        QCOMPARE(body.value("user_id"_L1).toString(), u"user-1"_s);
        QCOMPARE(body.value("max_budget"_L1).toDouble(), 5.0);
        const QString key = body.value("key"_L1).toString();
        QVERIFY(key.startsWith(u"sk-")); // auto_create_key defaults to true
        QCOMPARE(chat(key).status, 200);

        const RawResponse info = get("/user/info?user_id=user-1");
        QCOMPARE(info.status, 200);
        const QJsonObject user = object(info).value("user_info"_L1).toObject();
        QCOMPARE(user.value("user_email"_L1).toString(), u"bob@example.com"_s);
        QCOMPARE(user.value("user_role"_L1).toString(), u"internal_user"_s);
        QCOMPARE(user.value("max_budget"_L1).toDouble(), 5.0);
        QCOMPARE(user.value("rpm_limit"_L1).toInt(), 60);
        QCOMPARE(user.value("budget_duration"_L1).toString(), u"1mo"_s);
        QCOMPARE(user.value("models"_L1).toArray(), QJsonArray{u"mock-chat"_s});
        const QJsonArray keys = object(info).value("keys"_L1).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).toObject().value("token"_L1).toString(), body.value("token"_L1).toString());

        QCOMPARE(post("/user/new", {{u"user_id"_s, u"user-1"_s}}).status, 400);
        const RawResponse noKey = post("/user/new", {{u"user_id"_s, u"user-2"_s},
                                                     {u"user_role"_s, u"proxy_admin_viewer"_s},
                                                     {u"auto_create_key"_s, false}});
        QCOMPARE(noKey.status, 200);
        QVERIFY(object(noKey).value("key"_L1).isNull());
        QCOMPARE(object(get("/user/info?user_id=user-2")).value("keys"_L1).toArray().size(), 0);
        QCOMPARE(object(get("/user/info?user_id=user-2"))
                     .value("user_info"_L1)
                     .toObject()
                     .value("user_role"_L1)
                     .toString(),
                 u"proxy_admin_viewer"_s);
        QCOMPARE(get("/user/info?user_id=nobody").status, 404);
        QCOMPARE(get("/user/info").status, 400);

        // /key/generate creates a user it names, as LiteLLM does.
        QVERIFY(!generate({{u"user_id"_s, u"made-by-generate"_s}, {u"models"_s, QJsonArray{u"mock-chat"_s}}})
                     .isEmpty());
        QCOMPARE(get("/user/info?user_id=made-by-generate").status, 200);
    }

    void importsAChosenKeyAndDefaultsToUnrestrictedModels()
    {
        // LiteLLM lets automation bring its own key value (migrations from LiteLLM do).
        const QString chosen = u"sk-chosen-by-automation-0123456789"_s;
        const QJsonObject imported =
            generate({{u"key"_s, chosen}, {u"models"_s, QJsonArray{u"mock-chat"_s}}});
        QCOMPARE(imported.value("key"_L1).toString(), chosen);
        QCOMPARE(chat(chosen).status, 200);
        QCOMPARE(post("/key/generate", {{u"key"_s, chosen}}).status, 400);
        // A key without models may call every unrestricted model, as an unrestricted LiteLLM key.
        const QJsonObject open = generate({{u"user_id"_s, u"no-models"_s}});
        QVERIFY(!open.isEmpty());
        QCOMPARE(chat(open.value("key"_L1).toString(), u"mock-chat"_s).status, 200);
        QCOMPARE(chat(open.value("key"_L1).toString(), u"mock-other"_s).status, 200);
    }

    void userUpdateReachesTheGateway()
    {
        const RawResponse created = post("/user/new", {{u"user_id"_s, u"budgeted"_s},
                                                       {u"rpm_limit"_s, 100},
                                                       {u"models"_s, QJsonArray{u"mock-chat"_s}}});
        QCOMPARE(created.status, 200);
        const QString key = object(created).value("key"_L1).toString();
        QCOMPARE(chat(key).status, 200);
        const RawResponse updated = post("/user/update", {{u"user_id"_s, u"budgeted"_s},
                                                          {u"max_budget"_s, 0},
                                                          {u"rpm_limit"_s, QJsonValue()},
                                                          {u"user_role"_s, u"proxy_admin"_s}});
        QCOMPARE(updated.status, 200);
        const QJsonObject user = object(get("/user/info?user_id=budgeted")).value("user_info"_L1).toObject();
        QCOMPARE(user.value("max_budget"_L1).toDouble(), 0.0);
        QVERIFY(user.value("rpm_limit"_L1).isNull());
        QCOMPARE(user.value("user_role"_L1).toString(), u"proxy_admin"_s);
        // The owner's budget of 0 is in force at the gateway as soon as the update answered.
        const RawResponse refused = chat(key);
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorOf(refused).value("code"_L1).toString(), u"insufficient_quota"_s);
        QCOMPARE(post("/user/update", {{u"user_id"_s, u"nobody"_s}, {u"max_budget"_s, 1}}).status, 404);
        QCOMPARE(post("/user/update", {{u"user_id"_s, u"budgeted"_s}, {u"spend"_s, 0}}).status, 400);
    }

    void modelDeleteRemovesDeploymentsThenTheModel()
    {
        for (const QString &id : {u"doomed-1"_s, u"doomed-2"_s}) {
            const RawResponse r =
                post("/model/new", {{u"model_name"_s, u"doomed"_s},
                                    {u"litellm_params"_s, QJsonObject{{u"model"_s, u"openai/doomed"_s},
                                                                      {u"api_base"_s, m_mock.apiBase()}}},
                                    {u"model_info"_s, QJsonObject{{u"id"_s, id}}}});
            QCOMPARE(r.status, 200);
        }
        const QJsonObject made = generate({{u"models"_s, QJsonArray{u"doomed"_s}}});
        const QString key = made.value("key"_L1).toString();
        QCOMPARE(chat(key, u"doomed"_s).status, 200);

        RawResponse r = post("/model/delete", {{u"id"_s, u"doomed-1"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r).value("model_removed"_L1).toBool(), false);
        QCOMPARE(object(get("/model/info?litellm_model_id=doomed-1")).value("data"_L1).toArray().size(), 0);
        QCOMPARE(chat(key, u"doomed"_s).status, 200);

        r = post("/model/delete", {{u"id"_s, u"doomed-2"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r).value("model_removed"_L1).toBool(), true);
        const RawResponse gone = chat(key, u"doomed"_s);
        QCOMPARE(gone.status, 404);
        QCOMPARE(errorOf(gone).value("code"_L1).toString(), u"model_not_found"_s);
        for (const QJsonValue &v : object(get("/model/info")).value("data"_L1).toArray())
            QVERIFY(v.toObject().value("model_name"_L1).toString() != u"doomed");
        QCOMPARE(post("/model/delete", {{u"id"_s, u"doomed-2"_s}}).status, 404);
        QCOMPARE(post("/model/delete", {}).status, 400);
    }

    void keyListPages()
    {
        const RawResponse r = get("/key/list?size=2&page=1");
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r).value("keys"_L1).toArray().size(), 2);
        QVERIFY(object(r).value("total_count"_L1).toInt() > 2);
        QCOMPARE(object(r).value("keys"_L1).toArray().at(0).toString().size(), 64); // tokens
        const RawResponse mine = get("/key/list?user_id=user-1&return_full_object=true");
        QCOMPARE(object(mine).value("total_count"_L1).toInt(), 1);
        QCOMPARE(object(mine).value("keys"_L1).toArray().at(0).toObject().value("user_id"_L1).toString(),
                 u"user-1"_s);
        QCOMPARE(get("/key/list?size=0").status, 400);
    }
};

/// The same server assembled in-process without a master key: the endpoints say they are off.
class TestLiteLlmWithoutMasterKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointsExplainThatTheyAreDisabled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Service::GatewayOptions options;
        options.port = 0;
        options.databaseUrl = u"sqlite://"_s + dir.filePath(u"tollgate.db"_s);
        options.journalDir = dir.filePath(u"journal"_s);
        options.http.workers = 1;
        Service::Gateway gateway(options);
        QVERIFY2(gateway.start(), qPrintable(gateway.errorString()));
        for (const RawHeaders &headers : {RawHeaders{}, RawHeaders{{"authorization", "Bearer "_ba}},
                                          RawHeaders{{"authorization", "Bearer anything"_ba}}}) {
            const RawResponse r =
                rawRequest(u"127.0.0.1"_s, gateway.port(), "POST", "/key/generate", "{}", headers);
            QCOMPARE(r.status, 401);
            QVERIFY2(errorOf(r).value("message"_L1).toString().contains(u"No master key is configured"_s),
                     r.body.constData());
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestLiteLlm>(u"TestLiteLlm"_s, argc, argv);
}

#include "tst_litellm.moc"
