// SPDX-License-Identifier: GPL-3.0-or-later
// The control plane over real HTTP on the real tollgate-server, on SQLite and on PostgreSQL:
// bootstrap (environment and setup token), sign-in, refresh rotation and reuse, logout, sign-in
// rate limits, the users endpoints with versions and audit records, and the RBAC matrix that
// walks every /api/v1 route of the route table for five kinds of caller.
#include "gateway-core/api/routetable.h"
#include "gateway-core/service/gateway.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/modelrepository.h"
#include "tests/support/apiserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString MasterKey = u"test-master-key-0123456789"_s;

} // namespace

class TestControlPlane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void bootstrapAdminFromEnvironment();
    void bootstrapAdminWithSetupToken();
    void loginRefreshRotationAndLogout();
    void refreshReuseRevokesTheSession();
    void passwordChangeEndsOtherSessions();
    void loginAttemptsAreRateLimited();
    void usersEndpoints();
    void staleVersionIsRefused();
    void bulkUpdateIsAllOrNothing();
    void deactivationEndsSessions();
    void lastAdminCannotBeRemoved();
    void rbacMatrix();

private:
    // The tests (and the RBAC matrix rows other branches add) call these; ApiServer does the work.
    RawResponse call(QByteArrayView method, QByteArrayView path, const QByteArray &body = {},
                     const QByteArray &token = {}, const RawHeaders &extra = {});
    QJsonObject login(const QString &username, const QString &password);
    QByteArray accessToken(const QString &username, const QString &password);
    /// Creates a local user through the API as admin; returns its id.
    QString createUser(const QString &username, const QStringList &roles = {u"user"_s});
    QList<Store::AuditEntry> audit(const QString &action);

    ApiServer m_server{{.masterKey = MasterKey}};
    QString m_databaseUrl;
    QByteArray m_admin; // the bootstrap admin's access token
};

void TestControlPlane::initTestCase_data()
{
    addBackendRows();
}

void TestControlPlane::init()
{
    QFETCH_GLOBAL(Backend, backend);
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_server.options().bootstrapAdmin = name != u"bootstrapAdminWithSetupToken"_s;
    QString error;
    QVERIFY2(m_server.start(backend, &error), qPrintable(error));
    m_databaseUrl = m_server.databaseUrl();
    m_admin = m_server.admin();
}

void TestControlPlane::cleanup()
{
    m_server.stop();
}

RawResponse TestControlPlane::call(QByteArrayView method, QByteArrayView path, const QByteArray &body,
                                   const QByteArray &token, const RawHeaders &extra)
{
    return m_server.send(method, path, body, token, extra);
}

QJsonObject TestControlPlane::login(const QString &username, const QString &password)
{
    const RawResponse r =
        call("POST", "/api/v1/auth/login", json({{u"username"_s, username}, {u"password"_s, password}}));
    if (r.status != 200)
        qWarning("login of %s: %d %s", qPrintable(username), r.status, r.body.constData());
    return object(r);
}

QByteArray TestControlPlane::accessToken(const QString &username, const QString &password)
{
    return m_server.token(username, password);
}

QString TestControlPlane::createUser(const QString &username, const QStringList &roles)
{
    return m_server.createUser(username, roles);
}

QList<Store::AuditEntry> TestControlPlane::audit(const QString &action)
{
    return m_server.audit(action);
}

void TestControlPlane::bootstrapAdminFromEnvironment()
{
    const QJsonObject session = login(u"root"_s, AdminPassword);
    QVERIFY(!session.value("accessToken"_L1).toString().isEmpty());
    QCOMPARE(session.value("user"_L1).toObject().value("roles"_L1).toArray(),
             (QJsonArray{u"admin"_s, u"user"_s}));
    QCOMPARE(audit(u"auth.bootstrap_admin"_s).size(), 1);
    // With an admin present, nothing offers a setup token.
    QVERIFY(!m_server.process().standardError().contains("tgs_"));
    const RawResponse setup = call("POST", "/api/v1/auth/setup",
                                   json({{u"setupToken"_s, u"tgs_guess"_s},
                                         {u"username"_s, u"eve"_s},
                                         {u"password"_s, u"eve-password-1"_s}}));
    QCOMPARE(setup.status, 409);
    QCOMPARE(errorCode(setup), u"setup_complete"_s);
    // The password never reaches the log.
    QVERIFY(!m_server.process().standardError().contains(AdminPassword.toUtf8()));
}

void TestControlPlane::bootstrapAdminWithSetupToken()
{
    QByteArray token;
    QElapsedTimer t;
    t.start();
    static const QRegularExpression pattern(u"(tgs_[A-Za-z0-9_-]+)"_s);
    while (token.isEmpty() && t.elapsed() < 10'000) {
        const QRegularExpressionMatch m =
            pattern.match(QString::fromUtf8(m_server.process().standardError()));
        if (m.hasMatch())
            token = m.captured(1).toLatin1();
        else
            QTest::qWait(20);
    }
    QVERIFY2(!token.isEmpty(), m_server.process().standardError().constData());
    QCOMPARE(m_server.process().standardError().count("tgs_"), 1);

    const auto setupBody = [](const QByteArray &setupToken, const QString &password) {
        return json({{u"setupToken"_s, QString::fromLatin1(setupToken)},
                     {u"username"_s, u"first"_s},
                     {u"password"_s, password}});
    };
    RawResponse r = call("POST", "/api/v1/auth/setup", setupBody("tgs_wrong", AdminPassword));
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCode(r), u"invalid_setup_token"_s);
    r = call("POST", "/api/v1/auth/setup", setupBody(token, u"short"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"password"_s);
    r = call("POST", "/api/v1/auth/setup", setupBody(token, AdminPassword));
    QCOMPARE(r.status, 201);
    const QByteArray access = object(r).value("accessToken"_L1).toString().toLatin1();
    r = call("GET", "/api/v1/auth/me", {}, access);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("username"_L1).toString(), u"first"_s);
    QVERIFY(object(r).value("roles"_L1).toArray().contains(u"admin"_s));
    r = call("POST", "/api/v1/auth/setup", setupBody(token, AdminPassword));
    QCOMPARE(r.status, 409);
    QVERIFY(!accessToken(u"first"_s, AdminPassword).isEmpty());
    const QList<Store::AuditEntry> entries = audit(u"auth.setup"_s);
    QCOMPARE(entries.size(), 2); // the wrong token, then the success
    QCOMPARE(entries.first().success, true);
    QCOMPARE(entries.first().actorName, u"first"_s);
    QCOMPARE(entries.last().success, false);

    // A restart with an admin present prints no token.
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QTest::qWait(200);
    QVERIFY(!m_server.process().standardError().contains("tgs_"));
}

