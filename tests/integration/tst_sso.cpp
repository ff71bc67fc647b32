// SPDX-License-Identifier: GPL-3.0-or-later
// Single sign-on on the real tollgate-server over HTTP, on SQLite and PostgreSQL, against the
// fake OpenShift OAuth + OIDC provider of tests/support: the whole browser round trip (start →
// provider → callback → loopback redirect → exchange) for both providers, group → role mapping
// and just-in-time provisioning, and every refusal: PKCE mismatch, replayed code and state,
// tampered ID tokens, foreign redirect URIs, deactivated accounts and a provider too slow.
#include "gateway-core/auth/oidc.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "tests/support/apiserver.h"
#include "tests/support/fakeidp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <thread>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString MasterKey = u"test-master-key-0123456789"_s;
const QString Loopback = u"http://127.0.0.1:53682/callback"_s;
const QString WebRedirect = u"https://portal.example.com/sso/done"_s;

QByteArray pathAndQuery(const QUrl &url)
{
    return url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
}

/// What the browser ends up with after a sign-in round trip.
struct Outcome
{
    int startStatus = 0;
    QByteArray startBody;
    int callbackStatus = 0;
    QUrl callbackUrl; ///< the provider's redirect to the server
    QUrl final;       ///< the server's redirect to the client
    QString code;
    QString error;
    QString state;
};

} // namespace

class TestSso final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void providersAreListed();
    void openShiftSignIn();
    void oidcSignIn_data();
    void oidcSignIn();
    void groupsDecideRolesAtEverySignIn();
    void pkceMismatchIsRefused();
    void replayedCodeAndStateAreRefused();
    void tamperedIdTokensAreRefused_data();
    void tamperedIdTokensAreRefused();
    void redirectUriRules();
    void deactivatedUserCannotSignIn();
    void newUserDefaultsApplyAtFirstSignIn();
    void slowProviderDoesNotStallTheControlPlane();
    void replicasShareSignIns();

private:
    Outcome signIn(const QString &provider, const QByteArray &verifier, const QString &redirect = Loopback);
    RawResponse exchange(const QString &code, const QByteArray &verifier);
    /// A full sign-in and exchange; the session answer.
    QJsonObject session(const QString &provider);

    FakeIdentityProvider m_idp;
    ApiServer m_server{{.masterKey = MasterKey}};
};

void TestSso::initTestCase_data()
{
    addBackendRows();
}

void TestSso::initTestCase()
{
    QVERIFY2(m_idp.start(), qPrintable(m_idp.errorString()));
    // The OpenShift secret comes from a file, the OIDC one from the environment.
    const QString secretFile = m_server.dir() + u"/openshift-secret"_s;
    QFile file(secretFile);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_idp.clientSecret() + '\n') > 0);
    file.close();
    QProcessEnvironment &env = m_server.options().environment;
    env.insert(u"TOLLGATE_GROUP_ROLES"_s, u"tollgate-admins=admin,auditors=adminReadonly"_s);
    env.insert(u"TOLLGATE_OIDC_ISSUER"_s, m_idp.baseUrl());
    env.insert(u"TOLLGATE_OIDC_CLIENT_ID"_s, m_idp.clientId());
    env.insert(u"TOLLGATE_OIDC_CLIENT_SECRET"_s, QString::fromLatin1(m_idp.clientSecret()));
    env.insert(u"TOLLGATE_OIDC_NAME"_s, u"Acme SSO"_s);
    env.insert(u"TOLLGATE_OPENSHIFT_API_URL"_s, m_idp.baseUrl());
    env.insert(u"TOLLGATE_OPENSHIFT_CLIENT_ID"_s, m_idp.clientId());
    env.insert(u"TOLLGATE_OPENSHIFT_CLIENT_SECRET_FILE"_s, secretFile);
    env.insert(u"TOLLGATE_SSO_REDIRECT_URIS"_s, WebRedirect);
    env.insert(u"TOLLGATE_SSO_TIMEOUT_MS"_s, u"1500"_s);
}

