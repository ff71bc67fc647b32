// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/litellmsupport.h"

#include "gateway-core/http/forwarded.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/userrepository.h"
#include "gateway-core/util/duration.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tollgate::Api::LiteLlm {

namespace {

/// LiteLLM clients (LiteMaaS among them) send this to mean "no limit", since LiteLLM ignores null.
constexpr qint64 UnlimitedSentinel = 2147483647;
/// The largest amount of money accepted: nano-units must stay far from overflow.
constexpr double MaxUnits = 1e9;

QByteArray typeFor(int status)
{
    switch (status) {
    case 401:
        return "auth_error";
    case 403:
        return "permission_error";
    case 404:
        return "not_found_error";
    default:
        return status >= 500 ? "internal_server_error" : "bad_request_error";
    }
}

Refusal wrongType(QLatin1String name, const char *expected)
{
    return Refusal(400, u"'%1' must be %2"_s.arg(name, QLatin1String(expected)));
}

} // namespace

Reply errorReply(int status, const QString &message)
{
    const QJsonObject error{{u"message"_s, message},
                            {u"type"_s, QString::fromLatin1(typeFor(status))},
                            {u"param"_s, QJsonValue()},
                            {u"code"_s, QString::number(status)}};
    return Reply::json(status,
                       QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact));
}

Reply jsonReply(const QJsonObject &body)
{
    return Reply::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply guarded(const std::function<Reply()> &work)
{
    try {
        return work();
    } catch (const Refusal &r) {
        return errorReply(r.status(), r.message());
    } catch (const Store::Error &e) {
        switch (e.code()) {
        case Store::Error::Code::NotFound:
            return errorReply(404, e.message());
        // LiteLLM answers 400 for taken aliases and existing users; clients look for that.
        case Store::Error::Code::Conflict:
        case Store::Error::Code::Invalid:
            return errorReply(400, e.message());
        case Store::Error::Code::Unavailable:
            return errorReply(503, u"the database is unavailable; try again shortly"_s);
        case Store::Error::Code::Internal:
            break;
        }
        throw;
    }
}

QJsonObject bodyObject(const Http::Request &request)
{
    if (request.body.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw Refusal(400, u"the request body is not valid JSON: %1 at offset %2"_s.arg(error.errorString())
                               .arg(error.offset));
    if (!doc.isObject())
        throw Refusal(400, u"the request body must be a JSON object"_s);
    return doc.object();
}

std::optional<QString> Fields::string(QLatin1String name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        throw wrongType(name, "a string");
    return v.toString();
}

std::optional<qint64> Fields::limit(QLatin1String name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || std::floor(d) != d || !std::isfinite(d))
        throw wrongType(name, "a whole number, 0 or more");
    if (d >= double(UnlimitedSentinel))
        return std::nullopt;
    return qint64(d);
}

std::optional<qint64> Fields::money(QLatin1String name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !std::isfinite(d) || d < 0)
        throw wrongType(name, "a number, 0 or more");
    if (d >= double(UnlimitedSentinel))
        return std::nullopt;
    if (d >= MaxUnits)
        throw Refusal(400, u"'%1' is too large"_s.arg(name));
    return std::llround(d * 1e9);
}

std::optional<QStringList> Fields::strings(QLatin1String name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return QStringList();
    if (!v.isArray())
        throw wrongType(name, "a list of strings");
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            throw wrongType(name, "a list of non-empty strings");
        if (!list.contains(item.toString()))
            list << item.toString();
    }
    return list;
}

std::optional<QJsonObject> Fields::map(QLatin1String name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return QJsonObject();
    if (!v.isObject())
        throw wrongType(name, "an object");
    return v.toObject();
}

std::optional<bool> Fields::boolean(QLatin1String name) const
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        throw wrongType(name, "true or false");
    return v.toBool();
}

double toUnits(qint64 nanos)
{
    return double(nanos) / 1e9;
}

qint64 durationMs(const QString &text, QLatin1String field)
{
    QString error;
    const auto d = Util::parseDuration(text, &error);
    if (!d)
        throw Refusal(400, u"'%1': %2 (use e.g. \"30d\", \"168h\", \"1h\", \"30m\")"_s.arg(field, error));
    return d->toMilliseconds();
}

