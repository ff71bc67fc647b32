// SPDX-License-Identifier: GPL-3.0-or-later
// The auth layer's pure parts: JWTs, argon2id passwords, the sign-in limiter, the RBAC rule and
// the group → role mapping; and the API's version and paging parsers.
#include "gateway-core/api/apierror.h"
#include "gateway-core/api/json.h"
#include "gateway-core/auth/jwt.h"
#include "gateway-core/auth/loginlimiter.h"
#include "gateway-core/auth/oidc.h"
#include "gateway-core/auth/password.h"
#include "gateway-core/auth/rbac.h"

#include <QJsonDocument>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Auth;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Tollgate::Auth::Permission)
Q_DECLARE_METATYPE(Tollgate::Auth::Decision)

namespace {

Caller user(const QString &id, const QStringList &roles)
{
    Caller c;
    c.kind = Caller::Kind::User;
    c.userId = id;
    c.username = id;
    c.roles = roles;
    return c;
}

int apiStatus(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Api::ApiError &e) {
        return e.status();
    }
    return 0;
}

} // namespace

class TestAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jwtRoundTripAndRejections();
    void passwordsHashAndVerify();
    void limiterCountsFailuresInAWindow();
    void authorize_data();
    void authorize();
    void roleMapping();
    void versionsFromIfMatchOrBody();
    void listQuery();
    void oidcHelpers();
};

void TestAuth::jwtRoundTripAndRejections()
{
    const QByteArray key = "0123456789abcdef0123456789abcdef";
    const QJsonObject claims{{u"sub"_s, u"u1"_s}, {u"exp"_s, 2000}};
    const QByteArray token = Jwt::sign(claims, key);
    QCOMPARE(token.count('.'), 2);
    QCOMPARE(Jwt::verify(token, key, 1999).value_or(QJsonObject()).value("sub"_L1).toString(), u"u1"_s);
    QVERIFY(!Jwt::verify(token, key, 2000));           // expired
    QVERIFY(!Jwt::verify(token, "another key", 1000)); // wrong key
    const QList<QByteArray> parts = token.split('.');
    const QByteArray forged = parts[0] + '.' +
                              QByteArray("{\"sub\":\"admin\",\"exp\":2000}")
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                              '.' + parts[2];
    QVERIFY(!Jwt::verify(forged, key, 1000));
    // alg "none" with an empty signature is not a way in.
    const QByteArray none = QByteArray("{\"alg\":\"none\",\"typ\":\"JWT\"}")
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                            '.' + parts[1] + '.';
    QVERIFY(!Jwt::verify(none, key, 1000));
    QVERIFY(!Jwt::verify("garbage", key, 1000));
    QVERIFY(!Jwt::verify(token + "x", key, 1000));
}

void TestAuth::passwordsHashAndVerify()
{
    const QString hash = hashPassword(u"correct horse battery");
    QVERIFY(hash.startsWith(u"$argon2id$"_s));
    QVERIFY(verifyPassword(u"correct horse battery", hash));
    QVERIFY(!verifyPassword(u"correct horse batterY", hash));
    QVERIFY(hashPassword(u"correct horse battery") != hash); // salted
    QVERIFY(!verifyPassword(u"x", QString()));
    QVERIFY(!verifyPassword(u"x", u"$2b$10$notargon"_s));
    QVERIFY(passwordProblem(u"short"));
    QVERIFY(!passwordProblem(u"long enough!"));
}

