// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/routetable.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/json.h"
#include "gateway-core/auth/error.h"
#include "gateway-core/auth/sessions.h"
#include "gateway-core/http/forwarded.h"
#include "gateway-core/http/router.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

const QJsonObject &ApiRequest::body() const
{
    if (!m_body)
        m_body = Json::parseObject(http.body);
    return *m_body;
}

QString ApiRequest::sourceAddress() const
{
    return Http::clientAddress(http);
}

RouteTable::RouteTable(Context context)
    : m_context(std::move(context))
{}

void RouteTable::add(QByteArrayView method, QByteArrayView pathTemplate, Auth::Permission permission,
                     QString summary, RouteHandler handler, Runs runs)
{
    // Programming errors, caught by the first test that builds the table.
    if (!pathTemplate.startsWith(Prefix))
        qFatal("route %s: routes live under /api/v1/", pathTemplate.toByteArray().constData());
    if (permission == Auth::Permission::AdminRead && method != "GET")
        qFatal("route %s: AdminRead is for GET routes only", pathTemplate.toByteArray().constData());
    for (const ApiRoute &route : m_routes) {
        if (route.method == method && route.path == pathTemplate)
            qFatal("route %s %s added twice", route.method.constData(), route.path.constData());
    }
    ApiRoute route{method.toByteArray(), pathTemplate.toByteArray(), permission, std::move(summary),
                   std::move(handler), runs, {}};
    route.segments = route.path.split('/');
    m_routes.push_back(std::move(route));
}

std::optional<size_t> RouteTable::match(QByteArrayView method, QByteArrayView path,
                                        QHash<QString, QString> *params, QList<QByteArray> *allowed) const
{
    const QList<QByteArray> segments = path.toByteArray().split('/');
    std::optional<size_t> found;
    for (size_t i = 0; i < m_routes.size(); ++i) {
        const ApiRoute &route = m_routes[i];
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> values;
        bool matches = true;
        for (qsizetype s = 0; s < segments.size() && matches; ++s) {
            const QByteArray &pattern = route.segments[s];
            if (pattern.startsWith('{') && pattern.endsWith('}')) {
                const QString value = QUrl::fromPercentEncoding(segments[s]);
                matches = !value.isEmpty();
                values.insert(QString::fromLatin1(pattern.mid(1, pattern.size() - 2)), value);
            } else {
                matches = pattern == segments[s];
            }
        }
        if (!matches)
            continue;
        if (allowed && !allowed->contains(route.method))
            allowed->append(route.method);
        if (!found && route.method == method) {
            found = i;
            if (params)
                *params = values;
        }
    }
    return found;
}

namespace {

Reply handle(const RouteTable &table, size_t index, const QHash<QString, QString> &params,
             const Http::Request &request)
{
    const ApiRoute &route = table.routes()[index];
    const Context &context = table.context();
    try {
        Auth::Caller caller;
        try {
            caller = context.sessions->authenticate(*context.database, request);
        } catch (const Auth::Error &) {
            // A stale token on a public route (login, refresh) must not stand in the way.
            if (route.permission != Auth::Permission::Public)
                throw;
        }
        switch (Auth::authorize(route.permission, caller, route.method, params.value(u"id"_s))) {
        case Auth::Decision::Allow:
            break;
        case Auth::Decision::Unauthenticated:
            throw ApiError(401, "unauthenticated",
                           u"Sign in first: send Authorization: Bearer <access token>."_s);
        case Auth::Decision::Forbidden:
            throw ApiError(403, "forbidden", u"Your role does not allow this."_s);
        }
        ApiRequest apiRequest(request, context, std::move(caller), params);
        return route.handler(apiRequest);
    } catch (...) {
        return currentExceptionReply(request.requestId);
    }
}

} // namespace

void RouteTable::install(const std::shared_ptr<const RouteTable> &table, Http::Router &router)
{
    QSet<QByteArray> methods;
    for (const ApiRoute &route : table->routes())
        methods.insert(route.method);
    for (const QByteArray &method : std::as_const(methods)) {
        router.addPrefix(method, Prefix, [table](Http::Exchange &ex) {
            QHash<QString, QString> params;
            QList<QByteArray> allowed;
            const std::optional<size_t> index =
                table->match(ex.request().method, ex.request().path, &params, &allowed);
            if (!index) {
                if (allowed.isEmpty()) {
                    Http::respondError(ex, 404, "No such API endpoint.", "invalid_request_error",
                                       "not_found");
                } else {
                    std::sort(allowed.begin(), allowed.end());
                    Http::respondError(ex, 405, "Method not allowed here.", "invalid_request_error",
                                       "method_not_allowed", {Http::Header{"allow", allowed.join(", ")}});
                }
                return;
            }
            auto work = [table, index = *index, params](const Http::Request &request) {
                return handle(*table, index, params, request);
            };
            if (table->routes()[*index].runs == Runs::Aside)
                table->context().executor->runAside(ex, std::move(work));
            else
                table->context().executor->run(ex, std::move(work));
        });
    }
}

} // namespace Tollgate::Api