QJsonValue isoTime(std::optional<qint64> ms)
{
    if (!ms)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Keys::Actor actorFor(const Http::Request &request)
{
    Keys::Actor actor;
    actor.id = u"master-key"_s;
    const QByteArray changedBy = request.header("litellm-changed-by").trimmed();
    actor.name = changedBy.isEmpty() ? u"master key"_s : QString::fromUtf8(changedBy.left(200));
    actor.sourceAddress = Http::clientAddress(request);
    actor.requestId = QString::fromLatin1(request.requestId);
    return actor;
}

void auditChange(Store::Database &db, const Keys::Actor &actor, const QString &action,
                 const QString &targetType, const QString &targetId, const QJsonValue &before,
                 const QJsonValue &after)
{
    Store::AuditEntry entry;
    entry.actorId = actor.id;
    entry.actorName = actor.name;
    entry.action = action;
    entry.targetType = targetType;
    entry.targetId = targetId;
    entry.before = before;
    entry.after = after;
    entry.sourceAddress = actor.sourceAddress;
    entry.requestId = actor.requestId;
    Store::AuditRepository(db).append(entry);
}

QString ensureUser(Store::Database &db, const QString &userId, const Keys::Actor &actor,
                   const std::function<void(Store::User &)> &settings, bool *created)
{
    Store::UserRepository users(db);
    if (created)
        *created = false;
    if (auto u = users.find(userId))
        return u->id;
    if (auto u = users.findByUsername(userId))
        return u->id;
    Store::User u;
    u.id = userId;
    u.username = userId;
    u.provider = u"local"_s;
    if (settings)
        settings(u);
    // The username is a login name and must be unique; the id the automation chose is what matters.
    if (u.username != userId && users.findByUsername(u.username))
        u.username = userId;
    if (users.findByUsername(u.username))
        u.username = userId + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const Store::User stored = users.create(u);
    auditChange(db, actor, u"user.create"_s, u"user"_s, stored.id, QJsonValue(),
                QJsonObject{{u"username"_s, stored.username},
                            {u"email"_s, stored.email},
                            {u"roles"_s, QJsonArray::fromStringList(stored.roles)},
                            {u"source"_s, u"litellm-api"_s}});
    if (created)
        *created = true;
    return stored.id;
}

void grantSubscriptions(Store::Database &db, const QString &userId, const QStringList &models,
                        const Keys::Actor &actor)
{
    QStringList ids = models;
    if (ids.isEmpty()) {
        Store::ModelRepository catalogue(db);
        Store::ModelFilter filter;
        filter.enabled = true;
        filter.restricted = false;
        for (int offset = 0;; offset += 500) {
            const auto page = catalogue.list(filter, {500, offset});
            for (const Store::Model &m : page.items)
                ids << m.id;
            if (page.items.size() < 500)
                break;
        }
    }
    Store::ModelRepository catalogue(db);
    QStringList unknown;
    for (const QString &modelId : std::as_const(ids)) {
        if (!catalogue.find(modelId))
            unknown << modelId;
    }
    if (!unknown.isEmpty())
        throw Refusal(400,
                      u"unknown model(s): %1; add them with /model/new first"_s.arg(unknown.join(u", ")));
    Store::SubscriptionRepository subscriptions(db);
    const QString reason = u"granted with a key made through the LiteLLM-compatible API"_s;
    for (const QString &modelId : std::as_const(ids)) {
        const auto s = subscriptions.findFor(userId, modelId);
        if (!s)
            subscriptions.create(userId, modelId, Store::SubscriptionStatus::Active, actor.name, reason);
        else if (s->status != Store::SubscriptionStatus::Active)
            subscriptions.setStatus(s->id, Store::SubscriptionStatus::Active, actor.name, reason, s->version);
    }
}

void applyKeyFields(const Fields &f, Store::ApiKey &key, qint64 now)
{
    if (f.has("key_alias"_L1)) {
        key.alias = f.string("key_alias"_L1).value_or(QString());
        if (key.alias.size() > 256)
            throw Refusal(400, u"'key_alias' is longer than 256 characters"_s);
    }
    if (f.has("key_name"_L1) && f.string("key_name"_L1))
        key.name = *f.string("key_name"_L1);
    if (f.has("models"_L1))
        key.models = *f.strings("models"_L1);
    if (f.has("metadata"_L1))
        key.metadata = *f.map("metadata"_L1);
    if (f.has("max_budget"_L1))
        key.maxBudget = f.money("max_budget"_L1);
    if (f.has("soft_budget"_L1))
        key.softBudget = f.money("soft_budget"_L1);
    if (f.has("budget_duration"_L1)) {
        key.budgetDuration = f.string("budget_duration"_L1).value_or(QString());
        QString error;
        if (!key.budgetDuration.isEmpty() && !Util::parseDuration(key.budgetDuration, &error))
            throw Refusal(400, u"'budget_duration': %1"_s.arg(error));
    }
    if (f.has("tpm_limit"_L1))
        key.tpmLimit = f.limit("tpm_limit"_L1);
    if (f.has("rpm_limit"_L1))
        key.rpmLimit = f.limit("rpm_limit"_L1);
    if (f.has("max_parallel_requests"_L1))
        key.parallelLimit = f.limit("max_parallel_requests"_L1);
    if (f.has("blocked"_L1))
        key.blocked = f.boolean("blocked"_L1).value_or(false);
    // Per-model rates live in one map {model: {rpm, tpm}}; each LiteLLM field replaces its half.
    for (const auto &[field, half] :
         {std::pair{"model_rpm_limit"_L1, u"rpm"_s}, std::pair{"model_tpm_limit"_L1, u"tpm"_s}}) {
        if (!f.has(field))
            continue;
        const QJsonObject given = *f.map(field);
        QJsonObject limits = key.modelLimits;
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            QJsonObject o = it.value().toObject();
            o.remove(half);
            it.value() = o;
        }
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            const auto value =
                Fields(QJsonObject{{it.key(), it.value()}}).limit(QLatin1String(it.key().toUtf8()));
            if (!value)
                continue;
            QJsonObject o = limits.value(it.key()).toObject();
            o.insert(half, double(*value));
            limits.insert(it.key(), o);
        }
        for (auto it = limits.begin(); it != limits.end();)
            it = it.value().toObject().isEmpty() ? limits.erase(it) : std::next(it);
        key.modelLimits = limits;
    }
    if (f.has("model_max_budget"_L1) && !f.map("model_max_budget"_L1)->isEmpty())
        throw Refusal(400, u"'model_max_budget' (per-model budgets) is not supported; use max_budget, or "
                           "model_rpm_limit / model_tpm_limit for per-model rates"_s);
    if (f.has("budget_limits"_L1) && !f.isNull("budget_limits"_L1))
        throw Refusal(400,
                      u"'budget_limits' (several budget windows on one key) is not supported; use max_budget "
                      "with budget_duration"_s);
    if (f.has("spend"_L1))
        throw Refusal(400, u"'spend' cannot be set: it is what the gateway metered"_s);
    if (f.has("duration"_L1)) {
        const auto duration = f.string("duration"_L1);
        // LiteLLM: "-1" means never; a missing or null duration on an update leaves the expiry.
        if (duration == u"-1"_s)
            key.expiresAt.reset();
        else if (duration)
            key.expiresAt = now + durationMs(*duration, "duration"_L1);
    }
    if (f.has("expires"_L1)) {
        const auto expires = f.string("expires"_L1);
        if (!expires) {
            key.expiresAt.reset();
        } else {
            const QDateTime at = QDateTime::fromString(*expires, Qt::ISODateWithMs);
            if (!at.isValid())
                throw Refusal(400, u"'expires' must be an ISO-8601 time or null"_s);
            key.expiresAt = at.toMSecsSinceEpoch();
        }
    }
}

