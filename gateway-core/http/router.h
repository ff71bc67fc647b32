// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/exchange.h"

#include <functional>
#include <vector>

namespace Tollgate::Http {

using Handler = std::function<void(Exchange &)>;

/// Maps method + path to a handler. Built once before the server starts, then read-only and shared
/// by every worker thread, so handlers must be safe to call from several threads at once.
class Router final
{
public:
    /// Exact path match, e.g. add("POST", "/v1/chat/completions", h).
    void add(QByteArrayView method, QByteArrayView path, Handler handler);
    /// Prefix match, e.g. addPrefix("POST", "/docling/", h); the longest prefix wins.
    void addPrefix(QByteArrayView method, QByteArrayView prefix, Handler handler);
    /// Called when no route matches the path (default: 404 JSON error).
    void setFallback(Handler handler);
    /// Called before any route: answers the request itself and returns true (e.g. 503 while the
    /// server stands aside), or returns false to let it through. Must be cheap: it sees every
    /// request, data plane included.
    void setGate(std::function<bool(Exchange &)> gate);

    /// Runs the matching handler; answers 405 with Allow when only the method is wrong.
    void dispatch(Exchange &exchange) const;

    struct Route
    {
        QByteArray method;
        QByteArray path;
        bool prefix;
        Handler handler;
    };
    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
    Handler m_fallback;
    std::function<bool(Exchange &)> m_gate;
};

/// An OpenAI-shaped error body: {"error":{"message","type","param","code"}}.
QByteArray errorBody(QByteArrayView message, QByteArrayView type, QByteArrayView code,
                     QByteArrayView param = {});
/// Respond with an OpenAI-shaped JSON error.
void respondError(Exchange &exchange, int status, QByteArrayView message, QByteArrayView type,
                  QByteArrayView code, const Headers &extra = {});

} // namespace Tollgate::Http
