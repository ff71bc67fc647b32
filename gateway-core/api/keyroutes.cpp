// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/keyroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/keys/keymanager.h"
#include "gateway-core/keys/keypolicy.h"
#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/usagerepository.h"
#include "gateway-core/store/userrepository.h"
#include "gateway-core/util/decimal.h"
#include "gateway-core/util/duration.h"
#include "gateway-core/util/jsonnumber.h"

#include <QDateTime>
#include <QJsonDocument>

#include <map>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;
using Keys::KeyPolicy;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;
/// Budget windows a self-service key may have: they reset at midnight, on Monday and on the 1st.
const QStringList BudgetDurations = {u"1d"_s, u"7d"_s, u"1mo"_s};

/// What a key's owner may set, on create and on PATCH.
const QStringList KeyFields = {u"rpmLimit"_s,  u"tpmLimit"_s,   u"parallelLimit"_s,  u"modelLimits"_s,
                               u"maxBudget"_s, u"softBudget"_s, u"budgetDuration"_s, u"expiresAt"_s,
                               u"expiresIn"_s, u"metadata"_s,   u"models"_s,         u"name"_s};

const QStringList PolicyFields = {u"defaultRpm"_s,
                                  u"maxRpm"_s,
                                  u"defaultTpm"_s,
                                  u"maxTpm"_s,
                                  u"defaultParallel"_s,
                                  u"maxParallel"_s,
                                  u"defaultMaxBudget"_s,
                                  u"maxBudget"_s,
                                  u"defaultBudgetDuration"_s,
                                  u"defaultExpiryDays"_s,
                                  u"maxExpiryDays"_s,
                                  u"maxActiveKeysPerUser"_s,
                                  u"maxGracePeriod"_s};

enum class Mode { Create, Update };
enum class Access { Read, Write };

void rejectUnknown(const QJsonObject &body, const QStringList &allowed)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            throw ApiError::invalid(it.key(),
                                    u"Unknown field %1; allowed: %2."_s.arg(it.key(), allowed.join(u", "_s)));
    }
}

QString stateOf(const Store::ApiKey &key, qint64 now)
{
    if (key.revokedAt)
        return u"revoked"_s;
    if (key.blocked)
        return u"blocked"_s;
    if (key.expiresAt && *key.expiresAt <= now)
        return u"expired"_s;
    return u"active"_s;
}

/// The calendar window a key's budget is in now: [start, reset).
struct Window
{
    qint64 start = 0;
    qint64 resetAt = 0;
};

std::optional<Window> windowOf(const Store::ApiKey &key, qint64 now, const QTimeZone &zone)
{
    if (key.budgetDuration.isEmpty())
        return std::nullopt;
    const auto duration = Limits::parseBudgetDuration(key.budgetDuration);
    if (!duration)
        return std::nullopt;
    return Window{std::max(key.createdAt, Limits::budgetWindowStartMs(*duration, now, zone)),
                  Limits::nextBudgetResetMs(*duration, now, zone)};
}

