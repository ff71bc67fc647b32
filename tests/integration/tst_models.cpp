// SPDX-License-Identifier: GPL-3.0-or-later
// The model catalogue (/api/v1/models) over real HTTP on the real tollgate-server, on SQLite and
// PostgreSQL, with a real tollgate-mockllm as the upstream: CRUD with versions and audit, the
// upstream API key never echoed, a new model served at once, sync preview vs apply, test
// connection (success, refused port, link-local refusal) and the restriction cascade.
#include "gateway-core/api/upstreamprobe.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "tests/support/apiserver.h"
#include "tests/support/mockllmprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray MasterKey = "models-test-master-key-0123456789";
const QString UpstreamSecret = u"sk-upstream-very-secret-42"_s;

QStringList ids(const QJsonArray &items, QLatin1StringView field = "id"_L1)
{
    QStringList result;
    for (const QJsonValue &v : items)
        result << v.toObject().value(field).toString();
    return result;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void refusedAddresses_data();
    void refusedAddresses();
    void everyResolvedAddressIsChecked();
    void crudVersionsAndAudit();
    void usersSeeEnabledModelsWithTheirSubscription();
    void apiKeyIsNeverEchoed();
    void createdModelIsServedAtOnce();
    void syncPreviewWritesNothingAndApplyAddsTheSelection();
    void testConnection();
    void testConnectionRefusesLinkLocalUnlessAllowed();
    void restrictingCascadesToSubscriptionsAndKeys();

private:
    RawResponse call(QByteArrayView method, QByteArrayView path, const QJsonObject &body = {},
                     const QByteArray &token = MasterKey, const RawHeaders &extra = {});
    RawResponse chat(const QString &key, const QString &model);
    QJsonObject createModel(const QJsonObject &body);
    QJsonObject generateKey(const QString &userId, const QStringList &models);
    QStringList keyModels(const QString &key);

    MockLlmProcess m_mock;
    // No bootstrap admin: the master key is the admin here.
    ApiServer m_server{{.masterKey = QString::fromLatin1(MasterKey), .bootstrapAdmin = false}};
};

void TestModels::initTestCase_data()
{
    addBackendRows();
}

void TestModels::initTestCase()
{
    QVERIFY2(m_mock.start({u"--models"_s, u"mock-a,mock-b"_s}), qPrintable(m_mock.errorString()));
}

void TestModels::init()
{
    // PostgreSQL is a supported back end: a machine without it must fail, not skip.
    QFETCH_GLOBAL(Backend, backend);
    QString error;
    QVERIFY2(m_server.start(backend, &error), qPrintable(error));
    QVERIFY(m_mock.reset());
}

void TestModels::cleanup()
{
    m_server.stop();
}

RawResponse TestModels::call(QByteArrayView method, QByteArrayView path, const QJsonObject &body,
                             const QByteArray &token, const RawHeaders &extra)
{
    return m_server.call(method, path, token, body, extra);
}

RawResponse TestModels::chat(const QString &key, const QString &model)
{
    return m_server.chat(key.toUtf8(), model, 4);
}

QJsonObject TestModels::createModel(const QJsonObject &body)
{
    const RawResponse r = call("POST", "/api/v1/models", body);
    if (r.status != 201)
        qWarning("create model: %d %s", r.status, r.body.constData());
    return object(r);
}

QJsonObject TestModels::generateKey(const QString &userId, const QStringList &models)
{
    const RawResponse r = call("POST", "/key/generate",
                               {{u"user_id"_s, userId}, {u"models"_s, QJsonArray::fromStringList(models)}});
    if (r.status != 200)
        qWarning("key/generate: %d %s", r.status, r.body.constData());
    return object(r);
}

QStringList TestModels::keyModels(const QString &key)
{
    const RawResponse r = call("GET", "/key/info?key=" + QUrl::toPercentEncoding(key));
    QStringList models;
    for (const QJsonValue &v : object(r).value("info"_L1).toObject().value("models"_L1).toArray())
        models << v.toString();
    return models;
}

