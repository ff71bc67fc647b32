// SPDX-License-Identifier: GPL-3.0-or-later
// /api/v1/keys and /api/v1/settings/keys on the real tollgate-server, SQLite and PostgreSQL, over
// HTTP: keys made by signed-in users within the admin's defaults and maxima, used at the gateway
// against the real tollgate-mockllm, then listed with spend, rotated with grace, revoked and
// deleted — and what other users, adminReadonly and admins may do with them.
#include "gateway-core/keys/keyformat.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "tests/support/apiserver.h"
#include "tests/support/mockllmprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

qint64 msFromIso(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QStringList names(const RawResponse &list)
{
    QStringList result;
    for (const QJsonValue &item : object(list).value("items"_L1).toArray())
        result << item.toObject().value("name"_L1).toString();
    return result;
}

} // namespace

class TestKeys final : public QObject
{
    Q_OBJECT

public:
    explicit TestKeys(Backend backend)
        : m_backend(backend)
    {}

private:
    Backend m_backend;
    MockLlmProcess m_mock;
    ApiServer m_server{{.logLevel = u"warning"_s}};
    int m_users = 0;

    RawResponse chat(const QString &secret, const QString &model = u"mock-chat"_s)
    {
        return m_server.chat(secret.toUtf8(), model);
    }

    struct Persona
    {
        QString id;
        QByteArray token;
    };

    /// A fresh user with @p roles and active subscriptions to @p models, signed in.
    Persona newUser(const QStringList &models = {u"mock-chat"_s}, const QStringList &roles = {u"user"_s})
    {
        const QString username = u"user%1"_s.arg(++m_users);
        const QString id = m_server.createUser(username, roles);
        Persona p{id, m_server.token(username)};
        Store::Database db(m_server.databaseUrl());
        for (const QString &model : models)
            Store::SubscriptionRepository(db).create(p.id, model, Store::SubscriptionStatus::Active,
                                                     u"test"_s);
        return p;
    }

    /// Creates a key as @p who; the answer's JSON (empty on failure).
    QJsonObject createKey(const QByteArray &who, QJsonObject body)
    {
        if (!body.contains(u"name"_s))
            body.insert(u"name"_s, u"key"_s);
        const RawResponse r = m_server.call("POST", "/api/v1/keys", who, body);
        if (r.status != 201)
            qWarning("create key: %d %s", r.status, r.body.constData());
        return r.status == 201 ? object(r) : QJsonObject();
    }

    QJsonObject getKey(const QString &id, const QByteArray &who)
    {
        return object(m_server.call("GET", "/api/v1/keys/" + id.toUtf8(), who));
    }

    /// Polls the gateway with @p secret until it answers @p status (the data plane picks up
    /// subscriptions made in the store within about a second); false on timeout.
    bool waitForChat(const QString &secret, int status, int timeoutMs = 10'000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (chat(secret).status == status)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    QList<Store::AuditEntry> audit(const QString &action, const QString &targetId = {})
    {
        QList<Store::AuditEntry> result;
        for (const Store::AuditEntry &e : m_server.audit(action)) {
            if (targetId.isEmpty() || e.targetId == targetId)
                result << e;
        }
        return result;
    }

    /// Stores @p policy as the key settings (with the current version); the reply.
    RawResponse putPolicy(const QJsonObject &policy)
    {
        const qint64 version = object(m_server.call("GET", "/api/v1/settings/keys", m_server.admin()))
                                   .value("version"_L1)
                                   .toInteger();
        RawHeaders ifMatch;
        if (version > 0)
            ifMatch.append({"if-match", '"' + QByteArray::number(version) + '"'});
        return m_server.call("PUT", "/api/v1/settings/keys", m_server.admin(), policy, ifMatch);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_mock.start({u"--models"_s, u"*"_s}), qPrintable(m_mock.errorString()));
        const auto model = [this](const QString &id) {
            return QJsonObject{
                {u"id"_s, id},
                {u"capabilities"_s, QJsonArray{u"chat"_s}},
                {u"prices"_s, QJsonObject{{u"input"_s, u"1"_s}, {u"output"_s, u"2"_s}}},
                {u"deployments"_s, QJsonArray{QJsonObject{{u"base_url"_s, m_mock.apiBase()}}}}};
        };
        m_server.options().config =
            QJsonObject{{u"models"_s, QJsonArray{model(u"mock-chat"_s), model(u"mock-other"_s)}}};
        QString error;
        QVERIFY2(m_server.start(m_backend, &error), qPrintable(error));
    }

