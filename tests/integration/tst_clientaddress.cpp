// SPDX-License-Identifier: GPL-3.0-or-later
// The client address behind a reverse proxy, on the real tollgate-server over HTTP, SQLite and
// PostgreSQL. The test's own requests come from 127.0.0.1: with --trusted-proxies 127.0.0.1/32 it
// plays the OpenShift router, and the X-Forwarded-For it sends names the client that audit entries
// record and the sign-in limiter counts; without it the same headers are a client's spoof and are
// ignored.
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QTest>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

class TestClientAddress final : public QObject
{
    Q_OBJECT

public:
    explicit TestClientAddress(Backend backend)
        : m_backend(backend)
        , m_server({.logLevel = u"warning"_s})
    {}

private:
    Backend m_backend;
    ApiServer m_server;

    void startServer(const QStringList &arguments)
    {
        m_server.options().extraArguments = arguments;
        QString error;
        if (!m_server.start(m_backend, &error))
            QFAIL(qPrintable(error));
    }

    /// A failed sign-in as @p username, with X-Forwarded-For @p forwardedFor when not empty.
    RawResponse failLogin(const QString &username, const QByteArray &forwardedFor)
    {
        RawHeaders headers;
        if (!forwardedFor.isEmpty())
            headers.append({"x-forwarded-for", forwardedFor});
        return m_server.call("POST", "/api/v1/auth/login", {},
                             {{u"username"_s, username}, {u"password"_s, u"wrong-password-1"_s}}, headers);
    }

    /// The source address of the auth.login entry of @p username ("-" when there is none).
    QString loginSource(const QString &username)
    {
        for (const Store::AuditEntry &entry : m_server.audit(u"auth.login"_s)) {
            if (entry.actorName == username)
                return entry.sourceAddress;
        }
        return u"-"_s;
    }

private Q_SLOTS:
    void cleanup() { m_server.stop(); }

    void trustedProxyNamesTheClient()
    {
        startServer({u"--trusted-proxies"_s, u"127.0.0.1/32"_s});
        // The leftmost hop is the client's own claim; the rightmost untrusted one is what the
        // proxy saw.
        QCOMPARE(failLogin(u"mallory"_s, "198.51.100.1, 203.0.113.7").status, 401);
        QCOMPARE(loginSource(u"mallory"_s), u"203.0.113.7"_s);
        const RawResponse signedIn =
            m_server.call("POST", "/api/v1/auth/login", {},
                          {{u"username"_s, u"root"_s}, {u"password"_s, AdminPassword}},
                          {{"forwarded", "for=\"[2001:db8::5]:4711\";proto=https"}});
        QCOMPARE(signedIn.status, 200);
        bool found = false;
        for (const Store::AuditEntry &entry : m_server.audit(u"auth.login"_s))
            found = found || (entry.success && entry.sourceAddress == u"2001:db8::5"_s);
        QVERIFY(found);

        // 20 failures per address in the window (one more was mallory's): the 21st from that
        // client is refused, while another client behind the same proxy, and the proxy itself,
        // are not.
        for (int i = 0; i < 19; ++i)
            QCOMPARE(failLogin(u"guess-%1"_s.arg(i), "203.0.113.7").status, 401);
        const RawResponse limited = failLogin(u"guess-next"_s, "203.0.113.7");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after").isEmpty(), false);
        QCOMPARE(failLogin(u"guess-next"_s, "203.0.113.8").status, 401);
        QCOMPARE(failLogin(u"guess-other"_s, {}).status, 401);
        QVERIFY(!m_server.token(u"root"_s, AdminPassword).isEmpty());
        QCOMPARE(loginSource(u"guess-other"_s), u"127.0.0.1"_s);
    }

    void untrustedPeerCannotSpoof()
    {
        startServer({});
        QCOMPARE(failLogin(u"mallory"_s, "203.0.113.7").status, 401);
        QCOMPARE(loginSource(u"mallory"_s), u"127.0.0.1"_s);
        // A fresh address in every header does not escape the limit: they all count for the peer.
        for (int i = 0; i < 19; ++i)
            QCOMPARE(failLogin(u"guess-%1"_s.arg(i), "203.0.113.%1"_ba.replace("%1", QByteArray::number(10 + i)))
                         .status,
                     401);
        QCOMPARE(failLogin(u"guess-next"_s, "198.51.100.200").status, 429);
        QCOMPARE(loginSource(u"guess-0"_s), u"127.0.0.1"_s);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestClientAddress>(u"TestClientAddress"_s, argc, argv);
}

#include "tst_clientaddress.moc"