void TestSso::init()
{
    QFETCH_GLOBAL(Backend, backend);
    m_idp.setTamper(FakeIdentityProvider::Tamper::None);
    m_idp.setEs256(false);
    m_idp.setTokenDelayMs(0);
    FakeIdentityProvider::User user;
    user.groups = {u"developers"_s};
    m_idp.setUser(user);
    QString error;
    QVERIFY2(m_server.start(backend, &error), qPrintable(error));
}

void TestSso::cleanup()
{
    m_server.stop();
}

Outcome TestSso::signIn(const QString &provider, const QByteArray &verifier, const QString &redirect)
{
    Outcome outcome;
    QUrlQuery query;
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(Auth::Oidc::pkceChallenge(verifier)));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"state"_s, u"client-state-42"_s);
    const RawResponse start = m_server.send(
        "GET", (u"/api/v1/auth/sso/%1/start?"_s.arg(provider) + query.query(QUrl::FullyEncoded)).toLatin1());
    outcome.startStatus = start.status;
    outcome.startBody = start.body;
    if (start.status != 302)
        return outcome;
    // The browser at the provider, which approves at once.
    const QUrl authorize = QUrl::fromEncoded(start.header("location"));
    const RawResponse approved = rawRequest(authorize.host(), quint16(authorize.port()), "GET", pathAndQuery(authorize));
    if (approved.status != 302)
        return outcome;
    // Back at the server.
    outcome.callbackUrl = QUrl::fromEncoded(approved.header("location"));
    const RawResponse done = m_server.send("GET", pathAndQuery(outcome.callbackUrl));
    outcome.callbackStatus = done.status;
    if (done.status != 302)
        return outcome;
    outcome.final = QUrl::fromEncoded(done.header("location"));
    const QUrlQuery answer(outcome.final);
    outcome.code = answer.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    outcome.error = answer.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    outcome.state = answer.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    return outcome;
}

RawResponse TestSso::exchange(const QString &code, const QByteArray &verifier)
{
    return m_server.send("POST", "/api/v1/auth/sso/exchange",
                         json({{u"code"_s, code}, {u"code_verifier"_s, QString::fromLatin1(verifier)}}));
}

QJsonObject TestSso::session(const QString &provider)
{
    const QByteArray verifier = Auth::Oidc::randomToken();
    const Outcome outcome = signIn(provider, verifier);
    if (outcome.code.isEmpty()) {
        qWarning("sign-in at %s: start %d, callback %d, final %s", qPrintable(provider), outcome.startStatus,
                 outcome.callbackStatus, outcome.final.toEncoded().constData());
        return {};
    }
    const RawResponse r = exchange(outcome.code, verifier);
    if (r.status != 200)
        qWarning("exchange: %d %s", r.status, r.body.constData());
    return object(r);
}

void TestSso::providersAreListed()
{
    const RawResponse r = m_server.send("GET", "/api/v1/auth/sso/providers");
    QCOMPARE(r.status, 200);
    const QJsonArray items = object(r).value("items"_L1).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].toObject().value("id"_L1).toString(), u"oidc"_s);
    QCOMPARE(items[0].toObject().value("name"_L1).toString(), u"Acme SSO"_s);
    QCOMPARE(items[1].toObject().value("id"_L1).toString(), u"openshift"_s);
    QCOMPARE(items[1].toObject().value("startUrl"_L1).toString(), u"/api/v1/auth/sso/openshift/start"_s);
    // No secret leaks into the list or the server's log.
    QVERIFY(!r.body.contains(m_idp.clientSecret()));
    QVERIFY(session(u"oidc"_s).contains("accessToken"_L1));
    QVERIFY(!m_server.process().standardError().contains(m_idp.clientSecret()));
    QVERIFY(!m_server.process().standardOutput().contains(m_idp.clientSecret()));
}

