// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/service/gateway.h"

#include "gateway-core/service/storemonitor.h"
#include "gateway-core/store/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tollgate::Service {

Gateway::Gateway(GatewayOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Gateway::~Gateway()
{
    // The listener goes first so no handler runs while the store is torn down.
    m_http.reset();
    m_storeMonitor.reset();
}

quint16 Gateway::port() const
{
    return m_http ? m_http->port() : 0;
}

bool Gateway::ready() const
{
    return m_storeMonitor && m_storeMonitor->ready();
}

bool Gateway::start()
{
    try {
        m_database = std::make_shared<Store::Database>(m_options.databaseUrl);
    } catch (const Store::Error &e) {
        m_error = e.message();
        return false;
    }
    m_storeMonitor = std::make_unique<StoreMonitor>(m_database);
    connect(m_storeMonitor.get(), &StoreMonitor::fatalError, this, &Gateway::fatalError);
    m_http = std::make_unique<Http::Server>(buildRouter(), m_options.http);
    if (!m_http->listen(m_options.address, m_options.port)) {
        m_error = m_http->errorString();
        m_http.reset();
        return false;
    }
    m_storeMonitor->start();
    return true;
}

void Gateway::stop(int timeoutMs)
{
    if (!m_http) {
        Q_EMIT stopped();
        return;
    }
    connect(m_http.get(), &Http::Server::drained, this, &Gateway::stopped, Qt::UniqueConnection);
    m_http->drain(timeoutMs);
}

std::shared_ptr<Http::Router> Gateway::buildRouter()
{
    auto router = std::make_shared<Http::Router>();
    router->add("GET", "/health/liveness", [](Http::Exchange &ex) {
        ex.respond(200, "application/json", R"({"status":"ok"})");
    });
    StoreMonitor *monitor = m_storeMonitor.get();
    router->add("GET", "/health/readiness", [monitor](Http::Exchange &ex) {
        if (monitor->ready()) {
            ex.respond(200, "application/json", R"({"status":"ready","store":"ok"})");
            return;
        }
        const QJsonObject body{{QStringLiteral("status"), QStringLiteral("not_ready")},
                               {QStringLiteral("store"), monitor->problem()}};
        ex.respond(503, {{"content-type", "application/json"}, {"retry-after", "1"}},
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    return router;
}

} // namespace Tollgate::Service
