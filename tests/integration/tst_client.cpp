// SPDX-License-Identifier: GPL-3.0-or-later
// The console's API client (gateway-core/client) against the real tollgate-server: sign-in, errors
// a person can read, in-flight counting, silent refresh with rotation (one refresh for many calls),
// sign-out revoking the session, a session ended by the server, and TLS trust by fingerprint.
#include "gateway-core/client/apiclient.h"
#include "tests/support/mockllmprocess.h"
#include "tests/support/process.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"admin-password-1"_s;

/// Waits for @p reply and says whether it succeeded; its object/error are copied out first.
struct Outcome
{
    bool ok = false;
    QJsonObject object;
    Client::Error error;
    qint64 version = -1;
};

/// Records the outcome of @p reply into @p outcome (which must outlive the reply).
void watch(Client::Reply *reply, Outcome &outcome)
{
    QObject::connect(reply, &Client::Reply::finished, reply, [&outcome, reply](const QJsonObject &o) {
        outcome.ok = true;
        outcome.object = o;
        outcome.version = reply->version();
    });
    QObject::connect(reply, &Client::Reply::failed, reply,
                     [&outcome](const Client::Error &e) { outcome.error = e; });
}

Outcome wait(Client::Reply *reply, int timeoutMs = 15'000)
{
    Outcome outcome;
    watch(reply, outcome);
    QSignalSpy done(reply, &Client::Reply::done);
    done.wait(timeoutMs);
    return outcome;
}

} // namespace

class TestClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInErrorsAreReadable();
    void networkErrorsAreReadable();
    void signInListAndUpdate();
    void inFlightIsCounted();
    void expiredAccessTokenRefreshesOnce();
    void signOutRevokesTheSession();
    void signOutDuringRefreshStaysSignedOut();
    void deactivatedUserLosesTheSession();
    void untrustedCertificateNeedsExplicitTrust();

private:
    bool start(const QStringList &extra = {}, const QProcessEnvironment &env = {});
    QString createUser(Client::ApiClient &admin, const QString &name, const QString &password);

    QTemporaryDir m_dir;
    QString m_dataDir;
    int m_run = 0;
    std::unique_ptr<Process> m_server;
};

void TestClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestClient::init()
{
    m_dataDir = m_dir.filePath(u"data-%1"_s.arg(++m_run));
}

void TestClient::cleanup()
{
    m_server.reset();
}

bool TestClient::start(const QStringList &extra, const QProcessEnvironment &env)
{
    m_server = std::make_unique<Process>();
    QString error;
    if (!startTollgateServer(*m_server, m_dataDir, AdminPassword, &error, extra, env)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString TestClient::createUser(Client::ApiClient &admin, const QString &name, const QString &password)
{
    const Outcome created = wait(
        admin.post(u"/api/v1/users"_s,
                   {{u"username"_s, name}, {u"password"_s, password}, {u"roles"_s, QJsonArray{u"user"_s}}}));
    if (!created.ok)
        qWarning("create %s: %s", qPrintable(name), qPrintable(created.error.describe()));
    return created.object.value("id"_L1).toString();
}

void TestClient::signInErrorsAreReadable()
{
    QVERIFY(start());
    Client::ApiClient client;
    client.setServer(m_server->url());
    QSignalSpy failures(&client, &Client::ApiClient::requestFailed);
    const Outcome wrong = wait(client.signIn(u"root"_s, u"not-the-password"_s));
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.error.kind, Client::Error::Kind::Http);
    QCOMPARE(wrong.error.status, 401);
    QCOMPARE(wrong.error.code, u"invalid_credentials"_s);
    QVERIFY2(!wrong.error.message.isEmpty(), qPrintable(wrong.error.describe()));
    QVERIFY(!client.isSignedIn());
    QCOMPARE(failures.size(), 1);

    // A validation error names the field.
    QVERIFY(wait(client.signIn(u"root"_s, AdminPassword)).ok);
    const Outcome invalid = wait(client.post(u"/api/v1/users"_s, {{u"username"_s, u"bad name!"_s}}));
    QCOMPARE(invalid.error.status, 400);
    QCOMPARE(invalid.error.param, u"username"_s);
    // A PATCH with a stale version is refused as such.
    const Outcome me = wait(client.me());
    QVERIFY(me.ok);
    QVERIFY(me.version >= 1);
    const Outcome stale = wait(
        client.updateUser(me.object.value("id"_L1).toString(), me.version + 5, {{u"fullName"_s, u"Root"_s}}));
    QCOMPARE(stale.error.status, 412);
    QCOMPARE(stale.error.code, u"version_mismatch"_s);
}

void TestClient::networkErrorsAreReadable()
{
    // A port nobody listens on: the server is down.
    QVERIFY(start());
    const QUrl url = m_server->url();
    m_server.reset();
    Client::ApiClient client;
    client.setServer(url);
    const Outcome refused = wait(client.readiness());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind, Client::Error::Kind::Network);
    QCOMPARE(refused.error.code, u"connection_refused"_s);
    QCOMPARE(client.inFlight(), 0);

    Client::ApiClient noServer;
    const Outcome none = wait(noServer.readiness());
    QCOMPARE(none.error.code, u"no_server"_s);
}

