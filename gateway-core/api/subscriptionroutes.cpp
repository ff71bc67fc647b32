// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/subscriptionroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/http/router.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/userrepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;
using Store::Subscription;
using Store::SubscriptionStatus;

QJsonObject subscriptionToJson(const Subscription &s, const QString &username)
{
    return {
        {u"id"_s, s.id},
        {u"userId"_s, s.userId},
        {u"username"_s, username.isEmpty() ? QJsonValue() : QJsonValue(username)},
        {u"modelId"_s, s.modelId},
        {u"status"_s, Store::toString(s.status)},
        {u"reason"_s, s.reason},
        {u"statusChangedBy"_s, s.statusChangedBy.isEmpty() ? QJsonValue() : QJsonValue(s.statusChangedBy)},
        {u"statusChangedAt"_s, Json::time(s.statusChangedAt)},
        {u"expiresAt"_s, Json::time(s.expiresAt)},
        {u"version"_s, double(s.version)},
        {u"createdAt"_s, Json::time(s.createdAt)},
        {u"updatedAt"_s, Json::time(s.updatedAt)}};
}

namespace {

/// Who expires due subscriptions and cascades model changes: not a person.
const QString SystemActor = u"system"_s;

/// Usernames for the list views, each looked up once per request.
class Usernames final
{
public:
    explicit Usernames(Store::Database &db)
        : m_users(db)
    {}
    QString of(const QString &userId)
    {
        auto it = m_names.find(userId);
        if (it == m_names.end()) {
            const std::optional<Store::User> user = m_users.find(userId);
            it = m_names.insert(userId, user ? user->username : QString());
        }
        return *it;
    }

private:
    Store::UserRepository m_users;
    QHash<QString, QString> m_names;
};

QJsonObject toJson(Store::Database &db, const Subscription &s)
{
    return subscriptionToJson(s, Usernames(db).of(s.userId));
}

/// "expiresAt in the past is expired when read": every handler first expires what is due, so
/// lists, filters, history and decisions all see the same state as the data plane.
void expireDue(ApiRequest &request)
{
    Store::Database &db = request.db();
    // Most requests find nothing due: no write transaction for them.
    if (!Store::SubscriptionRepository(db).hasDue(db.now()))
        return;
    QStringList expired;
    {
        Store::Transaction tx(db);
        Store::SubscriptionRepository(db).expireDue(db.now(), SystemActor, &expired);
        for (const QString &id : std::as_const(expired)) {
            Store::AuditEntry entry = auditEntry(request, u"subscription.expire"_s, u"subscription"_s, id);
            entry.actorId.clear();
            entry.actorName = SystemActor;
            entry.before = QJsonObject{{u"status"_s, u"active"_s}};
            entry.after = QJsonObject{{u"status"_s, u"expired"_s}};
            record(request, entry);
        }
        tx.commit();
    }
    if (!expired.isEmpty())
        request.context.storeChanged();
}

SubscriptionStatus statusFilter(const QString &value)
{
    static const QStringList names = {u"active"_s, u"pending"_s, u"denied"_s, u"inactive"_s, u"expired"_s};
    if (!names.contains(value))
        throw ApiError::invalid(u"status"_s, u"status must be one of %1."_s.arg(names.join(u", "_s)));
    return Store::subscriptionStatusFromString(value);
}

std::optional<qint64> parseExpiry(const QJsonObject &body, qint64 now)
{
    const QJsonValue value = body.value("expiresAt"_L1);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !at.isValid() || at.timeSpec() == Qt::LocalTime)
        throw ApiError::invalid(u"expiresAt"_s,
                                u"expiresAt must be an ISO-8601 time such as 2026-12-31T00:00:00Z."_s);
    if (at.toMSecsSinceEpoch() <= now)
        throw ApiError::invalid(u"expiresAt"_s, u"expiresAt must be in the future."_s);
    return at.toMSecsSinceEpoch();
}

void onlyFields(const QJsonObject &body, const QStringList &allowed)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            throw ApiError::invalid(it.key(),
                                    u"Unknown field %1; send %2."_s.arg(it.key(), allowed.join(u", "_s)));
    }
}

