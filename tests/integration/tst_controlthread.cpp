// SPDX-License-Identifier: GPL-3.0-or-later
// Slow control-plane work does not hold up the control thread, on the real tollgate-server over
// HTTP, SQLite and PostgreSQL: while POST /api/v1/alerts/test waits on a webhook receiver that
// answers only after 3 s, GET /api/v1/users and a sign-in (password hashing) are answered at once,
// and the test send still reports its delivery.
#include "tests/support/apiserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace Tollgate;
using namespace Tollgate::Testing;
using namespace Qt::StringLiterals;

namespace {

/// A webhook endpoint on its own thread that answers every POST with 204 DelayMs after reading it.
class SlowReceiver final
{
public:
    static constexpr int DelayMs = 3000;

    ~SlowReceiver()
    {
        if (m_server)
            QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool start()
    {
        m_thread.start();
        bool ok = false;
        QObject context;
        context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(&context, [this, &ok] {
            m_server = new QTcpServer;
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection())
                    serve(socket);
            });
        }, Qt::BlockingQueuedConnection);
        return ok;
    }

    QString url() const { return u"http://127.0.0.1:%1/hook"_s.arg(m_server->serverPort()); }
    int received() const { return m_received; }
    int answered() const { return m_answered; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype at = buffer->toLower().indexOf("content-length:");
            const qint64 length =
                at < 0 ? 0 : buffer->mid(at + 15, buffer->indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            buffer->clear();
            ++m_received;
            QTimer::singleShot(DelayMs, socket, [this, socket] {
                ++m_answered;
                socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    std::atomic<int> m_received{0};
    std::atomic<int> m_answered{0};
};

} // namespace

class TestControlThread final : public QObject
{
    Q_OBJECT

public:
    explicit TestControlThread(Backend backend)
        : m_backend(backend)
        , m_server({.logLevel = u"warning"_s})
    {}

private:
    Backend m_backend;
    SlowReceiver m_receiver;
    ApiServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_receiver.start());
        QString error;
        if (!m_server.start(m_backend, &error))
            QFAIL(qPrintable(error));
        QVERIFY(!m_server.createUser(u"alice"_s).isEmpty());
        const RawResponse got = m_server.call("GET", "/api/v1/settings", m_server.admin());
        QCOMPARE(m_server
                     .call("PATCH", "/api/v1/settings", m_server.admin(),
                           {{u"version"_s, object(got).value("version"_L1)},
                            {u"alertWebhookUrls"_s, QJsonArray{m_receiver.url()}}})
                     .status,
                 200);
    }

    void otherRequestsAnswerWhileAWebhookIsSlow()
    {
        const QString host = m_server.host();
        const quint16 port = m_server.port();
        const QByteArray admin = m_server.admin();
        RawResponse sent;
        std::unique_ptr<QThread> caller(QThread::create([&] {
            sent = rawRequest(host, port, "POST", "/api/v1/alerts/test", "{}",
                              {{"authorization", "Bearer " + admin}}, 20'000);
        }));
        caller->start();
        // Once the receiver holds the delivery, the server is waiting on it.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.received(), 1, 10'000);

        QElapsedTimer clock;
        clock.start();
        const RawResponse users = m_server.call("GET", "/api/v1/users", admin);
        const qint64 usersMs = clock.elapsed();
        QCOMPARE(users.status, 200);
        QCOMPARE(items(users).size(), 2);
        qInfo("GET /api/v1/users answered in %lld ms while the webhook waited", qlonglong(usersMs));
        QVERIFY2(usersMs < 1000, qPrintable(u"GET /api/v1/users took %1 ms"_s.arg(usersMs)));
        // A sign-in hashes a password; it does not wait for the webhook either.
        clock.restart();
        QVERIFY(!m_server.token(u"alice"_s).isEmpty());
        QVERIFY2(clock.elapsed() < 1000, qPrintable(u"sign-in took %1 ms"_s.arg(clock.elapsed())));
        // Both were answered before the receiver was.
        QCOMPARE(m_receiver.answered(), 0);

        QVERIFY(caller->wait(20'000));
        QCOMPARE(sent.status, 200);
        const QJsonArray deliveries = object(sent).value("deliveries"_L1).toArray();
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.at(0)[u"state"_s].toString(), u"delivered"_s);
        QCOMPARE(m_receiver.answered(), 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnEachBackend<TestControlThread>(u"TestControlThread"_s, argc, argv);
}

#include "tst_controlthread.moc"