void TestModels::refusedAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("metadata v4") << u"http://169.254.169.254/latest"_s << true;
    QTest::newRow("link-local v4") << u"http://169.254.1.2:8000/v1"_s << true;
    QTest::newRow("link-local v6") << u"http://[fe80::1]:8000/v1"_s << true;
    QTest::newRow("metadata v6") << u"http://[fd00:ec2::254]/v1"_s << true;
    QTest::newRow("v4-mapped metadata") << u"http://[::ffff:169.254.169.254]/v1"_s << true;
    QTest::newRow("gcp metadata name") << u"http://metadata.google.internal/v1"_s << true;
    QTest::newRow("gcp metadata name, dot") << u"http://Metadata.Google.Internal./v1"_s << true;
    QTest::newRow("loopback") << u"http://127.0.0.1:8000/v1"_s << false;
    QTest::newRow("private v4") << u"http://10.0.0.5:8000/v1"_s << false;
    QTest::newRow("169.253 is not link-local") << u"http://169.253.1.1/v1"_s << false;
    QTest::newRow("ula v6") << u"https://[fd00::5]/v1"_s << false;
    QTest::newRow("service name") << u"https://vllm.models.svc:8443/v1"_s << false;
}

void TestModels::refusedAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    QCOMPARE(Api::Upstream::baseUrlProblem(url, false).has_value(), refused);
    QVERIFY(!Api::Upstream::baseUrlProblem(url, true).has_value()); // the setting allows them all
}

void TestModels::everyResolvedAddressIsChecked()
{
    // A name that answers with a harmless address and a metadata one is refused for the latter.
    const QList<QHostAddress> mixed = {QHostAddress(u"10.0.0.5"_s), QHostAddress(u"127.0.0.1"_s),
                                       QHostAddress(u"169.254.169.254"_s)};
    QCOMPARE(Api::Upstream::firstRefused(mixed), QHostAddress(u"169.254.169.254"_s));
    QCOMPARE(Api::Upstream::firstRefused({QHostAddress(u"fe80::1"_s), QHostAddress(u"::1"_s)}),
             QHostAddress(u"fe80::1"_s));
    QVERIFY(!Api::Upstream::firstRefused({QHostAddress(u"10.0.0.5"_s), QHostAddress(u"::1"_s)}));
}