void TestSso::openShiftSignIn()
{
    FakeIdentityProvider::User user;
    user.subject = u"0b6c4e1e-uid"_s;
    user.username = u"grace"_s;
    user.fullName = u"Grace Hopper"_s;
    user.groups = {u"tollgate-admins"_s, u"system:authenticated"_s};
    m_idp.setUser(user);
    const QByteArray verifier = Auth::Oidc::randomToken();
    const Outcome outcome = signIn(u"openshift"_s, verifier);
    QCOMPARE(outcome.startStatus, 302);
    QVERIFY2(outcome.callbackUrl.path() == u"/api/v1/auth/sso/callback"_s, qPrintable(outcome.callbackUrl.toString()));
    QCOMPARE(outcome.callbackStatus, 302);
    QVERIFY2(!outcome.code.isEmpty(), outcome.final.toEncoded().constData());
    QVERIFY(outcome.final.toString().startsWith(Loopback + u'?'));
    QCOMPARE(outcome.state, u"client-state-42"_s);

    const RawResponse r = exchange(outcome.code, verifier);
    QCOMPARE(r.status, 200);
    const QJsonObject answer = object(r);
    QCOMPARE(answer.value("tokenType"_L1).toString(), u"Bearer"_s);
    QVERIFY(answer.value("refreshToken"_L1).toString().startsWith("tgr_"_L1));
    const QByteArray access = answer.value("accessToken"_L1).toString().toLatin1();
    const QJsonObject me = object(m_server.send("GET", "/api/v1/auth/me", {}, access));
    QCOMPARE(me.value("username"_L1).toString(), u"grace"_s);
    QCOMPARE(me.value("provider"_L1).toString(), u"openshift"_s);
    QCOMPARE(me.value("fullName"_L1).toString(), u"Grace Hopper"_s);
    QCOMPARE(me.value("roles"_L1).toArray(), (QJsonArray{u"admin"_s, u"user"_s}));
    QCOMPARE(me.value("groups"_L1).toArray(), (QJsonArray{u"tollgate-admins"_s, u"system:authenticated"_s}));
    // An admin by group: the admin views open.
    QCOMPARE(m_server.send("GET", "/api/v1/users", {}, access).status, 200);
    // The session refreshes like any other.
    QCOMPARE(m_server
                 .send("POST", "/api/v1/auth/refresh",
                       json({{u"refreshToken"_s, answer.value("refreshToken"_L1)}}))
                 .status,
             200);

    const auto provisioned = m_server.audit(u"user.provision"_s);
    QCOMPARE(provisioned.size(), 1);
    QCOMPARE(provisioned[0].actorName, u"grace"_s);
    const auto callbacks = m_server.audit(u"auth.sso_callback"_s);
    QCOMPARE(callbacks.size(), 1);
    QVERIFY(callbacks[0].success);
    QCOMPARE(callbacks[0].after.toObject().value("provider"_L1).toString(), u"openshift"_s);
    QCOMPARE(m_server.audit(u"auth.sso_exchange"_s).size(), 1);
}

void TestSso::oidcSignIn_data()
{
    QTest::addColumn<bool>("es256");
    QTest::newRow("RS256") << false;
    QTest::newRow("ES256") << true;
}

void TestSso::oidcSignIn()
{
    QFETCH(bool, es256);
    m_idp.setEs256(es256);
    FakeIdentityProvider::User user;
    user.groups = {u"auditors"_s};
    m_idp.setUser(user);
    const QJsonObject answer = session(u"oidc"_s);
    const QByteArray access = answer.value("accessToken"_L1).toString().toLatin1();
    QVERIFY(!access.isEmpty());
    const QJsonObject me = object(m_server.send("GET", "/api/v1/auth/me", {}, access));
    QCOMPARE(me.value("username"_L1).toString(), u"ada"_s);
    QCOMPARE(me.value("email"_L1).toString(), u"ada@example.com"_s);
    QCOMPARE(me.value("provider"_L1).toString(), u"oidc"_s);
    QCOMPARE(me.value("roles"_L1).toArray(), (QJsonArray{u"adminReadonly"_s, u"user"_s}));
    // adminReadonly reads admin views and changes nothing.
    QCOMPARE(m_server.send("GET", "/api/v1/users", {}, access).status, 200);
    QCOMPARE(m_server.send("POST", "/api/v1/users", json({{u"username"_s, u"x"_s}}), access).status, 403);
}

