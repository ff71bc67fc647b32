// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/http/router.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tollgate::Http {

void Router::add(QByteArrayView method, QByteArrayView path, Handler handler)
{
    m_routes.push_back({method.toByteArray(), path.toByteArray(), false, std::move(handler)});
}

void Router::addPrefix(QByteArrayView method, QByteArrayView prefix, Handler handler)
{
    m_routes.push_back({method.toByteArray(), prefix.toByteArray(), true, std::move(handler)});
}

void Router::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

void Router::setGate(std::function<bool(Exchange &)> gate)
{
    m_gate = std::move(gate);
}

void Router::dispatch(Exchange &exchange) const
{
    if (m_gate && m_gate(exchange))
        return;
    const Request &request = exchange.request();
    const Route *best = nullptr;
    QByteArray allowed;
    for (const Route &route : m_routes) {
        const bool pathMatches =
            route.prefix ? request.path.startsWith(route.path) : request.path == route.path;
        if (!pathMatches)
            continue;
        const bool methodMatches = route.method == request.method
                                   || (request.method == "HEAD" && route.method == "GET");
        if (!methodMatches) {
            if (!allowed.contains(route.method))
                allowed += (allowed.isEmpty() ? "" : ", ") + route.method;
            continue;
        }
        // An exact match beats any prefix; a longer prefix beats a shorter one.
        if (!best || (best->prefix && (!route.prefix || route.path.size() > best->path.size())))
            best = &route;
    }
    if (best) {
        best->handler(exchange);
        return;
    }
    if (!allowed.isEmpty()) {
        respondError(exchange, 405,
                     "Method " + request.method + " is not allowed on " + request.path + "; use "
                         + allowed + ".",
                     "invalid_request_error", "method_not_allowed", {{"allow", allowed}});
        return;
    }
    if (m_fallback) {
        m_fallback(exchange);
        return;
    }
    respondError(exchange, 404, "No route for " + request.method + " " + request.path + ".",
                 "invalid_request_error", "not_found");
}

QByteArray errorBody(QByteArrayView message, QByteArrayView type, QByteArrayView code,
                     QByteArrayView param)
{
    QJsonObject error{
        {QStringLiteral("message"), QString::fromUtf8(message)},
        {QStringLiteral("type"), QString::fromUtf8(type)},
        {QStringLiteral("param"), param.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(param))},
        {QStringLiteral("code"), code.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(code))},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

void respondError(Exchange &exchange, int status, QByteArrayView message, QByteArrayView type,
                  QByteArrayView code, const Headers &extra)
{
    Headers headers = extra;
    headers.append(Header{"content-type", "application/json"});
    exchange.respond(status, headers, errorBody(message, type, code));
}

} // namespace Tollgate::Http