void TestModels::crudVersionsAndAudit()
{
    QJsonObject m = createModel({{u"id"_s, u"granite"_s},
                                 {u"displayName"_s, u"Granite 3"_s},
                                 {u"capabilities"_s, QJsonArray{u"tokenize"_s, u"chat"_s}},
                                 {u"inputPrice"_s, u"0.5"_s},
                                 {u"outputPrice"_s, u"1.25"_s},
                                 {u"contextWindow"_s, 8192}});
    QCOMPARE(m.value("id"_L1).toString(), u"granite"_s);
    QCOMPARE(m.value("capabilities"_L1).toArray(), (QJsonArray{u"chat"_s, u"tokenize"_s}));
    QCOMPARE(m.value("inputPrice"_L1).toString(), u"0.5"_s);
    QCOMPARE(m.value("outputPrice"_L1).toString(), u"1.25"_s);
    QCOMPARE(m.value("cachedPrice"_L1).toString(), u"0.5"_s); // no discount unless given
    QCOMPARE(m.value("version"_L1).toInt(), 1);
    QCOMPARE(call("POST", "/api/v1/models", {{u"id"_s, u"granite"_s}}).status, 409);
    RawResponse r =
        call("POST", "/api/v1/models", {{u"id"_s, u"bad"_s}, {u"capabilities"_s, QJsonArray{u"vision"_s}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"capabilities"_s);
    QCOMPARE(call("POST", "/api/v1/models", {{u"id"_s, u"bad"_s}, {u"inputPrice"_s, u"-1"_s}}).status, 400);
    // A model id with a slash, percent-encoded in the path.
    createModel(
        {{u"id"_s, u"ibm/embed"_s}, {u"capabilities"_s, QJsonArray{u"embeddings"_s}}, {u"enabled"_s, false}});
    r = call("GET", "/api/v1/models/ibm%2Fembed");
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("enabled"_L1).toBool(), false);

    r = call("GET", "/api/v1/models/granite");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("etag"), "\"1\"");
    // Stale and missing versions are refused; the right one applies.
    r = call("PATCH", "/api/v1/models/granite", {{u"description"_s, u"x"_s}, {u"version"_s, 7}});
    QCOMPARE(r.status, 412);
    QCOMPARE(errorCode(r), u"version_mismatch"_s);
    QCOMPARE(call("PATCH", "/api/v1/models/granite", {{u"description"_s, u"x"_s}}).status, 428);
    r = call("PATCH", "/api/v1/models/granite",
             {{u"description"_s, u"IBM Granite"_s}, {u"cachedPrice"_s, u"0.1"_s}}, MasterKey,
             {{"if-match", "\"1\""}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("version"_L1).toInt(), 2);
    QCOMPARE(object(r).value("cachedPrice"_L1).toString(), u"0.1"_s);
    QCOMPARE(
        call("PATCH", "/api/v1/models/granite", {{u"description"_s, u"lost"_s}, {u"version"_s, 1}}).status,
        412);
    QCOMPARE(call("PATCH", "/api/v1/models/granite", {{u"id"_s, u"renamed"_s}, {u"version"_s, 2}}).status,
             400);

    // Lists: filter, search, sort, paging.
    createModel({{u"id"_s, u"llama"_s}, {u"inputPrice"_s, u"2"_s}, {u"restricted"_s, true}});
    QJsonObject list = object(call("GET", "/api/v1/models?sort=-inputPrice"));
    QCOMPARE(list.value("total"_L1).toInt(), 3);
    QCOMPARE(ids(list.value("items"_L1).toArray()), (QStringList{u"llama"_s, u"granite"_s, u"ibm/embed"_s}));
    QCOMPARE(list.value("items"_L1).toArray().first().toObject().value("deployments"_L1).toArray().size(), 0);
    list = object(call("GET", "/api/v1/models?capability=embeddings"));
    QCOMPARE(ids(list.value("items"_L1).toArray()), QStringList{u"ibm/embed"_s});
    list = object(call("GET", "/api/v1/models?restricted=true"));
    QCOMPARE(ids(list.value("items"_L1).toArray()), QStringList{u"llama"_s});
    list = object(call("GET", "/api/v1/models?search=GRANITE&enabled=true"));
    QCOMPARE(ids(list.value("items"_L1).toArray()), QStringList{u"granite"_s});
    list = object(call("GET", "/api/v1/models?limit=1&offset=1"));
    QCOMPARE(list.value("total"_L1).toInt(), 3);
    QCOMPARE(ids(list.value("items"_L1).toArray()), QStringList{u"ibm/embed"_s});
    QCOMPARE(call("GET", "/api/v1/models?sort=price").status, 400);
    QCOMPARE(call("GET", "/api/v1/models?capability=vision").status, 400);

    QCOMPARE(call("DELETE", "/api/v1/models/llama").status, 204);
    QCOMPARE(call("GET", "/api/v1/models/llama").status, 404);
    QCOMPARE(call("DELETE", "/api/v1/models/llama").status, 404);

    // Every change is audited with before and after.
    QCOMPARE(m_server.audit(u"model.create"_s).size(), 3);
    const QList<Store::AuditEntry> updates = m_server.audit(u"model.update"_s);
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().targetId, u"granite"_s);
    QCOMPARE(updates.first().actorName, u"master-key"_s);
    QCOMPARE(updates.first().before.toObject().value("description"_L1).toString(), QString());
    QCOMPARE(updates.first().after.toObject().value("description"_L1).toString(), u"IBM Granite"_s);
    const QList<Store::AuditEntry> deletes = m_server.audit(u"model.delete"_s);
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.first().before.toObject().value("id"_L1).toString(), u"llama"_s);
}

void TestModels::usersSeeEnabledModelsWithTheirSubscription()
{
    createModel({{u"id"_s, u"mock-a"_s},
                 {u"deployments"_s, QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()}}}}});
    createModel({{u"id"_s, u"mock-b"_s}});
    createModel({{u"id"_s, u"hidden"_s}, {u"enabled"_s, false}});
    RawResponse r =
        call("POST", "/api/v1/users",
             {{u"username"_s, u"bob"_s}, {u"password"_s, UserPassword}, {u"roles"_s, QJsonArray{u"user"_s}}});
    QCOMPARE(r.status, 201);
    const QString bobId = object(r).value("id"_L1).toString();
    QVERIFY(!generateKey(bobId, {u"mock-a"_s}).value("key"_L1).toString().isEmpty());
    r = call("POST", "/api/v1/auth/login", {{u"username"_s, u"bob"_s}, {u"password"_s, UserPassword}}, {});
    const QByteArray bob = object(r).value("accessToken"_L1).toString().toLatin1();
    QVERIFY(!bob.isEmpty());

    const QJsonObject list = object(call("GET", "/api/v1/models", {}, bob));
    QCOMPARE(list.value("total"_L1).toInt(), 2);
    const QJsonArray items = list.value("items"_L1).toArray();
    QCOMPARE(ids(items), (QStringList{u"mock-a"_s, u"mock-b"_s}));
    QCOMPARE(items[0].toObject().value("subscription"_L1).toObject().value("status"_L1).toString(),
             u"active"_s);
    QVERIFY(items[1].toObject().value("subscription"_L1).isNull());
    // Users never learn where a model runs.
    QVERIFY(!items[0].toObject().contains("deployments"_L1));
    QVERIFY(!r.body.contains(m_mock.apiBase().toUtf8()));
    QCOMPARE(object(call("GET", "/api/v1/models?enabled=false", {}, bob)).value("total"_L1).toInt(), 0);
    QCOMPARE(call("GET", "/api/v1/models/hidden", {}, bob).status, 404);
    QCOMPARE(call("GET", "/api/v1/models/hidden").status, 200);
    QCOMPARE(object(call("GET", "/api/v1/models")).value("total"_L1).toInt(), 3);
    // Users change nothing.
    QCOMPARE(call("PATCH", "/api/v1/models/mock-a", {{u"enabled"_s, false}, {u"version"_s, 1}}, bob).status,
             403);
    QCOMPARE(call("GET", "/api/v1/models/mock-a/deployments", {}, bob).status, 403);
}