void TestSso::groupsDecideRolesAtEverySignIn()
{
    FakeIdentityProvider::User user;
    user.groups = {u"tollgate-admins"_s};
    m_idp.setUser(user);
    const QJsonObject first = session(u"oidc"_s);
    const QString id = first.value("user"_L1).toObject().value("id"_L1).toString();
    QCOMPARE(first.value("user"_L1).toObject().value("roles"_L1).toArray(), (QJsonArray{u"admin"_s, u"user"_s}));

    // Out of the admin group at the directory: the next sign-in is a plain user, same account.
    user.groups = {u"developers"_s};
    m_idp.setUser(user);
    const QJsonObject second = session(u"oidc"_s);
    QCOMPARE(second.value("user"_L1).toObject().value("id"_L1).toString(), id);
    QCOMPARE(second.value("user"_L1).toObject().value("roles"_L1).toArray(), QJsonArray{u"user"_s});
    const QByteArray access = second.value("accessToken"_L1).toString().toLatin1();
    QCOMPARE(m_server.send("GET", "/api/v1/users", {}, access).status, 403);
    const auto synced = m_server.audit(u"user.sync"_s);
    QCOMPARE(synced.size(), 1);
    QCOMPARE(synced[0].before.toObject().value("roles"_L1).toArray(), (QJsonArray{u"admin"_s, u"user"_s}));
    QCOMPARE(synced[0].after.toObject().value("roles"_L1).toArray(), QJsonArray{u"user"_s});
    QCOMPARE(m_server.audit(u"user.provision"_s).size(), 1);
}

void TestSso::pkceMismatchIsRefused()
{
    const QByteArray verifier = Auth::Oidc::randomToken();
    const Outcome outcome = signIn(u"oidc"_s, verifier);
    QVERIFY(!outcome.code.isEmpty());
    RawResponse r = exchange(outcome.code, Auth::Oidc::randomToken());
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"invalid_grant"_s);
    // One attempt per code: the right verifier comes too late.
    r = exchange(outcome.code, verifier);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), u"invalid_grant"_s);
    const auto refusals = m_server.audit(u"auth.sso_exchange"_s);
    QCOMPARE(refusals.size(), 2);
    for (const Store::AuditEntry &e : refusals)
        QVERIFY(!e.success);
}

