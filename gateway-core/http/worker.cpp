// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/worker.h"

#include "gateway-core/http/connection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace Tollgate::Http {

namespace {
thread_local QElapsedTimer t_clock;
} // namespace

Worker::Worker(int index, int listenFd, std::shared_ptr<const Router> router, const ServerOptions &options,
               std::atomic<int> *connectionCount)
    : m_index(index)
    , m_listenFd(listenFd)
    , m_router(std::move(router))
    , m_options(options)
    , m_connectionCount(connectionCount)
    , m_random(QRandomGenerator::system()->generate64())
{
}

Worker::~Worker()
{
    // Connections are children and go with us; only the listening socket is ours to close.
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

void Worker::start()
{
    t_clock.start();
    refreshDate();
    m_notifier = new QSocketNotifier(qintptr(m_listenFd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Worker::acceptPending);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &Worker::tick);
    m_tick->start();
}

qint64 Worker::nowMs() const
{
    return t_clock.isValid() ? t_clock.elapsed() : 0;
}

void Worker::refreshDate()
{
    m_date = QLocale::c()
                 .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                 .toLatin1();
}

QByteArray Worker::newRequestId()
{
    const quint64 a = m_random.generate();
    const quint64 b = m_random.generate();
    QByteArray id(32, Qt::Uninitialized);
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        id[i] = hex[(a >> (i * 4)) & 0xf];
        id[16 + i] = hex[(b >> (i * 4)) & 0xf];
    }
    return id;
}

void Worker::acceptPending()
{
    for (;;) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return; // EAGAIN: nothing more; EMFILE and friends: try again on the next wake-up
        }
        if (m_draining || m_connectionCount->load(std::memory_order_relaxed) >= m_options.maxConnections) {
            ::close(fd);
            continue;
        }
        auto *connection = new Connection(this, fd);
        if (!connection->isValid()) {
            delete connection;
            ::close(fd);
            continue;
        }
        m_connections.insert(connection);
        m_connectionCount->fetch_add(1, std::memory_order_relaxed);
    }
}

void Worker::removeConnection(Connection *connection)
{
    if (m_connections.erase(connection) > 0)
        m_connectionCount->fetch_sub(1, std::memory_order_relaxed);
    if (m_draining)
        QMetaObject::invokeMethod(this, &Worker::checkDrained, Qt::QueuedConnection);
}

void Worker::tick()
{
    refreshDate();
    const qint64 now = nowMs();
    if (m_draining && now >= m_drainDeadline) {
        const std::vector<Connection *> all(m_connections.begin(), m_connections.end());
        for (Connection *c : all)
            c->closeNow();
    } else {
        const std::vector<Connection *> all(m_connections.begin(), m_connections.end());
        for (Connection *c : all)
            c->checkDeadline(now);
    }
    checkDrained();
}

void Worker::drain(int timeoutMs)
{
    if (m_draining)
        return;
    m_draining = true;
    m_drainDeadline = nowMs() + timeoutMs;
    if (m_notifier) {
        acceptPending(); // closes what is queued instead of resetting it
        m_notifier->setEnabled(false);
    }
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
    const std::vector<Connection *> all(m_connections.begin(), m_connections.end());
    for (Connection *c : all)
        c->closeWhenIdle();
    checkDrained();
}

void Worker::checkDrained()
{
    if (m_draining && !m_drainedSent && m_connections.empty()) {
        m_drainedSent = true;
        Q_EMIT drained();
    }
}

} // namespace Tollgate::Http
