// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP server against raw sockets: framing, keep-alive, limits, streaming, aborts, drain.
#include "gateway-core/http/server.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace Tollgate::Http;

namespace {

/// Reads from @p socket until @p done says the bytes so far are complete, or the timeout passes.
QByteArray readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &done,
                     int timeoutMs = 5000)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (!done(data) && timer.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(50)) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        data += socket.readAll();
    }
    return data;
}

int countResponses(const QByteArray &data)
{
    return int(data.count("HTTP/1.1 "));
}

} // namespace

class TestHttpServer final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<Router> m_router;
    std::unique_ptr<Server> m_server;
    std::atomic<int> m_aborted{0};
    std::atomic<int> m_hanging{0};
    std::atomic<int> m_slowStarted{0};
    std::atomic<int> m_slowDone{0};

    QTcpSocket *connectClient()
    {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket->waitForConnected(2000))
            qFatal("cannot connect");
        return socket;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_router = std::make_shared<Router>();
        m_router->add("GET", "/hello", [](Exchange &ex) { ex.respond(200, "text/plain", "hello"); });
        m_router->add("POST", "/echo", [](Exchange &ex) {
            ex.respond(200, "application/octet-stream", ex.request().body);
        });
        m_router->add("GET", "/headers", [](Exchange &ex) {
            ex.respond(200, "text/plain",
                       ex.request().header("x-test") + "|" + ex.request().queryItem("q") + "|"
                           + ex.request().requestId);
        });
        m_router->addPrefix("GET", "/files/", [](Exchange &ex) {
            ex.respond(200, "text/plain", "prefix:" + ex.request().path);
        });
        m_router->add("GET", "/later", [](Exchange &ex) {
            QPointer<Exchange> p(&ex);
            QTimer::singleShot(100, &ex, [p] {
                if (p)
                    p->respond(200, "text/plain", "later");
            });
        });
        m_router->add("GET", "/stream", [](Exchange &ex) {
            ex.startStream(200, {{"content-type", "text/event-stream"}});
            QPointer<Exchange> p(&ex);
            auto *timer = new QTimer(&ex);
            auto sent = std::make_shared<int>(0);
            QObject::connect(timer, &QTimer::timeout, &ex, [p, sent, timer] {
                if (!p)
                    return;
                p->write("data: " + QByteArray::number((*sent)++) + "\n\n");
                if (*sent == 3) {
                    timer->stop();
                    p->finish();
                }
            });
            timer->start(20);
        });
        m_router->add("GET", "/hang", [this](Exchange &ex) {
            // Never answers: only the client going away ends it.
            QObject::connect(&ex, &Exchange::aborted, &ex, [this] { ++m_aborted; });
            ++m_hanging;
        });
        m_router->add("GET", "/slow", [this](Exchange &ex) {
            ++m_slowStarted;
            QPointer<Exchange> p(&ex);
            // Long enough that a loaded test thread still calls drain() before the answer.
            QTimer::singleShot(1000, &ex, [this, p] {
                if (p) {
                    // Counted before responding: the client may read the answer before
                    // this worker thread returns from respond().
                    ++m_slowDone;
                    p->respond(200, "text/plain", "slow");
                }
            });
        });
        ServerOptions options;
        options.workers = 2;
        options.maxBodyBytes = 1024;
        options.maxHeaderBytes = 2048;
        options.headerTimeoutMs = 1000;
        options.bodyTimeoutMs = 1000;
        m_server = std::make_unique<Server>(m_router, options);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->workerCount(), 2);
    }

    void aTakenPortIsAnError()
    {
        // SO_REUSEPORT must not let a second server quietly share a port.
        Server second(m_router, {});
        QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));
        QVERIFY2(second.errorString().contains(u"in use"), qPrintable(second.errorString()));
    }

    void simpleGetKeepsAlive()
    {
        QTcpSocket *s = connectClient();
        for (int i = 0; i < 3; ++i) {
            s->write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
            const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("hello"); });
            QVERIFY2(r.startsWith("HTTP/1.1 200 OK\r\n"), r.constData());
            QVERIFY(r.contains("content-length: 5\r\n"));
            QVERIFY(r.contains("x-request-id: "));
            QVERIFY(!r.contains("connection: close"));
        }
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
    }

    void pipelinedRequestsAnswerInOrder()
    {
        QTcpSocket *s = connectClient();
        s->write("GET /later HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return countResponses(d) == 3 && d.endsWith("abcd"); });
        QCOMPARE(countResponses(r), 3);
        const qsizetype later = r.indexOf("later");
        const qsizetype hello = r.indexOf("hello");
        const qsizetype echo = r.indexOf("abcd");
        QVERIFY(later > 0 && later < hello && hello < echo);
    }

    void headersQueryAndRequestId()
    {
        QTcpSocket *s = connectClient();
        s->write("GET /headers?q=a%20b&z=1 HTTP/1.1\r\nHost: x\r\nX-Test:  value \r\nX-Request-Id: abc-123\r\n\r\n");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("abc-123"); });
        QVERIFY2(r.endsWith("value|a b|abc-123"), r.constData());
        QVERIFY(r.contains("x-request-id: abc-123\r\n"));
        // An unsafe client id is replaced, not echoed.
        s->write("GET /headers HTTP/1.1\r\nHost: x\r\nX-Request-Id: a b\"<\r\n\r\n");
        const QByteArray r2 = readUntil(*s, [](const QByteArray &d) { return d.contains("\r\n\r\n") && d.count('|') == 2; });
        QVERIFY(!r2.contains("a b\"<"));
    }

    void prefixRouteAndMethodNotAllowed()
    {
        QTcpSocket *s = connectClient();
        s->write("GET /files/a/b HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readUntil(*s, [](const QByteArray &d) { return d.endsWith("prefix:/files/a/b"); }).endsWith("prefix:/files/a/b"));
        s->write("DELETE /hello HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("}"); });
        QVERIFY2(r.startsWith("HTTP/1.1 405"), r.constData());
        QVERIFY(r.contains("allow: GET\r\n"));
        QVERIFY(r.contains("\"code\":\"method_not_allowed\""));
        s->write("GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readUntil(*s, [](const QByteArray &d) { return d.endsWith("}"); }).startsWith("HTTP/1.1 404"));
    }

    void chunkedRequestBody()
    {
        QTcpSocket *s = connectClient();
        s->write("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("abcde"); });
        QVERIFY2(r.endsWith("\r\n\r\nabcde"), r.constData());
    }

    void expectContinue()
    {
        QTcpSocket *s = connectClient();
        s->write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
        const QByteArray interim = readUntil(*s, [](const QByteArray &d) { return d.contains("\r\n\r\n"); });
        QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        s->write("xyz");
        QVERIFY(readUntil(*s, [](const QByteArray &d) { return d.endsWith("xyz"); }).startsWith("HTTP/1.1 200"));
    }

    void bodyTooLarge()
    {
        QTcpSocket *s = connectClient();
        s->write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("}"); });
        QVERIFY2(r.startsWith("HTTP/1.1 413"), r.constData());
        QVERIFY(r.contains("request_too_large"));
        // Chunked bodies are counted as they arrive.
        QTcpSocket *c = connectClient();
        c->write("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 3; ++i)
            c->write("200\r\n" + QByteArray(512, 'a') + "\r\n");
        QVERIFY(readUntil(*c, [](const QByteArray &d) { return d.endsWith("}"); }).startsWith("HTTP/1.1 413"));
    }

    void headersTooLarge()
    {
        QTcpSocket *s = connectClient();
        s->write("GET /hello HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(4096, 'b') + "\r\n\r\n");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("}"); });
        QVERIFY2(r.startsWith("HTTP/1.1 431"), r.constData());
    }

    void malformedRequest()
    {
        QTcpSocket *s = connectClient();
        s->write("NOT HTTP AT ALL\r\n\r\n");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("}"); });
        QVERIFY2(r.startsWith("HTTP/1.1 400"), r.constData());
        QVERIFY(s->waitForDisconnected(2000) || s->state() == QAbstractSocket::UnconnectedState);
    }

    void slowHeadersTimeOut()
    {
        QTcpSocket *s = connectClient();
        s->write("GET /hello HTTP/1.1\r\nHost: x\r\n"); // never finished
        QElapsedTimer t;
        t.start();
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("}"); }, 5000);
        QVERIFY2(r.startsWith("HTTP/1.1 408"), r.constData());
        QVERIFY(t.elapsed() >= 900);
    }

    void streamingResponseIsChunked()
    {
        QTcpSocket *s = connectClient();
        s->write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("\r\n0\r\n\r\n"); });
        QVERIFY(r.contains("transfer-encoding: chunked\r\n"));
        QVERIFY(r.contains("9\r\ndata: 0\n\n\r\n9\r\ndata: 1\n\n\r\n9\r\ndata: 2\n\n\r\n0\r\n\r\n"));
        // The connection stays usable after the stream.
        s->write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readUntil(*s, [](const QByteArray &d) { return d.endsWith("hello"); }).endsWith("hello"));
    }

    void clientAbortIsSignalled()
    {
        const int before = m_aborted;
        const int hanging = m_hanging;
        QTcpSocket *s = connectClient();
        s->write("GET /hang HTTP/1.1\r\nHost: x\r\n\r\n");
        // The handler must be running before the client goes, or there is nothing to abort.
        QTRY_COMPARE_WITH_TIMEOUT(m_hanging.load(), hanging + 1, 10'000);
        s->abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_aborted.load(), before + 1, 10'000);
    }

    void connectionCloseIsHonoured()
    {
        QTcpSocket *s = connectClient();
        s->write("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const QByteArray r = readUntil(*s, [](const QByteArray &d) { return d.endsWith("hello"); });
        QVERIFY(r.contains("connection: close\r\n"));
        QVERIFY(s->state() == QAbstractSocket::UnconnectedState || s->waitForDisconnected(2000));
    }

    void corsPreflightAndHeaders()
    {
        ServerOptions options;
        options.workers = 1;
        options.corsOrigins = {"https://portal.example"};
        Server server(m_router, options);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(s.waitForConnected(2000));
        s.write("OPTIONS /echo HTTP/1.1\r\nHost: x\r\nOrigin: https://portal.example\r\n"
                "Access-Control-Request-Method: POST\r\n\r\n");
        const QByteArray pre = readUntil(s, [](const QByteArray &d) { return d.contains("\r\n\r\n"); });
        QVERIFY2(pre.startsWith("HTTP/1.1 204"), pre.constData());
        QVERIFY(pre.contains("access-control-allow-origin: https://portal.example\r\n"));
        QVERIFY(pre.contains("access-control-allow-headers: authorization"));
        s.write("GET /hello HTTP/1.1\r\nHost: x\r\nOrigin: https://evil.example\r\n\r\n");
        const QByteArray other = readUntil(s, [](const QByteArray &d) { return d.endsWith("hello"); });
        QVERIFY(!other.contains("access-control-allow-origin"));
    }

    void servesHttps()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QString error;
        ServerOptions options;
        options.workers = 1;
        options.tls = loadServerTls(cert, key, &error);
        QVERIFY2(options.tls, qPrintable(error));
        QVERIFY(!loadServerTls(key, key, &error));
        QVERIFY(error.contains(u"certificate"));
        Server server(m_router, options);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSslSocket s;
        s.setPeerVerifyMode(QSslSocket::VerifyNone);
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY2(s.waitForEncrypted(5000), qPrintable(s.errorString()));
        s.write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray r = readUntil(s, [](const QByteArray &d) { return d.endsWith("hello"); });
        QVERIFY2(r.startsWith("HTTP/1.1 200"), r.constData());
        // Plain HTTP to the TLS port is not answered as HTTP.
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(plain.waitForConnected(2000));
        plain.write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(!readUntil(plain, [](const QByteArray &d) { return d.endsWith("hello"); }, 1500).endsWith("hello"));
    }

    void drainFinishesInFlightThenStops()
    {
        const int before = m_slowDone;
        const int started = m_slowStarted;
        QTcpSocket *busy = connectClient();
        QTcpSocket *idle = connectClient();
        busy->write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
        // In flight means its handler runs; before that the connection would count as idle.
        QTRY_COMPARE_WITH_TIMEOUT(m_slowStarted.load(), started + 1, 10'000);
        QSignalSpy drained(m_server.get(), &Server::drained);
        m_server->drain(5000);
        const QByteArray r = readUntil(*busy, [](const QByteArray &d) { return d.endsWith("slow"); }, 10'000);
        QVERIFY2(r.startsWith("HTTP/1.1 200"), r.constData());
        QVERIFY(r.contains("connection: close"));
        QCOMPARE(m_slowDone.load(), before + 1);
        QVERIFY(idle->state() == QAbstractSocket::UnconnectedState || idle->waitForDisconnected(10'000));
        QVERIFY(drained.count() == 1 || drained.wait(10'000));
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(!late.waitForConnected(500) || !late.waitForReadyRead(300));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