void TestSso::replayedCodeAndStateAreRefused()
{
    const QByteArray verifier = Auth::Oidc::randomToken();
    const Outcome outcome = signIn(u"openshift"_s, verifier);
    QVERIFY(!outcome.code.isEmpty());
    QCOMPARE(exchange(outcome.code, verifier).status, 200);
    const RawResponse again = exchange(outcome.code, verifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(errorCode(again), u"invalid_grant"_s);
    const auto entries = m_server.audit(u"auth.sso_exchange"_s);
    QVERIFY(std::any_of(entries.begin(), entries.end(), [](const Store::AuditEntry &e) {
        return !e.success && e.after.toObject().value("reason"_L1).toString() == u"code_reused"_s;
    }));
    // The provider's redirect carries a state the server spent on the first visit.
    const RawResponse callback = m_server.send("GET", pathAndQuery(outcome.callbackUrl));
    QCOMPARE(callback.status, 400);
    QCOMPARE(errorCode(callback), u"invalid_state"_s);
    // A made-up code is no better.
    QCOMPARE(exchange(u"tgc_made-up"_s, verifier).status, 400);
}

void TestSso::tamperedIdTokensAreRefused_data()
{
    QTest::addColumn<int>("tamper");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad signature") << int(FakeIdentityProvider::Tamper::BadSignature) << u"signature"_s;
    QTest::newRow("wrong nonce") << int(FakeIdentityProvider::Tamper::WrongNonce) << u"nonce"_s;
    QTest::newRow("wrong audience") << int(FakeIdentityProvider::Tamper::WrongAudience) << u"(aud)"_s;
    QTest::newRow("expired") << int(FakeIdentityProvider::Tamper::Expired) << u"expired"_s;
    QTest::newRow("wrong issuer") << int(FakeIdentityProvider::Tamper::WrongIssuer) << u"issuer"_s;
    QTest::newRow("alg none") << int(FakeIdentityProvider::Tamper::AlgNone) << u"only RS256 and ES256"_s;
    QTest::newRow("HS256 with the client secret") << int(FakeIdentityProvider::Tamper::Hs256)
                                                  << u"only RS256 and ES256"_s;
}

void TestSso::tamperedIdTokensAreRefused()
{
    QFETCH(int, tamper);
    QFETCH(QString, reason);
    m_idp.setTamper(FakeIdentityProvider::Tamper(tamper));
    const Outcome outcome = signIn(u"oidc"_s, Auth::Oidc::randomToken());
    QCOMPARE(outcome.callbackStatus, 302);
    QVERIFY(outcome.code.isEmpty());
    QCOMPARE(outcome.error, u"access_denied"_s);
    QCOMPARE(outcome.state, u"client-state-42"_s);
    // Nobody was provisioned, and the refusal is on record.
    QVERIFY(object(m_server.send("GET", "/api/v1/users?search=ada", {}, m_server.admin()))
                .value("items"_L1)
                .toArray()
                .isEmpty());
    const auto callbacks = m_server.audit(u"auth.sso_callback"_s);
    QCOMPARE(callbacks.size(), 1);
    QVERIFY(!callbacks[0].success);
    const QString recorded = callbacks[0].after.toObject().value("reason"_L1).toString();
    QVERIFY2(recorded.contains(reason), qPrintable(recorded));
    // The same provider, untampered, works.
    m_idp.setTamper(FakeIdentityProvider::Tamper::None);
    QVERIFY(session(u"oidc"_s).contains("accessToken"_L1));
}

void TestSso::redirectUriRules()
{
    const QByteArray challenge = Auth::Oidc::pkceChallenge(Auth::Oidc::randomToken());
    const auto start = [&](const QString &provider, const QString &redirect, const QByteArray &method = "S256") {
        QUrlQuery query;
        query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(challenge));
        query.addQueryItem(u"code_challenge_method"_s, QString::fromLatin1(method));
        query.addQueryItem(u"state"_s, u"s"_s);
        return m_server.send(
            "GET",
            (u"/api/v1/auth/sso/%1/start?"_s.arg(provider) + query.query(QUrl::FullyEncoded)).toLatin1());
    };
    for (const QString &ok : {u"http://127.0.0.1:1234/cb"_s, u"http://[::1]:9/"_s, u"http://localhost:65000/x?y=1"_s,
                              WebRedirect}) {
        const RawResponse r = start(u"oidc"_s, ok);
        QVERIFY2(r.status == 302, qPrintable(ok + u": "_s + QString::fromUtf8(r.body)));
        const QUrl location = QUrl::fromEncoded(r.header("location"));
        QCOMPARE(location.port(), QUrl(m_idp.baseUrl()).port());
        const QUrlQuery sent(location);
        // The provider sees the server's own state and PKCE, never the client's.
        QVERIFY(sent.queryItemValue(u"state"_s) != u"s"_s);
        QVERIFY(sent.queryItemValue(u"code_challenge"_s) != QString::fromLatin1(challenge));
        QVERIFY(!sent.queryItemValue(u"nonce"_s).isEmpty());
        QCOMPARE(sent.queryItemValue(u"client_id"_s), m_idp.clientId());
    }
    for (const QString &bad : {u"http://evil.example.com/cb"_s, u"https://127.0.0.1:1234/cb"_s,
                               u"http://127.0.0.2.evil.example.com/cb"_s, u"http://user@127.0.0.1:1/cb"_s,
                               u"https://portal.example.com/sso/done/extra"_s, u"javascript:alert(1)"_s}) {
        const RawResponse r = start(u"openshift"_s, bad);
        QVERIFY2(r.status == 400, qPrintable(bad + u": "_s + QString::number(r.status)));
        QCOMPARE(errorCode(r), u"invalid_redirect_uri"_s);
    }
    QCOMPARE(start(u"oidc"_s, Loopback, "plain").status, 400);
    QCOMPARE(start(u"nope"_s, Loopback).status, 404);
}