/// A key as /api/v1 shows it: never its secret or hashes. @p windowSpend is what was metered in
/// the current budget window (from the usage records, so it is exact even across resets).
QJsonObject keyToJson(const Store::ApiKey &key, qint64 now, const QTimeZone &zone, qint64 windowSpend)
{
    QJsonValue window = QJsonValue::Null;
    if (const auto w = windowOf(key, now, zone)) {
        window = QJsonObject{{u"duration"_s, key.budgetDuration},
                             {u"startedAt"_s, Json::time(w->start)},
                             {u"resetsAt"_s, Json::time(w->resetAt)},
                             {u"spend"_s, Json::money(windowSpend)}};
    }
    return {
        {u"id"_s, key.id},
        {u"userId"_s, key.userId},
        {u"name"_s, key.name},
        {u"alias"_s, key.alias.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.alias)},
        {u"prefix"_s, key.displayPrefix},
        {u"state"_s, stateOf(key, now)},
        {u"models"_s, QJsonArray::fromStringList(key.models)},
        {u"rpmLimit"_s, Json::integer(key.rpmLimit)},
        {u"tpmLimit"_s, Json::integer(key.tpmLimit)},
        {u"parallelLimit"_s, Json::integer(key.parallelLimit)},
        {u"modelLimits"_s, key.modelLimits},
        {u"maxBudget"_s, Json::money(key.maxBudget)},
        {u"softBudget"_s, Json::money(key.softBudget)},
        {u"budgetDuration"_s,
         key.budgetDuration.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.budgetDuration)},
        {u"budgetWindow"_s, window},
        {u"spend"_s, Json::money(key.spend)},
        {u"expiresAt"_s, Json::time(key.expiresAt)},
        {u"revokedAt"_s, Json::time(key.revokedAt)},
        {u"previousSecretValidUntil"_s,
         Json::time(key.previousHashExpiresAt && *key.previousHashExpiresAt > now ? key.previousHashExpiresAt
                                                                                  : std::nullopt)},
        {u"lastUsedAt"_s, Json::time(key.lastUsedAt)},
        {u"metadata"_s, key.metadata},
        {u"version"_s, double(key.version)},
        {u"createdAt"_s, Json::time(key.createdAt)},
        {u"updatedAt"_s, Json::time(key.updatedAt)},
    };
}

/// The JSON of @p keys, with each one's spend in its current budget window.
QJsonArray keysToJson(ApiRequest &request, const QList<Store::ApiKey> &keys)
{
    const qint64 now = request.db().now();
    const QTimeZone &zone = request.context.timezone;
    std::map<qint64, QStringList> byWindowStart;
    for (const Store::ApiKey &key : keys) {
        if (const auto w = windowOf(key, now, zone))
            byWindowStart[w->start].append(key.id);
    }
    QHash<QString, qint64> spend;
    Store::UsageRepository usage(request.db());
    for (const auto &[start, ids] : byWindowStart)
        spend.insert(usage.keySpendSince(ids, start));
    QJsonArray items;
    for (const Store::ApiKey &key : keys)
        items.append(keyToJson(key, now, zone, spend.value(key.id)));
    return items;
}

QJsonObject keyJson(ApiRequest &request, const Store::ApiKey &key)
{
    return keysToJson(request, {key}).first().toObject();
}

Keys::KeyManager managerFor(const ApiRequest &request)
{
    return Keys::KeyManager(request.db(), request.context.keys, request.context.timezone);
}

Keys::Actor actorFor(const ApiRequest &request)
{
    return Keys::Actor{
        request.caller.kind == Auth::Caller::Kind::MasterKey ? u"master-key"_s : request.caller.userId,
        request.caller.actorName(), request.sourceAddress(), QString::fromLatin1(request.http.requestId)};
}

bool owns(const Auth::Caller &caller, const Store::ApiKey &key)
{
    return caller.kind == Auth::Caller::Kind::User && key.userId == caller.userId;
}

/// The key of the path's {id}, if the caller may see it (and, for Access::Write, change it).
/// Another user's key is "not found" to a user, so key ids cannot be probed.
Store::ApiKey keyFor(ApiRequest &request, Access access)
{
    const QString id = request.param(u"id"_s);
    const std::optional<Store::ApiKey> key = Store::KeyRepository(request.db()).find(id);
    const Auth::Caller &caller = request.caller;
    if (!key || (!owns(caller, *key) && !caller.canReadAdmin()))
        throw ApiError::notFound(u"No API key with id %1."_s.arg(id));
    if (access == Access::Write && !owns(caller, *key) && !caller.isAdmin())
        throw ApiError(403, "forbidden", u"Only an admin may change another user's key."_s);
    return *key;
}

