// SPDX-License-Identifier: GPL-3.0-or-later
// Subscriptions and the approval workflow over real HTTP on the real tollgate-server, on SQLite
// and on PostgreSQL, with tollgate-mockllm behind two models (one restricted): requesting,
// approving, denying with a reason, reverting, cancelling, expiry, all-or-nothing bulk decisions,
// the self-approval rule, the read-only admin, a user's isolation, and what a virtual key can do
// at /v1/chat/completions after each decision.
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "tests/support/apiserver.h"
#include "tests/support/mockllmprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString MasterKey = u"test-master-key-0123456789"_s;
const QString Open = u"open-model"_s;
const QString Gated = u"gated-model"_s;

QString statusOf(const RawResponse &r)
{
    return object(r).value("status"_L1).toString();
}

QByteArray path(const QString &id, QByteArrayView action = {})
{
    QByteArray p = "/api/v1/subscriptions/" + id.toUtf8();
    if (!action.isEmpty())
        p += '/' + action.toByteArray();
    return p;
}

} // namespace

class TestSubscriptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void requestApproveAndUseTheModel();
    void denyNeedsAReasonAndRevertReopensTheQueue();
    void nobodyDecidesTheirOwnRequest();
    void bulkIsAllOrNothing();
    void readonlyAdminAndOtherUsers();
    void listsFilterSortAndPage();
    void cancelAndSubscribeAgain();
    void expiredWhenRead();
    void restrictionCascadeReachesTheGateway();

private:
    /// Subscribes @p token's user to @p model; the subscription's id.
    QString subscribe(const QByteArray &token, const QString &model, const QString &expectStatus);
    /// A virtual key of @p userId made with the LiteLLM-compatible API (every model the user may use).
    QByteArray makeKey(const QString &userId);
    RawResponse chat(const QByteArray &key, const QString &model);
    QJsonArray history(const QString &id, const QByteArray &token);

    MockLlmProcess m_mock;
    ApiServer m_server{{.masterKey = MasterKey}};
};

void TestSubscriptions::initTestCase_data()
{
    addBackendRows();
}

void TestSubscriptions::initTestCase()
{
    QVERIFY2(m_mock.start({u"--models"_s, Open + u',' + Gated}), qPrintable(m_mock.errorString()));
}

void TestSubscriptions::init()
{
    QFETCH_GLOBAL(Backend, backend);
    QString error;
    QVERIFY2(m_server.start(backend, &error), qPrintable(error));

    // The catalogue: one open model and one that needs an approval, both served by the mock.
    // (Written to the store directly: the models API is not part of this test.)
    Store::Database db(m_server.databaseUrl());
    Store::ModelRepository models(db);
    for (const QString &id : {Open, Gated}) {
        Store::Model m;
        m.id = id;
        m.displayName = id;
        m.capabilities = {u"chat"_s};
        m.restricted = id == Gated;
        models.create(m);
        Store::Deployment d;
        d.modelId = id;
        d.baseUrl = m_mock.apiBase();
        d.servedName = id;
        models.addDeployment(d);
    }
}

void TestSubscriptions::cleanup()
{
    m_server.stop();
}

QString TestSubscriptions::subscribe(const QByteArray &token, const QString &model,
                                     const QString &expectStatus)
{
    const RawResponse r =
        m_server.send("POST", "/api/v1/subscriptions",
                      json({{u"modelId"_s, model}, {u"reason"_s, u"for my project"_s}}), token);
    if (r.status != 201 || statusOf(r) != expectStatus) {
        qWarning("subscribe to %s: %d %s", qPrintable(model), r.status, r.body.constData());
        return {};
    }
    return object(r).value("id"_L1).toString();
}

QByteArray TestSubscriptions::makeKey(const QString &userId)
{
    const RawResponse r =
        m_server.send("POST", "/key/generate", json({{u"user_id"_s, userId}}), MasterKey.toUtf8());
    if (r.status != 200)
        qWarning("key/generate: %d %s", r.status, r.body.constData());
    return object(r).value("key"_L1).toString().toUtf8();
}

