// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/api/context.h"
#include "gateway-core/api/controlexecutor.h"
#include "gateway-core/auth/rbac.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Tollgate::Http {
class Router;
}

namespace Tollgate::Api {

/// What a /api/v1 handler receives, on the control-plane thread: the request, its path
/// parameters, the authenticated caller (already checked against the route's permission) and
/// the shared context.
struct ApiRequest
{
    ApiRequest(const Http::Request &request, const Context &ctx, Auth::Caller who,
               QHash<QString, QString> values)
        : http(request)
        , context(ctx)
        , caller(std::move(who))
        , params(std::move(values))
    {}

    const Http::Request &http;
    const Context &context;
    Auth::Caller caller;
    QHash<QString, QString> params; ///< {name} of the path template → the decoded segment

    /// A path parameter ("" when the template has none by that name).
    QString param(const QString &name) const { return params.value(name); }
    /// The body as a JSON object (parsed once; an empty body is {}); ApiError 400 when not JSON.
    const QJsonObject &body() const;
    /// The client's address (behind a trusted proxy, the one it forwarded), for audit records
    /// and the sign-in limiter.
    QString sourceAddress() const;
    Store::Database &db() const { return *context.database; }

private:
    mutable std::optional<QJsonObject> m_body;
};

/// Where a route's handler runs.
enum class Runs {
    /// On the control thread, one request after another: almost every handler.
    ControlThread,
    /// Beside it (ControlExecutor::runAside()): handlers that spend long on the CPU or wait on
    /// the network (password hashing, a webhook call), so other control requests are answered
    /// meanwhile.
    Aside
};

/// A handler: returns the reply or throws ApiError / Store::Error / Auth::Error (see apierror.h).
using RouteHandler = std::function<Reply(ApiRequest &request)>;

/// One route of the control plane.
struct ApiRoute
{
    QByteArray method; ///< GET, POST, PATCH, PUT or DELETE
    QByteArray path;   ///< template: /api/v1/users/{id}; a {name} matches one path segment
    Auth::Permission permission;
    QString summary; ///< one line, for logs and tests
    RouteHandler handler;
    Runs runs = Runs::ControlThread;
    QList<QByteArray> segments; ///< path split at '/', filled by RouteTable::add()
};

/// Every /api/v1 route: method, path template, permission and handler. Enumerable, so the
/// OpenAPI test and the RBAC matrix test can walk it. Built once before the server starts, then
/// read-only.
///
/// Each request is authenticated (Bearer access token, or the master key as an admin), authorised
/// with Auth::authorize() against the route's permission (the OwnOrAdmin owner is the {id}
/// parameter) and handed to the handler on the ControlExecutor's thread, where database work is
/// fine; a handler that hashes passwords or waits on the network is added with Runs::Aside.
/// Whatever the handler throws becomes an error reply in apierror.cpp.
///
/// A route module adds its routes in one function that Service::Gateway::buildRouter() calls:
/// @code
/// void addModelRoutes(RouteTable &table)
/// {
///     table.add("GET", "/api/v1/models/{id}", Auth::Permission::Authenticated, u"One model"_s,
///               [](ApiRequest &request) {
///                   const auto model = Store::ModelRepository(request.db()).find(request.param(u"id"_s));
///                   if (!model)
///                       throw ApiError::notFound(u"No such model."_s);
///                   return Json::versioned(modelToJson(*model), model->version);
///               });
/// }
/// @endcode
/// Then: describe the route in api/openapi.json (tst_openapi), give it a row in the RBAC matrix of
/// tests/integration/tst_controlplane.cpp, audit every change with api/audit.h, and for lists and
/// updates follow the conventions in api/json.h (ListQuery, expectedVersion/checkVersion).
class RouteTable final
{
public:
    explicit RouteTable(Context context);

    /// Adds a route; a duplicate method + template, or AdminRead on a non-GET route, is a
    /// programming error and aborts.
    void add(QByteArrayView method, QByteArrayView pathTemplate, Auth::Permission permission, QString summary,
             RouteHandler handler, Runs runs = Runs::ControlThread);

    const std::vector<ApiRoute> &routes() const { return m_routes; }
    const Context &context() const { return m_context; }

    /// The index of the route matching @p method and @p path, with its parameters; nullopt when
    /// none does. @p allowed receives the methods of the routes matching the path.
    std::optional<size_t> match(QByteArrayView method, QByteArrayView path, QHash<QString, QString> *params,
                                QList<QByteArray> *allowed = nullptr) const;

    /// Serves the table under /api/v1/ on @p router (404 for unknown paths, 405 with Allow for a
    /// wrong method). The router keeps @p table alive.
    static void install(const std::shared_ptr<const RouteTable> &table, Http::Router &router);

    /// The prefix every route of the table starts with.
    static constexpr QByteArrayView Prefix = "/api/v1/";

private:
    Context m_context;
    std::vector<ApiRoute> m_routes;
};

} // namespace Tollgate::Api