void TestModels::apiKeyIsNeverEchoed()
{
    const QJsonObject m = createModel(
        {{u"id"_s, u"mock-a"_s},
         {u"deployments"_s,
          QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()}, {u"apiKey"_s, UpstreamSecret}}}}});
    const QJsonObject deployment = m.value("deployments"_L1).toArray().first().toObject();
    QCOMPARE(deployment.value("hasApiKey"_L1).toBool(), true);
    QVERIFY(!deployment.contains("apiKey"_L1));
    const QByteArray path =
        "/api/v1/models/mock-a/deployments/" + deployment.value("id"_L1).toString().toUtf8();
    QList<RawResponse> answers = {call("GET", "/api/v1/models"), call("GET", "/api/v1/models/mock-a"),
                                  call("GET", "/api/v1/models/mock-a/deployments"),
                                  call("GET", "/model/info")};
    RawResponse r =
        call("POST", "/api/v1/models/mock-a/deployments",
             {{u"baseUrl"_s, m_mock.apiBase() + u"/"_s}, {u"apiKey"_s, UpstreamSecret}, {u"weight"_s, 3}});
    QCOMPARE(r.status, 201);
    QCOMPARE(object(r).value("weight"_L1).toInt(), 3);
    answers << r;
    // Testing an edited deployment uses its stored key, which still does not come back.
    const QString second = object(r).value("id"_L1).toString();
    QVERIFY(m_mock.reset());
    r = call("POST", "/api/v1/models/test-connection",
             {{u"baseUrl"_s, m_mock.apiBase()}, {u"deploymentId"_s, second}});
    QCOMPARE(object(r).value("ok"_L1).toBool(), true);
    QCOMPARE(m_mock.lastRequest().value("headers"_L1).toObject().value("authorization"_L1).toString(),
             u"Bearer "_s + UpstreamSecret);
    answers << r;
    r = call("PATCH", path, {{u"servedName"_s, u"mock-b"_s}, {u"version"_s, 1}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("hasApiKey"_L1).toBool(), true); // absent: kept
    answers << r;
    for (const RawResponse &answer : std::as_const(answers)) {
        QCOMPARE(answer.status / 100, 2);
        QVERIFY2(!answer.body.contains(UpstreamSecret.toUtf8()), answer.body.constData());
    }
    // Nor is it in the audit log or stored in clear.
    for (const QString &action : {u"deployment.create"_s, u"deployment.update"_s, u"model.create"_s}) {
        const QList<Store::AuditEntry> entries = m_server.audit(action);
        QVERIFY(!entries.isEmpty());
        for (const Store::AuditEntry &e : entries) {
            const QByteArray text =
                QJsonDocument(QJsonObject{{u"b"_s, e.before}, {u"a"_s, e.after}}).toJson();
            QVERIFY2(!text.contains(UpstreamSecret.toUtf8()), text.constData());
        }
    }
    {
        Store::Database db(m_server.databaseUrl());
        for (const Store::Deployment &d : Store::ModelRepository(db).deployments(u"mock-a"_s))
            QVERIFY(!d.apiKeyEncrypted.contains(UpstreamSecret.toUtf8()));
    }
    // null clears it; bad base URLs are refused.
    r = call("PATCH", path, {{u"apiKey"_s, QJsonValue()}, {u"version"_s, 2}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("hasApiKey"_L1).toBool(), false);
    for (const QString &bad :
         {u"ftp://host/v1"_s, u"http://user:pw@host/v1"_s, u"http://169.254.169.254/v1"_s, u"not a url"_s}) {
        r = call("POST", "/api/v1/models/mock-a/deployments", {{u"baseUrl"_s, bad}});
        QVERIFY2(r.status == 400, qPrintable(bad));
        QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"baseUrl"_s);
    }
    QCOMPARE(call("DELETE", path).status, 204);
    QCOMPARE(call("DELETE", path).status, 404);
    QCOMPARE(m_server.audit(u"deployment.delete"_s).size(), 1);
}