RawResponse TestSubscriptions::chat(const QByteArray &key, const QString &model)
{
    const RawResponse r = m_server.chat(key, model);
    if (r.status != 200)
        qDebug("chat with %s: %d %s", qPrintable(model), r.status, r.body.constData());
    return r;
}

QJsonArray TestSubscriptions::history(const QString &id, const QByteArray &token)
{
    const RawResponse r = m_server.send("GET", path(id, "history"), {}, token);
    if (r.status != 200)
        qWarning("history: %d %s", r.status, r.body.constData());
    return object(r).value("items"_L1).toArray();
}

void TestSubscriptions::requestApproveAndUseTheModel()
{
    const QString aliceId = m_server.createUser(u"alice"_s);
    const QByteArray alice = m_server.token(u"alice"_s);

    // Open model: active at once. Restricted model: pending.
    const QString open = subscribe(alice, Open, u"active"_s);
    QVERIFY(!open.isEmpty());
    RawResponse r = m_server.send("POST", "/api/v1/subscriptions", json({{u"modelId"_s, Gated}}), alice);
    QCOMPARE(r.status, 201);
    QCOMPARE(statusOf(r), u"pending"_s);
    QCOMPARE(object(r).value("userId"_L1).toString(), aliceId);
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    const QString gated = object(r).value("id"_L1).toString();

    // Asking twice, for an unknown model, with unknown fields or as the master key: refused.
    r = m_server.send("POST", "/api/v1/subscriptions", json({{u"modelId"_s, Gated}}), alice);
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), u"subscription_exists"_s);
    r = m_server.send("POST", "/api/v1/subscriptions", json({{u"modelId"_s, u"no-such-model"_s}}), alice);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), u"model_not_found"_s);
    r = m_server.send("POST", "/api/v1/subscriptions",
                      json({{u"modelId"_s, Open}, {u"status"_s, u"active"_s}}), alice);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorParam(r), u"status"_s);
    r = m_server.send("POST", "/api/v1/subscriptions", json({{u"modelId"_s, Open}}), MasterKey.toUtf8());
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"not_a_user"_s);

    // The key works for the open model; the gated one waits for an approval.
    const QByteArray key = makeKey(aliceId);
    QVERIFY(key.startsWith("sk-"));
    QCOMPARE(chat(key, Open).status, 200);
    r = chat(key, Gated);
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), u"subscription_pending"_s);

    // The queue shows the request; an admin approves; the very next request goes through.
    r = m_server.send("GET", "/api/v1/subscriptions/pending", {}, m_server.admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("total"_L1).toInt(), 1);
    const QJsonObject queued = object(r).value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(queued.value("id"_L1).toString(), gated);
    QCOMPARE(queued.value("username"_L1).toString(), u"alice"_s);
    r = m_server.send("POST", path(gated, "approve"), json({{u"reason"_s, u"project approved"_s}}),
                      m_server.admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(statusOf(r), u"active"_s);
    QCOMPARE(object(r).value("statusChangedBy"_L1).toString(), u"root"_s);
    QCOMPARE(object(r).value("version"_L1).toInt(), 2);
    QCOMPARE(chat(key, Gated).status, 200);
    QCOMPARE(object(m_server.send("GET", "/api/v1/subscriptions/pending", {}, m_server.admin()))
                 .value("total"_L1)
                 .toInt(),
             0);

    // Approving again is no transition; a stale If-Match is refused.
    r = m_server.send("POST", path(gated, "approve"), {}, m_server.admin());
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), u"invalid_transition"_s);
    r = m_server.send("POST", path(gated, "deny"), json({{u"reason"_s, u"x"_s}, {u"version"_s, 1}}),
                      m_server.admin());
    QCOMPARE(r.status, 412);
    QCOMPARE(statusOf(m_server.send("GET", path(gated), {}, alice)), u"active"_s);

    const QList<Store::AuditEntry> approvals = m_server.audit(u"subscription.approve"_s);
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals.at(0).targetId, gated);
    QCOMPARE(approvals.at(0).actorName, u"root"_s);
    QCOMPARE(approvals.at(0).before.toObject().value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(approvals.at(0).after.toObject().value("status"_L1).toString(), u"active"_s);
    QCOMPARE(m_server.audit(u"subscription.create"_s).size(), 2);
}

