// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/alertroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/service/alerts.h"
#include "gateway-core/store/alertrepository.h"
#include "gateway-core/store/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

namespace {

QJsonObject notificationToJson(const Store::AlertEvent &e)
{
    QJsonObject out = Service::Alerts::payload(e);
    out.insert(u"read"_s, e.readAt.has_value());
    out.insert(u"readAt"_s, Json::time(e.readAt));
    return out;
}

QJsonObject deliveryToJson(const Store::AlertDelivery &d)
{
    return {{u"id"_s, d.id},
            {u"eventId"_s, d.eventId},
            {u"eventType"_s, d.eventType},
            {u"url"_s, d.url},
            {u"state"_s, d.state},
            {u"attempts"_s, d.attempts},
            {u"nextAttemptAt"_s, d.state == u"pending"_s ? Json::time(d.nextAttemptAt) : QJsonValue()},
            {u"lastAttemptAt"_s, Json::time(d.lastAttemptAt)},
            {u"lastStatus"_s, Json::integer(d.lastStatus)},
            {u"lastError"_s, d.lastError.isEmpty() ? QJsonValue() : QJsonValue(d.lastError)},
            {u"deliveredAt"_s, Json::time(d.deliveredAt)},
            {u"createdAt"_s, Json::time(d.createdAt)}};
}

/// ?scope=mine (the default) or all; all needs an admin role.
Store::NotificationFilter feedOf(const ApiRequest &request, const QString &scope)
{
    Store::NotificationFilter filter;
    filter.viewerId = request.caller.userId;
    if (scope == u"all"_s) {
        if (!request.caller.canReadAdmin())
            throw ApiError(403, "forbidden", u"Only admins can read every notification."_s);
        filter.all = true;
    } else if (!scope.isEmpty() && scope != u"mine"_s) {
        throw ApiError::invalid(u"scope"_s, u"scope must be mine or all."_s);
    }
    return filter;
}

Reply listNotifications(ApiRequest &request)
{
    const Json::ListQuery query =
        Json::ListQuery::parse(request.http, {u"occurredAt"_s}, u"occurredAt"_s, {u"scope"_s, u"unread"_s});
    Store::NotificationFilter filter = feedOf(request, query.filter(u"scope"_s));
    filter.unreadOnly = query.boolFilter(u"unread"_s).value_or(false);
    // Newest first unless ?sort=occurredAt.
    filter.ascending =
        QUrlQuery(QString::fromUtf8(request.http.query)).hasQueryItem(u"sort"_s) && !query.descending;
    Store::AlertRepository repo(request.db());
    const auto page = repo.notifications(filter, {query.limit, query.offset});
    QJsonArray items;
    for (const Store::AlertEvent &e : page.items)
        items.append(notificationToJson(e));
    QJsonObject answer = query.envelope(items, page.total);
    answer.insert(u"unread"_s, double(repo.unreadCount(filter)));
    return Json::ok(answer);
}

Reply markRead(ApiRequest &request)
{
    Store::AlertRepository repo(request.db());
    if (request.caller.userId.isEmpty() ||
        !repo.markRead(request.param(u"id"_s), request.caller.userId, request.caller.canReadAdmin()))
        throw ApiError::notFound(u"No such notification."_s);
    return Json::noContent();
}

Reply markAllRead(ApiRequest &request)
{
    const Json::ListQuery query = Json::ListQuery::parse(request.http, {}, {}, {u"scope"_s});
    const Store::NotificationFilter filter = feedOf(request, query.filter(u"scope"_s));
    const int marked =
        request.caller.userId.isEmpty() ? 0 : Store::AlertRepository(request.db()).markAllRead(filter);
    return Json::ok({{u"marked"_s, marked}});
}

Reply listDeliveries(ApiRequest &request)
{
    const Json::ListQuery query =
        Json::ListQuery::parse(request.http, {u"createdAt"_s}, u"createdAt"_s, {u"state"_s, u"eventId"_s});
    const QString state = query.filter(u"state"_s);
    if (!state.isEmpty() && state != u"pending"_s && state != u"delivered"_s && state != u"failed"_s)
        throw ApiError::invalid(u"state"_s, u"state must be pending, delivered or failed."_s);
    const bool ascending =
        QUrlQuery(QString::fromUtf8(request.http.query)).hasQueryItem(u"sort"_s) && !query.descending;
    const auto page =
        Store::AlertRepository(request.db())
            .deliveries(state, query.filter(u"eventId"_s), {query.limit, query.offset}, ascending);
    QJsonArray items;
    for (const Store::AlertDelivery &d : page.items)
        items.append(deliveryToJson(d));
    return Json::ok(query.envelope(items, page.total));
}

Reply sendTest(ApiRequest &request)
{
    const QList<Store::AlertDelivery> created =
        Service::Alerts::recordTest(request.db(), request.caller.userId, request.caller.actorName());
    if (created.isEmpty())
        throw ApiError::conflict(u"No webhook URL is set (the setting alertWebhookUrls)."_s, "no_webhook");
    // Sent right here so the admin sees the outcome; a failure is retried like any delivery. This
    // runs aside, not on the control thread; still, after 10 s the rest go with the sender a
    // minute later, so the admin is not kept waiting.
    Service::WebhookSender sender(request.db(), request.context.masterKey, 5'000);
    QElapsedTimer clock;
    clock.start();
    QJsonArray items;
    for (const Store::AlertDelivery &d : created)
        items.append(deliveryToJson(clock.elapsed() < 10'000 ? sender.attempt(d) : d));
    return Json::ok({{u"eventId"_s, created.first().eventId}, {u"deliveries"_s, items}});
}

} // namespace

void addAlertRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/notifications", Permission::Authenticated,
              u"Alerts about the caller's keys and budget (every alert with scope=all, admins)"_s,
              listNotifications);
    table.add("POST", "/api/v1/notifications/read-all", Permission::Authenticated,
              u"Mark every notification of the feed read"_s, markAllRead);
    table.add("POST", "/api/v1/notifications/{id}/read", Permission::Authenticated,
              u"Mark a notification read"_s, markRead);
    table.add("GET", "/api/v1/alerts/deliveries", Permission::AdminRead,
              u"Webhook deliveries and their state"_s, listDeliveries);
    table.add("POST", "/api/v1/alerts/test", Permission::AdminWrite,
              u"Send a test alert to the webhooks now"_s, sendTest, Runs::Aside);
}

} // namespace Tollgate::Api
