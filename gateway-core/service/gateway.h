// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/server.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Service {

class StoreMonitor;

/// What the assembled server needs to start; app/server fills it from the configuration.
struct GatewayOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString databaseUrl; ///< sqlite:... or postgres://...
    Http::ServerOptions http;
};

/// The whole server in one object: store, HTTP listener and the routes, so the binary's main()
/// stays thin and tests can run the same thing in-process.
class Gateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gateway)

public:
    explicit Gateway(GatewayOptions options, QObject *parent = nullptr);
    ~Gateway() override;

    /// Binds the listener and starts opening the store; false with errorString() on failure.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const;
    bool ready() const;
    /// Graceful stop: finish open requests for up to @p timeoutMs, then emit stopped().
    void stop(int timeoutMs);

Q_SIGNALS:
    void stopped();
    /// The store cannot be used at all (e.g. its schema is newer than this binary).
    void fatalError(const QString &message);

private:
    std::shared_ptr<Http::Router> buildRouter();

    GatewayOptions m_options;
    std::shared_ptr<Store::Database> m_database;
    std::unique_ptr<StoreMonitor> m_storeMonitor;
    std::unique_ptr<Http::Server> m_http;
    QString m_error;
};

} // namespace Tollgate::Service