    void cleanup()
    {
        // Each test starts from the built-in key settings.
        QCOMPARE(putPolicy({}).status, 200);
    }

    void createUseAndListWithSpend()
    {
        const Persona alice = newUser();
        const RawResponse created =
            m_server.call("POST", "/api/v1/keys", alice.token,
                          {{u"name"_s, u"laptop"_s},
                           {u"models"_s, QJsonArray{u"mock-chat"_s}},
                           {u"budgetDuration"_s, u"1d"_s},
                           {u"maxBudget"_s, u"5"_s},
                           {u"softBudget"_s, u"4"_s},
                           {u"rpmLimit"_s, 100},
                           {u"modelLimits"_s, QJsonObject{{u"mock-chat"_s, QJsonObject{{u"tpm"_s, 5000}}}}},
                           {u"expiresIn"_s, u"30d"_s}});
        QCOMPARE(created.status, 201);
        const QJsonObject key = object(created);
        const QString secret = key.value("secret"_L1).toString();
        const QString id = key.value("id"_L1).toString();
        QVERIFY(secret.startsWith(u"sk-tg-"_s));
        // The display prefix: "sk-tg-<key id>_…" and the secret's last four characters.
        const QString prefix = key.value("prefix"_L1).toString();
        QVERIFY2(secret.startsWith(prefix.section(QChar(0x2026), 0, 0)), qPrintable(prefix));
        QVERIFY(secret.endsWith(prefix.right(4)));
        QVERIFY(!secret.contains(prefix)); // it hides the secret
        QCOMPARE(key.value("userId"_L1).toString(), alice.id);
        QCOMPARE(key.value("state"_L1).toString(), u"active"_s);
        QCOMPARE(key.value("maxBudget"_L1).toString(), u"5"_s);
        QCOMPARE(
            key.value("modelLimits"_L1).toObject().value("mock-chat"_L1).toObject().value("tpm"_L1).toInt(),
            5000);
        QVERIFY(qAbs(msFromIso(key.value("expiresAt"_L1)) -
                     (QDateTime::currentMSecsSinceEpoch() + 30 * 86'400'000LL)) < 60'000);
        QVERIFY(key.value("lastUsedAt"_L1).isNull());
        QCOMPARE(audit(u"key.create"_s, id).size(), 1);
        QCOMPARE(audit(u"key.create"_s, id).first().actorId, alice.id);

        QVERIFY(waitForChat(secret, 200));
        // The key may use only its models (the owner's other subscriptions do not count).
        QCOMPARE(errorOf(chat(secret, u"mock-other"_s)).value("code"_L1).toString(), u"model_not_allowed"_s);

        // Spend and last use reach the store through the usage journal within a second or so.
        QJsonObject listed;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10'000) {
            const RawResponse list = m_server.call("GET", "/api/v1/keys", alice.token);
            QCOMPARE(list.status, 200);
            QVERIFY(!list.body.contains(secret.toUtf8()));
            QVERIFY(!list.body.contains(Keys::hashKey(secret.toUtf8())));
            listed = object(list).value("items"_L1).toArray().first().toObject();
            if (listed.value("spend"_L1).toString().toDouble() > 0 && !listed.value("lastUsedAt"_L1).isNull())
                break;
            QTest::qWait(100);
        }
        QCOMPARE(listed.value("id"_L1).toString(), id);
        QVERIFY2(listed.value("spend"_L1).toString().toDouble() > 0, json(listed).constData());
        QVERIFY(qAbs(msFromIso(listed.value("lastUsedAt"_L1)) - QDateTime::currentMSecsSinceEpoch()) <
                60'000);
        const QJsonObject window = listed.value("budgetWindow"_L1).toObject();
        QCOMPARE(window.value("duration"_L1).toString(), u"1d"_s);
        QCOMPARE(window.value("spend"_L1), listed.value("spend"_L1));
        QVERIFY(msFromIso(window.value("resetsAt"_L1)) > QDateTime::currentMSecsSinceEpoch());
        QVERIFY(msFromIso(window.value("resetsAt"_L1)) <= QDateTime::currentMSecsSinceEpoch() + 86'400'000LL);
        QVERIFY(!listed.contains("secret"_L1));

        const RawResponse one = m_server.call("GET", "/api/v1/keys/" + id.toUtf8(), alice.token);
        QCOMPARE(one.status, 200);
        QVERIFY(!one.body.contains(secret.toUtf8()));
        QVERIFY(!one.body.contains(Keys::hashKey(secret.toUtf8())));
        QVERIFY(!object(one).contains("secret"_L1));
        QCOMPARE(one.header("etag"),
                 '"' + QByteArray::number(object(one).value("version"_L1).toInteger()) + '"');
    }

    void defaultsAndMaxima()
    {
        QCOMPARE(object(m_server.call("GET", "/api/v1/settings/keys", m_server.admin()))
                     .value("maxActiveKeysPerUser"_L1)
                     .toInt(),
                 10);
        const RawResponse stored = putPolicy({{u"defaultRpm"_s, 60},
                                              {u"maxRpm"_s, 100},
                                              {u"defaultTpm"_s, 1000},
                                              {u"maxTpm"_s, 5000},
                                              {u"maxParallel"_s, 4},
                                              {u"defaultMaxBudget"_s, u"5"_s},
                                              {u"maxBudget"_s, u"10"_s},
                                              {u"defaultBudgetDuration"_s, u"7d"_s},
                                              {u"defaultExpiryDays"_s, 30},
                                              {u"maxExpiryDays"_s, 90}});
        QCOMPARE(stored.status, 200);
        const QJsonObject policy = object(m_server.call("GET", "/api/v1/settings/keys", m_server.admin()));
        QCOMPARE(policy.value("maxRpm"_L1).toInt(), 100);
        QCOMPARE(policy.value("maxBudget"_L1).toString(), u"10"_s);
        QCOMPARE(policy.value("maxGracePeriod"_L1).toString(), u"24h"_s); // absent → built in
        const QList<Store::AuditEntry> audited = audit(u"settings.keys.update"_s);
        QVERIFY(!audited.isEmpty());
        QCOMPARE(audited.first().after.toObject().value("maxRpm"_L1).toInt(), 100);
        QCOMPARE(audited.first().actorName, u"root"_s);

        const Persona bob = newUser();
        // Absent values take the defaults; parallel has only a maximum, so it takes that.
        const QJsonObject plain = createKey(bob.token, {});
        QCOMPARE(plain.value("rpmLimit"_L1).toInt(), 60);
        QCOMPARE(plain.value("tpmLimit"_L1).toInt(), 1000);
        QCOMPARE(plain.value("parallelLimit"_L1).toInt(), 4);
        QCOMPARE(plain.value("maxBudget"_L1).toString(), u"5"_s);
        QCOMPARE(plain.value("budgetDuration"_L1).toString(), u"7d"_s);
        QVERIFY(qAbs(msFromIso(plain.value("expiresAt"_L1)) -
                     (QDateTime::currentMSecsSinceEpoch() + 30 * 86'400'000LL)) < 60'000);

        // Above a maximum (or unlimited where there is one): 400 naming the field and the maximum.
        struct Case
        {
            QJsonObject body;
            QString field;
            QString mentions;
        };
        const QList<Case> cases = {
            {{{u"rpmLimit"_s, 101}}, u"rpmLimit"_s, u"100"_s},
            {{{u"rpmLimit"_s, QJsonValue::Null}}, u"rpmLimit"_s, u"100"_s},
            {{{u"tpmLimit"_s, 5001}}, u"tpmLimit"_s, u"5000"_s},
            {{{u"parallelLimit"_s, 5}}, u"parallelLimit"_s, u"4"_s},
            {{{u"maxBudget"_s, u"10.5"_s}}, u"maxBudget"_s, u"10"_s},
            {{{u"softBudget"_s, u"6"_s}}, u"softBudget"_s, u"5"_s},
            {{{u"expiresIn"_s, u"91d"_s}}, u"expiresIn"_s, u"90"_s},
            {{{u"expiresAt"_s, QJsonValue::Null}}, u"expiresAt"_s, u"90"_s},
            {{{u"budgetDuration"_s, u"30d"_s}}, u"budgetDuration"_s, u"1mo"_s},
            {{{u"modelLimits"_s, QJsonObject{{u"mock-chat"_s, QJsonObject{{u"rpm"_s, 500}}}}}},
             u"modelLimits.mock-chat"_s,
             u"100"_s},
            {{{u"secret"_s, u"sk-mine"_s}}, u"secret"_s, u"allowed"_s},
        };
        for (const Case &c : cases) {
            QJsonObject body = c.body;
            body.insert(u"name"_s, u"bounded"_s);
            const RawResponse r = m_server.call("POST", "/api/v1/keys", bob.token, body);
            QVERIFY2(r.status == 400, r.body.constData());
            QCOMPARE(errorOf(r).value("param"_L1).toString(), c.field);
            QVERIFY2(errorOf(r).value("message"_L1).toString().contains(c.mentions), r.body.constData());
        }
        // At the maxima is fine, and so is a PATCH within them; above them is not.
        const QJsonObject full = createKey(
            bob.token, {{u"rpmLimit"_s, 100}, {u"maxBudget"_s, u"10"_s}, {u"expiresIn"_s, u"90d"_s}});
        QCOMPARE(full.value("rpmLimit"_L1).toInt(), 100);
        const QByteArray path = "/api/v1/keys/" + full.value("id"_L1).toString().toUtf8();
        const qint64 version = full.value("version"_L1).toInteger();
        RawResponse r =
            m_server.call("PATCH", path, bob.token, {{u"rpmLimit"_s, 150}, {u"version"_s, version}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r).value("param"_L1).toString(), u"rpmLimit"_s);
        r = m_server.call("PATCH", path, bob.token,
                          {{u"rpmLimit"_s, 80}, {u"name"_s, u"tuned"_s}, {u"version"_s, version}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r).value("rpmLimit"_L1).toInt(), 80);
        QCOMPARE(object(r).value("name"_L1).toString(), u"tuned"_s);
        QCOMPARE(object(r).value("maxBudget"_L1).toString(), u"10"_s); // untouched fields stay
        const QJsonValue tuned = object(r).value("version"_L1);
        r = m_server.call("PATCH", path, bob.token, {{u"expiresIn"_s, u"100d"_s}, {u"version"_s, tuned}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r).value("param"_L1).toString(), u"expiresIn"_s);
        r = m_server.call("PATCH", path, bob.token,
                          {{u"expiresAt"_s, QJsonValue::Null}, {u"version"_s, tuned}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r).value("param"_L1).toString(), u"expiresAt"_s);

        // The settings themselves are validated and versioned.
        r = putPolicy({{u"defaultRpm"_s, 200}, {u"maxRpm"_s, 100}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r).value("param"_L1).toString(), u"defaultRpm"_s);
        r = putPolicy({{u"maxGracePeriod"_s, u"soon"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r).value("param"_L1).toString(), u"maxGracePeriod"_s);
        r = m_server.call("PUT", "/api/v1/settings/keys", m_server.admin(), {{u"maxRpm"_s, 10}});
        QCOMPARE(r.status, 428);
        r = m_server.call("PUT", "/api/v1/settings/keys", m_server.admin(),
                          {{u"maxRpm"_s, 10}, {u"version"_s, 1000}});
        QCOMPARE(r.status, 412);
        QCOMPARE(object(m_server.call("GET", "/api/v1/settings/keys", m_server.admin()))
                     .value("maxRpm"_L1)
                     .toInt(),
                 100);
    }

    void activeKeyCap()
    {
        QCOMPARE(putPolicy({{u"maxActiveKeysPerUser"_s, 2}}).status, 200);
        const Persona carl = newUser();
        const QJsonObject first = createKey(carl.token, {});
        QVERIFY(!createKey(carl.token, {}).isEmpty());
        RawResponse r = m_server.call("POST", "/api/v1/keys", carl.token, {{u"name"_s, u"third"_s}});
        QCOMPARE(r.status, 409);
        QCOMPARE(errorOf(r).value("code"_L1).toString(), u"key_limit_reached"_s);
        // Another user has their own allowance.
        QVERIFY(!createKey(newUser().token, {}).isEmpty());
        // A revoked key no longer counts.
        QCOMPARE(m_server
                     .call("POST", "/api/v1/keys/" + first.value("id"_L1).toString().toUtf8() + "/revoke",
                           carl.token)
                     .status,
                 200);
        QVERIFY(!createKey(carl.token, {{u"name"_s, u"third"_s}}).isEmpty());
        QCOMPARE(m_server.call("POST", "/api/v1/keys", carl.token, {{u"name"_s, u"fourth"_s}}).status, 409);
    }

    void modelsNeedAnActiveSubscription()
    {
        const Persona dora = newUser({u"mock-chat"_s});
        {
            Store::Database db(m_server.databaseUrl());
            Store::SubscriptionRepository(db).create(dora.id, u"mock-other"_s,
                                                     Store::SubscriptionStatus::Pending, u"test"_s);
        }
        for (const QJsonArray &models :
             {QJsonArray{u"mock-other"_s}, QJsonArray{u"mock-chat"_s, u"no-such-model"_s}}) {
            const RawResponse r = m_server.call("POST", "/api/v1/keys", dora.token,
                                                {{u"name"_s, u"k"_s}, {u"models"_s, models}});
            QCOMPARE(r.status, 403);
            QCOMPARE(errorOf(r).value("code"_L1).toString(), u"model_not_subscribed"_s);
            QCOMPARE(errorOf(r).value("param"_L1).toString(), u"models"_s);
        }
        const QJsonObject key = createKey(dora.token, {{u"models"_s, QJsonArray{u"mock-chat"_s}}});
        const RawResponse r =
            m_server.call("PATCH", "/api/v1/keys/" + key.value("id"_L1).toString().toUtf8(), dora.token,
                          {{u"models"_s, QJsonArray{u"mock-chat"_s, u"mock-other"_s}},
                           {u"version"_s, key.value("version"_L1)}});
        QCOMPARE(r.status, 403);
        QCOMPARE(errorOf(r).value("code"_L1).toString(), u"model_not_subscribed"_s);
        QCOMPARE(getKey(key.value("id"_L1).toString(), dora.token).value("models"_L1).toArray(),
                 QJsonArray{u"mock-chat"_s});
    }

    void rotateWithGrace()
    {
        const Persona erin = newUser();
        const QJsonObject key = createKey(erin.token, {{u"models"_s, QJsonArray{u"mock-chat"_s}}});
        const QString id = key.value("id"_L1).toString();
        const QString first = key.value("secret"_L1).toString();
        QVERIFY(waitForChat(first, 200));
        QString spend;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10'000) {
            spend = getKey(id, erin.token).value("spend"_L1).toString();
            if (spend.toDouble() > 0)
                break;
            QTest::qWait(100);
        }
        QVERIFY(spend.toDouble() > 0);

        const QByteArray rotate = "/api/v1/keys/" + id.toUtf8() + "/rotate";
        RawResponse r = m_server.call("POST", rotate, erin.token, {{u"gracePeriod"_s, u"25h"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r).value("param"_L1).toString(), u"gracePeriod"_s);
        QVERIFY(errorOf(r).value("message"_L1).toString().contains(u"24h"_s));

        r = m_server.call("POST", rotate, erin.token, {{u"gracePeriod"_s, u"5s"_s}});
        QCOMPARE(r.status, 200);
        const QString second = object(r).value("secret"_L1).toString();
        // During the grace both secrets work (asked at once: the grace is short).
        QCOMPARE(chat(first).status, 200);
        QCOMPARE(chat(second).status, 200);
        const QDateTime graceEnds =
            QDateTime::fromString(object(r).value("previousSecretValidUntil"_L1).toString(), Qt::ISODateWithMs);
        QVERIFY(graceEnds.isValid());
        QCOMPARE(object(r).value("id"_L1).toString(), id);
        QVERIFY(second.startsWith(u"sk-tg-"_s) && second != first);
        QVERIFY(object(r).value("prefix"_L1).toString() != key.value("prefix"_L1).toString());
        QCOMPARE(object(r).value("spend"_L1).toString(), spend);
        QVERIFY(!object(r).value("previousSecretValidUntil"_L1).isNull());
        QCOMPARE(audit(u"key.rotate"_s, id).size(), 1);
        // The new one's secret is never shown again.
        QVERIFY(
            !m_server.call("GET", "/api/v1/keys/" + id.toUtf8(), erin.token).body.contains(second.toUtf8()));
        // After it, only the new one.
        QTest::qWait(int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(graceEnds))) + 100);
        const RawResponse old = chat(first);
        QCOMPARE(old.status, 401);
        QCOMPARE(chat(second).status, 200);
        QVERIFY(getKey(id, erin.token).value("spend"_L1).toString().toDouble() >= spend.toDouble());

        // No grace: the old secret stops at once.
        r = m_server.call("POST", rotate, erin.token);
        QCOMPARE(r.status, 200);
        const QString third = object(r).value("secret"_L1).toString();
        QCOMPARE(chat(second).status, 401);
        QCOMPARE(chat(third).status, 200);
    }

    void revokeThenDelete()
    {
        const Persona finn = newUser();
        const QJsonObject key = createKey(finn.token, {{u"name"_s, u"doomed"_s}});
        const QString secret = key.value("secret"_L1).toString();
        const QByteArray path = "/api/v1/keys/" + key.value("id"_L1).toString().toUtf8();
        QVERIFY(waitForChat(secret, 200));
        RawResponse r = m_server.call("POST", path + "/revoke", finn.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r).value("state"_L1).toString(), u"revoked"_s);
        r = chat(secret);
        QCOMPARE(r.status, 401);
        QCOMPARE(errorOf(r).value("code"_L1).toString(), u"key_revoked"_s);
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?state=revoked", finn.token)),
                 QStringList{u"doomed"_s});
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?state=active", finn.token)), QStringList{});
        r = m_server.call("POST", path + "/rotate", finn.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(audit(u"key.revoke"_s, key.value("id"_L1).toString()).size(), 1);

        const QJsonObject other = createKey(finn.token, {{u"name"_s, u"deleted"_s}});
        const QString otherSecret = other.value("secret"_L1).toString();
        QCOMPARE(chat(otherSecret).status, 200);
        QCOMPARE(
            m_server.call("DELETE", "/api/v1/keys/" + other.value("id"_L1).toString().toUtf8(), finn.token)
                .status,
            204);
        r = chat(otherSecret);
        QCOMPARE(r.status, 401);
        QCOMPARE(errorOf(r).value("code"_L1).toString(), u"invalid_api_key"_s);
        QCOMPARE(m_server.call("GET", "/api/v1/keys/" + other.value("id"_L1).toString().toUtf8(), finn.token)
                     .status,
                 404);
        QCOMPARE(audit(u"key.delete"_s, other.value("id"_L1).toString()).size(), 1);
    }

