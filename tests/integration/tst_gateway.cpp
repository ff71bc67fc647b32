// SPDX-License-Identifier: GPL-3.0-or-later
// The real tollgate-server in front of real tollgate-mockllm processes, on 127.0.0.1: every
// rejection path, every limit, streaming, aborts, upstream faults and a journal replay after kill -9.
#include "gateway-core/keys/keyformat.h"
#include "gateway-core/limits/redisconnection.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/usagerepository.h"
#include "gateway-core/store/userrepository.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/redis.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Tollgate;
using namespace Tollgate::Testing;

namespace {

QByteArray newKey()
{
    return Keys::compose({Keys::newKeyId(), Keys::newSecret()});
}

QByteArray chatBody(const QByteArray &model, bool stream = false, int maxTokens = 16, bool includeUsage = false)
{
    QJsonObject o{{QStringLiteral("model"), QString::fromUtf8(model)},
                  {QStringLiteral("max_tokens"), maxTokens},
                  {QStringLiteral("messages"),
                   QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                          {QStringLiteral("content"), QStringLiteral("hello there")}}}}};
    if (stream)
        o.insert(QStringLiteral("stream"), true);
    if (includeUsage)
        o.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorCode(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject()
        .value(QLatin1String("code")).toString().toUtf8();
}

} // namespace