void TestControlPlane::loginRefreshRotationAndLogout()
{
    createUser(u"alice"_s);
    RawResponse r = call("POST", "/api/v1/auth/login",
                         json({{u"username"_s, u"alice"_s}, {u"password"_s, u"wrong-password"_s}}));
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCode(r), u"invalid_credentials"_s);
    r = call("POST", "/api/v1/auth/login",
             json({{u"username"_s, u"nobody"_s}, {u"password"_s, u"wrong-password"_s}}));
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCode(r), u"invalid_credentials"_s);

    const QJsonObject first = login(u"alice"_s, UserPassword);
    const QByteArray access1 = first.value("accessToken"_L1).toString().toLatin1();
    const QString refresh1 = first.value("refreshToken"_L1).toString();
    QCOMPARE(first.value("tokenType"_L1).toString(), u"Bearer"_s);
    QCOMPARE(first.value("expiresIn"_L1).toInt(), 900);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, access1).status, 200);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, access1 + "x").status, 401);
    QCOMPARE(call("GET", "/api/v1/auth/me").status, 401);

    r = call("POST", "/api/v1/auth/refresh", json({{u"refreshToken"_s, refresh1}}));
    QCOMPARE(r.status, 200);
    const QByteArray access2 = object(r).value("accessToken"_L1).toString().toLatin1();
    const QString refresh2 = object(r).value("refreshToken"_L1).toString();
    QVERIFY(refresh2 != refresh1);
    QCOMPARE(object(r).value("sessionId"_L1), first.value("sessionId"_L1));
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, access2).status, 200);

    // Logout with the refresh token ends the session: both tokens stop working at once.
    r = call("POST", "/api/v1/auth/logout", json({{u"refreshToken"_s, refresh2}}));
    QCOMPARE(r.status, 204);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, access2).status, 401);
    QCOMPARE(call("POST", "/api/v1/auth/refresh", json({{u"refreshToken"_s, refresh2}})).status, 401);

    // Logout with only the access token works too, and other sessions stay open.
    const QByteArray a = accessToken(u"alice"_s, UserPassword);
    const QByteArray b = accessToken(u"alice"_s, UserPassword);
    QCOMPARE(call("POST", "/api/v1/auth/logout", {}, a).status, 204);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, a).status, 401);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, b).status, 200);

    QVERIFY(audit(u"auth.login"_s).size() >= 5);
    int failures = 0;
    for (const Store::AuditEntry &e : audit(u"auth.login"_s)) {
        failures += e.success ? 0 : 1;
        QCOMPARE(e.sourceAddress, u"127.0.0.1"_s);
    }
    QCOMPARE(failures, 2);
    QCOMPARE(audit(u"auth.refresh"_s).size(), 2); // one rotation, one refused
    QCOMPARE(audit(u"auth.logout"_s).size(), 2);
}

void TestControlPlane::refreshReuseRevokesTheSession()
{
    createUser(u"alice"_s);
    const QJsonObject first = login(u"alice"_s, UserPassword);
    const QString refresh1 = first.value("refreshToken"_L1).toString();
    RawResponse r = call("POST", "/api/v1/auth/refresh", json({{u"refreshToken"_s, refresh1}}));
    QCOMPARE(r.status, 200);
    const QByteArray access2 = object(r).value("accessToken"_L1).toString().toLatin1();
    const QString refresh2 = object(r).value("refreshToken"_L1).toString();
    const QByteArray other = accessToken(u"alice"_s, UserPassword); // a second, unrelated session

    // The spent token comes back (stolen copy): the whole family is revoked.
    r = call("POST", "/api/v1/auth/refresh", json({{u"refreshToken"_s, refresh1}}));
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCode(r), u"refresh_token_reused"_s);
    QCOMPARE(call("POST", "/api/v1/auth/refresh", json({{u"refreshToken"_s, refresh2}})).status, 401);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, access2).status, 401);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, other).status, 200);
    const QList<Store::AuditEntry> reused = audit(u"auth.refresh_reused"_s);
    QCOMPARE(reused.size(), 1);
    QCOMPARE(reused.first().actorName, u"alice"_s);
    QVERIFY(!reused.first().success);
}