    void otherUsersKeys()
    {
        const Persona gina = newUser();
        const Persona hugo = newUser();
        const Persona reader = newUser({}, {u"adminReadonly"_s, u"user"_s});
        const QJsonObject key = createKey(gina.token, {{u"name"_s, u"ginas"_s}});
        const QByteArray path = "/api/v1/keys/" + key.value("id"_L1).toString().toUtf8();
        const QJsonObject version{{u"name"_s, u"taken"_s}, {u"version"_s, key.value("version"_L1)}};

        // Another user cannot even see it.
        QCOMPARE(m_server.call("GET", path, hugo.token).status, 404);
        QCOMPARE(m_server.call("PATCH", path, hugo.token, version).status, 404);
        QCOMPARE(m_server.call("POST", path + "/revoke", hugo.token).status, 404);
        QCOMPARE(m_server.call("POST", path + "/rotate", hugo.token).status, 404);
        QCOMPARE(m_server.call("DELETE", path, hugo.token).status, 404);
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys", hugo.token)), QStringList{});
        QCOMPARE(m_server.call("GET", "/api/v1/keys?userId=" + gina.id.toUtf8(), hugo.token).status, 403);
        RawResponse r = m_server.call("POST", "/api/v1/keys", hugo.token,
                                      {{u"name"_s, u"for gina"_s}, {u"userId"_s, gina.id}});
        QCOMPARE(r.status, 403);

        // adminReadonly reads it and changes nothing.
        QCOMPARE(m_server.call("GET", path, reader.token).status, 200);
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?userId=" + gina.id.toUtf8(), reader.token)),
                 QStringList{u"ginas"_s});
        QCOMPARE(m_server.call("PATCH", path, reader.token, version).status, 403);
        QCOMPARE(m_server.call("POST", path + "/revoke", reader.token).status, 403);
        QCOMPARE(m_server.call("DELETE", path, reader.token).status, 403);
        QCOMPARE(m_server.call("PUT", "/api/v1/settings/keys", reader.token, {}).status, 403);
        QCOMPARE(getKey(key.value("id"_L1).toString(), gina.token).value("state"_L1).toString(), u"active"_s);