/// 403 model_not_subscribed unless @p userId has an active subscription to every model.
void requireSubscriptions(Store::Database &db, const QString &userId, const QStringList &models)
{
    Store::SubscriptionRepository subscriptions(db);
    QStringList missing;
    for (const QString &model : models) {
        const auto s = subscriptions.findFor(userId, model);
        if (!s || s->status != Store::SubscriptionStatus::Active)
            missing << model;
    }
    if (!missing.isEmpty())
        throw ApiError(403, "model_not_subscribed",
                       u"A key may only name models its owner has an active subscription to; not: %1."_s.arg(
                           missing.join(u", "_s)),
                       u"models"_s);
}

QString amount(qint64 nanos)
{
    return Util::formatNanos(nanos);
}

/// Applies one limit of the body to @p target within the policy: absent → (on create) the
/// default, else the maximum; null → unlimited unless there is a maximum; a value above the
/// maximum → 400 naming the field and the maximum.
void boundedLimit(std::optional<qint64> &target, const QJsonObject &body, QLatin1StringView field, Mode mode,
                  const std::optional<qint64> &fallback, const std::optional<qint64> &maximum,
                  bool money = false, qint64 minimum = 0)
{
    const Json::Patch<qint64> v =
        money ? Json::patchMoney(body, field) : Json::patchInt(body, field, minimum);
    const auto shown = [money](qint64 n) { return money ? amount(n) : QString::number(n); };
    if (!v) {
        if (mode == Mode::Create)
            target = fallback ? fallback : maximum;
        return;
    }
    if (!*v && maximum)
        throw ApiError::invalid(field,
                                u"%1 cannot be unlimited: the maximum is %2."_s.arg(field, shown(*maximum)));
    if (*v && maximum && **v > *maximum)
        throw ApiError::invalid(field, u"%1 must be at most %2."_s.arg(field, shown(*maximum)));
    target = *v;
}

QJsonObject modelLimitsFrom(const QJsonValue &value, const KeyPolicy &policy)
{
    if (value.isNull())
        return {};
    if (!value.isObject())
        throw ApiError::invalid(
            u"modelLimits"_s,
            u"modelLimits must be an object such as {\"model\": {\"rpm\": 10, \"tpm\": 1000}}."_s);
    QJsonObject result;
    const QJsonObject limits = value.toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const QString field = u"modelLimits."_s + it.key();
        if (!it.value().isObject())
            throw ApiError::invalid(field, u"%1 must be an object with rpm and/or tpm."_s.arg(field));
        const QJsonObject limit = it.value().toObject();
        QJsonObject stored;
        for (auto l = limit.begin(); l != limit.end(); ++l) {
            const QString name = l.key();
            if (name != u"rpm"_s && name != u"tpm"_s)
                throw ApiError::invalid(field, u"%1 may only have rpm and tpm."_s.arg(field));
            const std::optional<qint64> maximum = name == u"rpm"_s ? policy.maxRpm : policy.maxTpm;
            const std::optional<qint64> n = Util::wholeNumber(l.value());
            if (!n || *n < 0)
                throw ApiError::invalid(field, u"%1.%2 must be a non-negative integer."_s.arg(field, name));
            if (maximum && *n > *maximum)
                throw ApiError::invalid(field, u"%1.%2 must be at most %3."_s.arg(field, name).arg(*maximum));
            stored.insert(name, double(*n));
        }
        if (!stored.isEmpty())
            result.insert(it.key(), stored);
    }
    return result;
}

