// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/auth/oauthprovider.h"
#include "gateway-core/http/server.h"
#include "gateway-core/proxy/proxyservice.h"

#include <QHostAddress>
#include <QObject>
#include <QTimeZone>

#include <atomic>
#include <memory>

namespace Tollgate::Api {
class ControlExecutor;
class RouteTable;
struct Context;
} // namespace Tollgate::Api
namespace Tollgate::Auth {
class RoleMapping;
class Sessions;
class SetupToken;
} // namespace Tollgate::Auth
namespace Tollgate::Config {
struct Settings;
}
namespace Tollgate::Limits {
class Limiter;
}
namespace Tollgate::Metering {
class Journal;
class JournalFlusher;
} // namespace Tollgate::Metering
namespace Tollgate::Metrics {
class Registry;
}
namespace Tollgate::Proxy {
class Catalog;
}
namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Service {

class AlertDispatcher;
class JobScheduler;
class StoreMonitor;

/// What the assembled server needs to start; app/server fills it from the configuration.
struct GatewayOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString databaseUrl; ///< sqlite:... or postgres://...
    QString redisUrl;    ///< redis://...: limit counters shared with other replicas; empty: in-process
    QString journalDir;
    QString backupDir; ///< where POST /api/v1/backups writes; empty: <journalDir>/../backups
    QByteArray masterKey;
    /// Signs session tokens (session_key); empty: a generated key kept in the store.
    QByteArray sessionKey;
    /// NAME:PASSWORD of the admin to create on a start without one (TOLLGATE_BOOTSTRAP_ADMIN).
    QString bootstrapAdmin;
    /// group_roles entries: "group=role".
    QStringList groupRoles;
    /// Single sign-on providers (none: SSO is off, the provider list is empty).
    Auth::SsoOptions sso;
    QTimeZone timezone = QTimeZone::utc();
    Http::ServerOptions http;
    Proxy::ProxyOptions proxy;
    /// Declared models and keys to apply to the store at start (may be null).
    const Config::Settings *declarations = nullptr;
};

/// The whole server in one object: store, caches, limiter, journal, HTTP listener and routes, so
/// the binary's main() stays thin and tests can run the same thing in-process.
class Gateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gateway)

public:
    explicit Gateway(GatewayOptions options, QObject *parent = nullptr);
    ~Gateway() override;

    /// Binds the listener, opens the journal and starts opening the store; false with
    /// errorString() on failure.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const;
    /// The store answers, the caches are loaded and no restore holds the replicas aside.
    bool ready() const;
    /// Graceful stop: finish open requests for up to @p timeoutMs, flush the journal, then
    /// emit stopped().
    void stop(int timeoutMs);

    /// A route the server serves: method and path, with {name} for a path parameter and {path}
    /// for the rest of a prefix route (/docling/{path}).
    struct ServedRoute
    {
        QByteArray method;
        QByteArray path;
    };
    /// Every route of the running server (valid after start()), for the OpenAPI test.
    QList<ServedRoute> servedRoutes() const;
    /// The /api/v1 route table (valid after start()), for the RBAC matrix test.
    const Api::RouteTable *apiRoutes() const { return m_api.get(); }

Q_SIGNALS:
    void stopped();
    /// The store cannot be used at all (e.g. its schema is newer than this binary).
    void fatalError(const QString &message);

private:
    std::shared_ptr<Http::Router> buildRouter();
    Api::Context apiContext() const;
    void initializeFromStore(Store::Database &db);
    void refreshFromStore(Store::Database &db);

    GatewayOptions m_options;
    std::shared_ptr<Store::Database> m_database;
    std::unique_ptr<StoreMonitor> m_storeMonitor;
    std::unique_ptr<JobScheduler> m_jobs;
    std::unique_ptr<AlertDispatcher> m_alerts;
    std::unique_ptr<Metrics::Registry> m_metrics;
    std::unique_ptr<Keys::KeyCache> m_keys;
    std::unique_ptr<Proxy::Catalog> m_catalog;
    std::unique_ptr<Limits::Limiter> m_limiter;
    std::unique_ptr<Metering::Journal> m_journal;
    std::unique_ptr<Metering::JournalFlusher> m_flusher;
    std::unique_ptr<Proxy::ProxyService> m_proxy;
    std::unique_ptr<Api::ControlExecutor> m_control;
    std::unique_ptr<Auth::Sessions> m_sessions;
    std::unique_ptr<Auth::SetupToken> m_setupToken;
    std::unique_ptr<Auth::RoleMapping> m_roleMapping;
    std::shared_ptr<Http::Router> m_router;
    std::shared_ptr<const Api::RouteTable> m_api;
    std::unique_ptr<Http::Server> m_http;
    QString m_error;
    // Touched only on the store monitor's thread.
    qint64 m_keyWatermark = 0;
    QByteArray m_catalogFingerprint;
    QString m_restoreGeneration; ///< the latest restore this replica's caches reflect
    bool m_stoodAside = false;   ///< a restore's lease was seen: read everything again after it
    QString m_replicaId;         ///< this process among the replicas sharing the store
    /// A restore run by another replica is replacing the store: answer 503 (read by every thread).
    std::atomic<bool> m_parked{false};
};

} // namespace Tollgate::Service