        // An admin makes a key for her (within her subscriptions) and changes hers.
        r = m_server.call("POST", "/api/v1/keys", m_server.admin(),
                          {{u"name"_s, u"from admin"_s},
                           {u"userId"_s, gina.id},
                           {u"models"_s, QJsonArray{u"mock-chat"_s}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(object(r).value("userId"_L1).toString(), gina.id);
        r = m_server.call("POST", "/api/v1/keys", m_server.admin(),
                          {{u"name"_s, u"from admin"_s},
                           {u"userId"_s, gina.id},
                           {u"models"_s, QJsonArray{u"mock-other"_s}}});
        QCOMPARE(r.status, 403);
        QCOMPARE(m_server.call("PATCH", path, m_server.admin(), version).status, 200);
        QCOMPARE(
            names(m_server.call("GET", "/api/v1/keys?userId=" + gina.id.toUtf8() + "&sort=name", gina.token)),
            (QStringList{u"from admin"_s, u"taken"_s}));
        const QList<Store::AuditEntry> updates = audit(u"key.update"_s, key.value("id"_L1).toString());
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().actorName, u"root"_s);
        QCOMPARE(updates.first().before.toObject().value("name"_L1).toString(), u"ginas"_s);
    }

    void staleVersionIsRefused()
    {
        const Persona ivy = newUser();
        const QJsonObject key = createKey(ivy.token, {});
        const QByteArray path = "/api/v1/keys/" + key.value("id"_L1).toString().toUtf8();
        const QByteArray etag = '"' + QByteArray::number(key.value("version"_L1).toInteger()) + '"';
        RawResponse r =
            m_server.call("PATCH", path, ivy.token, {{u"name"_s, u"one"_s}}, {{"if-match", etag}});
        QCOMPARE(r.status, 200);
        r = m_server.call("PATCH", path, ivy.token, {{u"name"_s, u"two"_s}}, {{"if-match", etag}});
        QCOMPARE(r.status, 412);
        QCOMPARE(errorOf(r).value("code"_L1).toString(), u"version_mismatch"_s);
        r = m_server.call("PATCH", path, ivy.token, {{u"name"_s, u"two"_s}});
        QCOMPARE(r.status, 428);
        QCOMPARE(getKey(key.value("id"_L1).toString(), ivy.token).value("name"_L1).toString(), u"one"_s);
    }

    void listFiltersSortAndPages()
    {
        const Persona jack = newUser({u"mock-chat"_s, u"mock-other"_s});
        const QJsonObject gamma =
            createKey(jack.token, {{u"name"_s, u"gamma"_s}, {u"models"_s, QJsonArray{u"mock-other"_s}}});
        createKey(jack.token, {{u"name"_s, u"alpha"_s}, {u"models"_s, QJsonArray{u"mock-chat"_s}}});
        const QJsonObject beta = createKey(jack.token, {{u"name"_s, u"Beta_1"_s}, {u"expiresIn"_s, u"1s"_s}});
        const QByteArray mine = "/api/v1/keys?userId=" + jack.id.toUtf8();
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys", jack.token)),
                 (QStringList{u"Beta_1"_s, u"alpha"_s, u"gamma"_s}));
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?sort=name", jack.token)),
                 (QStringList{u"alpha"_s, u"Beta_1"_s, u"gamma"_s}));
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?sort=-name", jack.token)),
                 (QStringList{u"gamma"_s, u"Beta_1"_s, u"alpha"_s}));
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?search=ALP", jack.token)), QStringList{u"alpha"_s});
        // LIKE wildcards in the search are literal.
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?search=a_1", jack.token)),
                 QStringList{u"Beta_1"_s});
        QCOMPARE(
            names(m_server.call(
                "GET", "/api/v1/keys?search=" + QUrl::toPercentEncoding(beta.value("prefix"_L1).toString()),
                jack.token)),
            QStringList{u"Beta_1"_s});
        QCOMPARE(names(m_server.call("GET", mine + "&model=mock-other", m_server.admin())),
                 QStringList{u"gamma"_s});
        const RawResponse page = m_server.call("GET", "/api/v1/keys?sort=name&limit=2&offset=1", jack.token);
        QCOMPARE(names(page), (QStringList{u"Beta_1"_s, u"gamma"_s}));
        QCOMPARE(object(page).value("total"_L1).toInt(), 3);
        QCOMPARE(object(page).value("sort"_L1).toString(), u"name"_s);
        QTest::qWait(1100);
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?state=expired", jack.token)),
                 QStringList{u"Beta_1"_s});
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?state=active&sort=name", jack.token)),
                 (QStringList{u"alpha"_s, u"gamma"_s}));
        QCOMPARE(getKey(beta.value("id"_L1).toString(), jack.token).value("state"_L1).toString(),
                 u"expired"_s);
        {
            // Blocking is the LiteLLM API's switch; here it is set in the store directly.
            Store::Database db(m_server.databaseUrl());
            Store::KeyRepository keys(db);
            Store::ApiKey blocked = *keys.find(gamma.value("id"_L1).toString());
            blocked.blocked = true;
            keys.update(blocked, blocked.version);
        }
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?state=blocked", jack.token)),
                 QStringList{u"gamma"_s});
        QCOMPARE(names(m_server.call("GET", "/api/v1/keys?state=active", jack.token)),
                 QStringList{u"alpha"_s});
        QCOMPARE(getKey(gamma.value("id"_L1).toString(), jack.token).value("state"_L1).toString(),
                 u"blocked"_s);
        QCOMPARE(m_server.call("GET", "/api/v1/keys?state=gone", jack.token).status, 400);
        QCOMPARE(m_server.call("GET", "/api/v1/keys?sort=secret", jack.token).status, 400);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestKeys>(u"TestKeys"_s, argc, argv);
}

#include "tst_keys.moc"