/// Applies name, models, limits, budgets, expiry and metadata of @p body to @p key, within
/// @p policy. On Mode::Update, absent fields are left alone.
void applyFields(Store::ApiKey &key, const QJsonObject &body, const KeyPolicy &policy, Mode mode, qint64 now)
{
    if (mode == Mode::Create || body.contains("name"_L1)) {
        const QString name = Json::requiredString(body, "name"_L1).trimmed();
        if (name.size() > 100)
            throw ApiError::invalid(u"name"_s, u"name may have at most 100 characters."_s);
        key.name = name;
    }
    if (body.value("models"_L1).isNull() && body.contains("models"_L1)) {
        key.models.clear(); // every model the owner is subscribed to
    } else if (const auto models = Json::optionalStringList(body, "models"_L1)) {
        QStringList unique;
        for (const QString &m : *models) {
            if (m.trimmed().isEmpty())
                throw ApiError::invalid(u"models"_s, u"models must not contain empty names."_s);
            if (!unique.contains(m))
                unique << m;
        }
        key.models = unique;
    }
    boundedLimit(key.rpmLimit, body, "rpmLimit"_L1, mode, policy.defaultRpm, policy.maxRpm);
    boundedLimit(key.tpmLimit, body, "tpmLimit"_L1, mode, policy.defaultTpm, policy.maxTpm);
    boundedLimit(key.parallelLimit, body, "parallelLimit"_L1, mode, policy.defaultParallel,
                 policy.maxParallel, false, 1);
    boundedLimit(key.maxBudget, body, "maxBudget"_L1, mode, policy.defaultMaxBudget, policy.maxBudget, true);
    if (const auto soft = Json::patchMoney(body, "softBudget"_L1)) {
        if (*soft && policy.maxBudget && **soft > *policy.maxBudget)
            throw ApiError::invalid(u"softBudget"_s,
                                    u"softBudget must be at most %1."_s.arg(amount(*policy.maxBudget)));
        key.softBudget = *soft;
    }
    if (key.softBudget && key.maxBudget && *key.softBudget > *key.maxBudget)
        throw ApiError::invalid(u"softBudget"_s,
                                u"softBudget must not exceed maxBudget (%1)."_s.arg(amount(*key.maxBudget)));
    if (body.contains("budgetDuration"_L1)) {
        const QJsonValue v = body.value("budgetDuration"_L1);
        if (v.isNull()) {
            key.budgetDuration.clear();
        } else if (!v.isString() || !BudgetDurations.contains(v.toString())) {
            throw ApiError::invalid(u"budgetDuration"_s, u"budgetDuration must be one of %1, or null."_s.arg(
                                                             BudgetDurations.join(u", "_s)));
        } else {
            key.budgetDuration = v.toString();
        }
    } else if (mode == Mode::Create) {
        key.budgetDuration = policy.defaultBudgetDuration;
    }
    if (body.contains("modelLimits"_L1))
        key.modelLimits = modelLimitsFrom(body.value("modelLimits"_L1), policy);

    // Expiry: expiresAt (a time or null) or expiresIn (a duration from now), bounded by maxExpiryDays.
    const bool hasAt = body.contains("expiresAt"_L1);
    const bool hasIn = body.contains("expiresIn"_L1);
    if (hasAt && hasIn)
        throw ApiError::invalid(u"expiresIn"_s, u"Send expiresAt or expiresIn, not both."_s);
    const QString field = hasIn ? u"expiresIn"_s : u"expiresAt"_s;
    const qint64 maxDays = policy.maxExpiryDays.value_or(0);
    const qint64 latest = now + maxDays * DayMs; // meaningful only when maxDays > 0
    if (hasAt || hasIn) {
        const QJsonValue v = body.value(field);
        std::optional<qint64> at;
        if (hasIn && !v.isNull()) {
            const auto d = v.isString() ? Util::parseDuration(v.toString()) : std::nullopt;
            if (!d)
                throw ApiError::invalid(field, u"expiresIn must be a duration such as \"30d\" or \"12h\"."_s);
            at = now + d->toMilliseconds();
        } else if (hasAt && !v.isNull()) {
            const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            if (!v.isString() || !t.isValid())
                throw ApiError::invalid(field, u"expiresAt must be an ISO-8601 time such as "
                                               "\"2026-12-31T00:00:00Z\", or null."_s);
            at = t.toMSecsSinceEpoch();
        }
        if (!at && maxDays > 0)
            throw ApiError::invalid(field, u"Keys must expire within %1 days."_s.arg(maxDays));
        if (at && *at <= now)
            throw ApiError::invalid(field, u"The expiry must be in the future."_s);
        if (at && maxDays > 0 && *at > latest)
            throw ApiError::invalid(field, u"%1 must be at most %2 days from now."_s.arg(field).arg(maxDays));
        key.expiresAt = at;
    } else if (mode == Mode::Create) {
        const std::optional<qint64> days =
            policy.defaultExpiryDays ? policy.defaultExpiryDays : policy.maxExpiryDays;
        key.expiresAt = days ? std::optional<qint64>(now + *days * DayMs) : std::nullopt;
    }

    if (body.contains("metadata"_L1)) {
        const QJsonValue v = body.value("metadata"_L1);
        if (!v.isNull() && !v.isObject())
            throw ApiError::invalid(u"metadata"_s, u"metadata must be an object, or null."_s);
        if (QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size() > 8192)
            throw ApiError::invalid(u"metadata"_s, u"metadata may have at most 8 KiB of JSON."_s);
        key.metadata = v.toObject();
    }
}

