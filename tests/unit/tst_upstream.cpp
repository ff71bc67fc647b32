// SPDX-License-Identifier: GPL-3.0-or-later
// The upstream client pool against a real Tollgate HTTP server and hand-scripted raw sockets.
#include "gateway-core/http/server.h"
#include "gateway-core/http/upstreampool.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Tollgate::Http;

namespace {

/// Everything one call emitted, in order, for the exactly-once checks.
struct Recorder
{
    QObject context;
    QElapsedTimer clock;
    QPointer<UpstreamCall> call;
    int status = 0;
    Headers headers;
    QByteArray body;
    int started = 0;
    int chunks = 0;
    int chunksBeforeStart = 0;
    int finished = 0;
    int failed = 0;
    int afterEnd = 0; ///< any signal after finished/failed
    UpstreamError error;
    qint64 firstChunkMs = -1;
    qint64 endMs = -1;
    std::function<void(Recorder &)> onStarted;
    std::function<void(Recorder &)> onChunk;

    explicit Recorder(UpstreamCall *c)
        : call(c)
    {
        clock.start();
        QObject::connect(c, &UpstreamCall::responseStarted, &context, [this](int s, const Headers &h) {
            afterEnd += ended() ? 1 : 0;
            ++started;
            status = s;
            headers = h;
            if (onStarted)
                onStarted(*this);
        });
        QObject::connect(c, &UpstreamCall::bodyData, &context, [this](const QByteArray &d) {
            afterEnd += ended() ? 1 : 0;
            chunksBeforeStart += started == 0 ? 1 : 0;
            if (firstChunkMs < 0)
                firstChunkMs = clock.elapsed();
            ++chunks;
            body += d;
            if (onChunk)
                onChunk(*this);
        });
        QObject::connect(c, &UpstreamCall::finished, &context, [this] {
            afterEnd += ended() ? 1 : 0;
            ++finished;
            endMs = clock.elapsed();
        });
        QObject::connect(c, &UpstreamCall::failed, &context, [this](const UpstreamError &e) {
            afterEnd += ended() ? 1 : 0;
            ++failed;
            error = e;
            endMs = clock.elapsed();
        });
    }
    bool ended() const { return finished + failed > 0; }
    bool wait(int ms = 10'000) { return QTest::qWaitFor([this] { return ended(); }, ms); }
    QByteArray header(QByteArrayView name) const
    {
        for (const Header &h : headers) {
            if (h.name == name)
                return h.value;
        }
        return {};
    }
};

/// Exactly one terminal signal, nothing after it, no body before the head.
#define CHECK_CONTRACT(r)                                                                                    \
    do {                                                                                                     \
        QCOMPARE((r).finished + (r).failed, 1);                                                              \
        QCOMPARE((r).afterEnd, 0);                                                                           \
        QCOMPARE((r).chunksBeforeStart, 0);                                                                  \
        QVERIFY((r).started <= 1);                                                                           \
    } while (false)

/// A raw TCP server on 127.0.0.1 that runs @c onRequest for every complete request head.
class ScriptServer final : public QObject
{
public:
    using Script = std::function<void(QTcpSocket *socket, int connection, int request)>;

    explicit ScriptServer(Script script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                const int index = accepted++;
                auto *buffer = new QByteArray;
                auto *requests = new int(0);
                QObject::connect(s, &QObject::destroyed, this, [buffer, requests] {
                    delete buffer;
                    delete requests;
                });
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, index, buffer, requests] {
                    *buffer += s->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        buffer->remove(0, end + 4);
                        m_script(s, index, (*requests)++);
                        if (s->state() != QAbstractSocket::ConnectedState)
                            return;
                    }
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QByteArray url(QByteArrayView path = "/") const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + path.toByteArray();
    }
    int accepted = 0;

private:
    QTcpServer m_server;
    Script m_script;
};

UpstreamRequest get(const QByteArray &url)
{
    UpstreamRequest r;
    r.method = "GET";
    r.url = url;
    return r;
}

} // namespace