void TestSso::newUserDefaultsApplyAtFirstSignIn()
{
    // The general settings give a user created by a first sign-in its limits and budget window.
    const RawResponse patched = m_server.send("PATCH", "/api/v1/settings",
                                              json({{u"newUserRpm"_s, 9},
                                                    {u"newUserBudget"_s, 2.5},
                                                    {u"newUserBudgetDuration"_s, u"1d"_s}}),
                                              m_server.admin());
    QCOMPARE(patched.status, 200);
    QVERIFY(!session(u"oidc"_s).isEmpty());
    Store::Database db(m_server.databaseUrl());
    QSqlQuery q = db.exec(u"SELECT rpm_limit, tpm_limit, max_budget, budget_duration, budget_reset_at FROM users "
                          "WHERE username <> 'root'"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 9);
    QVERIFY(q.isNull(1)); // newUserTpm is null: no limit
    QCOMPARE(q.value(2).toLongLong(), 2'500'000'000LL);
    QCOMPARE(q.value(3).toString(), u"1d"_s);
    QVERIFY(q.value(4).toLongLong() > QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!q.next());
}

void TestSso::deactivatedUserCannotSignIn()
{
    const QJsonObject first = session(u"oidc"_s);
    const QString id = first.value("user"_L1).toObject().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    // A code obtained before the deactivation is worthless after it.
    const QByteArray verifier = Auth::Oidc::randomToken();
    const Outcome pending = signIn(u"oidc"_s, verifier);
    QVERIFY(!pending.code.isEmpty());
    const QJsonObject user =
        object(m_server.send("GET", "/api/v1/users/" + id.toLatin1(), {}, m_server.admin()));
    QCOMPARE(m_server
                 .send("PATCH", "/api/v1/users/" + id.toLatin1(),
                       json({{u"active"_s, false}, {u"version"_s, user.value("version"_L1)}}),
                       m_server.admin())
                 .status,
             200);
    const RawResponse late = exchange(pending.code, verifier);
    QCOMPARE(late.status, 403);
    QCOMPARE(errorCode(late), u"account_inactive"_s);
    // And a fresh sign-in stops at the callback.
    const Outcome refused = signIn(u"oidc"_s, Auth::Oidc::randomToken());
    QCOMPARE(refused.callbackStatus, 302);
    QVERIFY(refused.code.isEmpty());
    QCOMPARE(refused.error, u"access_denied"_s);
    // The earlier session ended with the deactivation.
    QCOMPARE(m_server.send("GET", "/api/v1/auth/me", {}, first.value("accessToken"_L1).toString().toLatin1())
                 .status,
             401);
}

void TestSso::slowProviderDoesNotStallTheControlPlane()
{
    // The token endpoint answers after 4 s; the server gives up after sso_timeout_ms (1.5 s).
    m_idp.setTokenDelayMs(4000);
    const QByteArray verifier = Auth::Oidc::randomToken();
    QUrlQuery query;
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(Loopback)));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(Auth::Oidc::pkceChallenge(verifier)));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"state"_s, u"slow"_s);
    const RawResponse start = m_server.send(
        "GET", (u"/api/v1/auth/sso/oidc/start?"_s + query.query(QUrl::FullyEncoded)).toLatin1());
    QCOMPARE(start.status, 302);
    const QUrl authorize = QUrl::fromEncoded(start.header("location"));
    const RawResponse approved = rawRequest(authorize.host(), quint16(authorize.port()), "GET", pathAndQuery(authorize));
    QCOMPARE(approved.status, 302);
    const QByteArray callbackPath = pathAndQuery(QUrl::fromEncoded(approved.header("location")));

    RawResponse callback;
    const QString host = m_server.host();
    const quint16 port = m_server.port();
    const int asked = m_idp.tokenRequests();
    std::thread browser([&] { callback = rawRequest(host, port, "GET", callbackPath); });
    // Once the provider was asked, the callback waits on it (polled by hand: a failed QTRY would
    // leave with the browser thread still joinable).
    QElapsedTimer asking;
    asking.start();
    while (m_idp.tokenRequests() == asked && asking.elapsed() < 10'000)
        QTest::qWait(10);
    const bool waiting = m_idp.tokenRequests() > asked;
    QElapsedTimer t;
    t.start();
    const RawResponse me = m_server.send("GET", "/api/v1/auth/me", {}, m_server.admin());
    const qint64 meMs = t.elapsed();
    browser.join();
    QVERIFY(waiting);
    QCOMPARE(me.status, 200);
    QVERIFY2(meMs < 1000, qPrintable(u"an admin call waited %1 ms behind a slow provider"_s.arg(meMs)));
    QCOMPARE(callback.status, 302);
    const QUrlQuery answer(QUrl::fromEncoded(callback.header("location")));
    QCOMPARE(answer.queryItemValue(u"error"_s), u"access_denied"_s);
    QVERIFY(callback.elapsedMs < 3500);
    qInfo("an admin call took %lld ms while a sign-in waited %lld ms for a provider that never answered in time",
          meMs, callback.elapsedMs);
}

