// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/server.h"

#include "gateway-core/http/worker.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Tollgate::Http {

/// A QThread running one Worker; the worker is created, used and destroyed on that thread.
class WorkerThread final
{
public:
    WorkerThread(int index, int fd, std::shared_ptr<const Router> router, const ServerOptions &options,
                 std::atomic<int> *count)
        : m_worker(new Worker(index, fd, std::move(router), options, count))
    {
        m_thread.setObjectName(QStringLiteral("http-worker-%1").arg(index));
        m_worker->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(m_worker, &Worker::start, Qt::QueuedConnection);
    }
    ~WorkerThread()
    {
        Worker *worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Worker *worker() const { return m_worker; }

private:
    QThread m_thread;
    Worker *m_worker;
};

namespace {

BoundSocket bindReusePort(const QHostAddress &address, quint16 port)
{
    return bindTcp(address, port, true, true);
}

BoundSocket bindPlain(const QHostAddress &address, quint16 port)
{
    return bindTcp(address, port, false, false);
}

} // namespace

BoundSocket bindTcp(const QHostAddress &address, quint16 port, bool reusePort, bool listening)
{
    BoundSocket result;
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (reusePort)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *a;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || (listening && ::listen(fd, 4096) != 0)) {
        result.error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return result;
    }
    length = sizeof storage;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
    result.port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                           : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    result.fd = fd;
    return result;
}


std::shared_ptr<const QSslConfiguration> loadServerTls(const QString &certFile, const QString &keyFile,
                                                       QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(certFile);
        return nullptr;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1").arg(keyFile);
        return nullptr;
    }
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("no usable private key in %1").arg(keyFile);
        return nullptr;
    }
    auto config = std::make_shared<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    config->setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with API keys
    config->setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

Server::Server(std::shared_ptr<const Router> router, ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_router(std::move(router))
    , m_options(options)
{
    if (m_options.workers <= 0)
        m_options.workers = qMax(1, QThread::idealThreadCount());
}

Server::~Server()
{
    m_workers.clear();
}

int Server::workerCount() const
{
    return int(m_workers.size());
}

int Server::connectionCount() const
{
    return m_connectionCount.load(std::memory_order_relaxed);
}

bool Server::listen(const QHostAddress &address, quint16 port)
{
    if (!m_workers.empty()) {
        m_error = QStringLiteral("already listening");
        return false;
    }
    // SO_REUSEPORT would let a second server share a port another one already serves (same
    // user); a plain bind first makes "address already in use" an error as one expects.
    if (port != 0) {
        const BoundSocket probe = bindPlain(address, port);
        if (probe.fd < 0) {
            m_error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(probe.error);
            return false;
        }
        ::close(probe.fd);
    }
    // Bind every socket before starting any worker, so a failure leaves nothing running.
    std::vector<int> fds;
    quint16 boundPort = port;
    for (int i = 0; i < m_options.workers; ++i) {
        const BoundSocket b = bindReusePort(address, boundPort);
        if (b.fd < 0) {
            for (int fd : fds)
                ::close(fd);
            m_error = QStringLiteral("cannot listen on %1:%2: %3")
                          .arg(address.toString())
                          .arg(boundPort)
                          .arg(b.error);
            return false;
        }
        boundPort = b.port;
        fds.push_back(b.fd);
    }
    m_address = address;
    m_port = boundPort;
    for (int i = 0; i < int(fds.size()); ++i) {
        m_workers.push_back(
            std::make_unique<WorkerThread>(i, fds[size_t(i)], m_router, m_options, &m_connectionCount));
        connect(m_workers.back()->worker(), &Worker::drained, this, [this] {
            if (++m_drainedWorkers == int(m_workers.size()))
                Q_EMIT drained();
        });
    }
    return true;
}

void Server::drain(int timeoutMs)
{
    if (m_workers.empty()) {
        Q_EMIT drained();
        return;
    }
    for (const auto &w : m_workers) {
        Worker *worker = w->worker();
        QMetaObject::invokeMethod(worker, [worker, timeoutMs] { worker->drain(timeoutMs); },
                                  Qt::QueuedConnection);
    }
}

} // namespace Tollgate::Http