void TestControlPlane::passwordChangeEndsOtherSessions()
{
    createUser(u"alice"_s);
    const QByteArray here = accessToken(u"alice"_s, UserPassword);
    const QJsonObject elsewhere = login(u"alice"_s, UserPassword);
    const auto change = [](const QString &current, const QString &next) {
        return json({{u"currentPassword"_s, current}, {u"newPassword"_s, next}});
    };
    RawResponse r =
        call("POST", "/api/v1/auth/password", change(u"wrong-password"_s, u"new-password-22"_s), here);
    QCOMPARE(r.status, 400);
    QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"currentPassword"_s);
    r = call("POST", "/api/v1/auth/password", change(UserPassword, u"short"_s), here);
    QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"newPassword"_s);
    QCOMPARE(call("POST", "/api/v1/auth/password", change(UserPassword, u"new-password-22"_s), here).status,
             204);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, here).status, 200);
    QCOMPARE(
        call("GET", "/api/v1/auth/me", {}, elsewhere.value("accessToken"_L1).toString().toLatin1()).status,
        401);
    QCOMPARE(
        call("POST", "/api/v1/auth/refresh", json({{u"refreshToken"_s, elsewhere.value("refreshToken"_L1)}}))
            .status,
        401);
    QCOMPARE(
        call("POST", "/api/v1/auth/login", json({{u"username"_s, u"alice"_s}, {u"password"_s, UserPassword}}))
            .status,
        401);
    QVERIFY(!accessToken(u"alice"_s, u"new-password-22"_s).isEmpty());
    QCOMPARE(call("POST", "/api/v1/auth/password", change(UserPassword, UserPassword), MasterKey.toLatin1())
                 .status,
             403);
    int ok = 0, failed = 0;
    for (const Store::AuditEntry &e : audit(u"auth.password_change"_s))
        (e.success ? ok : failed) += 1;
    QCOMPARE(ok, 1);
    QCOMPARE(failed, 1);
}

void TestControlPlane::loginAttemptsAreRateLimited()
{
    createUser(u"alice"_s);
    createUser(u"bob"_s);
    const QByteArray wrong = json({{u"username"_s, u"alice"_s}, {u"password"_s, u"wrong-password"_s}});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call("POST", "/api/v1/auth/login", wrong).status, 401);
    // The sixth try is refused even with the right password, and says when to come back.
    RawResponse r = call("POST", "/api/v1/auth/login",
                         json({{u"username"_s, u"ALICE"_s}, {u"password"_s, UserPassword}}));
    QCOMPARE(r.status, 429);
    QCOMPARE(errorCode(r), u"too_many_attempts"_s);
    const int retryAfter = r.header("retry-after").toInt();
    QVERIFY2(retryAfter > 800 && retryAfter <= 900, r.header("retry-after").constData());
    // Another user from the same address is not affected yet...
    QVERIFY(!accessToken(u"bob"_s, UserPassword).isEmpty());
    // ...until the address has failed 20 times.
    for (int i = 0; i < 15; ++i)
        QCOMPARE(call("POST", "/api/v1/auth/login",
                      json({{u"username"_s, u"guess%1"_s.arg(i)}, {u"password"_s, u"wrong-password"_s}}))
                     .status,
                 401);
    r = call("POST", "/api/v1/auth/login", json({{u"username"_s, u"bob"_s}, {u"password"_s, UserPassword}}));
    QCOMPARE(r.status, 429);
    QVERIFY(r.header("retry-after").toInt() > 0);
    bool limitedAudited = false;
    for (const Store::AuditEntry &e : audit(u"auth.login"_s))
        limitedAudited =
            limitedAudited || e.after.toObject().value("reason"_L1).toString() == u"rate_limited"_s;
    QVERIFY(limitedAudited);
}