void TestSso::replicasShareSignIns()
{
    // Behind a load balancer each step may land on another replica of the same store.
    QString error;
    std::unique_ptr<Process> other = m_server.startReplica(&error);
    QVERIFY2(other, qPrintable(error));
    const QByteArray verifier = Auth::Oidc::randomToken();
    QUrlQuery query;
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(Loopback)));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(Auth::Oidc::pkceChallenge(verifier)));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"state"_s, u"across"_s);
    const RawResponse start = m_server.send(
        "GET", (u"/api/v1/auth/sso/oidc/start?"_s + query.query(QUrl::FullyEncoded)).toLatin1());
    QCOMPARE(start.status, 302);
    const QUrl authorize = QUrl::fromEncoded(start.header("location"));
    const RawResponse approved = rawRequest(authorize.host(), quint16(authorize.port()), "GET", pathAndQuery(authorize));
    QCOMPARE(approved.status, 302);
    const RawResponse callback =
        rawRequest(other->host(), other->port(), "GET", pathAndQuery(QUrl::fromEncoded(approved.header("location"))));
    QCOMPARE(callback.status, 302);
    const QString code = QUrlQuery(QUrl::fromEncoded(callback.header("location"))).queryItemValue(u"code"_s);
    QVERIFY2(!code.isEmpty(), callback.header("location").constData());
    const RawResponse r = exchange(code, verifier);
    QCOMPARE(r.status, 200);
    const QByteArray access = object(r).value("accessToken"_L1).toString().toLatin1();
    QCOMPARE(rawRequest(other->host(), other->port(), "GET", "/api/v1/auth/me", {},
                        {{"authorization", "Bearer " + access}})
                 .status,
             200);
    // The code was spent on the first replica: the second refuses it too.
    const RawResponse replay = rawRequest(other->host(), other->port(), "POST", "/api/v1/auth/sso/exchange",
                                          json({{u"code"_s, code}, {u"code_verifier"_s, QString::fromLatin1(verifier)}}));
    QCOMPARE(replay.status, 400);
}

QTEST_GUILESS_MAIN(TestSso)
#include "tst_sso.moc"