void TestSubscriptions::denyNeedsAReasonAndRevertReopensTheQueue()
{
    const QString aliceId = m_server.createUser(u"alice"_s);
    const QByteArray alice = m_server.token(u"alice"_s);
    const QString gated = subscribe(alice, Gated, u"pending"_s);
    QVERIFY(!gated.isEmpty());
    const QByteArray key = makeKey(aliceId);

    RawResponse r = m_server.send("POST", path(gated, "deny"), {}, m_server.admin());
    QCOMPARE(r.status, 400);
    QCOMPARE(errorParam(r), u"reason"_s);
    r = m_server.send("POST", path(gated, "deny"), json({{u"reason"_s, u"   "_s}}), m_server.admin());
    QCOMPARE(r.status, 400);
    QCOMPARE(statusOf(m_server.send("GET", path(gated), {}, alice)), u"pending"_s);
    r = m_server.send("POST", path(gated, "deny"), json({{u"reason"_s, u"no budget this quarter"_s}}),
                      m_server.admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(statusOf(r), u"denied"_s);
    r = chat(key, Gated);
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), u"subscription_required"_s);

    // The requester sees why, and cannot simply ask again.
    r = m_server.send("GET", path(gated), {}, alice);
    QCOMPARE(object(r).value("reason"_L1).toString(), u"no budget this quarter"_s);
    r = m_server.send("POST", "/api/v1/subscriptions", json({{u"modelId"_s, Gated}}), alice);
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), u"subscription_denied"_s);

    // Revert puts it back in the queue (with a reason); then approve, then deny the active one.
    r = m_server.send("POST", path(gated, "revert"), {}, m_server.admin());
    QCOMPARE(r.status, 400);
    QCOMPARE(errorParam(r), u"reason"_s);
    r = m_server.send("POST", path(gated, "revert"), json({{u"reason"_s, u"budget found"_s}}),
                      m_server.admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(statusOf(r), u"pending"_s);
    QCOMPARE(errorCode(chat(key, Gated)), u"subscription_pending"_s);
    r = m_server.send("POST", path(gated, "revert"), json({{u"reason"_s, u"again"_s}}), m_server.admin());
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), u"invalid_transition"_s);
    QCOMPARE(m_server.send("POST", path(gated, "approve"), {}, m_server.admin()).status, 200);
    QCOMPARE(chat(key, Gated).status, 200); // the key was not edited: access follows the subscription
    QCOMPARE(m_server.send("POST", path(gated, "deny"), json({{u"reason"_s, u"misuse"_s}}), m_server.admin())
                 .status,
             200);
    QCOMPARE(errorCode(chat(key, Gated)), u"subscription_required"_s);
    QCOMPARE(chat(key, Open).status, 200); // the key itself still works

    // The history has every change, oldest first, with actor and reason.
    const QJsonArray h = history(gated, alice);
    QCOMPARE(h.size(), 5);
    const QList<std::array<QString, 4>> expected = {
        {QString(), u"pending"_s, u"alice"_s, u"for my project"_s},
        {u"pending"_s, u"denied"_s, u"root"_s, u"no budget this quarter"_s},
        {u"denied"_s, u"pending"_s, u"root"_s, u"budget found"_s},
        {u"pending"_s, u"active"_s, u"root"_s, QString()},
        {u"active"_s, u"denied"_s, u"root"_s, u"misuse"_s}};
    for (qsizetype i = 0; i < h.size(); ++i) {
        const QJsonObject e = h.at(i).toObject();
        QCOMPARE(e.value("oldStatus"_L1).toString(), expected.at(i)[0]);
        QCOMPARE(e.value("newStatus"_L1).toString(), expected.at(i)[1]);
        QCOMPARE(e.value("actor"_L1).toString(), expected.at(i)[2]);
        QCOMPARE(e.value("reason"_L1).toString(), expected.at(i)[3]);
        QVERIFY(e.value("at"_L1).toString().endsWith(u'Z'));
    }
    QCOMPARE(m_server.audit(u"subscription.deny"_s).size(), 2);
    QCOMPARE(m_server.audit(u"subscription.revert"_s).size(), 1);
    QCOMPARE(m_server.audit(u"subscription.deny"_s).at(0).after.toObject().value("reason"_L1).isString(),
             true);
}

