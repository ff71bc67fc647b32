// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/forwarded.h"
#include "gateway-core/http/router.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace Tollgate::Http {

struct ServerOptions
{
    int workers = 0;                        ///< worker threads; 0 = one per core
    qsizetype maxHeaderBytes = 32 * 1024;   ///< request line + headers; over → 431
    qsizetype maxBodyBytes = 16 << 20;      ///< over → 413
    int headerTimeoutMs = 10'000;           ///< slow headers → 408
    int bodyTimeoutMs = 60'000;             ///< slow body → 408
    int idleTimeoutMs = 75'000;             ///< idle keep-alive connections are closed
    int maxConnections = 20'000;            ///< per server; beyond it new connections are refused
    bool accessLog = false;                 ///< one log line per request
    QList<QByteArray> corsOrigins;          ///< browser origins allowed to call ("*": any)
    TrustedProxies trustedProxies;          ///< peers whose X-Forwarded-For / Forwarded name the client
    /// Set to serve HTTPS (certificate and key loaded); null for plain HTTP.
    std::shared_ptr<const QSslConfiguration> tls;
};

/// A bound TCP socket (non-blocking, close-on-exec), or fd -1 and an error.
struct BoundSocket
{
    int fd = -1;
    quint16 port = 0; ///< the port actually bound (port 0 picks one)
    QString error;
};
/// Binds @p address:@p port, optionally with SO_REUSEPORT and optionally listening.
BoundSocket bindTcp(const QHostAddress &address, quint16 port, bool reusePort, bool listening);

/// Loads a PEM certificate chain and its private key (RSA or EC) for serving HTTPS; null with
/// @p error when either cannot be used.
std::shared_ptr<const QSslConfiguration> loadServerTls(const QString &certFile, const QString &keyFile,
                                                       QString *error);

class WorkerThread;

/// HTTP/1.1 server on QTcpServer + llhttp with one event loop per worker thread.
///
/// Each worker owns a listening socket bound with SO_REUSEPORT, so the kernel spreads connections
/// and no request crosses threads.
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(std::shared_ptr<const Router> router, ServerOptions options = {},
                    QObject *parent = nullptr);
    ~Server() override;

    /// Bind and start the workers. Port 0 picks a free port (see port()). Returns false with
    /// errorString() set when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }
    int workerCount() const;

    /// Stop accepting, close idle connections, let open exchanges finish for up to @p timeoutMs,
    /// then close the rest. Emits drained() when no connection is left.
    void drain(int timeoutMs);
    /// Open connections over all workers (approximate while workers are busy).
    int connectionCount() const;

Q_SIGNALS:
    void drained();

private:
    std::shared_ptr<const Router> m_router;
    ServerOptions m_options;
    std::vector<std::unique_ptr<WorkerThread>> m_workers;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
    std::atomic<int> m_connectionCount{0};
    int m_drainedWorkers = 0;
};

} // namespace Tollgate::Http