QString reasonOf(const QJsonObject &body, bool required)
{
    const QString reason = Json::optionalString(body, "reason"_L1).value_or(QString()).trimmed();
    if (required && reason.isEmpty())
        throw ApiError::invalid(u"reason"_s, u"reason is required: say why, the requester sees it."_s);
    if (reason.size() > 1000)
        throw ApiError::invalid(u"reason"_s, u"reason may have at most 1000 characters."_s);
    return reason;
}

/// The subscription if the caller may see it: their own, or any for adminReadonly and admin.
/// Someone else's is "not found", so ids of other users' requests reveal nothing.
Subscription visible(ApiRequest &request, const QString &id)
{
    const std::optional<Subscription> s = Store::SubscriptionRepository(request.db()).find(id);
    if (!s || (!request.caller.canReadAdmin() && s->userId != request.caller.userId))
        throw ApiError::notFound(u"No subscription with id %1."_s.arg(id));
    return *s;
}

Reply listWith(ApiRequest &request, std::optional<SubscriptionStatus> forcedStatus)
{
    expireDue(request);
    const QUrlQuery raw(QString::fromUtf8(request.http.query));
    QStringList filters = {u"userId"_s, u"modelId"_s};
    if (!forcedStatus)
        filters << u"status"_s;
    Json::ListQuery query = Json::ListQuery::parse(
        request.http, {u"createdAt"_s, u"statusChangedAt"_s, u"status"_s, u"modelId"_s, u"userId"_s},
        u"createdAt"_s, filters);
    // Newest first for a user's list; the approval queue serves the oldest request first.
    if (!raw.hasQueryItem(u"sort"_s))
        query.descending = !forcedStatus;
    Store::SubscriptionFilter filter;
    filter.userId = query.filter(u"userId"_s);
    filter.modelId = query.filter(u"modelId"_s);
    if (forcedStatus)
        filter.status = forcedStatus;
    else if (query.filters.contains(u"status"_s))
        filter.status = statusFilter(query.filter(u"status"_s));
    if (!request.caller.canReadAdmin()) {
        if (!filter.userId.isEmpty() && filter.userId != request.caller.userId)
            throw ApiError(403, "forbidden", u"You can list only your own subscriptions."_s);
        filter.userId = request.caller.userId;
    }
    using Sort = Store::SubscriptionFilter::Sort;
    filter.sort = query.sort == u"statusChangedAt"_s ? Sort::StatusChangedAt
                  : query.sort == u"status"_s        ? Sort::Status
                  : query.sort == u"modelId"_s       ? Sort::ModelId
                  : query.sort == u"userId"_s        ? Sort::UserId
                                                     : Sort::CreatedAt;
    filter.descending = query.descending;
    const Store::PageResult<Subscription> page =
        Store::SubscriptionRepository(request.db()).list(filter, {query.limit, query.offset});
    Usernames names(request.db());
    QJsonArray items;
    for (const Subscription &s : page.items)
        items.append(subscriptionToJson(s, names.of(s.userId)));
    return Json::ok(query.envelope(items, page.total));
}

Reply listSubscriptions(ApiRequest &request)
{
    return listWith(request, std::nullopt);
}

Reply listPending(ApiRequest &request)
{
    return listWith(request, SubscriptionStatus::Pending);
}

Reply getSubscription(ApiRequest &request)
{
    expireDue(request);
    const Subscription s = visible(request, request.param(u"id"_s));
    return Json::versioned(toJson(request.db(), s), s.version);
}

Reply getHistory(ApiRequest &request)
{
    expireDue(request);
    const Subscription s = visible(request, request.param(u"id"_s));
    QJsonArray items;
    for (const Store::SubscriptionHistoryEntry &e :
         Store::SubscriptionRepository(request.db()).history(s.id)) {
        items.append(
            QJsonObject{{u"oldStatus"_s, e.oldStatus.isEmpty() ? QJsonValue() : QJsonValue(e.oldStatus)},
                        {u"newStatus"_s, e.newStatus},
                        {u"reason"_s, e.reason},
                        {u"actor"_s, e.actor.isEmpty() ? QJsonValue() : QJsonValue(e.actor)},
                        {u"at"_s, Json::time(e.at)}});
    }
    return Json::ok({{u"subscriptionId"_s, s.id}, {u"items"_s, items}, {u"total"_s, items.size()}});
}