void TestControlPlane::usersEndpoints()
{
    RawResponse r = call("POST", "/api/v1/users",
                         json({{u"username"_s, u"alice"_s},
                               {u"password"_s, UserPassword},
                               {u"email"_s, u"alice@example.com"_s},
                               {u"fullName"_s, u"Alice Liddell"_s},
                               {u"rpmLimit"_s, 60},
                               {u"maxBudget"_s, u"12.5"_s},
                               {u"budgetDuration"_s, u"1mo"_s}}),
                         m_admin);
    QCOMPARE(r.status, 201);
    const QJsonObject alice = object(r);
    const QString aliceId = alice.value("id"_L1).toString();
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    QCOMPARE(r.header("location"), "/api/v1/users/" + aliceId.toUtf8());
    QCOMPARE(alice.value("maxBudget"_L1).toString(), u"12.5"_s);
    QCOMPARE(alice.value("rpmLimit"_L1).toInt(), 60);
    QVERIFY(!alice.contains("passwordHash"_L1));
    QVERIFY(!r.body.contains("argon2"));

    QCOMPARE(call("POST", "/api/v1/users", json({{u"username"_s, u"alice"_s}}), m_admin).status, 409);
    r = call("POST", "/api/v1/users", json({{u"username"_s, u"x1"_s}, {u"roles"_s, QJsonArray{u"root"_s}}}),
             m_admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"roles"_s);
    r = call("POST", "/api/v1/users", json({{u"username"_s, u"x2"_s}, {u"rpmLimit"_s, -1}}), m_admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"rpmLimit"_s);
    QCOMPARE(call("POST", "/api/v1/users", "{not json", m_admin).status, 400);

    createUser(u"bob"_s);
    createUser(u"carol"_s, {u"adminReadonly"_s, u"user"_s});
    const QString daveId = createUser(u"dave"_s);
    r = call("PATCH", "/api/v1/users/" + daveId.toUtf8(), json({{u"active"_s, false}}), m_admin,
             {{"if-match", "\"1\""}});
    QCOMPARE(r.status, 200);

    // Search, filters, sort, paging and the envelope.
    r = call("GET", "/api/v1/users?search=LIDDELL", {}, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("total"_L1).toInt(), 1);
    QCOMPARE(object(r).value("items"_L1).toArray().first().toObject().value("username"_L1).toString(),
             u"alice"_s);
    r = call("GET", "/api/v1/users?role=adminReadonly", {}, m_admin);
    QCOMPARE(object(r).value("total"_L1).toInt(), 1);
    r = call("GET", "/api/v1/users?active=false", {}, m_admin);
    QCOMPARE(object(r).value("total"_L1).toInt(), 1);
    QCOMPARE(object(r).value("items"_L1).toArray().first().toObject().value("id"_L1).toString(), daveId);
    r = call("GET", "/api/v1/users?sort=-username&limit=2&offset=1", {}, m_admin);
    QCOMPARE(r.status, 200);
    const QJsonObject page = object(r);
    QCOMPARE(page.value("total"_L1).toInt(), 5);
    QCOMPARE(page.value("limit"_L1).toInt(), 2);
    QCOMPARE(page.value("offset"_L1).toInt(), 1);
    QCOMPARE(page.value("sort"_L1).toString(), u"-username"_s);
    QStringList names;
    for (const QJsonValue &v : page.value("items"_L1).toArray())
        names.append(v.toObject().value("username"_L1).toString());
    QCOMPARE(names, (QStringList{u"dave"_s, u"carol"_s})); // root, dave, carol, bob, alice
    QCOMPARE(call("GET", "/api/v1/users?sort=password", {}, m_admin).status, 400);
    QCOMPARE(call("GET", "/api/v1/users?limit=0", {}, m_admin).status, 400);
    QCOMPARE(call("GET", "/api/v1/users?colour=red", {}, m_admin).status, 400);
    QCOMPARE(call("GET", "/api/v1/users?active=maybe", {}, m_admin).status, 400);

    // Detail and update.
    r = call("GET", "/api/v1/users/" + aliceId.toUtf8(), {}, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("email"_L1).toString(), u"alice@example.com"_s);
    QCOMPARE(call("GET", "/api/v1/users/no-such-id", {}, m_admin).status, 404);
    r = call("PATCH", "/api/v1/users/" + aliceId.toUtf8(),
             json({{u"roles"_s, QJsonArray{u"user"_s, u"adminReadonly"_s}},
                   {u"tpmLimit"_s, 1000},
                   {u"rpmLimit"_s, QJsonValue()},
                   {u"version"_s, 1}}),
             m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
    QCOMPARE(object(r).value("roles"_L1).toArray(), (QJsonArray{u"adminReadonly"_s, u"user"_s}));
    QCOMPARE(object(r).value("tpmLimit"_L1).toInt(), 1000);
    QVERIFY(object(r).value("rpmLimit"_L1).isNull());
    r = call("PATCH", "/api/v1/users/" + aliceId.toUtf8(), json({{u"spend"_s, u"0"_s}, {u"version"_s, 2}}),
             m_admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"spend"_s);
    // The new role applies to the next request of an existing session.
    const QByteArray aliceToken = accessToken(u"alice"_s, UserPassword);
    QCOMPARE(call("GET", "/api/v1/users", {}, aliceToken).status, 200);

    // Audit: who, what, which, before and after, from where.
    const QList<Store::AuditEntry> created = audit(u"user.create"_s);
    QCOMPARE(created.size(), 4);
    QCOMPARE(created.last().actorName, u"root"_s);
    QCOMPARE(created.last().targetId, aliceId);
    QCOMPARE(created.last().sourceAddress, u"127.0.0.1"_s);
    QVERIFY(!created.last().requestId.isEmpty());
    QVERIFY(!created.last().after.toObject().contains("passwordHash"_L1));
    const QList<Store::AuditEntry> updated = audit(u"user.update"_s);
    QCOMPARE(updated.size(), 2);
    QCOMPARE(updated.first().targetId, aliceId);
    QCOMPARE(updated.first().before.toObject().value("roles"_L1).toArray(), QJsonArray{u"user"_s});
    QCOMPARE(updated.first().after.toObject().value("tpmLimit"_L1).toInt(), 1000);
}

void TestControlPlane::staleVersionIsRefused()
{
    const QString id = createUser(u"alice"_s);
    const QByteArray path = "/api/v1/users/" + id.toUtf8();
    // Two admins read version 1; the first write wins, the second is refused instead of overwriting.
    QCOMPARE(
        call("PATCH", path, json({{u"fullName"_s, u"First"_s}}), m_admin, {{"if-match", "\"1\""}}).status,
        200);
    RawResponse r =
        call("PATCH", path, json({{u"fullName"_s, u"Second"_s}}), m_admin, {{"if-match", "\"1\""}});
    QCOMPARE(r.status, 412);
    QCOMPARE(errorCode(r), u"version_mismatch"_s);
    r = call("PATCH", path, json({{u"fullName"_s, u"Second"_s}, {u"version"_s, 1}}), m_admin);
    QCOMPARE(r.status, 412);
    r = call("PATCH", path, json({{u"fullName"_s, u"Third"_s}}), m_admin);
    QCOMPARE(r.status, 428);
    QCOMPARE(errorCode(r), u"version_required"_s);
    r = call("GET", path, {}, m_admin);
    QCOMPARE(object(r).value("fullName"_L1).toString(), u"First"_s);
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
    QCOMPARE(
        call("PATCH", path, json({{u"fullName"_s, u"Third"_s}}), m_admin, {{"if-match", "W/\"2\""}}).status,
        200);
    QCOMPARE(audit(u"user.update"_s).size(), 2);
}

void TestControlPlane::bulkUpdateIsAllOrNothing()
{
    const QString a = createUser(u"alice"_s);
    const QString b = createUser(u"bob"_s);
    RawResponse r =
        call("POST", "/api/v1/users/bulk",
             json({{u"ids"_s, QJsonArray{a, b, u"missing"_s}}, {u"set"_s, QJsonObject{{u"rpmLimit"_s, 5}}}}),
             m_admin);
    QCOMPARE(r.status, 404);
    QVERIFY(object(call("GET", "/api/v1/users/" + a.toUtf8(), {}, m_admin)).value("rpmLimit"_L1).isNull());
    QCOMPARE(audit(u"user.bulk_update"_s).size(), 0);

    r = call(
        "POST", "/api/v1/users/bulk",
        json({{u"ids"_s, QJsonArray{a, b}},
              {u"set"_s,
               QJsonObject{{u"rpmLimit"_s, 5}, {u"maxBudget"_s, u"3"_s}, {u"budgetDuration"_s, u"7d"_s}}}}),
        m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(object(r).value("updated"_L1).toInt(), 2);
    for (const QString &id : {a, b}) {
        const QJsonObject u = object(call("GET", "/api/v1/users/" + id.toUtf8(), {}, m_admin));
        QCOMPARE(u.value("rpmLimit"_L1).toInt(), 5);
        QCOMPARE(u.value("maxBudget"_L1).toString(), u"3"_s);
        QCOMPARE(u.value("budgetDuration"_L1).toString(), u"7d"_s);
    }
    QCOMPARE(audit(u"user.bulk_update"_s).size(), 2);
    r = call("POST", "/api/v1/users/bulk",
             json({{u"ids"_s, QJsonArray{a}}, {u"set"_s, QJsonObject{{u"email"_s, u"x@y"_s}}}}), m_admin);
    QCOMPARE(r.status, 400);
    r = call(
        "POST", "/api/v1/users/bulk",
        json({{u"ids"_s, QJsonArray{a}}, {u"set"_s, QJsonObject{{u"budgetDuration"_s, u"fortnight"_s}}}}),
        m_admin);
    QCOMPARE(r.status, 400);
    QCOMPARE(object(r).value("error"_L1).toObject().value("param"_L1).toString(), u"budgetDuration"_s);
}

void TestControlPlane::deactivationEndsSessions()
{
    const QString id = createUser(u"alice"_s);
    const QJsonObject session = login(u"alice"_s, UserPassword);
    const QByteArray access = session.value("accessToken"_L1).toString().toLatin1();
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, access).status, 200);
    QCOMPARE(call("PATCH", "/api/v1/users/" + id.toUtf8(), json({{u"active"_s, false}, {u"version"_s, 1}}),
                  m_admin)
                 .status,
             200);
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, access).status, 401);
    QCOMPARE(
        call("POST", "/api/v1/auth/refresh", json({{u"refreshToken"_s, session.value("refreshToken"_L1)}}))
            .status,
        401);
    QCOMPARE(
        call("POST", "/api/v1/auth/login", json({{u"username"_s, u"alice"_s}, {u"password"_s, UserPassword}}))
            .status,
        401);
    // Reactivated, the account signs in again (its old sessions stay ended).
    QCOMPARE(
        call("PATCH", "/api/v1/users/" + id.toUtf8(), json({{u"active"_s, true}, {u"version"_s, 2}}), m_admin)
            .status,
        200);
    QVERIFY(!accessToken(u"alice"_s, UserPassword).isEmpty());
    QCOMPARE(call("GET", "/api/v1/auth/me", {}, access).status, 401);
}