class TestUpstream final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<Router> m_router;
    std::unique_ptr<Server> m_server;
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_maxInFlight{0};
    std::atomic<int> m_streamAborted{0};

    QByteArray url(QByteArrayView path) const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_server->port()) + path.toByteArray();
    }

    static void streamChunks(Exchange &ex, int count, int intervalMs, std::atomic<int> *aborted)
    {
        ex.startStream(200, {{"content-type", "text/plain"}});
        QPointer<Exchange> p(&ex);
        QObject::connect(&ex, &Exchange::aborted, &ex, [aborted] { aborted->fetch_add(1); });
        auto *timer = new QTimer(&ex);
        auto *sent = new int(0);
        QObject::connect(timer, &QObject::destroyed, timer, [sent] { delete sent; });
        QObject::connect(timer, &QTimer::timeout, &ex, [p, timer, sent, count] {
            if (!p || !p->isOpen())
                return timer->stop();
            p->write("chunk " + QByteArray::number((*sent)++) + "\n");
            if (*sent == count) {
                timer->stop();
                p->finish();
            }
        });
        timer->start(intervalMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_router = std::make_shared<Router>();
        m_router->add("POST", "/echo", [](Exchange &ex) {
            ex.respond(200, "application/octet-stream", ex.request().body);
        });
        m_router->add("GET", "/chunked", [](Exchange &ex) {
            ex.startStream(200, {{"content-type", "text/plain"}});
            ex.write("alpha,");
            ex.write("beta,");
            ex.write("gamma");
            ex.finish();
        });
        m_router->add("GET", "/stream", [this](Exchange &ex) {
            streamChunks(ex, ex.request().queryItem("n").toInt(), ex.request().queryItem("ms").toInt(),
                         &m_streamAborted);
        });
        m_router->add("GET", "/big", [](Exchange &ex) {
            ex.startStream(200, {{"content-type", "application/octet-stream"}});
            for (int i = 0; i < 64; ++i)
                ex.write(QByteArray(32 * 1024, char('a' + i % 26)));
            ex.finish();
        });
        m_router->add("GET", "/slow", [this](Exchange &ex) {
            const int now = m_inFlight.fetch_add(1) + 1;
            int seen = m_maxInFlight.load();
            while (now > seen && !m_maxInFlight.compare_exchange_weak(seen, now)) {
            }
            QPointer<Exchange> p(&ex);
            // Long enough for all four pooled connections to be in here at once on a loaded machine.
            QTimer::singleShot(400, &ex, [this, p] {
                m_inFlight.fetch_sub(1);
                if (p)
                    p->respond(200, "text/plain", "slow");
            });
        });
        ServerOptions options;
        options.workers = 1; // connection counts below are per server
        m_server = std::make_unique<Server>(m_router, options);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
    }

    void originParsing_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("basePath");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("plain") << QByteArray("http://vllm:8000/v1/") << true << false << QByteArray("vllm") << 8000
                               << QByteArray("/v1") << QByteArray("http://vllm:8000");
        QTest::newRow("https default port") << QByteArray("HTTPS://model.apps.example") << true << true
                                            << QByteArray("model.apps.example") << 443 << QByteArray()
                                            << QByteArray("HTTPS://model.apps.example");
        QTest::newRow("ipv6") << QByteArray("http://[::1]:9000/openai/v1") << true << false << QByteArray("::1")
                              << 9000 << QByteArray("/openai/v1") << QByteArray("http://[::1]:9000");
        QTest::newRow("no scheme") << QByteArray("vllm:8000/v1") << false << false << QByteArray() << 0
                                   << QByteArray() << QByteArray();
        QTest::newRow("bad port") << QByteArray("http://vllm:99999") << false << false << QByteArray() << 0
                                  << QByteArray() << QByteArray();
        QTest::newRow("credentials") << QByteArray("http://u:p@vllm/") << false << false << QByteArray() << 0
                                     << QByteArray() << QByteArray();
    }
    void originParsing()
    {
        QFETCH(QByteArray, url);
        QFETCH(bool, valid);
        const UpstreamOrigin o = UpstreamOrigin::fromUrl(url);
        QCOMPARE(o.isValid(), valid);
        if (!valid)
            return;
        QTEST(o.tls, "tls");
        QTEST(o.host, "host");
        QTEST(int(o.port), "port");
        QTEST(o.basePath, "basePath");
        QTEST(o.key, "key");
    }

    void keepAliveReuse()
    {
        UpstreamPool pool;
        const int before = m_server->connectionCount();
        UpstreamRequest request;
        request.origin = UpstreamOrigin::fromUrl(url("/"));
        request.target = "/echo";
        int ok = 0;
        int reused = 0;
        for (int i = 0; i < 100; ++i) {
            request.body = "request " + QByteArray::number(i);
            UpstreamCall *call = pool.send(request);
            Recorder r(call);
            QVERIFY(r.wait());
            CHECK_CONTRACT(r);
            QCOMPARE(r.status, 200);
            ok += r.body == request.body ? 1 : 0;
            reused += (call && call->reusedConnection()) ? 1 : 0;
        }
        QCOMPARE(ok, 100);
        QCOMPARE(pool.connectionsOpened(), 1);
        QCOMPARE(pool.stats().reusedRequests, 99u);
        QCOMPARE(pool.stats().idle, 1);
        QCOMPARE(m_server->connectionCount() - before, 1);
    }

    void poolSizeCap()
    {
        UpstreamPoolOptions options;
        options.maxConnectionsPerOrigin = 4;
        UpstreamPool pool(options);
        m_maxInFlight = 0;
        std::vector<std::unique_ptr<Recorder>> recorders;
        for (int i = 0; i < 12; ++i)
            recorders.push_back(std::make_unique<Recorder>(pool.send(get(url("/slow")))));
        QCOMPARE(pool.stats().waiting, 8);
        QVERIFY(QTest::qWaitFor([&] {
            for (const auto &r : recorders) {
                if (!r->ended())
                    return false;
            }
            return true;
        }, 10000));
        for (const auto &r : recorders) {
            CHECK_CONTRACT(*r);
            QCOMPARE(r->finished, 1);
            QCOMPARE(r->body, QByteArray("slow"));
        }
        QCOMPARE(pool.connectionsOpened(), 4);
        QVERIFY(m_maxInFlight.load() <= 4);
        QCOMPARE(m_maxInFlight.load(), 4);
    }

    void contentLengthAndChunked()
    {
        UpstreamPool pool;
        UpstreamRequest post;
        post.url = url("/echo");
        post.body = QByteArray(300 * 1024, 'x'); // larger than the inline limit and the read buffer
        post.body[12345] = 'y';
        Recorder big(pool.send(post));
        QVERIFY(big.wait());
        CHECK_CONTRACT(big);
        QCOMPARE(big.finished, 1);
        QCOMPARE(big.header("content-length"), QByteArray::number(post.body.size()));
        QVERIFY(big.body == post.body);

        Recorder chunked(pool.send(get(url("/chunked"))));
        QVERIFY(chunked.wait());
        CHECK_CONTRACT(chunked);
        QCOMPARE(chunked.finished, 1);
        QCOMPARE(chunked.header("transfer-encoding"), QByteArray("chunked"));
        QCOMPARE(chunked.body, QByteArray("alpha,beta,gamma"));
        QCOMPARE(pool.connectionsOpened(), 1);
    }

    void eofTerminatedBody()
    {
        ScriptServer script([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nuntil the end");
            s->disconnectFromHost();
        });
        UpstreamPool pool;
        Recorder r(pool.send(get(script.url())));
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.body, QByteArray("until the end"));
        QCOMPARE(pool.stats().idle, 0); // never reused
    }

    void streamingIsIncremental()
    {
        UpstreamPool pool;
        Recorder r(pool.send(get(url("/stream?n=5&ms=150"))));
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.body, QByteArray("chunk 0\nchunk 1\nchunk 2\nchunk 3\nchunk 4\n"));
        QVERIFY2(r.chunks >= 3, qPrintable(QString::number(r.chunks)));
        QVERIFY(r.firstChunkMs >= 0 && r.endMs - r.firstChunkMs >= 200);
    }

    void pauseAndResume()
    {
        UpstreamPool pool;
        Recorder r(pool.send(get(url("/big"))));
        r.onStarted = [](Recorder &rec) { rec.call->pauseReading(); };
        QVERIFY(QTest::qWaitFor([&] { return r.started == 1; }, 10'000));
        QTest::qWait(300);
        QCOMPARE(r.chunks, 0); // held back while paused
        QVERIFY(!r.ended());
        r.call->resumeReading();
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.body.size(), 64 * 32 * 1024);
        for (int i = 0; i < 64; ++i)
            QCOMPARE(r.body.at(i * 32 * 1024), char('a' + i % 26));
    }

    void pauseMidStream()
    {
        // Pause inside bodyData, resume later: nothing is lost or reordered.
        UpstreamPool pool;
        Recorder r(pool.send(get(url("/stream?n=6&ms=30"))));
        r.onChunk = [](Recorder &rec) {
            if (rec.chunks != 1)
                return;
            rec.call->pauseReading();
            QPointer<UpstreamCall> c = rec.call;
            QTimer::singleShot(300, &rec.context, [c] {
                if (c)
                    c->resumeReading();
            });
        };
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.finished, 1);
        QCOMPARE(r.body, QByteArray("chunk 0\nchunk 1\nchunk 2\nchunk 3\nchunk 4\nchunk 5\n"));
        QVERIFY(r.endMs >= 300);
    }

    void connectRefused()
    {
        quint16 port;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        UpstreamPool pool;
        Recorder r(pool.send(get("http://127.0.0.1:" + QByteArray::number(port) + "/")));
        QVERIFY(r.wait(10'000));
        CHECK_CONTRACT(r);
        QCOMPARE(r.error.code, UpstreamErrorCode::ConnectFailed);
        QVERIFY(r.error.beforeResponse());
        QVERIFY(r.error.isConnectLevel());
        QVERIFY2(r.endMs < 4000, qPrintable(QString::number(r.endMs))); // at once, not at the 5 s connect timeout
        QCOMPARE(pool.stats().open, 0);
    }

    void invalidUrl()
    {
        UpstreamPool pool;
        UpstreamCall *call = pool.send(get("ftp://example/"));
        Recorder r(call); // connected after send(): the failure must not have been emitted yet
        QVERIFY(r.wait(1000));
        CHECK_CONTRACT(r);
        QCOMPARE(r.error.code, UpstreamErrorCode::ConnectFailed);
    }

    void connectTimeout()
    {
        // Loopback refuses or accepts at once; a listener with a full accept queue (backlog 0, never
        // accepting) makes the kernel drop further SYNs, so the connect hangs as on a dead network.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0);
        QVERIFY(::listen(fd, 0) == 0);
        socklen_t len = sizeof a;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
        const quint16 port = ntohs(a.sin_port);
        std::vector<std::unique_ptr<QTcpSocket>> fillers;
        for (int i = 0; i < 3; ++i) {
            fillers.push_back(std::make_unique<QTcpSocket>());
            fillers.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        QTest::qWait(200);

        UpstreamPool pool;
        UpstreamRequest request = get("http://127.0.0.1:" + QByteArray::number(port) + "/");
        request.connectTimeoutMs = 300;
        Recorder r(pool.send(request));
        QVERIFY(r.wait(3000));
        ::close(fd);
        CHECK_CONTRACT(r);
        if (r.error.code != UpstreamErrorCode::ConnectTimeout)
            QSKIP("this kernel did not hold the connect back; cannot simulate a connect timeout on loopback");
        QVERIFY(r.endMs >= 290);
        QCOMPARE(pool.stats().open, 0);
    }

    void queuedRequestTimesOut()
    {
        // With one slot busy, a queued call's connect timeout covers its wait for a slot.
        UpstreamPoolOptions options;
        options.maxConnectionsPerOrigin = 1;
        UpstreamPool pool(options);
        Recorder first(pool.send(get(url("/stream?n=10&ms=100"))));
        UpstreamRequest second = get(url("/chunked"));
        second.connectTimeoutMs = 200;
        Recorder queued(pool.send(second));
        QVERIFY(queued.wait());
        CHECK_CONTRACT(queued);
        QCOMPARE(queued.error.code, UpstreamErrorCode::ConnectTimeout);
        QCOMPARE(pool.stats().waiting, 0);
        first.call->cancel();
    }

    void firstByteTimeout()
    {
        ScriptServer script([](QTcpSocket *, int, int) {}); // reads and never answers
        UpstreamPool pool;
        UpstreamRequest request = get(script.url());
        request.firstByteTimeoutMs = 300;
        Recorder r(pool.send(request));
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.error.code, UpstreamErrorCode::FirstByteTimeout);
        QVERIFY(r.error.beforeResponse());
        QVERIFY(r.error.isTimeout());
        QVERIFY(r.endMs >= 290);
        QCOMPARE(pool.stats().open, 0);
    }

    void idleTimeoutMidBody()
    {
        ScriptServer script([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly ten b");
        });
        UpstreamPool pool;
        UpstreamRequest request = get(script.url());
        request.idleTimeoutMs = 300;
        Recorder r(pool.send(request));
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.started, 1);
        QCOMPARE(r.body, QByteArray("only ten b"));
        QCOMPARE(r.error.code, UpstreamErrorCode::IdleTimeout);
        QVERIFY(!r.error.beforeResponse());
        QCOMPARE(pool.stats().open, 0);
    }

    void totalDeadline()
    {
        UpstreamPool pool;
        UpstreamRequest request = get(url("/stream?n=20&ms=50"));
        request.totalTimeoutMs = 600; // the stream needs 1 s; its first chunk comes after 50 ms
        Recorder r(pool.send(request));
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.error.code, UpstreamErrorCode::DeadlineExceeded);
        QVERIFY(r.chunks >= 1);
    }

    void closedMidBody()
    {
        ScriptServer script([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n");
            s->flush();
            s->disconnectFromHost();
        });
        UpstreamPool pool;
        Recorder r(pool.send(get(script.url())));
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.body, QByteArray("hello"));
        QCOMPARE(r.error.code, UpstreamErrorCode::ConnectionReset);
        QVERIFY(r.error.responseStarted);
    }

    void closedBeforeAnswerOnFreshConnection()
    {
        // Only a reused connection earns a retry; a fresh one closing at once is the server's answer.
        ScriptServer script([](QTcpSocket *s, int, int) { s->disconnectFromHost(); });
        UpstreamPool pool;
        Recorder r(pool.send(get(script.url())));
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.error.code, UpstreamErrorCode::ConnectionReset);
        QVERIFY(r.error.beforeResponse());
        QCOMPARE(script.accepted, 1);
    }

    void malformedResponse()
    {
        ScriptServer script([](QTcpSocket *s, int, int) { s->write("HTTX/1.1 200 OK\r\n\r\n"); });
        UpstreamPool pool;
        Recorder r(pool.send(get(script.url())));
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.error.code, UpstreamErrorCode::ProtocolError);
        QCOMPARE(pool.stats().open, 0);
    }

    void connectionCloseNotReused()
    {
        ScriptServer script([](QTcpSocket *s, int, int) {
            s->write("HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok");
        });
        UpstreamPool pool;
        for (int i = 0; i < 3; ++i) {
            Recorder r(pool.send(get(script.url())));
            QVERIFY(r.wait());
            CHECK_CONTRACT(r);
            QCOMPARE(r.body, QByteArray("ok"));
        }
        QCOMPARE(pool.connectionsOpened(), 3);
        QCOMPARE(pool.stats().open, 0);
    }

    void cancelMidStream()
    {
        m_streamAborted = 0;
        UpstreamPool pool;
        Recorder r(pool.send(get(url("/stream?n=50&ms=40"))));
        r.onChunk = [](Recorder &rec) {
            if (rec.chunks == 2)
                rec.call->cancel();
        };
        QVERIFY(QTest::qWaitFor([&] { return r.chunks >= 2; }, 10'000));
        QVERIFY(QTest::qWaitFor([&] { return m_streamAborted.load() == 1; }, 10'000)); // the server saw it go
        QTest::qWait(200);
        // cancel() is silent: the caller already knows, and no late bodyData reaches it.
        QCOMPARE(r.chunks, 2);
        QCOMPARE(r.finished + r.failed, 0);
        QVERIFY(!r.call); // deleted itself
        QCOMPARE(pool.stats().open, 0);
    }

    void deleteInSlot()
    {
        // Deleting the call from its own signal is allowed.
        UpstreamPool pool;
        Recorder r(pool.send(get(url("/stream?n=10&ms=20"))));
        r.onChunk = [](Recorder &rec) { delete rec.call.data(); };
        QVERIFY(QTest::qWaitFor([&] { return r.chunks >= 1; }, 10'000));
        QTest::qWait(100);
        QCOMPARE(r.chunks, 1);
        QCOMPARE(r.finished + r.failed, 0);
        QCOMPARE(pool.stats().open, 0);
    }

    void listenerHearsEventsBeforeTheSignals()
    {
        // The proxy's direct listener: the same events, in the same order, each just before its
        // signal; a listener that cancels from a callback hears nothing more, nor do the slots.
        struct Log final : UpstreamListener
        {
            QStringList *events;
            std::function<void()> onBody;
            void upstreamResponseStarted(int status, const Headers &) override
            {
                events->append(QStringLiteral("listener started %1").arg(status));
            }
            void upstreamBodyData(const QByteArray &) override
            {
                events->append(QStringLiteral("listener body"));
                if (onBody)
                    onBody();
            }
            void upstreamFinished() override { events->append(QStringLiteral("listener finished")); }
            void upstreamFailed(const UpstreamError &e) override
            {
                events->append(QStringLiteral("listener failed ") + QString::fromLatin1(e.codeName()));
            }
        };
        UpstreamPool pool;
        QStringList events;
        Log log;
        log.events = &events;
        UpstreamCall *call = pool.send(get(url("/stream?n=3&ms=20")));
        call->setListener(&log);
        Recorder r(call);
        r.onStarted = [&events](Recorder &rec) { events.append(QStringLiteral("signal started %1").arg(rec.status)); };
        r.onChunk = [&events](Recorder &) { events.append(QStringLiteral("signal body")); };
        QVERIFY(r.wait());
        CHECK_CONTRACT(r);
        QCOMPARE(r.finished, 1);
        QCOMPARE(events.first(), QStringLiteral("listener started 200"));
        QCOMPARE(events.at(1), QStringLiteral("signal started 200"));
        QCOMPARE(events.last(), QStringLiteral("listener finished"));
        QCOMPARE(events.count(QStringLiteral("listener body")), r.chunks);
        for (qsizetype i = 0; i + 1 < events.size(); ++i) {
            if (events.at(i) == QStringLiteral("listener body"))
                QCOMPARE(events.at(i + 1), QStringLiteral("signal body"));
        }

        // A failure reported from inside send() reaches the listener set after it.
        events.clear();
        UpstreamCall *bad = pool.send(get("ftp://example/"));
        bad->setListener(&log);
        Recorder failed(bad);
        QVERIFY(failed.wait(1000));
        QCOMPARE(events, QStringList{QStringLiteral("listener failed connect_failed")});
        QCOMPARE(failed.failed, 1);

        // Cancelled from the listener: no signal for that chunk, nothing after it.
        events.clear();
        UpstreamCall *cancelled = pool.send(get(url("/stream?n=10&ms=20")));
        cancelled->setListener(&log);
        log.onBody = [cancelled] { cancelled->cancel(); };
        Recorder quiet(cancelled);
        QVERIFY(QTest::qWaitFor([&events] { return events.contains(QStringLiteral("listener body")); }, 5000));
        QTest::qWait(200);
        QCOMPARE(events.count(QStringLiteral("listener body")), 1);
        QCOMPARE(quiet.chunks, 0);
        QCOMPARE(quiet.finished + quiet.failed, 0);
    }

    void staleKeepAliveIsRetried()
    {
        // Connection 0 answers once, then closes when the second request arrives, as a server whose
        // keep-alive timer fired just as we wrote. The retry on connection 1 must be invisible.
        ScriptServer script([](QTcpSocket *s, int connection, int request) {
            if (connection == 0 && request == 1) {
                s->abort();
                return;
            }
            s->write("HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nfresh");
        });
        UpstreamPool pool;
        Recorder first(pool.send(get(script.url())));
        QVERIFY(first.wait());
        CHECK_CONTRACT(first);
        UpstreamCall *call = pool.send(get(script.url()));
        QVERIFY(call->reusedConnection());
        Recorder second(call);
        QVERIFY(second.wait());
        CHECK_CONTRACT(second);
        QCOMPARE(second.finished, 1);
        QCOMPARE(second.body, QByteArray("fresh"));
        QCOMPARE(script.accepted, 2);
        QCOMPARE(pool.stats().retries, 1u);
    }

    void idleConnectionsExpire()
    {
        UpstreamPoolOptions options;
        options.idleTimeoutMs = 200;
        UpstreamPool pool(options);
        Recorder r(pool.send(get(url("/chunked"))));
        QVERIFY(r.wait());
        QCOMPARE(pool.stats().idle, 1);
        QVERIFY(QTest::qWaitFor([&] { return pool.stats().open == 0; }, 10'000));
        Recorder again(pool.send(get(url("/chunked"))));
        QVERIFY(again.wait());
        CHECK_CONTRACT(again);
        QCOMPARE(pool.connectionsOpened(), 2);
    }

    void poolDestructionFailsCalls()
    {
        auto pool = std::make_unique<UpstreamPool>();
        Recorder r(pool->send(get(url("/stream?n=50&ms=50"))));
        QVERIFY(QTest::qWaitFor([&] { return r.started == 1; }, 10'000));
        pool.reset();
        CHECK_CONTRACT(r);
        QCOMPARE(r.error.code, UpstreamErrorCode::Cancelled);
    }

    void benchmarkSequential()
    {
        // Not an assertion: the figure goes to the log (qInfo) for the report.
        UpstreamPool pool;
        UpstreamRequest request;
        request.origin = UpstreamOrigin::fromUrl(url("/"));
        request.target = "/echo";
        request.headers = {{"content-type", "application/json"}, {"authorization", "Bearer sk-upstream"}};
        request.body = R"({"model":"m","messages":[{"role":"user","content":"hi"}]})";
        const int n = qEnvironmentVariableIntValue("TOLLGATE_BENCH_N") > 0
                          ? qEnvironmentVariableIntValue("TOLLGATE_BENCH_N")
                          : 3000;
        // A real event loop: QTest::qWaitFor sleeps 10 ms between polls and would measure that.
        QEventLoop loop;
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        int done = 0;
        int failures = 0;
        QElapsedTimer t;
        std::function<void()> next = [&] {
            UpstreamCall *call = pool.send(request);
            QObject::connect(call, &UpstreamCall::finished, call, [&] {
                if (++done < n)
                    next();
                else
                    loop.quit();
            });
            QObject::connect(call, &UpstreamCall::failed, call, [&] {
                ++failures;
                loop.quit();
            });
        };
        t.start();
        next();
        loop.exec();
        QCOMPARE(failures, 0);
        QCOMPARE(done, n);
        const double secs = double(t.nsecsElapsed()) / 1e9;
        qInfo("pool: %d sequential POSTs in %.3f s = %.0f req/s, %.1f us/request, connections %lld", n, secs,
              n / secs, secs * 1e6 / n, pool.connectionsOpened());

        // Baseline: the same exchange on one raw socket, hand-framed, to isolate the pool's cost.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(raw.waitForConnected(2000));
        raw.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QByteArray wire = "POST /echo HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
                                "authorization: Bearer sk-upstream\r\ncontent-length: "
                                + QByteArray::number(request.body.size()) + "\r\n\r\n" + request.body;
        int rawDone = 0;
        QByteArray in;
        QObject::connect(&raw, &QTcpSocket::readyRead, &raw, [&] {
            in += raw.readAll();
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end < 0 || in.size() < end + 4 + request.body.size())
                return;
            in.clear();
            if (++rawDone < n)
                raw.write(wire);
            else
                loop.quit();
        });
        t.restart();
        raw.write(wire);
        loop.exec();
        QCOMPARE(rawDone, n);
        const double rawSecs = double(t.nsecsElapsed()) / 1e9;
        qInfo("raw socket: %d sequential POSTs in %.3f s = %.0f req/s, %.1f us/request; pool overhead %.1f us",
              n, rawSecs, n / rawSecs, rawSecs * 1e6 / n, (secs - rawSecs) * 1e6 / n);
    }

    void cleanupTestCase()
    {
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestUpstream)
#include "tst_upstream.moc"