Reply createSubscription(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    onlyFields(body, {u"modelId"_s, u"reason"_s, u"expiresAt"_s});
    if (request.caller.kind != Auth::Caller::Kind::User)
        throw ApiError(400, "not_a_user",
                       u"Subscriptions belong to users: sign in as the user who wants the model."_s);
    expireDue(request);
    const QString modelId = Json::requiredString(body, "modelId"_L1);
    const QString reason = reasonOf(body, false);
    Store::Database &db = request.db();
    const std::optional<qint64> expiresAt = parseExpiry(body, db.now());
    const QString &userId = request.caller.userId;
    Store::Transaction tx(db);
    const std::optional<Store::Model> model = Store::ModelRepository(db).find(modelId);
    if (!model)
        throw ApiError(404, "model_not_found", u"No model %1."_s.arg(modelId), u"modelId"_s);
    if (!model->enabled)
        throw ApiError(409, "model_disabled", u"The model %1 is disabled."_s.arg(modelId), u"modelId"_s);
    const SubscriptionStatus status =
        model->restricted ? SubscriptionStatus::Pending : SubscriptionStatus::Active;
    Store::SubscriptionRepository subscriptions(db);
    const std::optional<Subscription> existing = subscriptions.findFor(userId, modelId);
    Subscription after;
    int httpStatus = 201;
    if (!existing) {
        after = subscriptions.create(userId, modelId, status, request.caller.actorName(), reason, expiresAt);
        Store::AuditEntry entry = auditEntry(request, u"subscription.create"_s, u"subscription"_s, after.id);
        entry.after = subscriptionToJson(after);
        record(request, entry);
    } else {
        switch (existing->status) {
        case SubscriptionStatus::Active:
        case SubscriptionStatus::Pending:
            throw ApiError::conflict(u"You already have a %1 subscription to %2 (id %3)."_s.arg(
                                         Store::toString(existing->status), modelId, existing->id),
                                     "subscription_exists");
        case SubscriptionStatus::Denied:
            throw ApiError::conflict(u"Your request for %1 was denied (%2); an administrator can revert the "
                                     "decision to put it back in the queue."_s.arg(modelId, existing->reason),
                                     "subscription_denied");
        case SubscriptionStatus::Inactive:
        case SubscriptionStatus::Expired:
            break;
        }
        // A cancelled or expired subscription is asked for again: same row, its history goes on.
        after = subscriptions.setStatus(existing->id, status, request.caller.actorName(), reason,
                                        existing->version, expiresAt);
        Store::AuditEntry entry = auditEntry(request, u"subscription.reopen"_s, u"subscription"_s, after.id);
        entry.before = subscriptionToJson(*existing);
        entry.after = subscriptionToJson(after);
        record(request, entry);
        httpStatus = 200;
    }
    tx.commit();
    request.context.storeChanged();
    Reply reply =
        Json::versioned(subscriptionToJson(after, request.caller.username), after.version, httpStatus);
    if (httpStatus == 201)
        reply.headers.append(Http::Header{"location", "/api/v1/subscriptions/" + after.id.toUtf8()});
    return reply;
}

/// A status change an admin (or, for cancel, the owner) asks for.
enum class Action { Approve, Deny, Revert, Cancel };

QString actionName(Action action)
{
    switch (action) {
    case Action::Approve:
        return u"approve"_s;
    case Action::Deny:
        return u"deny"_s;
    case Action::Revert:
        return u"revert"_s;
    case Action::Cancel:
        return u"cancel"_s;
    }
    return {};
}

struct Decision
{
    Action action;
    QString reason;
    std::optional<qint64> expiresAt; ///< approve only: access until then
    std::optional<qint64> expectedVersion;
};