void TestControlPlane::lastAdminCannotBeRemoved()
{
    const RawResponse me = call("GET", "/api/v1/auth/me", {}, m_admin);
    const QByteArray rootPath = "/api/v1/users/" + object(me).value("id"_L1).toString().toUtf8();
    RawResponse r =
        call("PATCH", rootPath, json({{u"roles"_s, QJsonArray{u"user"_s}}, {u"version"_s, 1}}), m_admin);
    QCOMPARE(r.status, 409);
    QCOMPARE(errorCode(r), u"last_admin"_s);
    r = call("POST", "/api/v1/users/bulk",
             json({{u"ids"_s, QJsonArray{object(me).value("id"_L1)}},
                   {u"set"_s, QJsonObject{{u"active"_s, false}}}}),
             m_admin);
    QCOMPARE(r.status, 409);
    createUser(u"second"_s, {u"admin"_s});
    QCOMPARE(call("PATCH", rootPath, json({{u"roles"_s, QJsonArray{u"user"_s}}, {u"version"_s, 1}}), m_admin)
                 .status,
             200);
    // The master key is an admin too.
    QCOMPARE(call("GET", "/api/v1/users", {}, MasterKey.toLatin1()).status, 200);
    QCOMPARE(call("GET", "/api/v1/users", {}, m_admin).status, 403);
}