QJsonObject keyInfo(const Store::ApiKey &key)
{
    QJsonObject rpm;
    QJsonObject tpm;
    for (auto it = key.modelLimits.constBegin(); it != key.modelLimits.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (o.contains(u"rpm"_s))
            rpm.insert(it.key(), o.value(u"rpm"_s));
        if (o.contains(u"tpm"_s))
            tpm.insert(it.key(), o.value(u"tpm"_s));
    }
    auto number = [](const std::optional<qint64> &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
    auto units = [](const std::optional<qint64> &v) { return v ? QJsonValue(toUnits(*v)) : QJsonValue(); };
    return QJsonObject{
        {u"token"_s, key.secretHash},
        {u"key_id"_s, key.id},
        {u"key_name"_s, key.displayPrefix},
        {u"key_alias"_s, key.alias.isEmpty() ? QJsonValue() : QJsonValue(key.alias)},
        {u"user_id"_s, key.userId},
        {u"team_id"_s, QJsonValue()},
        {u"models"_s, QJsonArray::fromStringList(key.models)},
        {u"spend"_s, toUnits(key.spend)},
        {u"max_budget"_s, units(key.maxBudget)},
        {u"soft_budget"_s, units(key.softBudget)},
        {u"budget_duration"_s, key.budgetDuration.isEmpty() ? QJsonValue() : QJsonValue(key.budgetDuration)},
        {u"budget_reset_at"_s, isoTime(key.budgetResetAt)},
        {u"tpm_limit"_s, number(key.tpmLimit)},
        {u"rpm_limit"_s, number(key.rpmLimit)},
        {u"max_parallel_requests"_s, number(key.parallelLimit)},
        {u"model_rpm_limit"_s, rpm},
        {u"model_tpm_limit"_s, tpm},
        {u"model_max_budget"_s, QJsonObject()},
        {u"metadata"_s, key.metadata},
        {u"expires"_s, isoTime(key.expiresAt)},
        {u"blocked"_s, key.blocked || key.revokedAt.has_value()},
        {u"revoked_at"_s, isoTime(key.revokedAt)},
        {u"last_used_at"_s, isoTime(key.lastUsedAt)},
        {u"created_at"_s, isoTime(key.createdAt)},
        {u"updated_at"_s, isoTime(key.updatedAt)},
    };
}

} // namespace Tollgate::Api::LiteLlm