class TestGateway final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockLlmProcess m_mock;       // fast, well-behaved
    MockLlmProcess m_slowMock;   // 20 tokens per second
    MockLlmProcess m_failingMock; // answers 500
    MockLlmProcess m_stallingMock; // never answers
    MockLlmProcess m_droppingMock; // breaks streams after 3 tokens
    Process m_server;
    QHash<QByteArray, QByteArray> m_keys; // name → secret
    QString m_dbPath;

    RawResponse post(const QByteArray &key, const QByteArray &path, const QByteArray &body, int timeoutMs = 10'000)
    {
        RawHeaders headers{{"content-type", "application/json"}};
        if (!key.isEmpty())
            headers.append({"authorization", "Bearer " + key});
        return rawRequest(m_server.host(), m_server.port(), "POST", path, body, headers, timeoutMs);
    }
    RawResponse chat(const QByteArray &keyName, const QByteArray &model = "mock-small")
    {
        return post(m_keys.value(keyName), "/v1/chat/completions", chatBody(model));
    }

    QString writeConfig()
    {
        auto key = [this](const char *name, QJsonObject extra) {
            m_keys.insert(name, newKey());
            extra.insert(QStringLiteral("key"), QString::fromLatin1(m_keys.value(name)));
            extra.insert(QStringLiteral("alias"), QString::fromLatin1(name));
            if (!extra.contains(QStringLiteral("user")))
                extra.insert(QStringLiteral("user"), QString::fromLatin1(name) + QStringLiteral("-owner"));
            return extra;
        };
        auto model = [](const char *id, const QString &base, QJsonArray caps = {QStringLiteral("chat"), QStringLiteral("embeddings"), QStringLiteral("tokenize")}) {
            return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                               {QStringLiteral("capabilities"), caps},
                               {QStringLiteral("prices"), QJsonObject{{QStringLiteral("input"), QStringLiteral("0.5")},
                                                                      {QStringLiteral("output"), QStringLiteral("1.5")}}},
                               {QStringLiteral("deployments"),
                                QJsonArray{QJsonObject{{QStringLiteral("base_url"), base},
                                                       {QStringLiteral("api_key"), QStringLiteral("upstream-secret")}}}}};
        };
        const QJsonObject config{
            {QStringLiteral("models"),
             QJsonArray{model("mock-small", m_mock.apiBase()),
                        model("mock-large", m_mock.apiBase()),
                        model("mock-chat-only", m_mock.apiBase(), {QStringLiteral("chat")}),
                        model("mock-slow", m_slowMock.apiBase()),
                        model("mock-failing", m_failingMock.apiBase()),
                        model("mock-stalling", m_stallingMock.apiBase()),
                        model("mock-dropping", m_droppingMock.apiBase()),
                        model("mock-refused", QStringLiteral("http://127.0.0.1:1/v1")),
                        model("mock-docling", m_mock.baseUrl(), {QStringLiteral("docling")})}},
            {QStringLiteral("keys"),
             QJsonArray{key("main", {}),
                        key("small-only", {{QStringLiteral("models"), QJsonArray{QStringLiteral("mock-small")}}}),
                        key("rpm", {{QStringLiteral("rpm_limit"), 3}}),
                        key("race", {{QStringLiteral("rpm_limit"), 10}}),
                        key("tpm", {{QStringLiteral("tpm_limit"), 60}}),
                        key("parallel", {{QStringLiteral("parallel_limit"), 1}}),
                        key("budget", {{QStringLiteral("max_budget"), QStringLiteral("0.0001")}}),
                        key("budget-race", {{QStringLiteral("max_budget"), QStringLiteral("0.0001375")}}),
                        key("expired", {{QStringLiteral("expires_at"), QStringLiteral("2020-01-01T00:00:00Z")}}),
                        key("replay", {})}},
        };
        const QString path = m_dir.filePath(QStringLiteral("tollgate.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(config).toJson());
        return path;
    }

    bool startServer(QString *error)
    {
        return startGateway(m_server, m_dir.filePath(QStringLiteral("data")), {}, error);
    }

    bool startGateway(Process &server, const QString &dataDir, const QStringList &extra, QString *error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOLLGATE_MASTER_KEY"), QStringLiteral("test-master-key-0123456789"));
        const bool ok = server.start(binaryPath(QStringLiteral("tollgate-server")),
                                     QStringList{QStringLiteral("--config"), m_dir.filePath(QStringLiteral("tollgate.json")),
                                                 QStringLiteral("--data-dir"), dataDir,
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                 QStringLiteral("--log-level"), QStringLiteral("warning"),
                                                 QStringLiteral("--upstream-first-byte-timeout-ms"), QStringLiteral("1000"),
                                                 QStringLiteral("--workers"), QStringLiteral("2")}
                                         + extra,
                                     env);
        if (!ok) {
            *error = server.errorString();
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15'000) {
            if (rawRequest(server.host(), server.port(), "GET", "/health/readiness").status == 200)
                return true;
            QTest::qWait(20);
        }
        *error = QStringLiteral("the server never became ready: ") + QString::fromUtf8(server.standardError());
        return false;
    }

    /// Keys and subscriptions the configuration cannot express, written straight into the store.
    void seedStore()
    {
        Store::Database db(QStringLiteral("sqlite://") + m_dbPath);
        db.migrate();
        Store::ModelRepository models(db);
        Store::Model restricted;
        restricted.id = QStringLiteral("mock-restricted");
        restricted.capabilities = {QStringLiteral("chat")};
        restricted.restricted = true;
        models.create(restricted);
        Store::Deployment d;
        d.id = QStringLiteral("restricted-1");
        d.modelId = restricted.id;
        d.baseUrl = m_mock.apiBase();
        d.servedName = restricted.id;
        models.addDeployment(d);

        Store::UserRepository users(db);
        Store::KeyRepository keys(db);
        Store::SubscriptionRepository subscriptions(db);
        auto addUser = [&users](const QString &name, bool active = true) {
            Store::User u;
            u.id = name + QStringLiteral("-id");
            u.username = name;
            u.active = active;
            return users.create(u).id;
        };
        auto addKey = [&](const QByteArray &name, const QString &userId, std::function<void(Store::ApiKey &)> edit = {}) {
            const QByteArray secret = newKey();
            m_keys.insert(name, secret);
            Store::ApiKey k;
            k.id = QString::fromLatin1(Keys::parse(secret)->keyId);
            k.userId = userId;
            k.name = QString::fromLatin1(name);
            k.secretHash = QString::fromLatin1(Keys::hashKey(secret));
            k.displayPrefix = QString::fromUtf8(Keys::displayPrefix(secret));
            if (edit)
                edit(k);
            keys.create(k);
        };
        const QString bob = addUser(QStringLiteral("bob"));
        subscriptions.create(bob, QStringLiteral("mock-restricted"), Store::SubscriptionStatus::Pending,
                             QStringLiteral("test"));
        addKey("pending", bob);
        const QString carol = addUser(QStringLiteral("carol"));
        addKey("unsubscribed", carol);
        addKey("revoked", carol, [](Store::ApiKey &k) { k.revokedAt = 1; });
        addKey("blocked", carol, [](Store::ApiKey &k) { k.blocked = true; });
        const QString dave = addUser(QStringLiteral("dave"), false);
        subscriptions.create(dave, QStringLiteral("mock-restricted"), Store::SubscriptionStatus::Active,
                             QStringLiteral("test"));
        addKey("inactive-owner", dave);
    }

    std::optional<Store::UsageRecord> usageRecord(const QByteArray &requestId, int timeoutMs = 15'000)
    {
        Store::Database db(QStringLiteral("sqlite://") + m_dbPath);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (auto r = Store::UsageRepository(db).findRecord(QString::fromLatin1(requestId)))
                return r;
            QTest::qWait(50);
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Every mock answers to any model name (the gateway sends its own model ids upstream).
        const QStringList any{QStringLiteral("--models"), QStringLiteral("*")};
        QVERIFY2(m_mock.start(any), qPrintable(m_mock.errorString()));
        QVERIFY2(m_slowMock.start(any + QStringList{QStringLiteral("--tokens-per-second"), QStringLiteral("20")}),
                 qPrintable(m_slowMock.errorString()));
        QVERIFY2(m_failingMock.start(any + QStringList{QStringLiteral("--fault"), QStringLiteral("http-500")}),
                 qPrintable(m_failingMock.errorString()));
        QVERIFY2(m_stallingMock.start(any + QStringList{QStringLiteral("--fault"), QStringLiteral("stall")}),
                 qPrintable(m_stallingMock.errorString()));
        QVERIFY2(m_droppingMock.start(any + QStringList{QStringLiteral("--fault"), QStringLiteral("drop-mid-stream"),
                                       QStringLiteral("--drop-after"), QStringLiteral("3")}),
                 qPrintable(m_droppingMock.errorString()));
        QDir().mkpath(m_dir.filePath(QStringLiteral("data")));
        m_dbPath = m_dir.filePath(QStringLiteral("data/tollgate.db"));
        writeConfig();
        try {
            seedStore();
        } catch (const Store::Error &e) {
            QFAIL(e.what());
        }
        QString error;
        QVERIFY2(startServer(&error), qPrintable(error));
    }

    void chatCompletionIsProxiedAndMetered()
    {
        const RawResponse r = chat("main");
        QCOMPARE(r.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")).toInt(), 16);
        QVERIFY(!r.header("x-request-id").isEmpty());
        // 7 prompt tokens at 0.50 and 16 completion tokens at 1.50 per million.
        QCOMPARE(r.header("x-tollgate-cost"), QByteArray("0.0000275"));
        QVERIFY(!r.header("x-tollgate-key-spend").isEmpty());
        QVERIFY(r.header("x-tollgate-overhead-ms").toDouble() >= 0);
        // The upstream saw its own credential, never the client's key.
        const QJsonObject seen = m_mock.lastRequest();
        const QJsonObject headers = seen.value(QLatin1String("headers")).toObject();
        QCOMPARE(headers.value(QLatin1String("authorization")).toString(), QStringLiteral("Bearer upstream-secret"));
        QCOMPARE(headers.value(QLatin1String("x-request-id")).toString(), QString::fromLatin1(r.header("x-request-id")));

        const auto record = usageRecord(r.header("x-request-id"));
        QVERIFY(record);
        QCOMPARE(record->promptTokens, 7);
        QCOMPARE(record->completionTokens, 16);
        QCOMPARE(record->cost, 27'500);
        QCOMPARE(record->status, 200);
        QCOMPARE(record->modelId, QStringLiteral("mock-small"));
        QVERIFY(!record->streamed);
    }

    void otherEndpoints()
    {
        const RawResponse e = post(m_keys.value("main"), "/v1/embeddings",
                                   "{\"model\":\"mock-small\",\"input\":\"embed me\"}");
        QCOMPARE(e.status, 200);
        QVERIFY(QJsonDocument::fromJson(e.body).object().value(QLatin1String("data")).isArray());
        const RawResponse t = post(m_keys.value("main"), "/tokenize", "{\"model\":\"mock-small\",\"prompt\":\"abcdefgh\"}");
        QCOMPARE(t.status, 200);
        QCOMPARE(QJsonDocument::fromJson(t.body).object().value(QLatin1String("count")).toInt(), 2);
        const RawResponse c = post(m_keys.value("main"), "/v1/completions",
                                   "{\"model\":\"mock-small\",\"prompt\":\"once upon\",\"max_tokens\":4}");
        QCOMPARE(c.status, 200);
        // A model without the capability refuses the endpoint.
        const RawResponse refused = post(m_keys.value("main"), "/v1/embeddings", "{\"model\":\"mock-chat-only\",\"input\":\"x\"}");
        QCOMPARE(refused.status, 400);
    }

    void doclingIsPassedThrough()
    {
        // The path after /docling goes to the docling model's deployment root, credentials swapped.
        const RawResponse r = rawRequest(m_server.host(), m_server.port(), "POST", "/docling/v1/tokenize?model=mock-docling",
                                         "{\"model\":\"x\",\"prompt\":\"abcd\"}",
                                         {{"authorization", "Bearer " + m_keys.value("main")},
                                          {"content-type", "application/json"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("count")).toInt(), 1);
        const QJsonObject seen = m_mock.lastRequest();
        QCOMPARE(seen.value(QLatin1String("path")).toString(), QStringLiteral("/v1/tokenize"));
        QCOMPARE(seen.value(QLatin1String("headers")).toObject().value(QLatin1String("authorization")).toString(),
                 QStringLiteral("Bearer upstream-secret"));
        // Without a model the first docling model the key may use is chosen; a key without one gets 404.
        QCOMPARE(rawRequest(m_server.host(), m_server.port(), "GET", "/docling/health", {},
                            {{"authorization", "Bearer " + m_keys.value("main")}}).status, 404);
        const RawResponse none = rawRequest(m_server.host(), m_server.port(), "GET", "/docling/health", {},
                                            {{"authorization", "Bearer " + m_keys.value("small-only")}});
        QCOMPARE(none.status, 404);
        QCOMPARE(errorCode(none), QByteArray("model_not_found"));
    }

    void modelsListsOnlyWhatTheKeyMayUse()
    {
        const RawResponse r = rawRequest(m_server.host(), m_server.port(), "GET", "/v1/models", {},
                                         {{"authorization", "Bearer " + m_keys.value("small-only")}});
        QCOMPARE(r.status, 200);
        const QJsonArray data = QJsonDocument::fromJson(r.body).object().value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("mock-small"));
        QVERIFY(data.first().toObject().value(QLatin1String("ready")).toBool());
        const RawResponse all = rawRequest(m_server.host(), m_server.port(), "GET", "/v1/models", {},
                                           {{"authorization", "Bearer " + m_keys.value("main")}});
        QCOMPARE(QJsonDocument::fromJson(all.body).object().value(QLatin1String("data")).toArray().size(), 9);
        QCOMPARE(rawRequest(m_server.host(), m_server.port(), "GET", "/v1/models").status, 401);
    }

    void rejections_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("no key") << QByteArray() << chatBody("mock-small") << 401 << QByteArray("invalid_api_key");
        QTest::newRow("unknown key") << QByteArray("@unknown") << chatBody("mock-small") << 401 << QByteArray("invalid_api_key");
        QTest::newRow("expired") << QByteArray("expired") << chatBody("mock-small") << 401 << QByteArray("key_expired");
        QTest::newRow("revoked") << QByteArray("revoked") << chatBody("mock-small") << 401 << QByteArray("key_revoked");
        QTest::newRow("blocked") << QByteArray("blocked") << chatBody("mock-small") << 401 << QByteArray("key_revoked");
        QTest::newRow("inactive owner") << QByteArray("inactive-owner") << chatBody("mock-restricted") << 401 << QByteArray("key_revoked");
        QTest::newRow("unknown model") << QByteArray("main") << chatBody("no-such-model") << 404 << QByteArray("model_not_found");
        QTest::newRow("model not on key") << QByteArray("small-only") << chatBody("mock-large") << 403 << QByteArray("model_not_allowed");
        QTest::newRow("pending subscription") << QByteArray("pending") << chatBody("mock-restricted") << 403 << QByteArray("subscription_pending");
        QTest::newRow("no subscription") << QByteArray("unsubscribed") << chatBody("mock-small") << 403 << QByteArray("subscription_required");
        QTest::newRow("malformed body") << QByteArray("main") << QByteArray("{not json") << 400 << QByteArray("invalid_request");
        QTest::newRow("no messages") << QByteArray("main") << QByteArray("{\"model\":\"mock-small\"}") << 400 << QByteArray("invalid_request");
    }
    void rejections()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        const QByteArray secret = key.startsWith('@') ? newKey() : m_keys.value(key);
        const RawResponse r = post(secret, "/v1/chat/completions", body);
        QCOMPARE(r.status, status);
        QCOMPARE(errorCode(r), code);
        const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject();
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(error.contains(QLatin1String("type")));
    }

    void rpmLimitRefusesWithRetryAfter()
    {
        for (int i = 0; i < 3; ++i) {
            const RawResponse r = chat("rpm");
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-ratelimit-limit-requests"), QByteArray("3"));
            QCOMPARE(r.header("x-ratelimit-remaining-requests").toInt(), 2 - i);
            // Go-style durations, as OpenAI sends them: "850ms", "12s", "1m30s".
            const QByteArray reset = r.header("x-ratelimit-reset-requests");
            static const QRegularExpression duration(QStringLiteral("^(\\d+ms|([1-9]|[1-5]\\d)s|[1-9]\\d*m[1-5]?\\ds)$"));
            QVERIFY2(duration.match(QString::fromLatin1(reset)).hasMatch(), reset.constData());
        }
        const RawResponse refused = chat("rpm");
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QByteArray("rate_limit_exceeded"));
        const int retryAfter = refused.header("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, refused.header("retry-after").constData());
        QCOMPARE(refused.header("x-ratelimit-remaining-requests"), QByteArray("0"));
        QVERIFY(refused.header("x-should-retry") != "false");
    }

    void tpmLimitCountsReservedTokens()
    {
        // 7 prompt + 16 max tokens are reserved per request: two fit in 60 tokens, a third does not.
        QCOMPARE(chat("tpm").status, 200);
        QCOMPARE(chat("tpm").status, 200);
        const RawResponse refused = chat("tpm");
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QByteArray("tokens_limit_exceeded"));
        QCOMPARE(refused.header("x-ratelimit-limit-tokens"), QByteArray("60"));
    }

    void parallelLimitHoldsOneSlot()
    {
        // A slow stream holds the only slot; a second request meanwhile is refused, after it is admitted.
        QTcpSocket slow;
        slow.connectToHost(m_server.host(), m_server.port());
        QVERIFY(slow.waitForConnected(10'000));
        // 40 tokens at 20 a second: the slot stays taken for 2 s, time enough for the second request.
        const QByteArray body = chatBody("mock-slow", true, 40);
        slow.write("POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nauthorization: Bearer "
                   + m_keys.value("parallel") + "\r\ncontent-length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(slow.waitForReadyRead(10'000));
        const RawResponse refused = post(m_keys.value("parallel"), "/v1/chat/completions", chatBody("mock-slow"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QByteArray("rate_limit_exceeded"));
        QByteArray all = slow.readAll();
        QElapsedTimer t;
        t.start();
        while (!all.contains("[DONE]") && t.elapsed() < 15'000 && slow.waitForReadyRead(5000))
            all += slow.readAll();
        QVERIFY(all.contains("data: [DONE]"));
        QCOMPARE(post(m_keys.value("parallel"), "/v1/chat/completions", chatBody("mock-small")).status, 200);
    }

    void budgetExhaustionIsNotRetryable()
    {
        // Each request reserves and costs 0.0000275; the budget of 0.0001 admits three.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(chat("budget").status, 200);
        const RawResponse refused = chat("budget");
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QByteArray("insufficient_quota"));
        QCOMPARE(refused.header("x-should-retry"), QByteArray("false"));
    }

    void concurrentRequestsRaceOneRpmLimit()
    {
        std::atomic<int> ok{0};
        std::atomic<int> limited{0};
        std::vector<std::thread> threads;
        const QByteArray key = m_keys.value("race");
        for (int t = 0; t < 30; ++t) {
            threads.emplace_back([&] {
                const RawResponse r = rawRequest(m_server.host(), m_server.port(), "POST", "/v1/chat/completions",
                                                 chatBody("mock-small"), {{"authorization", "Bearer " + key}});
                if (r.status == 200)
                    ++ok;
                else if (r.status == 429)
                    ++limited;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(ok.load(), 10);
        QCOMPARE(limited.load(), 20);
    }

    void concurrentRequestsRaceOneBudget()
    {
        // 0.0001375 is five requests' worth; twenty race for it.
        std::atomic<int> ok{0};
        std::vector<std::thread> threads;
        const QByteArray key = m_keys.value("budget-race");
        QList<QByteArray> ids;
        std::mutex mutex;
        for (int t = 0; t < 20; ++t) {
            threads.emplace_back([&] {
                const RawResponse r = rawRequest(m_server.host(), m_server.port(), "POST", "/v1/chat/completions",
                                                 chatBody("mock-small"), {{"authorization", "Bearer " + key}});
                if (r.status == 200) {
                    ++ok;
                    std::lock_guard lock(mutex);
                    ids << r.header("x-request-id");
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(ok.load(), 5);
        qint64 spent = 0;
        for (const QByteArray &id : std::as_const(ids)) {
            const auto record = usageRecord(id);
            QVERIFY(record);
            spent += record->cost;
        }
        QVERIFY(spent <= 137'500);
    }

    void streamHidesTheForcedUsageChunkButBillsIt()
    {
        const RawResponse r = post(m_keys.value("main"), "/v1/chat/completions", chatBody("mock-small", true, 5));
        QCOMPARE(r.status, 200);
        QVERIFY(r.chunked);
        const QList<QByteArray> events = sseData(r.body);
        QCOMPARE(events.last(), QByteArray("[DONE]"));
        for (const QByteArray &e : events)
            QVERIFY2(!e.contains("\"usage\":{"), e.constData());
        // The upstream was asked for usage even though the client was not.
        const QJsonObject sent = QJsonDocument::fromJson(m_mock.lastRequest().value(QLatin1String("body")).toString().toUtf8()).object();
        QVERIFY(sent.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());
        const auto record = usageRecord(r.header("x-request-id"));
        QVERIFY(record);
        QCOMPARE(record->completionTokens, 5);
        QCOMPARE(record->promptTokens, 7);
        QVERIFY(record->streamed);
        QVERIFY(!record->aborted);
        QVERIFY(record->ttftMs && *record->ttftMs >= 0);
    }

    void streamWithIncludeUsageShowsIt()
    {
        const RawResponse r = post(m_keys.value("main"), "/v1/chat/completions", chatBody("mock-small", true, 4, true));
        QCOMPARE(r.status, 200);
        const QList<QByteArray> events = sseData(r.body);
        QCOMPARE(events.last(), QByteArray("[DONE]"));
        const QJsonObject usageChunk = QJsonDocument::fromJson(events.at(events.size() - 2)).object();
        QCOMPARE(usageChunk.value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")).toInt(), 4);
    }

    void abortedStreamIsBilledForWhatWasDelivered()
    {
        QTcpSocket client;
        client.connectToHost(m_server.host(), m_server.port());
        QVERIFY(client.waitForConnected(10'000));
        // 64 tokens at 20 a second: the client is gone long before the stream could end.
        const QByteArray body = chatBody("mock-slow", true, 64);
        client.write("POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nauthorization: Bearer "
                     + m_keys.value("main") + "\r\ncontent-length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray received;
        QElapsedTimer t;
        t.start();
        while (received.count("\"content\":\"") < 4 && t.elapsed() < 15'000 && client.waitForReadyRead(5000))
            received += client.readAll();
        const int idAt = received.indexOf("x-request-id: ") + 14;
        const QByteArray requestId = received.mid(idAt, received.indexOf('\r', idAt) - idAt);
        client.abort();
        const auto record = usageRecord(requestId);
        QVERIFY2(record, requestId.constData());
        QVERIFY(record->aborted);
        QCOMPARE(record->status, 499);
        QVERIFY2(record->completionTokens >= 3 && record->completionTokens < 64,
                 QByteArray::number(record->completionTokens).constData());
        QVERIFY(record->cost > 0);
    }

    void upstreamFaults()
    {
        const RawResponse failing = chat("main", "mock-failing");
        QCOMPARE(failing.status, 500);
        const RawResponse refused = chat("main", "mock-refused");
        QCOMPARE(refused.status, 502);
        QCOMPARE(errorCode(refused), QByteArray("upstream_unavailable"));
        const RawResponse stalled = chat("main", "mock-stalling");
        QCOMPARE(stalled.status, 504);
        QCOMPARE(errorCode(stalled), QByteArray("upstream_timeout"));
        // A stream broken by the upstream ends with an error event, not [DONE], and is billed.
        const RawResponse dropped = post(m_keys.value("main"), "/v1/chat/completions", chatBody("mock-dropping", true, 10));
        QCOMPARE(dropped.status, 200);
        const QList<QByteArray> events = sseData(dropped.body);
        QVERIFY(!events.contains("[DONE]"));
        QVERIFY(events.last().contains("\"error\""));
        const auto record = usageRecord(dropped.header("x-request-id"));
        QVERIFY(record);
        QVERIFY(record->aborted);
        QCOMPARE(record->completionTokens, 3);
        // Failures still end up in the usage log with their status.
        const auto refusedRecord = usageRecord(refused.header("x-request-id"));
        QVERIFY(refusedRecord);
        QCOMPARE(refusedRecord->status, 502);
        QCOMPARE(refusedRecord->cost, 0);
    }

    void metricsExposeTheDataPlane()
    {
        const RawResponse r = rawRequest(m_server.host(), m_server.port(), "GET", "/metrics");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("tollgate_requests_total{model=\"mock-small\",status=\"200\"}"));
        QVERIFY(r.body.contains("tollgate_rejections_total{reason=\"rate_limit_exceeded\"}"));
        QVERIFY(r.body.contains("tollgate_request_duration_seconds_bucket"));
        QVERIFY(r.body.contains("tollgate_tokens_total{model=\"mock-small\",type=\"completion\"}"));
        QVERIFY(r.body.contains("tollgate_upstream_errors_total"));
        QVERIFY(r.body.contains("tollgate_journal_lag_bytes"));
    }

    void replicasShareLimitsThroughRedis()
    {
        RedisServer redis;
        QVERIFY2(redis.start(), qPrintable(redis.errorString()));
        // The replicas' registry in Redis, read as an operator would (redis-cli).
        Limits::RedisAddress address;
        QString redisError;
        QVERIFY2(Limits::RedisAddress::parse(redis.url(), &address, &redisError), qPrintable(redisError));
        const std::unique_ptr<Limits::RedisConnection> registry =
            Limits::RedisConnection::open(address, 5000, &redisError);
        QVERIFY2(registry, qPrintable(redisError));
        auto redisText = [&](std::vector<QByteArray> argv) {
            return Limits::RedisReplies::text(registry->command(argv, &redisError).get());
        };
        const QByteArray replicasKey = "tollgate:replicas";
        // Two more gateways on the same store, each with its own journal, counting in Redis.
        Process replicas[2];
        for (int i = 0; i < 2; ++i) {
            const QString dataDir = m_dir.filePath(QStringLiteral("replica-%1").arg(i));
            QDir().mkpath(dataDir);
            QString error;
            QVERIFY2(startGateway(replicas[i], dataDir,
                                  {QStringLiteral("--database"), QStringLiteral("sqlite://") + m_dbPath,
                                   QStringLiteral("--redis"), redis.url()},
                                  &error),
                     qPrintable(error));
            if (i == 0) {
                // Registered by its first heartbeat, before it listens: the only one so far.
                QCOMPARE(redisText({"ZCARD", replicasKey}), QByteArray("1"));
            }
        }
        QCOMPARE(redisText({"ZCARD", replicasKey}), QByteArray("2"));
        auto chatOn = [this](Process &server, const QByteArray &keyName) {
            return rawRequest(server.host(), server.port(), "POST", "/v1/chat/completions", chatBody("mock-small"),
                              {{"content-type", "application/json"}, {"authorization", "Bearer " + m_keys.value(keyName)}});
        };
        auto gauge = [](Process &server, const QByteArray &metric) {
            const QByteArray body = rawRequest(server.host(), server.port(), "GET", "/metrics").body;
            const QByteArray name = "\n" + metric + ' ';
            const qsizetype at = body.indexOf(name);
            return at < 0 ? QByteArray() : body.mid(at + name.size(), 1);
        };
        auto degradedGauge = [&gauge](Process &server) { return gauge(server, "tollgate_limits_degraded"); };
        QCOMPARE(degradedGauge(replicas[0]), QByteArray("0"));
        // The "rpm" key allows 3 a minute: 3 in all, whichever replica they reach.
        int admitted = 0;
        for (int i = 0; i < 8; ++i) {
            const RawResponse r = chatOn(replicas[i % 2], "rpm");
            QVERIFY2(r.status == 200 || r.status == 429, r.body.constData());
            admitted += r.status == 200;
        }
        QCOMPARE(admitted, 3);

        // The first replica counted one replica at its start; a later heartbeat counts both.
        QTRY_COMPARE_WITH_TIMEOUT(gauge(replicas[0], "tollgate_limits_replicas"), QByteArray("2"), 10'000);

        // Redis goes away: each replica serves its share alone (3 over 2 replicas: 1) and says so.
        redis.stop();
        QCOMPARE(chatOn(replicas[0], "race").status, 200);
        QCOMPARE(degradedGauge(replicas[0]), QByteArray("1"));
        const RawResponse own = chatOn(replicas[0], "rpm");
        QCOMPARE(own.status, 200);
        const RawResponse share = chatOn(replicas[0], "rpm");
        QCOMPARE(share.status, 429);
        QCOMPARE(share.header("x-ratelimit-limit-requests"), QByteArray("1"));

        // Back: shared counters again (the restarted Redis is empty).
        QVERIFY2(redis.restart(), qPrintable(redis.errorString()));
        QElapsedTimer t;
        t.start();
        while (degradedGauge(replicas[0]) != "0" && t.elapsed() < 15'000)
            QTest::qWait(50);
        QCOMPARE(degradedGauge(replicas[0]), QByteArray("0"));
    }

    void storeChangesReachTheGatewayWithinASecond()
    {
        // What another replica (or the control plane) writes to the store is picked up by polling.
        Store::Database db(QStringLiteral("sqlite://") + m_dbPath);
        Store::KeyRepository keys(db);
        const QByteArray secret = m_keys.value("small-only");
        QCOMPARE(chat("small-only").status, 200);
        const auto key = keys.findByHash(QString::fromLatin1(Keys::hashKey(secret)), db.now());
        QVERIFY(key);
        keys.revoke(key->id, db.now());
        QElapsedTimer t;
        t.start();
        RawResponse r;
        do {
            QTest::qWait(100);
            r = chat("small-only");
        } while (r.status == 200 && t.elapsed() < 15'000);
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QByteArray("key_revoked"));
        // Polled about once a second: seconds, not a restart or minutes (the bound leaves room for
        // a loaded machine).
        QVERIFY2(t.elapsed() < 5000, QByteArray::number(t.elapsed()).constData());

        // An approved subscription opens the model just as quickly.
        Store::SubscriptionRepository subscriptions(db);
        const auto pending = subscriptions.findFor(QStringLiteral("bob-id"), QStringLiteral("mock-restricted"));
        QVERIFY(pending);
        subscriptions.setStatus(pending->id, Store::SubscriptionStatus::Active, QStringLiteral("admin"),
                                QStringLiteral("approved"), pending->version);
        t.restart();
        do {
            QTest::qWait(100);
            r = post(m_keys.value("pending"), "/v1/chat/completions", chatBody("mock-restricted"));
        } while (r.status != 200 && t.elapsed() < 15'000);
        QCOMPARE(r.status, 200);
    }

    void journalReplaysAfterKill9()
    {
        QList<QByteArray> ids;
        for (int i = 0; i < 40; ++i) {
            const RawResponse r = chat("replay");
            QCOMPARE(r.status, 200);
            ids << r.header("x-request-id");
        }
        m_server.kill9();
        QString error;
        QVERIFY2(startServer(&error), qPrintable(error));
        Store::Database db(QStringLiteral("sqlite://") + m_dbPath);
        Store::UsageRepository usage(db);
        QElapsedTimer t;
        t.start();
        int found = 0;
        while (t.elapsed() < 20'000) {
            found = 0;
            for (const QByteArray &id : std::as_const(ids))
                found += usage.findRecord(QString::fromLatin1(id)) ? 1 : 0;
            if (found == ids.size())
                break;
            QTest::qWait(100);
        }
        QCOMPARE(found, 40);
        // Exactly once: the key's spend is 40 requests' worth, not more.
        Store::KeyRepository keys(db);
        const auto key = keys.findByHash(QString::fromLatin1(Keys::hashKey(m_keys.value("replay"))), db.now());
        QVERIFY(key);
        QCOMPARE(key->spend, 40 * 27'500);
        // The restarted server serves right away.
        QCOMPARE(chat("main").status, 200);
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