void TestSubscriptions::nobodyDecidesTheirOwnRequest()
{
    m_server.createUser(u"second"_s, {u"admin"_s, u"user"_s});
    const QByteArray second = m_server.token(u"second"_s);
    const QString own = subscribe(m_server.admin(), Gated, u"pending"_s);
    QVERIFY(!own.isEmpty());

    for (const QByteArray action : {"approve", "deny"}) {
        const RawResponse r =
            m_server.send("POST", path(own, action), json({{u"reason"_s, u"mine"_s}}), m_server.admin());
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), u"self_approval"_s);
    }
    RawResponse r =
        m_server.send("POST", "/api/v1/subscriptions/bulk",
                      json({{u"ids"_s, QJsonArray{own}}, {u"action"_s, u"approve"_s}}), m_server.admin());
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), u"bulk_rejected"_s);
    QCOMPARE(object(r).value("results"_L1).toArray().at(0).toObject().value("code"_L1).toString(),
             u"self_approval"_s);
    QCOMPARE(statusOf(m_server.send("GET", path(own), {}, m_server.admin())), u"pending"_s);
    QCOMPARE(history(own, m_server.admin()).size(), 1);
    QCOMPARE(m_server.audit(u"subscription.approve"_s).size(), 0);

    // Another admin may.
    r = m_server.send("POST", path(own, "approve"), {}, second);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("statusChangedBy"_L1).toString(), u"second"_s);
}