/// Runs @p change; a store conflict over a stale version becomes 412 version_mismatch.
template<typename F> auto withVersionCheck(ApiRequest &request, qint64 expected, F change)
{
    try {
        return change();
    } catch (const Store::Error &e) {
        if (e.code() == Store::Error::Code::Conflict) {
            if (const auto now = Store::KeyRepository(request.db()).find(request.param(u"id"_s)))
                Json::checkVersion(now->version, expected);
        }
        throw;
    }
}

Reply listKeys(ApiRequest &request)
{
    Json::ListQuery query = Json::ListQuery::parse(
        request.http, {u"createdAt"_s, u"name"_s, u"lastUsedAt"_s, u"expiresAt"_s, u"spend"_s},
        u"createdAt"_s, {u"userId"_s, u"model"_s, u"state"_s, u"search"_s});
    if (!request.http.query.contains("sort="))
        query.descending = true; // newest first unless asked otherwise
    const Auth::Caller &caller = request.caller;
    Store::KeyFilter filter;
    filter.userId = query.filter(u"userId"_s);
    if (!caller.canReadAdmin()) {
        if (!filter.userId.isEmpty() && filter.userId != caller.userId)
            throw ApiError(403, "forbidden", u"You can only list your own keys."_s);
        filter.userId = caller.userId;
    }
    filter.model = query.filter(u"model"_s);
    filter.search = query.filter(u"search"_s);
    static const QHash<QString, Store::KeyFilter::State> states = {
        {u"active"_s, Store::KeyFilter::State::Active},
        {u"expired"_s, Store::KeyFilter::State::Expired},
        {u"revoked"_s, Store::KeyFilter::State::Revoked},
        {u"blocked"_s, Store::KeyFilter::State::Blocked}};
    if (query.filters.contains(u"state"_s)) {
        const QString state = query.filter(u"state"_s);
        if (!states.contains(state))
            throw ApiError::invalid(u"state"_s, u"state must be one of active, expired, revoked, blocked."_s);
        filter.state = states.value(state);
    }
    filter.now = request.db().now();
    static const QHash<QString, Store::KeyFilter::Sort> sorts = {
        {u"createdAt"_s, Store::KeyFilter::Sort::Created},
        {u"name"_s, Store::KeyFilter::Sort::Name},
        {u"lastUsedAt"_s, Store::KeyFilter::Sort::LastUsed},
        {u"expiresAt"_s, Store::KeyFilter::Sort::Expires},
        {u"spend"_s, Store::KeyFilter::Sort::Spend}};
    filter.sort = sorts.value(query.sort);
    filter.descending = query.descending;
    const Store::PageResult<Store::ApiKey> page =
        Store::KeyRepository(request.db()).list(filter, {query.limit, query.offset});
    return Json::ok(query.envelope(keysToJson(request, page.items), page.total));
}