void TestModels::createdModelIsServedAtOnce()
{
    const QJsonObject m =
        createModel({{u"id"_s, u"fresh"_s},
                     {u"inputPrice"_s, u"1"_s},
                     {u"deployments"_s, QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()},
                                                               {u"servedName"_s, u"mock-a"_s},
                                                               {u"apiKey"_s, UpstreamSecret}}}}});
    QCOMPARE(m.value("version"_L1).toInt(), 1);
    const QString key = generateKey(u"carol"_s, {u"fresh"_s}).value("key"_L1).toString();
    QVERIFY(key.startsWith(u"sk-"_s));
    // No waiting: the reply of the create came after the data plane had the model.
    RawResponse r = chat(key, u"fresh"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject seen = m_mock.lastRequest();
    QCOMPARE(seen.value("json"_L1).toObject().value("model"_L1).toString(), u"mock-a"_s);
    QCOMPARE(seen.value("headers"_L1).toObject().value("authorization"_L1).toString(),
             u"Bearer "_s + UpstreamSecret);
    // Disabled, it is gone at once too; enabled again, it is back.
    QCOMPARE(call("PATCH", "/api/v1/models/fresh", {{u"enabled"_s, false}, {u"version"_s, 1}}).status, 200);
    r = chat(key, u"fresh"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), u"model_not_found"_s);
    QCOMPARE(call("PATCH", "/api/v1/models/fresh", {{u"enabled"_s, true}, {u"version"_s, 2}}).status, 200);
    QCOMPARE(chat(key, u"fresh"_s).status, 200);
    // Without a deployment it cannot be served.
    const QString deploymentId =
        m.value("deployments"_L1).toArray().first().toObject().value("id"_L1).toString();
    QCOMPARE(call("DELETE", "/api/v1/models/fresh/deployments/" + deploymentId.toUtf8()).status, 204);
    r = chat(key, u"fresh"_s);
    QCOMPARE(r.status, 503);
}