void TestAuth::limiterCountsFailuresInAWindow()
{
    LoginLimiter limiter({3, 5, 60'000});
    const QString a = u"10.0.0.1"_s;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.retryAfterSeconds(u"alice"_s, a, 1000 + i), 0);
        limiter.recordFailure(u"alice"_s, a, 1000 + i * 1000);
    }
    // The oldest of the three failures (at 1 s) leaves the window at 61 s.
    QCOMPARE(limiter.retryAfterSeconds(u"Alice"_s, u"10.0.0.2"_s, 11'000), 50);
    QCOMPARE(limiter.retryAfterSeconds(u"bob"_s, a, 11'000), 0);
    limiter.recordFailure(u"bob"_s, a, 12'000);
    limiter.recordFailure(u"carol"_s, a, 13'000);
    QVERIFY(limiter.retryAfterSeconds(u"dave"_s, a, 14'000) > 0); // the address is spent
    QCOMPARE(limiter.retryAfterSeconds(u"dave"_s, u"10.0.0.9"_s, 14'000), 0);
    // A minute after the first failure, alice and the address have room again.
    QCOMPARE(limiter.retryAfterSeconds(u"alice"_s, a, 61'000), 0);
    limiter.recordFailure(u"alice"_s, u"10.0.0.9"_s, 61'500);
    limiter.recordFailure(u"alice"_s, u"10.0.0.9"_s, 62'000); // with the one at 3 s: three in the window
    QVERIFY(limiter.retryAfterSeconds(u"alice"_s, u"10.0.0.9"_s, 62'000) > 0);
    limiter.recordSuccess(u"alice"_s);
    QCOMPARE(limiter.retryAfterSeconds(u"alice"_s, u"10.0.0.9"_s, 62'000), 0);
}

void TestAuth::authorize_data()
{
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>(
        "caller"); // 0 anonymous, 1 owner, 2 other user, 3 adminReadonly, 4 admin, 5 master key
    QTest::addColumn<Decision>("decision");
    const Decision A = Decision::Allow, U = Decision::Unauthenticated, F = Decision::Forbidden;
    const struct
    {
        Permission permission;
        const char *method;
        Decision d[6];
    } rows[] = {
        {Permission::Public, "POST", {A, A, A, A, A, A}},
        {Permission::Authenticated, "POST", {U, A, A, A, A, A}},
        {Permission::OwnOrAdmin, "GET", {U, A, F, A, A, A}},
        {Permission::OwnOrAdmin, "PATCH", {U, A, F, F, A, A}},
        {Permission::AdminRead, "GET", {U, F, F, A, A, A}},
        {Permission::AdminRead, "POST", {U, F, F, F, A, A}},
        {Permission::AdminWrite, "GET", {U, F, F, F, A, A}},
        {Permission::AdminWrite, "DELETE", {U, F, F, F, A, A}},
    };
    for (const auto &row : rows) {
        for (int c = 0; c < 6; ++c)
            QTest::addRow("%s %s caller %d", permissionName(row.permission).data(), row.method, c)
                << row.permission << QByteArray(row.method) << c << row.d[c];
    }
}

void TestAuth::authorize()
{
    QFETCH(Permission, permission);
    QFETCH(QByteArray, method);
    QFETCH(int, caller);
    QFETCH(Decision, decision);
    Caller callers[6];
    callers[1] = user(u"owner"_s, {u"user"_s});
    callers[2] = user(u"other"_s, {u"user"_s});
    callers[3] = user(u"ro"_s, {u"adminReadonly"_s, u"user"_s});
    callers[4] = user(u"boss"_s, {u"admin"_s});
    callers[5].kind = Caller::Kind::MasterKey;
    QCOMPARE(Auth::authorize(permission, callers[caller], method, u"owner"_s), decision);
}

void TestAuth::roleMapping()
{
    QString error;
    const auto mapping =
        RoleMapping::parse({u"ops=admin"_s, u" auditors = adminReadonly"_s, u"ops=user"_s}, &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(mapping->rolesFor({u"ops"_s}), (QStringList{u"admin"_s, u"user"_s}));
    QCOMPARE(mapping->rolesFor({u"auditors"_s, u"other"_s}), (QStringList{u"adminReadonly"_s, u"user"_s}));
    QCOMPARE(mapping->rolesFor({}), QStringList{u"user"_s});
    QVERIFY(!RoleMapping::parse({u"ops=root"_s}, &error));
    QVERIFY(error.contains(u"ops=root"_s));
    QVERIFY(!RoleMapping::parse({u"=admin"_s}));
    QVERIFY(!RoleMapping::parse({u"admin"_s}));
}

void TestAuth::versionsFromIfMatchOrBody()
{
    Http::Request request;
    QCOMPARE(apiStatus([&] { Api::Json::expectedVersion(request, {}); }), 428);
    QCOMPARE(Api::Json::expectedVersion(request, {{u"version"_s, 4}}), 4);
    QCOMPARE(apiStatus([&] { Api::Json::expectedVersion(request, {{u"version"_s, u"4"_s}}); }), 400);
    request.headers.append(Http::Header{"if-match", "W/\"7\""});
    QCOMPARE(Api::Json::expectedVersion(request, {{u"version"_s, 4}}), 7); // the header wins
    request.headers.first().value = "\"x\"";
    QCOMPARE(apiStatus([&] { Api::Json::expectedVersion(request, {}); }), 400);
    QCOMPARE(apiStatus([] { Api::Json::checkVersion(3, 2); }), 412);
    QCOMPARE(apiStatus([] { Api::Json::checkVersion(3, 3); }), 0);
}

void TestAuth::listQuery()
{
    Http::Request request;
    request.query = "limit=10&offset=20&sort=-createdAt&role=admin";
    const auto q =
        Api::Json::ListQuery::parse(request, {u"username"_s, u"createdAt"_s}, u"username"_s, {u"role"_s});
    QCOMPARE(q.limit, 10);
    QCOMPARE(q.offset, 20);
    QCOMPARE(q.sort, u"createdAt"_s);
    QVERIFY(q.descending);
    QCOMPARE(q.filter(u"role"_s), u"admin"_s);
    const QJsonObject envelope = q.envelope({}, 42);
    QCOMPARE(envelope.value("total"_L1).toInt(), 42);
    QCOMPARE(envelope.value("sort"_L1).toString(), u"-createdAt"_s);
    for (const char *bad : {"limit=501", "offset=-1", "sort=password", "what=ever", "limit=x"}) {
        request.query = bad;
        QCOMPARE(apiStatus([&] { Api::Json::ListQuery::parse(request, {u"username"_s}, u"username"_s, {}); }),
                 400);
    }
}

void TestAuth::oidcHelpers()
{
    using namespace Auth::Oidc;
    // RFC 7636 appendix B.
    QCOMPARE(pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QVERIFY(isPkceValue(randomToken()));
    QVERIFY(!isPkceValue("too-short"));
    QVERIFY(!isPkceValue(QByteArray(43, '+')));
    QVERIFY(randomToken() != randomToken());

    QVERIFY(isLoopbackRedirect(QUrl(u"http://127.0.0.1:8400/cb"_s)));
    QVERIFY(isLoopbackRedirect(QUrl(u"http://[::1]/"_s)));
    QVERIFY(isLoopbackRedirect(QUrl(u"http://localhost:1/x?y=z"_s)));
    QVERIFY(!isLoopbackRedirect(QUrl(u"https://127.0.0.1/cb"_s)));
    QVERIFY(!isLoopbackRedirect(QUrl(u"http://127.0.0.1.nip.io/cb"_s)));
    QVERIFY(!isLoopbackRedirect(QUrl(u"http://10.0.0.1/cb"_s)));
    QVERIFY(!isLoopbackRedirect(QUrl(u"http://127.0.0.1/cb#frag"_s)));
    QVERIFY(!isLoopbackRedirect(QUrl(u"http://a:b@127.0.0.1/cb"_s)));

    const QJsonObject claims = QJsonDocument::fromJson(
        "{\"groups\":[\"a\",\"b\"],\"realm_access\":{\"roles\":[\"admin\"]},\"team\":\"ops\",\"n\":3}").object();
    QCOMPARE(claimStrings(claims, u"groups"_s), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(claimStrings(claims, u"realm_access.roles"_s), QStringList{u"admin"_s});
    QCOMPARE(claimStrings(claims, u"team"_s), QStringList{u"ops"_s});
    QVERIFY(claimStrings(claims, u"n"_s).isEmpty());
    QVERIFY(claimStrings(claims, u"missing.path"_s).isEmpty());

    // Malformed tokens are refused before any key is looked at.
    const IdTokenExpectations expect{u"https://idp"_s, u"client"_s, u"nonce"_s, 1'000'000, 60};
    QVERIFY(!verifyIdToken("not-a-jwt", {}, expect).claims);
    QVERIFY(!verifyIdToken("a.b.c.d", {}, expect).claims);
    const IdTokenResult unknown = verifyIdToken(
        QByteArray("{\"alg\":\"RS256\",\"kid\":\"k\"}").toBase64(QByteArray::Base64UrlEncoding) + ".e30.c2ln", {}, expect);
    QVERIFY(!unknown.claims);
    QVERIFY(unknown.unknownKey);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