void TestControlPlane::rbacMatrix()
{
    // The route table as the server builds it (an in-process gateway, never contacted).
    QTemporaryDir scratch;
    Service::GatewayOptions options;
    options.port = 0;
    options.databaseUrl = u"sqlite://"_s + scratch.filePath(u"routes.db"_s);
    options.journalDir = scratch.filePath(u"journal"_s);
    options.masterKey = "unused";
    Service::Gateway gateway(options);
    QVERIFY2(gateway.start(), qPrintable(gateway.errorString()));
    QList<QPair<QByteArray, QByteArray>> routes;
    for (const Api::ApiRoute &route : gateway.apiRoutes()->routes())
        routes.append({route.method, route.path});

    // Personas: anonymous, user (alice), another user (bob), adminReadonly (carol), admin.
    const QString aliceId = createUser(u"alice"_s);
    createUser(u"bob"_s);
    createUser(u"carol"_s, {u"adminReadonly"_s, u"user"_s});
    const QString daveId = createUser(u"dave"_s);
    const QList<QByteArray> tokens = {QByteArray(), accessToken(u"alice"_s, UserPassword),
                                      accessToken(u"bob"_s, UserPassword),
                                      accessToken(u"carol"_s, UserPassword), m_admin};
    static const char *personas[] = {"anonymous", "user", "another user", "adminReadonly", "admin"};
    // Key routes' {id} is a key of alice's (no models: no subscription needed).
    const QByteArray aliceKeyId =
        object(call("POST", "/api/v1/keys", json({{u"name"_s, u"matrix"_s}}), tokens[1]))
            .value("id"_L1)
            .toString()
            .toUtf8();
    QVERIFY(!aliceKeyId.isEmpty());
    const auto keyVersion = [&] {
        return object(call("GET", "/api/v1/keys/" + aliceKeyId, {}, m_admin)).value("version"_L1).toInteger();
    };
    int created = 0;
    const auto daveRefreshToken = [this] {
        return login(u"dave"_s, UserPassword).value("refreshToken"_L1).toString();
    };
    struct Expectation
    {
        std::function<QByteArray(int persona)> body;
        std::array<int, 5> status;
    };
    // Model routes: {id} is alice's id, so a model of that name (with one deployment) is kept around.
    const QByteArray matrixDeployment = "matrix-deployment";
    const auto ensureModel = [&] {
        Store::Database db(m_databaseUrl);
        Store::ModelRepository models(db);
        if (!models.find(aliceId)) {
            Store::Model m;
            m.id = aliceId;
            m.capabilities = {u"chat"_s};
            models.create(m);
        }
        if (!models.findDeployment(QString::fromLatin1(matrixDeployment))) {
            Store::Deployment d;
            d.id = QString::fromLatin1(matrixDeployment);
            d.modelId = aliceId;
            d.baseUrl = u"http://127.0.0.1:1/v1"_s;
            d.servedName = u"matrix"_s;
            models.addDeployment(d);
        }
        return QByteArray();
    };
    const auto versionOf = [&](const QByteArray &path) {
        return object(call("GET", path, {}, m_admin)).value("version"_L1).toInteger();
    };
    const QJsonObject closedUpstream{{u"baseUrl"_s, u"http://127.0.0.1:1/v1"_s}};
    ensureModel();
    const QHash<QByteArray, Expectation> expected = {
        {"GET /api/v1/models", {nullptr, {401, 200, 200, 200, 200}}},
        {"POST /api/v1/models",
         {[&](int) {
              return json({{u"id"_s, u"matrix-model-%1"_s.arg(++created)}});
          },
          {401, 403, 403, 403, 201}}},
        {"GET /api/v1/models/{id}", {[&](int) { return ensureModel(); }, {401, 200, 200, 200, 200}}},
        {"PATCH /api/v1/models/{id}",
         {[&](int) {
              ensureModel();
              return json({{u"description"_s, u"changed"_s},
                           {u"version"_s, versionOf("/api/v1/models/" + aliceId.toUtf8())}});
          },
          {401, 403, 403, 403, 200}}},
        {"DELETE /api/v1/models/{id}", {[&](int) { return ensureModel(); }, {401, 403, 403, 403, 204}}},
        {"GET /api/v1/models/{id}/deployments", {[&](int) { return ensureModel(); }, {401, 403, 403, 200, 200}}},
        {"POST /api/v1/models/{id}/deployments",
         {[&](int) {
              ensureModel();
              return json({{u"baseUrl"_s, u"http://127.0.0.1:2/v1"_s}, {u"apiKey"_s, u"sk-upstream"_s}});
          },
          {401, 403, 403, 403, 201}}},
        {"PATCH /api/v1/models/{id}/deployments/{deploymentId}",
         {[&](int) {
              ensureModel();
              Store::Database db(m_databaseUrl);
              const auto d = Store::ModelRepository(db).findDeployment(QString::fromLatin1(matrixDeployment));
              return json({{u"weight"_s, 2}, {u"version"_s, d ? d->version : 0}});
          },
          {401, 403, 403, 403, 200}}},
        {"DELETE /api/v1/models/{id}/deployments/{deploymentId}",
         {[&](int) { return ensureModel(); }, {401, 403, 403, 403, 204}}},
        // A closed port: the probe reports connect_failed (200); a sync cannot list models (502).
        {"POST /api/v1/models/test-connection",
         {[&](int) { return json(closedUpstream); }, {401, 403, 403, 403, 200}}},
        {"POST /api/v1/models/sync/preview",
         {[&](int) { return json(closedUpstream); }, {401, 403, 403, 403, 502}}},
        {"POST /api/v1/models/sync/apply",
         {[&](int) {
              QJsonObject body = closedUpstream;
              body.insert(u"add"_s, QJsonArray{u"x"_s});
              return json(body);
          },
          {401, 403, 403, 403, 502}}},
        {"POST /api/v1/auth/login",
         {[](int) {
              return json({{u"username"_s, u"dave"_s}, {u"password"_s, UserPassword}});
          },
          {200, 200, 200, 200, 200}}},
        {"POST /api/v1/auth/refresh",
         {[&](int) {
              return json({{u"refreshToken"_s, daveRefreshToken()}});
          },
          {200, 200, 200, 200, 200}}},
        {"POST /api/v1/auth/logout",
         {[&](int) {
              return json({{u"refreshToken"_s, daveRefreshToken()}});
          },
          {204, 204, 204, 204, 204}}},
        {"POST /api/v1/auth/setup",
         {[](int) {
              return json({{u"setupToken"_s, u"tgs_x"_s},
                           {u"username"_s, u"eve"_s},
                           {u"password"_s, u"eve-password-1"_s}});
          },
          {409, 409, 409, 409, 409}}},
        {"GET /api/v1/auth/me", {nullptr, {401, 200, 200, 200, 200}}},
        {"GET /api/v1/openapi.json", {nullptr, {200, 200, 200, 200, 200}}},
        // Each persona "changes" its password to the same one, so its later requests still work.
        {"POST /api/v1/auth/password",
         {[](int p) {
              const QString password = p == 4 ? AdminPassword : UserPassword;
              return json({{u"currentPassword"_s, password}, {u"newPassword"_s, password}});
          },
          {401, 204, 204, 204, 204}}},
        // Single sign-on: public, and no provider is configured here.
        {"GET /api/v1/auth/sso/providers", {nullptr, {200, 200, 200, 200, 200}}},
        {"GET /api/v1/auth/sso/{provider}/start", {nullptr, {404, 404, 404, 404, 404}}},
        {"GET /api/v1/auth/sso/callback", {nullptr, {400, 400, 400, 400, 400}}},
        {"POST /api/v1/auth/sso/exchange",
         {[](int) {
              return json({{u"code"_s, u"tgc_unknown"_s},
                           {u"code_verifier"_s, u"0123456789012345678901234567890123456789abc"_s}});
          },
          {400, 400, 400, 400, 400}}},
        {"GET /api/v1/users", {nullptr, {401, 403, 403, 200, 200}}},
        {"GET /api/v1/users/stats", {nullptr, {401, 403, 403, 200, 200}}},
        {"POST /api/v1/users",
         {[&](int) {
              return json({{u"username"_s, u"made%1"_s.arg(++created)}});
          },
          {401, 403, 403, 403, 201}}},
        {"POST /api/v1/users/bulk",
         {[&](int) {
              return json({{u"ids"_s, QJsonArray{daveId}}, {u"set"_s, QJsonObject{{u"rpmLimit"_s, 10}}}});
          },
          {401, 403, 403, 403, 200}}},
        {"GET /api/v1/users/{id}", {nullptr, {401, 200, 403, 200, 200}}},
        {"PATCH /api/v1/users/{id}",
         {[&](int) {
              const qint64 version = object(call("GET", "/api/v1/users/" + aliceId.toUtf8(), {}, m_admin))
                                         .value("version"_L1)
                                         .toInteger();
              return json({{u"fullName"_s, u"Alice"_s}, {u"version"_s, version}});
          },
          {401, 403, 403, 403, 200}}},
        // Subscriptions: {id} is a user id here, so no subscription has it; what is checked is who
        // gets past the permission (tst_subscriptions covers the behaviour).
        {"GET /api/v1/subscriptions", {nullptr, {401, 200, 200, 200, 200}}},
        {"POST /api/v1/subscriptions",
         {[](int) {
              return json({{u"modelId"_s, u"no-such-model"_s}});
          },
          {401, 404, 404, 404, 404}}},
        {"GET /api/v1/subscriptions/pending", {nullptr, {401, 403, 403, 200, 200}}},
        {"POST /api/v1/subscriptions/bulk",
         {[](int) {
              return json({{u"ids"_s, QJsonArray{u"no-such-subscription"_s}}, {u"action"_s, u"approve"_s}});
          },
          {401, 403, 403, 403, 404}}},
        {"GET /api/v1/subscriptions/{id}", {nullptr, {401, 404, 404, 404, 404}}},
        {"DELETE /api/v1/subscriptions/{id}", {nullptr, {401, 404, 404, 404, 404}}},
        {"POST /api/v1/subscriptions/{id}/cancel", {nullptr, {401, 404, 404, 404, 404}}},
        {"GET /api/v1/subscriptions/{id}/history", {nullptr, {401, 404, 404, 404, 404}}},
        {"POST /api/v1/subscriptions/{id}/approve", {nullptr, {401, 403, 403, 403, 404}}},
        {"POST /api/v1/subscriptions/{id}/deny",
         {[](int) {
              return json({{u"reason"_s, u"no"_s}});
          },
          {401, 403, 403, 403, 404}}},
        {"POST /api/v1/subscriptions/{id}/revert",
         {[](int) {
              return json({{u"reason"_s, u"again"_s}});
          },
          {401, 403, 403, 403, 404}}},
        {"GET /api/v1/keys", {nullptr, {401, 200, 200, 200, 200}}},
        {"POST /api/v1/keys",
         {[](int) {
              return json({{u"name"_s, u"mine"_s}});
          },
          {401, 201, 201, 201, 201}}},
        {"GET /api/v1/keys/{id}", {nullptr, {401, 200, 404, 200, 200}}},
        {"PATCH /api/v1/keys/{id}",
         {[&](int) {
              return json({{u"name"_s, u"renamed"_s}, {u"version"_s, keyVersion()}});
          },
          {401, 200, 404, 403, 200}}},
        {"POST /api/v1/keys/{id}/rotate", {nullptr, {401, 200, 404, 403, 200}}},
        {"POST /api/v1/keys/{id}/revoke", {nullptr, {401, 200, 404, 403, 200}}},
        // Alice deletes her key; to those after her it is gone (tst_keys: adminReadonly gets 403).
        {"DELETE /api/v1/keys/{id}", {nullptr, {401, 204, 404, 404, 404}}},
        // Backups: {id} is a user id, so no backup has it (tst_backup covers the behaviour).
        {"GET /api/v1/backups", {nullptr, {401, 403, 403, 200, 200}}},
        {"POST /api/v1/backups", {nullptr, {401, 403, 403, 403, 202}}},
        {"GET /api/v1/backups/{id}", {nullptr, {401, 403, 403, 404, 404}}},
        {"DELETE /api/v1/backups/{id}", {nullptr, {401, 403, 403, 403, 404}}},
        {"GET /api/v1/backups/{id}/download", {nullptr, {401, 403, 403, 403, 404}}},
        {"POST /api/v1/backups/{id}/test-restore", {nullptr, {401, 403, 403, 403, 404}}},
        {"POST /api/v1/backups/{id}/restore/prepare", {nullptr, {401, 403, 403, 403, 404}}},
        {"POST /api/v1/backups/{id}/restore", {nullptr, {401, 403, 403, 403, 404}}},
        {"GET /api/v1/operations/{id}", {nullptr, {401, 403, 403, 404, 404}}},
        {"GET /api/v1/operations/{id}/events", {nullptr, {401, 403, 403, 404, 404}}},
        {"GET /api/v1/settings/keys", {nullptr, {401, 403, 403, 200, 200}}},
        {"GET /api/v1/audit", {nullptr, {401, 403, 403, 200, 200}}},
        {"GET /api/v1/audit/export", {nullptr, {401, 403, 403, 200, 200}}},
        {"GET /api/v1/branding", {nullptr, {200, 200, 200, 200, 200}}},
        {"PUT /api/v1/branding",
         {[&](int) {
              const qint64 version =
                  object(call("GET", "/api/v1/branding", {}, {})).value("version"_L1).toInteger();
              return json({{u"title"_s, u"Matrix"_s}, {u"version"_s, version}});
          },
          {401, 403, 403, 403, 200}}},
        // GET asks for a slot that stays empty; PUT and DELETE work on loginLogo.
        {"GET /api/v1/branding/images/{slot}", {nullptr, {404, 404, 404, 404, 404}}},
        {"PUT /api/v1/branding/images/{slot}",
         {[](int) {
              return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
          },
          {401, 403, 403, 403, 200}}},
        {"DELETE /api/v1/branding/images/{slot}", {nullptr, {401, 403, 403, 403, 204}}},
        // Banners: {id} is a user id, so no banner has it (tst_banners covers the behaviour).
        {"GET /api/v1/banners/active", {nullptr, {401, 200, 200, 200, 200}}},
        {"POST /api/v1/banners/{id}/dismiss", {nullptr, {401, 404, 404, 404, 404}}},
        {"GET /api/v1/banners", {nullptr, {401, 403, 403, 200, 200}}},
        {"POST /api/v1/banners",
         {[](int) {
              return json({{u"texts"_s, QJsonObject{{u"en"_s, u"Matrix"_s}}}});
          },
          {401, 403, 403, 403, 201}}},
        {"PATCH /api/v1/banners/{id}",
         {[](int) {
              return json({{u"variant"_s, u"warning"_s}, {u"version"_s, 1}});
          },
          {401, 403, 403, 403, 404}}},
        {"DELETE /api/v1/banners/{id}", {nullptr, {401, 403, 403, 403, 404}}},
        {"POST /api/v1/banners/{id}/activate", {nullptr, {401, 403, 403, 403, 404}}},
        {"POST /api/v1/banners/{id}/deactivate", {nullptr, {401, 403, 403, 403, 404}}},
        {"GET /api/v1/settings", {nullptr, {401, 403, 403, 200, 200}}},
        {"PATCH /api/v1/settings",
         {[&](int) {
              const qint64 version =
                  object(call("GET", "/api/v1/settings", {}, m_admin)).value("version"_L1).toInteger();
              QJsonObject body{{u"displayCurrency"_s, u"EUR"_s}};
              if (version > 0)
                  body.insert(u"version"_s, version);
              return json(body);
          },
          {401, 403, 403, 403, 200}}},
        {"PUT /api/v1/settings/keys",
         {[&](int) {
              const qint64 version =
                  object(call("GET", "/api/v1/settings/keys", {}, m_admin)).value("version"_L1).toInteger();
              QJsonObject body{{u"maxRpm"_s, 1000}};
              if (version > 0)
                  body.insert(u"version"_s, version);
              return json(body);
          },
          {401, 403, 403, 403, 200}}},
        // Usage analytics: everyone signed in, users limited to their own data (tst_usage).
        {"GET /api/v1/usage/summary", {nullptr, {401, 200, 200, 200, 200}}},
        {"GET /api/v1/usage/timeseries", {nullptr, {401, 200, 200, 200, 200}}},
        {"GET /api/v1/usage/breakdown", {nullptr, {401, 200, 200, 200, 200}}},
        {"GET /api/v1/usage/forecast", {nullptr, {401, 200, 200, 200, 200}}},
        {"GET /api/v1/usage/export", {nullptr, {401, 200, 200, 200, 200}}},
        {"GET /api/v1/usage/me", {nullptr, {401, 200, 200, 200, 200}}},
        // Scheduled jobs (tst_jobs covers the behaviour): admins run one, adminReadonly only reads.
        {"GET /api/v1/jobs", {nullptr, {401, 403, 403, 200, 200}}},
        {"POST /api/v1/jobs/{name}/run", {nullptr, {401, 403, 403, 403, 200}}},
        // Alerts (tst_alerts covers the behaviour): everyone reads their own feed; {id} is no
        // notification here. Deliveries are admin views; the test send needs a webhook URL (409).
        {"GET /api/v1/notifications", {nullptr, {401, 200, 200, 200, 200}}},
        {"POST /api/v1/notifications/read-all", {nullptr, {401, 200, 200, 200, 200}}},
        {"POST /api/v1/notifications/{id}/read", {nullptr, {401, 404, 404, 404, 404}}},
        {"GET /api/v1/alerts/deliveries", {nullptr, {401, 403, 403, 200, 200}}},
        {"POST /api/v1/alerts/test", {nullptr, {401, 403, 403, 403, 409}}},
    };

    for (const auto &[method, path] : std::as_const(routes)) {
        const QByteArray key = method + ' ' + path;
        QVERIFY2(expected.contains(key),
                 qPrintable(u"%1 has no row in the RBAC matrix: add its expected statuses to this test"_s.arg(
                     QString::fromLatin1(key))));
        const Expectation &row = expected.value(key);
        // {id} is always the first user's own id: "user" owns it, "another user" does not.
        QByteArray concrete = path;
        concrete.replace("{id}", path.startsWith("/api/v1/keys/") ? aliceKeyId : aliceId.toUtf8());
        concrete.replace("{deploymentId}", matrixDeployment);
        concrete.replace("{slot}", method == "GET" ? "headerLogoDark" : "loginLogo");
        concrete.replace("{name}", "subscription-expiry");
        for (int p = 0; p < 5; ++p) {
            const RawResponse r = call(method, concrete, row.body ? row.body(p) : QByteArray(), tokens[p]);
            QVERIFY2(r.status == row.status[size_t(p)],
                     qPrintable(u"%1 as %2: expected %3, got %4 %5"_s
                                    .arg(QString::fromLatin1(key), QString::fromLatin1(personas[p]))
                                    .arg(row.status[size_t(p)])
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body.left(300)))));
        }
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const bool served = std::any_of(routes.begin(), routes.end(), [&](const auto &route) {
            return route.first + ' ' + route.second == it.key();
        });
        QVERIFY2(served, qPrintable(u"the matrix names %1, which is not a route"_s.arg(
                             QString::fromLatin1(it.key()))));
    }
    // adminReadonly changed nothing along the way: every admin-write answered 403 before any work.
    for (const Store::AuditEntry &e : audit(u"user.update"_s))
        QCOMPARE(e.actorName, u"root"_s);
}

QTEST_GUILESS_MAIN(TestControlPlane)
#include "tst_controlplane.moc"