void TestClient::signInListAndUpdate()
{
    QVERIFY(start());
    Client::ApiClient client;
    client.setServer(m_server->url());
    QSignalSpy signedIn(&client, &Client::ApiClient::signedIn);
    QSignalSpy tokens(&client, &Client::ApiClient::refreshTokenChanged);
    const Outcome login = wait(client.signIn(u"root"_s, AdminPassword));
    QVERIFY2(login.ok, qPrintable(login.error.describe()));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(tokens.at(0).at(0).toByteArray().startsWith("tgr_"));
    QVERIFY(client.hasRole(Client::RoleAdmin));
    QCOMPARE(client.currentUser().value("username"_L1).toString(), u"root"_s);

    for (const QString &name : {u"ada"_s, u"bob"_s, u"cleo"_s})
        QVERIFY(!createUser(client, name, u"user-password-1"_s).isEmpty());

    Client::UserQuery query;
    query.role = Client::RoleUser;
    query.limit = 2;
    const Outcome page = wait(client.users(query));
    QVERIFY(page.ok);
    // The bootstrap admin may hold the user role too.
    const int expectedUsers = 3 + (client.hasRole(Client::RoleUser) ? 1 : 0);
    QCOMPARE(page.object.value("total"_L1).toInt(), expectedUsers);
    const QJsonArray items = page.object.value("items"_L1).toArray();
    QCOMPARE(items.size(), 2);
    const Client::User ada = Client::User::fromJson(items.at(0).toObject());
    QCOMPARE(ada.username, u"ada"_s);
    QVERIFY(ada.active);

    const Outcome changed = wait(client.updateUser(
        ada.id, ada.version, {{u"active"_s, false}, {u"maxBudget"_s, u"25"_s}, {u"rpmLimit"_s, 60}}));
    QVERIFY2(changed.ok, qPrintable(changed.error.describe()));
    const Client::User after = Client::User::fromJson(changed.object);
    QVERIFY(!after.active);
    QCOMPARE(after.maxBudget.value_or(-1), 25.0);
    QCOMPARE(after.rpmLimit.value_or(-1), 60);
    QCOMPARE(changed.version, ada.version + 1);
    const RawResponse raw = rawRequest(
        m_server->host(), m_server->port(), "GET", "/api/v1/users/" + ada.id.toLatin1(), {},
        {{"authorization", "Bearer " + login.object.value("accessToken"_L1).toString().toLatin1()}});
    QCOMPARE(QJsonDocument::fromJson(raw.body).object().value("active"_L1).toBool(true), false);
}