void TestModels::syncPreviewWritesNothingAndApplyAddsTheSelection()
{
    // The catalogue serves mock-a from the mock, and "retired", which the mock no longer lists.
    createModel({{u"id"_s, u"mock-a"_s},
                 {u"deployments"_s, QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()}}}}});
    const QJsonObject retired = createModel(
        {{u"id"_s, u"retired"_s},
         {u"deployments"_s,
          QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()}, {u"servedName"_s, u"old"_s}}}}});
    const QString retiredDeployment =
        retired.value("deployments"_L1).toArray().first().toObject().value("id"_L1).toString();
    const QJsonObject upstream{{u"baseUrl"_s, m_mock.apiBase()}, {u"apiKey"_s, UpstreamSecret}};

    RawResponse r = call("POST", "/api/v1/models/sync/preview", upstream);
    QCOMPARE(r.status, 200);
    QJsonObject preview = object(r);
    QCOMPARE(preview.value("upstreamModels"_L1).toArray(), (QJsonArray{u"mock-a"_s, u"mock-b"_s}));
    QCOMPARE(ids(preview.value("add"_L1).toArray(), "servedName"_L1), QStringList{u"mock-b"_s});
    QCOMPARE(preview.value("add"_L1).toArray().first().toObject().value("modelExists"_L1).toBool(), false);
    QCOMPARE(ids(preview.value("present"_L1).toArray(), "modelId"_L1), QStringList{u"mock-a"_s});
    QCOMPARE(ids(preview.value("missing"_L1).toArray(), "deploymentId"_L1), QStringList{retiredDeployment});
    QCOMPARE(m_mock.lastRequest().value("path"_L1).toString(), u"/v1/models"_s);
    QCOMPARE(m_mock.lastRequest().value("headers"_L1).toObject().value("authorization"_L1).toString(),
             u"Bearer "_s + UpstreamSecret);
    // The preview wrote nothing.
    QCOMPARE(call("GET", "/api/v1/models/mock-b").status, 404);
    QCOMPARE(object(call("GET", "/api/v1/models")).value("total"_L1).toInt(), 2);

    // A selection the upstream does not offer is refused, and nothing of the request is kept.
    r = call(
        "POST", "/api/v1/models/sync/apply",
        QJsonObject{{u"baseUrl"_s, m_mock.apiBase()}, {u"add"_s, QJsonArray{u"mock-b"_s, u"not-served"_s}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(call("GET", "/api/v1/models/mock-b").status, 404);

    QJsonObject apply = upstream;
    apply.insert(u"add"_s, QJsonArray{u"mock-b"_s});
    apply.insert(u"disable"_s, QJsonArray{retiredDeployment});
    r = call("POST", "/api/v1/models/sync/apply", apply);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("added"_L1).toArray().size(), 1);
    QCOMPARE(object(r).value("disabled"_L1).toArray().size(), 1);
    r = call("GET", "/api/v1/models/mock-b");
    QCOMPARE(r.status, 200);
    const QJsonObject added = object(r).value("deployments"_L1).toArray().first().toObject();
    QCOMPARE(added.value("servedName"_L1).toString(), u"mock-b"_s);
    QCOMPARE(added.value("hasApiKey"_L1).toBool(), true);
    QVERIFY(!r.body.contains(UpstreamSecret.toUtf8()));
    r = call("GET", "/api/v1/models/retired");
    QCOMPARE(object(r).value("deployments"_L1).toArray().first().toObject().value("enabled"_L1).toBool(),
             false);
    QCOMPARE(m_server.audit(u"model.create"_s).size(), 3);

    // Now in step: nothing to add, the retired deployment still missing.
    preview = object(call("POST", "/api/v1/models/sync/preview", upstream));
    QVERIFY(preview.value("add"_L1).toArray().isEmpty());
    QCOMPARE(ids(preview.value("present"_L1).toArray(), "modelId"_L1),
             (QStringList{u"mock-a"_s, u"mock-b"_s}));
    // The added model is served right away.
    const QString key = generateKey(u"dave"_s, {u"mock-b"_s}).value("key"_L1).toString();
    QCOMPARE(chat(key, u"mock-b"_s).status, 200);

    // An upstream that cannot be reached: 502, nothing written.
    r = call("POST", "/api/v1/models/sync/preview", {{u"baseUrl"_s, u"http://127.0.0.1:1/v1"_s}});
    QCOMPARE(r.status, 502);
    QCOMPARE(errorCode(r), u"upstream_unavailable"_s);
}

void TestModels::testConnection()
{
    // Success, by IP and by a name that resolves (localhost).
    QJsonObject body{{u"baseUrl"_s, m_mock.apiBase()},
                     {u"apiKey"_s, UpstreamSecret},
                     {u"servedName"_s, u"mock-b"_s},
                     {u"chat"_s, true}};
    RawResponse r = call("POST", "/api/v1/models/test-connection", body);
    QCOMPARE(r.status, 200);
    QJsonObject report = object(r);
    QVERIFY2(report.value("ok"_L1).toBool(), r.body.constData());
    QCOMPARE(report.value("status"_L1).toInt(), 200);
    QCOMPARE(report.value("models"_L1).toArray(), (QJsonArray{u"mock-a"_s, u"mock-b"_s}));
    QCOMPARE(report.value("servedNameFound"_L1).toBool(), true);
    QVERIFY(report.value("latencyMs"_L1).toDouble() >= 0);
    QCOMPARE(report.value("chat"_L1).toObject().value("ok"_L1).toBool(), true);
    QCOMPARE(report.value("chat"_L1).toObject().value("status"_L1).toInt(), 200);
    QCOMPARE(m_mock.lastRequest().value("path"_L1).toString(), u"/v1/chat/completions"_s);
    QCOMPARE(m_mock.lastRequest().value("json"_L1).toObject().value("max_tokens"_L1).toInt(), 1);
    QVERIFY(!r.body.contains(UpstreamSecret.toUtf8()));

    body = {{u"baseUrl"_s, u"http://localhost:%1/v1"_s.arg(m_mock.port())}, {u"servedName"_s, u"nope"_s}};
    report = object(call("POST", "/api/v1/models/test-connection", body));
    QCOMPARE(report.value("ok"_L1).toBool(), false);
    QCOMPARE(report.value("error"_L1).toObject().value("code"_L1).toString(), u"model_not_found"_s);
    QCOMPARE(report.value("models"_L1).toArray().size(), 2);
    QVERIFY(QHostAddress(report.value("address"_L1).toString()).isLoopback());

    // A refused port: a clear error, quickly.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    QElapsedTimer t;
    t.start();
    r = call("POST", "/api/v1/models/test-connection",
             {{u"baseUrl"_s, u"http://127.0.0.1:%1/v1"_s.arg(closedPort)}});
    QCOMPARE(r.status, 200);
    report = object(r);
    QCOMPARE(report.value("ok"_L1).toBool(), false);
    QCOMPARE(report.value("error"_L1).toObject().value("code"_L1).toString(), u"connect_failed"_s);
    QVERIFY(!report.value("error"_L1).toObject().value("message"_L1).toString().isEmpty());
    QVERIFY2(t.elapsed() < 3'000, qPrintable(QString::number(t.elapsed())));
    // An upstream that accepts connections and never answers (the kernel completes the
    // handshake of a listening socket nobody reads) is given up on within the probe's 3 s.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    t.restart();
    r = call("POST", "/api/v1/models/test-connection",
             {{u"baseUrl"_s, u"http://127.0.0.1:%1/v1"_s.arg(silent.serverPort())}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("error"_L1).toObject().value("code"_L1).toString(), u"timeout"_s);
    QVERIFY2(t.elapsed() >= 2'500 && t.elapsed() < 6'000, qPrintable(QString::number(t.elapsed())));

    // Bad requests.
    QCOMPARE(call("POST", "/api/v1/models/test-connection", {{u"baseUrl"_s, u"gopher://x/v1"_s}}).status,
             400);
    QCOMPARE(
        call("POST", "/api/v1/models/test-connection", {{u"baseUrl"_s, m_mock.apiBase()}, {u"chat"_s, true}})
            .status,
        400);
}

void TestModels::testConnectionRefusesLinkLocalUnlessAllowed()
{
    for (const QString &url : {u"http://169.254.169.254/latest/meta-data"_s, u"http://[fe80::1]:8000/v1"_s,
                               u"http://metadata.google.internal/v1"_s, u"http://[fd00:ec2::254]/v1"_s}) {
        m_mock.reset();
        const RawResponse r = call("POST", "/api/v1/models/test-connection", {{u"baseUrl"_s, url}});
        QVERIFY2(r.status == 400, qPrintable(url + u": "_s + QString::fromUtf8(r.body)));
        QCOMPARE(errorCode(r), u"address_refused"_s);
        QCOMPARE(call("POST", "/api/v1/models/sync/preview", {{u"baseUrl"_s, url}}).status, 400);
    }
    QCOMPARE(
        call("POST", "/api/v1/models",
             {{u"id"_s, u"x"_s},
              {u"deployments"_s, QJsonArray{QJsonObject{{u"baseUrl"_s, u"http://169.254.169.254/v1"_s}}}}})
            .status,
        400);
    QCOMPARE(call("GET", "/api/v1/models/x").status, 404);
    // The setting lets admins name such addresses (a lab on a link-local network); the probe
    // then really tries, and reports what happened instead of refusing.
    {
        Store::Database db(m_server.databaseUrl());
        Store::SettingsRepository(db).put(QString(Api::Upstream::AllowLinkLocalSetting), true, u"test"_s);
    }
    const RawResponse r =
        call("POST", "/api/v1/models/test-connection", {{u"baseUrl"_s, u"http://169.254.0.1:9/v1"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("ok"_L1).toBool(), false);
    QVERIFY(!object(r).value("error"_L1).toObject().value("code"_L1).toString().isEmpty());
    QVERIFY(object(r).value("error"_L1).toObject().value("code"_L1).toString() != u"address_refused"_s);
}

void TestModels::restrictingCascadesToSubscriptionsAndKeys()
{
    createModel({{u"id"_s, u"mock-a"_s},
                 {u"deployments"_s, QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()}}}}});
    createModel({{u"id"_s, u"mock-b"_s},
                 {u"deployments"_s, QJsonArray{QJsonObject{{u"baseUrl"_s, m_mock.apiBase()}}}}});
    // erin: one key for both models, one for mock-a alone.
    const QString both = generateKey(u"erin"_s, {u"mock-a"_s, u"mock-b"_s}).value("key"_L1).toString();
    const QString onlyA = generateKey(u"erin"_s, {u"mock-a"_s}).value("key"_L1).toString();
    QCOMPARE(chat(both, u"mock-a"_s).status, 200);
    QCOMPARE(chat(onlyA, u"mock-a"_s).status, 200);
    // frank was denied mock-a: a restriction leaves that alone.
    QVERIFY(!generateKey(u"frank"_s, {u"mock-b"_s}).isEmpty());
    QString frankSubscription;
    {
        Store::Database db(m_server.databaseUrl());
        Store::SubscriptionRepository subs(db);
        frankSubscription =
            subs.create(u"frank"_s, u"mock-a"_s, Store::SubscriptionStatus::Denied, u"test"_s).id;
    }

    RawResponse r = call("PATCH", "/api/v1/models/mock-a", {{u"restricted"_s, true}, {u"version"_s, 1}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("cascade"_L1).toObject().value("subscriptions"_L1).toInt(), 1);
    QCOMPARE(object(r).value("cascade"_L1).toObject().value("keys"_L1).toInt(), 1);
    QString erinSubscription;
    {
        Store::Database db(m_server.databaseUrl());
        Store::SubscriptionRepository subs(db);
        const auto erin = subs.findFor(u"erin"_s, u"mock-a"_s);
        QVERIFY(erin);
        erinSubscription = erin->id;
        QCOMPARE(Store::toString(erin->status), u"pending"_s);
        QCOMPARE(erin->statusChangedBy, u"master-key"_s);
        const auto history = subs.history(erin->id);
        QCOMPARE(history.last().oldStatus, u"active"_s);
        QCOMPARE(history.last().newStatus, u"pending"_s);
        QVERIFY(history.last().reason.contains(u"restricted"_s));
        QCOMPARE(Store::toString(subs.find(frankSubscription)->status), u"denied"_s);
        QCOMPARE(Store::toString(subs.findFor(u"erin"_s, u"mock-b"_s)->status), u"active"_s);
    }
    // The model left the two-model key; the one-model key keeps it (an empty list would open it
    // to everything) and the pending subscription refuses it. Both at once, no waiting.
    QCOMPARE(keyModels(both), QStringList{u"mock-b"_s});
    QCOMPARE(keyModels(onlyA), QStringList{u"mock-a"_s});
    r = chat(both, u"mock-a"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), u"model_not_allowed"_s);
    r = chat(onlyA, u"mock-a"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(errorCode(r), u"subscription_pending"_s);
    QCOMPARE(chat(both, u"mock-b"_s).status, 200);
    const QList<Store::AuditEntry> updates = m_server.audit(u"model.update"_s);
    QCOMPARE(updates.size(), 1);
    const QJsonObject cascade = updates.first().after.toObject().value("cascade"_L1).toObject();
    QCOMPARE(ids(cascade.value("subscriptions"_L1).toArray()), QStringList{erinSubscription});
    QCOMPARE(cascade.value("keys"_L1).toArray().size(), 1);

    // Unrestricted again: pending → active, the parked model back on the key; denied stays denied.
    r = call("PATCH", "/api/v1/models/mock-a", {{u"restricted"_s, false}, {u"version"_s, 2}});
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("cascade"_L1).toObject().value("subscriptions"_L1).toInt(), 1);
    QCOMPARE(object(r).value("cascade"_L1).toObject().value("keys"_L1).toInt(), 1);
    QStringList models = keyModels(both);
    models.sort();
    QCOMPARE(models, (QStringList{u"mock-a"_s, u"mock-b"_s}));
    QCOMPARE(chat(both, u"mock-a"_s).status, 200);
    QCOMPARE(chat(onlyA, u"mock-a"_s).status, 200);
    {
        Store::Database db(m_server.databaseUrl());
        Store::SubscriptionRepository subs(db);
        QCOMPARE(Store::toString(subs.find(erinSubscription)->status), u"active"_s);
        QCOMPARE(subs.history(erinSubscription).last().oldStatus, u"pending"_s);
        QCOMPARE(Store::toString(subs.find(frankSubscription)->status), u"denied"_s);
    }
    // A change that leaves restricted alone cascades nothing.
    r = call("PATCH", "/api/v1/models/mock-a", {{u"description"_s, u"d"_s}, {u"version"_s, 3}});
    QCOMPARE(object(r).value("cascade"_L1).toObject().value("subscriptions"_L1).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