/// Checks and applies one decision inside the caller's transaction: the audit record included.
/// Throws ApiError (404, 403 self_approval, 409 invalid_transition, 412) and changes nothing then.
Subscription decide(ApiRequest &request, const QString &id, const Decision &d)
{
    Store::Database &db = request.db();
    const Subscription before = visible(request, id);
    const Auth::Caller &caller = request.caller;
    if (d.action == Action::Cancel) {
        if (before.userId != caller.userId && !caller.isAdmin())
            throw ApiError(403, "forbidden", u"Only the subscriber or an admin can cancel a subscription."_s);
    } else if (caller.kind == Auth::Caller::Kind::User && before.userId == caller.userId &&
               (d.action == Action::Approve || d.action == Action::Deny)) {
        throw ApiError(
            403, "self_approval",
            u"Nobody decides on their own request: another admin must %1 it."_s.arg(actionName(d.action)));
    }
    if (d.expectedVersion)
        Json::checkVersion(before.version, *d.expectedVersion);
    QList<SubscriptionStatus> from;
    SubscriptionStatus to = SubscriptionStatus::Active;
    switch (d.action) {
    case Action::Approve:
        from = {SubscriptionStatus::Pending, SubscriptionStatus::Denied};
        to = SubscriptionStatus::Active;
        break;
    case Action::Deny:
        from = {SubscriptionStatus::Pending, SubscriptionStatus::Active};
        to = SubscriptionStatus::Denied;
        break;
    case Action::Revert:
        from = {SubscriptionStatus::Active, SubscriptionStatus::Denied};
        to = SubscriptionStatus::Pending;
        break;
    case Action::Cancel:
        from = {SubscriptionStatus::Active, SubscriptionStatus::Pending};
        to = SubscriptionStatus::Inactive;
        break;
    }
    if (!from.contains(before.status)) {
        QStringList names;
        for (SubscriptionStatus s : std::as_const(from))
            names << Store::toString(s);
        throw ApiError::conflict(
            u"Cannot %1 a subscription that is %2; only %3 ones."_s.arg(
                actionName(d.action), Store::toString(before.status), names.join(u" or "_s)),
            "invalid_transition");
    }
    std::optional<std::optional<qint64>> expiry;
    if (d.expiresAt)
        expiry = d.expiresAt;
    Subscription after;
    try {
        after = Store::SubscriptionRepository(db).setStatus(before.id, to, caller.actorName(), d.reason,
                                                            before.version, expiry);
    } catch (const Store::Error &e) {
        if (e.code() == Store::Error::Code::Conflict)
            throw ApiError(412, "version_mismatch",
                           u"The subscription changed meanwhile; reload and retry."_s);
        throw;
    }
    Store::AuditEntry entry =
        auditEntry(request, u"subscription."_s + actionName(d.action), u"subscription"_s, after.id);
    entry.before = subscriptionToJson(before);
    entry.after = subscriptionToJson(after);
    record(request, entry);
    return after;
}

Decision decisionFrom(ApiRequest &request, Action action, bool allowVersion)
{
    const QJsonObject &body = request.body();
    QStringList allowed = {u"reason"_s};
    if (action == Action::Approve)
        allowed << u"expiresAt"_s;
    if (allowVersion)
        allowed << u"version"_s;
    onlyFields(body, allowed);
    Decision d{action, reasonOf(body, action == Action::Deny || action == Action::Revert), std::nullopt,
               std::nullopt};
    if (action == Action::Approve)
        d.expiresAt = parseExpiry(body, request.db().now());
    if (allowVersion && (body.contains("version"_L1) || !request.http.header("if-match").isNull()))
        d.expectedVersion = Json::expectedVersion(request.http, body);
    return d;
}

Reply decideOne(ApiRequest &request, Action action)
{
    expireDue(request);
    const Decision d = decisionFrom(request, action, true);
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    const Subscription after = decide(request, request.param(u"id"_s), d);
    tx.commit();
    request.context.storeChanged();
    return Json::versioned(toJson(db, after), after.version);
}

Reply approve(ApiRequest &request)
{
    return decideOne(request, Action::Approve);
}

Reply deny(ApiRequest &request)
{
    return decideOne(request, Action::Deny);
}

Reply revert(ApiRequest &request)
{
    return decideOne(request, Action::Revert);
}

Reply cancel(ApiRequest &request)
{
    return decideOne(request, Action::Cancel);
}