Reply createKey(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    rejectUnknown(body, KeyFields + QStringList{u"userId"_s});
    const Auth::Caller &caller = request.caller;
    Store::Database &db = request.db();
    QString owner = caller.userId;
    if (const auto named = Json::optionalString(body, "userId"_L1); named && *named != caller.userId) {
        if (!caller.isAdmin())
            throw ApiError(403, "forbidden", u"Only an admin may make a key for another user."_s);
        owner = *named;
    }
    if (owner.isEmpty())
        throw ApiError::invalid(u"userId"_s, u"userId is required: name the user the key is for."_s);
    if (!Store::UserRepository(db).find(owner))
        throw ApiError::invalid(u"userId"_s, u"No user with id %1."_s.arg(owner));
    const KeyPolicy policy = KeyPolicy::load(db);
    const qint64 now = db.now();
    Store::ApiKey settings;
    settings.userId = owner;
    applyFields(settings, body, policy, Mode::Create, now);

    Keys::KeyManager manager = managerFor(request);
    // In the key's own transaction, so two concurrent requests cannot both take the last slot.
    const Keys::IssuedKey issued = manager.create(settings, actorFor(request), [&](Store::ApiKey &key) {
        requireSubscriptions(db, key.userId, key.models);
        if (policy.maxActiveKeysPerUser &&
            Store::KeyRepository(db).countActive(key.userId, now) >= *policy.maxActiveKeysPerUser)
            throw ApiError::conflict(
                u"The user already has %1 active keys, the most allowed; revoke or delete one first."_s.arg(
                    *policy.maxActiveKeysPerUser),
                "key_limit_reached");
    });
    QJsonObject answer = keyJson(request, issued.key);
    answer.insert(u"secret"_s, QString::fromLatin1(issued.secret));
    Reply reply = Json::versioned(answer, issued.key.version, 201);
    reply.headers.append(Http::Header{"location", "/api/v1/keys/" + issued.key.id.toUtf8()});
    reply.headers.append(Http::Header{"cache-control", "no-store"});
    return reply;
}

Reply getKey(ApiRequest &request)
{
    const Store::ApiKey key = keyFor(request, Access::Read);
    return Json::versioned(keyJson(request, key), key.version);
}

Reply updateKey(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    rejectUnknown(body, KeyFields + QStringList{u"version"_s});
    const qint64 expected = Json::expectedVersion(request.http, body);
    const Store::ApiKey current = keyFor(request, Access::Write);
    Json::checkVersion(current.version, expected);
    const KeyPolicy policy = KeyPolicy::load(request.db());
    const qint64 now = request.db().now();
    QJsonObject fields = body;
    fields.remove(u"version"_s);
    Keys::KeyManager manager = managerFor(request);
    const Store::ApiKey after = withVersionCheck(request, expected, [&] {
        return manager.update(
            current.id,
            [&](Store::ApiKey &key) {
                const QStringList modelsBefore = key.models;
                applyFields(key, fields, policy, Mode::Update, now);
                if (key.models != modelsBefore)
                    requireSubscriptions(request.db(), key.userId, key.models);
            },
            actorFor(request), expected);
    });
    return Json::versioned(keyJson(request, after), after.version);
}

Reply rotateKey(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    rejectUnknown(body, {u"gracePeriod"_s});
    const Store::ApiKey current = keyFor(request, Access::Write);
    qint64 graceMs = 0;
    const QJsonValue grace = body.value("gracePeriod"_L1);
    if (!grace.isUndefined() && !grace.isNull()) {
        const auto d = grace.isString() ? Util::parseDuration(grace.toString()) : std::nullopt;
        if (!d || d->unit == Util::DurationUnit::Month)
            throw ApiError::invalid(u"gracePeriod"_s,
                                    u"gracePeriod must be a duration such as \"30m\" or \"1h\", or null."_s);
        graceMs = d->toMilliseconds();
    }
    const KeyPolicy policy = KeyPolicy::load(request.db());
    if (const auto maximum = policy.maxGraceMs(); maximum && graceMs > *maximum)
        throw ApiError::invalid(u"gracePeriod"_s,
                                u"gracePeriod must be at most %1."_s.arg(policy.maxGracePeriod));
    if (current.revokedAt)
        throw ApiError::conflict(u"A revoked key cannot be rotated."_s, "key_revoked");
    const Keys::IssuedKey issued = managerFor(request).rotate(current.id, graceMs, actorFor(request));
    QJsonObject answer = keyJson(request, issued.key);
    answer.insert(u"secret"_s, QString::fromLatin1(issued.secret));
    Reply reply = Json::versioned(answer, issued.key.version);
    reply.headers.append(Http::Header{"cache-control", "no-store"});
    return reply;
}