void TestSubscriptions::bulkIsAllOrNothing()
{
    m_server.createUser(u"alice"_s);
    m_server.createUser(u"bob"_s);
    const QByteArray alice = m_server.token(u"alice"_s);
    const QByteArray bob = m_server.token(u"bob"_s);
    const QString a = subscribe(alice, Gated, u"pending"_s);
    const QString b = subscribe(bob, Gated, u"pending"_s);
    const QString bobOpen = subscribe(bob, Open, u"active"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !bobOpen.isEmpty());
    const auto bulk = [&](const QJsonObject &body) {
        return m_server.send("POST", "/api/v1/subscriptions/bulk", json(body), m_server.admin());
    };
    const auto pending = [&] {
        return object(m_server.send("GET", "/api/v1/subscriptions/pending", {}, m_server.admin()))
            .value("total"_L1)
            .toInt();
    };

    // One unknown id: nothing changes, and each item says how it fared.
    RawResponse r = bulk({{u"ids"_s, QJsonArray{a, b, u"nope"_s}}, {u"action"_s, u"approve"_s}});
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), u"bulk_rejected"_s);
    QCOMPARE(object(r).value("applied"_L1).toBool(), false);
    QJsonArray results = object(r).value("results"_L1).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value("ok"_L1).toBool(), true);
    QCOMPARE(results.at(1).toObject().value("ok"_L1).toBool(), true);
    QCOMPARE(results.at(2).toObject().value("ok"_L1).toBool(), false);
    QCOMPARE(results.at(2).toObject().value("code"_L1).toString(), u"not_found"_s);
    QCOMPARE(pending(), 2);
    QCOMPARE(history(a, m_server.admin()).size(), 1);

    // One item in the wrong state: the same.
    r = bulk({{u"ids"_s, QJsonArray{a, bobOpen}}, {u"action"_s, u"approve"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(object(r).value("results"_L1).toArray().at(1).toObject().value("code"_L1).toString(),
             u"invalid_transition"_s);
    QCOMPARE(pending(), 2);

    // Malformed requests.
    QCOMPARE(bulk({{u"ids"_s, QJsonArray{a}}, {u"action"_s, u"deny"_s}}).status, 400);
    QCOMPARE(bulk({{u"ids"_s, QJsonArray{a}}, {u"action"_s, u"delete"_s}}).status, 400);
    QCOMPARE(bulk({{u"ids"_s, QJsonArray{a, a}}, {u"action"_s, u"approve"_s}}).status, 400);
    QCOMPARE(bulk({{u"ids"_s, QJsonArray{}}, {u"action"_s, u"approve"_s}}).status, 400);
    QCOMPARE(m_server.audit(u"subscription.approve"_s).size(), 0);

    // All good: all applied, each audited.
    r = bulk({{u"ids"_s, QJsonArray{a, b}}, {u"action"_s, u"approve"_s}, {u"reason"_s, u"batch"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("applied"_L1).toBool(), true);
    QCOMPARE(object(r).value("updated"_L1).toInt(), 2);
    results = object(r).value("results"_L1).toArray();
    QCOMPARE(results.at(1).toObject().value("subscription"_L1).toObject().value("status"_L1).toString(),
             u"active"_s);
    QCOMPARE(pending(), 0);
    QCOMPARE(m_server.audit(u"subscription.approve"_s).size(), 2);

    r = bulk({{u"ids"_s, QJsonArray{a, b}}, {u"action"_s, u"revert"_s}, {u"reason"_s, u"re-check"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(pending(), 2);
    r = bulk({{u"ids"_s, QJsonArray{a, b}}, {u"action"_s, u"deny"_s}, {u"reason"_s, u"closed"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(statusOf(m_server.send("GET", path(b), {}, bob)), u"denied"_s);
    QCOMPARE(history(b, bob).size(), 4);
}

void TestSubscriptions::readonlyAdminAndOtherUsers()
{
    const QString aliceId = m_server.createUser(u"alice"_s);
    m_server.createUser(u"bob"_s);
    m_server.createUser(u"carol"_s, {u"adminReadonly"_s, u"user"_s});
    const QByteArray alice = m_server.token(u"alice"_s);
    const QByteArray bob = m_server.token(u"bob"_s);
    const QByteArray carol = m_server.token(u"carol"_s);
    const QString gated = subscribe(alice, Gated, u"pending"_s);
    const QString open = subscribe(alice, Open, u"active"_s);
    QVERIFY(!gated.isEmpty() && !open.isEmpty());

    // adminReadonly reads the queue, a subscription and its history, and changes nothing.
    RawResponse r = m_server.send("GET", "/api/v1/subscriptions/pending", {}, carol);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("total"_L1).toInt(), 1);
    QCOMPARE(m_server.send("GET", "/api/v1/subscriptions?userId=" + aliceId.toUtf8(), {}, carol).status, 200);
    QCOMPARE(m_server.send("GET", path(gated), {}, carol).status, 200);
    QCOMPARE(history(gated, carol).size(), 1);
    for (const QByteArray action : {"approve", "deny", "revert"})
        QCOMPARE(m_server.send("POST", path(gated, action), json({{u"reason"_s, u"x"_s}}), carol).status,
                 403);
    QCOMPARE(m_server
                 .send("POST", "/api/v1/subscriptions/bulk",
                       json({{u"ids"_s, QJsonArray{gated}}, {u"action"_s, u"approve"_s}}), carol)
                 .status,
             403);
    QCOMPARE(m_server.send("DELETE", path(open), {}, carol).status, 403);
    QCOMPARE(m_server.send("POST", path(open, "cancel"), {}, carol).status, 403);
    QCOMPARE(statusOf(m_server.send("GET", path(gated), {}, alice)), u"pending"_s);
    QCOMPARE(statusOf(m_server.send("GET", path(open), {}, alice)), u"active"_s);

    // Another user sees none of alice's, not even that they exist, and cannot act on them.
    r = m_server.send("GET", "/api/v1/subscriptions", {}, bob);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("total"_L1).toInt(), 0);
    QCOMPARE(m_server.send("GET", "/api/v1/subscriptions?userId=" + aliceId.toUtf8(), {}, bob).status, 403);
    QCOMPARE(m_server.send("GET", "/api/v1/subscriptions/pending", {}, bob).status, 403);
    QCOMPARE(m_server.send("GET", path(gated), {}, bob).status, 404);
    QCOMPARE(m_server.send("GET", path(gated, "history"), {}, bob).status, 404);
    QCOMPARE(m_server.send("DELETE", path(open), {}, bob).status, 404);
    QCOMPARE(m_server.send("POST", path(open, "cancel"), {}, bob).status, 404);
    QCOMPARE(m_server.send("POST", path(gated, "approve"), {}, bob).status, 403);
    QCOMPARE(m_server.send("POST", path(gated, "approve"), {}, alice).status, 403);

    // alice sees her own two.
    r = m_server.send("GET", "/api/v1/subscriptions", {}, alice);
    QCOMPARE(object(r).value("total"_L1).toInt(), 2);
    QCOMPARE(m_server.audit(u"subscription.approve"_s).size() +
                 m_server.audit(u"subscription.cancel"_s).size(),
             0);
}

void TestSubscriptions::listsFilterSortAndPage()
{
    const QString aliceId = m_server.createUser(u"alice"_s);
    const QString bobId = m_server.createUser(u"bob"_s);
    const QByteArray alice = m_server.token(u"alice"_s);
    const QByteArray bob = m_server.token(u"bob"_s);
    QVERIFY(!subscribe(alice, Open, u"active"_s).isEmpty());
    QVERIFY(!subscribe(alice, Gated, u"pending"_s).isEmpty());
    QVERIFY(!subscribe(bob, Gated, u"pending"_s).isEmpty());

    const auto list = [&](const QByteArray &query, const QByteArray &token) {
        return object(m_server.send("GET", "/api/v1/subscriptions" + query, {}, token));
    };
    QJsonObject page = list({}, m_server.admin());
    QCOMPARE(page.value("total"_L1).toInt(), 3);
    QCOMPARE(page.value("sort"_L1).toString(), u"-createdAt"_s);
    QCOMPARE(list("?userId=" + bobId.toUtf8(), m_server.admin()).value("total"_L1).toInt(), 1);
    QCOMPARE(list("?modelId=" + Gated.toUtf8(), m_server.admin()).value("total"_L1).toInt(), 2);
    QCOMPARE(list("?status=active", m_server.admin()).value("total"_L1).toInt(), 1);
    QCOMPARE(list("?status=pending&userId=" + aliceId.toUtf8(), m_server.admin()).value("total"_L1).toInt(),
             1);
    QCOMPARE(list("?status=pending", alice).value("total"_L1).toInt(), 1); // only her own
    QCOMPARE(m_server.send("GET", "/api/v1/subscriptions?status=approved", {}, m_server.admin()).status, 400);
    QCOMPARE(m_server.send("GET", "/api/v1/subscriptions?sort=reason", {}, m_server.admin()).status, 400);
    QCOMPARE(m_server.send("GET", "/api/v1/subscriptions?color=red", {}, m_server.admin()).status, 400);

    page = list("?sort=modelId&limit=2", m_server.admin());
    QCOMPARE(page.value("total"_L1).toInt(), 3);
    QJsonArray items = page.value("items"_L1).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value("modelId"_L1).toString(), Gated);
    QCOMPARE(items.at(1).toObject().value("modelId"_L1).toString(), Gated);
    items = list("?sort=modelId&limit=2&offset=2", m_server.admin()).value("items"_L1).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value("modelId"_L1).toString(), Open);
    items = list("?sort=-modelId", m_server.admin()).value("items"_L1).toArray();
    QCOMPARE(items.at(0).toObject().value("modelId"_L1).toString(), Open);

    // The queue: oldest request first, filters by model and user.
    page = object(m_server.send("GET", "/api/v1/subscriptions/pending", {}, m_server.admin()));
    QCOMPARE(page.value("total"_L1).toInt(), 2);
    QCOMPARE(page.value("items"_L1).toArray().at(0).toObject().value("username"_L1).toString(), u"alice"_s);
    QCOMPARE(page.value("items"_L1).toArray().at(1).toObject().value("username"_L1).toString(), u"bob"_s);
    page = object(
        m_server.send("GET", "/api/v1/subscriptions/pending?userId=" + bobId.toUtf8(), {}, m_server.admin()));
    QCOMPARE(page.value("total"_L1).toInt(), 1);
    QCOMPARE(m_server.send("GET", "/api/v1/subscriptions/pending?status=active", {}, m_server.admin()).status,
             400);
}

void TestSubscriptions::cancelAndSubscribeAgain()
{
    const QString aliceId = m_server.createUser(u"alice"_s);
    const QByteArray alice = m_server.token(u"alice"_s);
    const QString open = subscribe(alice, Open, u"active"_s);
    const QString gated = subscribe(alice, Gated, u"pending"_s);
    QVERIFY(!open.isEmpty() && !gated.isEmpty());
    const QByteArray key = makeKey(aliceId);
    QCOMPARE(chat(key, Open).status, 200);

    RawResponse r = m_server.send("DELETE", path(open), {}, alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(statusOf(r), u"inactive"_s);
    QCOMPARE(errorCode(chat(key, Open)), u"subscription_required"_s);
    r = m_server.send("DELETE", path(open), {}, alice);
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), u"invalid_transition"_s);

    // Subscribing again reopens the same subscription; its history goes on.
    r = m_server.send("POST", "/api/v1/subscriptions", json({{u"modelId"_s, Open}}), alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("id"_L1).toString(), open);
    QCOMPARE(statusOf(r), u"active"_s);
    QCOMPARE(chat(key, Open).status, 200);
    QCOMPARE(history(open, alice).size(), 3);
    QCOMPARE(m_server.audit(u"subscription.reopen"_s).size(), 1);

    // A pending request can be withdrawn too; an admin can cancel anybody's.
    r = m_server.send("POST", path(gated, "cancel"), json({{u"reason"_s, u"not needed"_s}}), alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(statusOf(r), u"inactive"_s);
    QCOMPARE(object(m_server.send("GET", "/api/v1/subscriptions/pending", {}, m_server.admin()))
                 .value("total"_L1)
                 .toInt(),
             0);
    r = m_server.send("POST", path(open, "cancel"), {}, m_server.admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("statusChangedBy"_L1).toString(), u"root"_s);
    QCOMPARE(m_server.audit(u"subscription.cancel"_s).size(), 3);
}

void TestSubscriptions::expiredWhenRead()
{
    const QString aliceId = m_server.createUser(u"alice"_s);
    const QByteArray alice = m_server.token(u"alice"_s);
    const QString gated = subscribe(alice, Gated, u"pending"_s);
    QVERIFY(!gated.isEmpty());
    const QByteArray key = makeKey(aliceId);

    RawResponse r = m_server.send("POST", path(gated, "approve"),
                                  json({{u"expiresAt"_s, u"2001-01-01T00:00:00Z"_s}}), m_server.admin());
    QCOMPARE(r.status, 400);
    QCOMPARE(errorParam(r), u"expiresAt"_s);
    // Long enough for the approval and one chat inside it on a loaded machine.
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(3000);
    r = m_server.send(
        "POST", path(gated, "approve"),
        json({{u"expiresAt"_s, until.toString(Qt::ISODateWithMs)}, {u"reason"_s, u"for a demo"_s}}),
        m_server.admin());
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("expiresAt"_L1).toString(), until.toString(Qt::ISODateWithMs));
    QCOMPARE(chat(key, Gated).status, 200);

    QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(until)) + 200);
    r = m_server.send("GET", path(gated), {}, alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(statusOf(r), u"expired"_s);
    QCOMPARE(errorCode(chat(key, Gated)), u"subscription_required"_s);
    const QJsonArray h = history(gated, alice);
    QCOMPARE(h.last().toObject().value("newStatus"_L1).toString(), u"expired"_s);
    QCOMPARE(h.last().toObject().value("actor"_L1).toString(), u"system"_s);
    const QList<Store::AuditEntry> expiries = m_server.audit(u"subscription.expire"_s);
    QCOMPARE(expiries.size(), 1);
    QCOMPARE(expiries.at(0).actorName, u"system"_s);

    // Asked for again, it needs a new approval (the model is restricted) and has no expiry left.
    r = m_server.send("POST", "/api/v1/subscriptions", json({{u"modelId"_s, Gated}}), alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(statusOf(r), u"pending"_s);
    QVERIFY(object(r).value("expiresAt"_L1).isNull());
}

void TestSubscriptions::restrictionCascadeReachesTheGateway()
{
    // An admin flips the model's restricted flag through the models API; the cascade moves the
    // subscription and the gateway refuses or serves the very next request.
    const QString aliceId = m_server.createUser(u"alice"_s);
    const QByteArray alice = m_server.token(u"alice"_s);
    const QString open = subscribe(alice, Open, u"active"_s);
    QVERIFY(!open.isEmpty());
    const QByteArray key = makeKey(aliceId);
    QCOMPARE(chat(key, Open).status, 200);

    const QByteArray model = "/api/v1/models/" + Open.toUtf8();
    const auto flip = [&](bool restricted) {
        const RawResponse current = m_server.send("GET", model, {}, m_server.admin());
        QCOMPARE(current.status, 200);
        const double version = object(current).value("version"_L1).toDouble();
        const RawResponse changed = m_server.send(
            "PATCH", model, json({{u"restricted"_s, restricted}, {u"version"_s, version}}), m_server.admin());
        QCOMPARE(changed.status, 200);
    };
    const auto waitFor = [&](int status) {
        QElapsedTimer t;
        t.start();
        RawResponse r = chat(key, Open);
        while (r.status != status && t.elapsed() < 10'000) {
            QTest::qWait(100);
            r = chat(key, Open);
        }
        return r;
    };
    flip(true);
    RawResponse r = waitFor(403);
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), u"subscription_pending"_s);
    QCOMPARE(statusOf(m_server.send("GET", path(open), {}, alice)), u"pending"_s);
    QCOMPARE(object(m_server.send("GET", "/api/v1/subscriptions/pending", {}, m_server.admin()))
                 .value("total"_L1)
                 .toInt(),
             1);
    flip(false);
    QCOMPARE(waitFor(200).status, 200);
    const QJsonArray h = history(open, alice);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(1).toObject().value("newStatus"_L1).toString(), u"pending"_s);
    QCOMPARE(h.at(2).toObject().value("newStatus"_L1).toString(), u"active"_s);
    QCOMPARE(h.at(2).toObject().value("actor"_L1).toString(), u"root"_s);
}

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