Reply bulk(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    onlyFields(body, {u"ids"_s, u"action"_s, u"reason"_s, u"expiresAt"_s});
    const std::optional<QStringList> ids = Json::optionalStringList(body, "ids"_L1);
    if (!ids || ids->isEmpty() || ids->size() > 500)
        throw ApiError::invalid(u"ids"_s, u"ids must list 1 to 500 subscription ids."_s);
    if (QSet<QString>(ids->begin(), ids->end()).size() != ids->size())
        throw ApiError::invalid(u"ids"_s, u"ids must not repeat an id."_s);
    const QString actionText = Json::requiredString(body, "action"_L1);
    Action action = Action::Approve;
    if (actionText == u"approve"_s)
        action = Action::Approve;
    else if (actionText == u"deny"_s)
        action = Action::Deny;
    else if (actionText == u"revert"_s)
        action = Action::Revert;
    else
        throw ApiError::invalid(u"action"_s, u"action must be approve, deny or revert."_s);
    if (action != Action::Approve && body.contains("expiresAt"_L1))
        throw ApiError::invalid(u"expiresAt"_s, u"expiresAt goes with approve only."_s);
    expireDue(request);
    Decision d{action, reasonOf(body, action != Action::Approve), std::nullopt, std::nullopt};
    if (action == Action::Approve)
        d.expiresAt = parseExpiry(body, request.db().now());

    Store::Database &db = request.db();
    Store::Transaction tx(db);
    Usernames names(db);
    QJsonArray results;
    int firstFailure = 0;
    for (const QString &id : *ids) {
        try {
            const Subscription after = decide(request, id, d);
            results.append(
                QJsonObject{{u"id"_s, id},
                            {u"ok"_s, true},
                            {u"subscription"_s, subscriptionToJson(after, names.of(after.userId))}});
        } catch (const ApiError &e) {
            firstFailure = firstFailure ? firstFailure : e.status();
            results.append(QJsonObject{{u"id"_s, id},
                                       {u"ok"_s, false},
                                       {u"status"_s, e.status()},
                                       {u"code"_s, QString::fromLatin1(e.code())},
                                       {u"message"_s, e.message()}});
        }
    }
    if (firstFailure) {
        // All or nothing: the transaction rolls back, and every item says why or that it was fine.
        QJsonObject error =
            QJsonDocument::fromJson(
                Http::errorBody("No subscription was changed: at least one "
                                "item cannot be decided; see results.",
                                firstFailure == 403 ? "permission_error" : "invalid_request_error",
                                "bulk_rejected", {}))
                .object();
        error.insert(u"applied"_s, false);
        error.insert(u"results"_s, results);
        return Json::ok(error, firstFailure);
    }
    tx.commit();
    request.context.storeChanged();
    return Json::ok({{u"applied"_s, true},
                     {u"action"_s, actionText},
                     {u"updated"_s, results.size()},
                     {u"results"_s, results}});
}

} // namespace

void addSubscriptionRoutes(RouteTable &table)
{
    table.add(
        "GET", "/api/v1/subscriptions", Permission::Authenticated,
        u"List subscriptions (own; admins all): userId, modelId, status; sort createdAt|statusChangedAt|"
        "status|modelId|userId"_s,
        listSubscriptions);
    table.add("POST", "/api/v1/subscriptions", Permission::Authenticated,
              u"Subscribe to a model: active at once, or pending for a restricted model"_s,
              createSubscription);
    // Before /{id}, so "pending" and "bulk" are not taken for ids.
    table.add("GET", "/api/v1/subscriptions/pending", Permission::AdminRead,
              u"The approval queue, oldest request first"_s, listPending);
    table.add("POST", "/api/v1/subscriptions/bulk", Permission::AdminWrite,
              u"Approve, deny or revert many subscriptions: all or nothing"_s, bulk);
    table.add("GET", "/api/v1/subscriptions/{id}", Permission::Authenticated, u"One subscription"_s,
              getSubscription);
    table.add("DELETE", "/api/v1/subscriptions/{id}", Permission::Authenticated,
              u"Cancel a subscription (it becomes inactive)"_s, cancel);
    table.add("POST", "/api/v1/subscriptions/{id}/cancel", Permission::Authenticated,
              u"Cancel a subscription (it becomes inactive)"_s, cancel);
    table.add("GET", "/api/v1/subscriptions/{id}/history", Permission::Authenticated,
              u"Every status change of a subscription, oldest first"_s, getHistory);
    table.add("POST", "/api/v1/subscriptions/{id}/approve", Permission::AdminWrite,
              u"Approve a pending or denied subscription"_s, approve);
    table.add("POST", "/api/v1/subscriptions/{id}/deny", Permission::AdminWrite,
              u"Deny a pending or active subscription (reason required)"_s, deny);
    table.add("POST", "/api/v1/subscriptions/{id}/revert", Permission::AdminWrite,
              u"Put an active or denied subscription back in the queue (reason required)"_s, revert);
}

} // namespace Tollgate::Api