Reply revokeKey(ApiRequest &request)
{
    const Store::ApiKey current = keyFor(request, Access::Write);
    const Store::ApiKey after = managerFor(request).revoke(current.id, actorFor(request));
    return Json::versioned(keyJson(request, after), after.version);
}

Reply deleteKey(ApiRequest &request)
{
    const Store::ApiKey current = keyFor(request, Access::Write);
    managerFor(request).remove(current.id, actorFor(request));
    return Json::noContent();
}

Reply getPolicy(ApiRequest &request)
{
    const std::optional<Store::Setting> stored =
        Store::SettingsRepository(request.db()).find(KeyPolicy::SettingKey);
    const qint64 version = stored ? stored->version : 0;
    QJsonObject answer = KeyPolicy::load(request.db()).toJson();
    answer.insert(u"version"_s, double(version));
    return Json::versioned(answer, version);
}

/// Reads a policy from a PUT body: every member optional (absent → the built-in value, null → none).
KeyPolicy policyFrom(const QJsonObject &body)
{
    rejectUnknown(body, PolicyFields + QStringList{u"version"_s});
    KeyPolicy policy;
    const auto integer = [&](QLatin1StringView field, std::optional<qint64> &target, qint64 minimum) {
        if (const auto v = Json::patchInt(body, field, minimum))
            target = *v;
    };
    const auto money = [&](QLatin1StringView field, std::optional<qint64> &target) {
        if (const auto v = Json::patchMoney(body, field))
            target = *v;
    };
    integer("defaultRpm"_L1, policy.defaultRpm, 0);
    integer("maxRpm"_L1, policy.maxRpm, 0);
    integer("defaultTpm"_L1, policy.defaultTpm, 0);
    integer("maxTpm"_L1, policy.maxTpm, 0);
    integer("defaultParallel"_L1, policy.defaultParallel, 1);
    integer("maxParallel"_L1, policy.maxParallel, 1);
    money("defaultMaxBudget"_L1, policy.defaultMaxBudget);
    money("maxBudget"_L1, policy.maxBudget);
    integer("defaultExpiryDays"_L1, policy.defaultExpiryDays, 1);
    integer("maxExpiryDays"_L1, policy.maxExpiryDays, 1);
    integer("maxActiveKeysPerUser"_L1, policy.maxActiveKeysPerUser, 1);
    if (body.contains("defaultBudgetDuration"_L1)) {
        const QJsonValue v = body.value("defaultBudgetDuration"_L1);
        if (!v.isNull() && !BudgetDurations.contains(v.toString()))
            throw ApiError::invalid(
                u"defaultBudgetDuration"_s,
                u"defaultBudgetDuration must be one of %1, or null."_s.arg(BudgetDurations.join(u", "_s)));
        policy.defaultBudgetDuration = v.toString();
    }
    if (body.contains("maxGracePeriod"_L1)) {
        const QJsonValue v = body.value("maxGracePeriod"_L1);
        const auto d = v.isString() ? Util::parseDuration(v.toString()) : std::nullopt;
        if (!v.isNull() && (!d || d->unit == Util::DurationUnit::Month))
            throw ApiError::invalid(
                u"maxGracePeriod"_s,
                u"maxGracePeriod must be a duration such as \"24h\" or \"7d\", or null."_s);
        policy.maxGracePeriod = v.isNull() ? QString() : d->toString();
    }
    const auto ordered = [](const std::optional<qint64> &def, const std::optional<qint64> &max,
                            const QString &field, const QString &maxField) {
        if (def && max && *def > *max)
            throw ApiError::invalid(field, u"%1 must not exceed %2."_s.arg(field, maxField));
    };
    ordered(policy.defaultRpm, policy.maxRpm, u"defaultRpm"_s, u"maxRpm"_s);
    ordered(policy.defaultTpm, policy.maxTpm, u"defaultTpm"_s, u"maxTpm"_s);
    ordered(policy.defaultParallel, policy.maxParallel, u"defaultParallel"_s, u"maxParallel"_s);
    ordered(policy.defaultMaxBudget, policy.maxBudget, u"defaultMaxBudget"_s, u"maxBudget"_s);
    ordered(policy.defaultExpiryDays, policy.maxExpiryDays, u"defaultExpiryDays"_s, u"maxExpiryDays"_s);
    return policy;
}