void TestClient::inFlightIsCounted()
{
    QVERIFY(start());
    Client::ApiClient client;
    client.setServer(m_server->url());
    QSignalSpy counts(&client, &Client::ApiClient::inFlightChanged);
    Client::Reply *a = client.readiness();
    Client::Reply *b = client.readiness();
    QCOMPARE(client.inFlight(), 2);
    b->abort();
    QCOMPARE(client.inFlight(), 1);
    QVERIFY(wait(a).ok);
    QCOMPARE(client.inFlight(), 0);
    QCOMPARE(counts.last().at(0).toInt(), 0);
}

void TestClient::expiredAccessTokenRefreshesOnce()
{
    // Access tokens are signed with the session key; a restart with another key makes every issued
    // access token invalid while the refresh tokens (stored hashed) stay good, as after expiry.
    QProcessEnvironment first;
    first.insert(u"TOLLGATE_SESSION_KEY"_s, u"first-session-key-0123456789abcdef"_s);
    QVERIFY(start({}, first));
    Client::ApiClient client;
    client.setServer(m_server->url());
    QVERIFY(wait(client.signIn(u"root"_s, AdminPassword)).ok);
    const QByteArray firstRefresh = client.refreshToken();

    m_server.reset();
    QProcessEnvironment second;
    second.insert(u"TOLLGATE_SESSION_KEY"_s, u"second-session-key-0123456789abcdef"_s);
    QVERIFY(start({}, second));
    client.setServer(m_server->url());
    QSignalSpy tokens(&client, &Client::ApiClient::refreshTokenChanged);
    QSignalSpy signedOut(&client, &Client::ApiClient::signedOut);
    // Three calls at once: one refresh serves them all (a second refresh with the same token would
    // count as reuse and end the session).
    Outcome ra, rb, rc;
    watch(client.me(), ra);
    watch(client.users({}), rb);
    watch(client.me(), rc);
    QCOMPARE(client.inFlight(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(client.inFlight(), 0, 15'000);
    QVERIFY2(ra.ok, qPrintable(ra.error.describe()));
    QVERIFY2(rb.ok, qPrintable(rb.error.describe()));
    QVERIFY2(rc.ok, qPrintable(rc.error.describe()));
    QCOMPARE(tokens.size(), 1);
    QVERIFY(client.refreshToken() != firstRefresh);
    QCOMPARE(signedOut.size(), 0);
    QCOMPARE(client.inFlight(), 0);

    // The spent refresh token is refused now (rotation).
    Client::ApiClient other;
    other.setServer(m_server->url());
    const Outcome reused = wait(other.resumeSession(firstRefresh));
    QVERIFY(!reused.ok);
    QCOMPARE(reused.error.status, 401);
}

void TestClient::signOutRevokesTheSession()
{
    QVERIFY(start());
    Client::ApiClient client;
    client.setServer(m_server->url());
    QVERIFY(wait(client.signIn(u"root"_s, AdminPassword)).ok);
    const QByteArray refresh = client.refreshToken();
    QSignalSpy signedOut(&client, &Client::ApiClient::signedOut);
    QSignalSpy tokens(&client, &Client::ApiClient::refreshTokenChanged);
    const Outcome out = wait(client.signOut());
    QVERIFY2(out.ok, qPrintable(out.error.describe()));
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(tokens.at(0).at(0).toByteArray().isEmpty());
    QVERIFY(!client.isSignedIn());

    Client::ApiClient again;
    again.setServer(m_server->url());
    const Outcome resumed = wait(again.resumeSession(refresh));
    QVERIFY(!resumed.ok);
    QCOMPARE(resumed.error.status, 401);
}

void TestClient::signOutDuringRefreshStaysSignedOut()
{
    QProcessEnvironment first;
    first.insert(u"TOLLGATE_SESSION_KEY"_s, u"first-session-key-0123456789abcdef"_s);
    QVERIFY(start({}, first));
    Client::ApiClient client;
    client.setServer(m_server->url());
    QVERIFY(wait(client.signIn(u"root"_s, AdminPassword)).ok);
    m_server.reset();
    QProcessEnvironment second;
    second.insert(u"TOLLGATE_SESSION_KEY"_s, u"second-session-key-0123456789abcdef"_s);
    QVERIFY(start({}, second));
    client.setServer(m_server->url());

    // The refused call starts a refresh (two calls in flight); sign out right then.
    QSignalSpy signedOut(&client, &Client::ApiClient::signedOut);
    connect(&client, &Client::ApiClient::inFlightChanged, this, [&client](int count) {
        if (count == 2 && client.isSignedIn())
            client.signOut();
    });
    Outcome me;
    watch(client.me(), me);
    QTRY_COMPARE_WITH_TIMEOUT(client.inFlight(), 0, 15'000);
    QVERIFY(!me.ok);
    QCOMPARE(me.error.kind, Client::Error::Kind::SessionExpired);
    QVERIFY(!client.isSignedIn());
    QVERIFY(client.refreshToken().isEmpty());
    QCOMPARE(signedOut.size(), 1);
}

void TestClient::deactivatedUserLosesTheSession()
{
    QVERIFY(start());
    Client::ApiClient admin;
    admin.setServer(m_server->url());
    QVERIFY(wait(admin.signIn(u"root"_s, AdminPassword)).ok);
    const QString id = createUser(admin, u"dora"_s, u"user-password-1"_s);
    QVERIFY(!id.isEmpty());

    Client::ApiClient dora;
    dora.setServer(m_server->url());
    QVERIFY(wait(dora.signIn(u"dora"_s, u"user-password-1"_s)).ok);
    QVERIFY(wait(dora.me()).ok);

    const Outcome current = wait(admin.user(id));
    QVERIFY(wait(admin.updateUser(id, current.version, {{u"active"_s, false}})).ok);

    QSignalSpy signedOut(&dora, &Client::ApiClient::signedOut);
    const Outcome refused = wait(dora.me());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind, Client::Error::Kind::SessionExpired);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(signedOut.at(0).at(0).value<Client::Error>().kind, Client::Error::Kind::SessionExpired);
    QVERIFY(!dora.isSignedIn());
    QCOMPARE(dora.inFlight(), 0);
}

void TestClient::untrustedCertificateNeedsExplicitTrust()
{
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                 u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY(openssl.waitForFinished(30'000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    const QByteArray expected =
        QSslCertificate(certFile.readAll()).digest(QCryptographicHash::Sha256).toHex();

    QVERIFY(start({u"--tls-cert-file"_s, cert, u"--tls-key-file"_s, key}));
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(m_server->host());
    url.setPort(m_server->port());
    Client::ApiClient client;
    client.setServer(url);
    const Outcome refused = wait(client.readiness());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind, Client::Error::Kind::Tls);
    QCOMPARE(refused.error.certificateSha256, expected);
    QCOMPARE(refused.error.host, m_server->host());
    QVERIFY(!refused.error.tlsProblems.isEmpty());
    QVERIFY(Client::formatFingerprint(expected).contains(u':'));

    // A different fingerprint does not help; the right one does.
    client.trustCertificate(m_server->host(), QByteArray(64, 'a'));
    QCOMPARE(wait(client.readiness()).error.kind, Client::Error::Kind::Tls);
    client.trustCertificate(m_server->host(), expected);
    Outcome trusted = wait(client.readiness());
    // The TLS server is not waited for by startTollgateServer; its store may still be opening (503).
    for (int i = 0; i < 300 && !trusted.ok && trusted.error.status == 503; ++i) {
        QTest::qWait(50);
        trusted = wait(client.readiness());
    }
    QVERIFY2(trusted.ok, qPrintable(trusted.error.describe()));
    QCOMPARE(trusted.object.value("status"_L1).toString(), u"ready"_s);
    QVERIFY(wait(client.signIn(u"root"_s, AdminPassword)).ok);

    client.forgetCertificate(m_server->host(), expected);
    // A fresh client (new connections) refuses again once the trust is gone.
    Client::ApiClient fresh;
    fresh.setServer(url);
    QCOMPARE(wait(fresh.readiness()).error.kind, Client::Error::Kind::Tls);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