Reply putPolicy(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    const KeyPolicy policy = policyFrom(body);
    Store::Database &db = request.db();
    Store::SettingsRepository settings(db);
    Store::Transaction tx(db);
    const std::optional<Store::Setting> stored = settings.find(KeyPolicy::SettingKey);
    // The first write needs no version (there is none to read); "0" in put() still refuses to
    // overwrite a policy another admin stored meanwhile.
    const qint64 expected = stored ? Json::expectedVersion(request.http, body) : 0;
    if (stored)
        Json::checkVersion(stored->version, expected);
    const QJsonObject before = KeyPolicy::load(db).toJson();
    Store::Setting saved;
    try {
        saved = settings.put(KeyPolicy::SettingKey, policy.toJson(), request.caller.actorName(), expected);
    } catch (const Store::Error &e) {
        if (e.code() == Store::Error::Code::Conflict)
            throw ApiError(412, "version_mismatch",
                           u"The key settings changed since you read them; reload and retry."_s);
        throw;
    }
    Store::AuditEntry entry =
        auditEntry(request, u"settings.keys.update"_s, u"setting"_s, KeyPolicy::SettingKey);
    entry.before = before;
    entry.after = policy.toJson();
    record(request, entry);
    tx.commit();
    QJsonObject answer = policy.toJson();
    answer.insert(u"version"_s, double(saved.version));
    return Json::versioned(answer, saved.version);
}

} // namespace

void addKeyRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/keys", Permission::Authenticated,
              u"List API keys (own; admins: all): userId, model, state, search; sort"_s, listKeys);
    table.add("POST", "/api/v1/keys", Permission::Authenticated,
              u"Create an API key within the key settings; the secret is answered once"_s, createKey);
    table.add("GET", "/api/v1/keys/{id}", Permission::Authenticated, u"One API key"_s, getKey);
    table.add("PATCH", "/api/v1/keys/{id}", Permission::Authenticated,
              u"Change a key's name, models, limits, budget, expiry or metadata (If-Match)"_s, updateKey);
    table.add("POST", "/api/v1/keys/{id}/rotate", Permission::Authenticated,
              u"New secret under the same key id; the old one works for gracePeriod"_s, rotateKey);
    table.add("POST", "/api/v1/keys/{id}/revoke", Permission::Authenticated, u"Revoke a key"_s, revokeKey);
    table.add("DELETE", "/api/v1/keys/{id}", Permission::Authenticated, u"Delete a key"_s, deleteKey);
    table.add("GET", "/api/v1/settings/keys", Permission::AdminRead, u"Key defaults and maxima"_s, getPolicy);
    table.add("PUT", "/api/v1/settings/keys", Permission::AdminWrite,
              u"Replace the key defaults and maxima (If-Match once stored)"_s, putPolicy);
}

} // namespace Tollgate::Api
