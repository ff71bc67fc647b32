// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/litellm.h"

#include "gateway-core/api/context.h"
#include "gateway-core/api/litellmsupport.h"
#include "gateway-core/http/router.h"
#include "gateway-core/keys/keyformat.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tollgate::Api::LiteLlm {

namespace {

/// The owner of keys that /key/generate makes without a user_id (LiteLLM allows ownerless keys;
/// every Tollgate key has an owner whose subscriptions and budget apply).
const QString DefaultOwner = u"litellm"_s;

using Work = Reply (*)(const Context &, const Http::Request &);

/// The master key as LiteLLM's clients send it: x-litellm-api-key (LiteMaaS), Authorization:
/// Bearer, or the api-key / x-api-key headers LiteLLM also reads; a "Bearer " prefix is allowed
/// on each.
QByteArray presentedCredential(const Http::Request &request)
{
    for (const char *name : {"x-litellm-api-key", "authorization", "api-key", "x-api-key"}) {
        QByteArray value = request.header(name).trimmed();
        if (value.isEmpty())
            continue;
        if (value.size() > 7 && value.first(7).toLower() == "bearer ")
            value = value.sliced(7).trimmed();
        return value;
    }
    return {};
}

/// Null when the caller holds the master key, otherwise the refusal to send.
std::optional<Reply> refuseUnlessMaster(const Context &context, const Http::Request &request)
{
    if (context.masterKey.isEmpty())
        return errorReply(401,
                          u"No master key is configured on this server, so the LiteLLM-compatible management "
                          "endpoints are disabled; set master_key (TOLLGATE_MASTER_KEY) to use them."_s);
    const QByteArray presented = presentedCredential(request);
    if (presented.isEmpty())
        return errorReply(401,
                          u"Authentication Error: no master key was sent; pass it as 'Authorization: Bearer "
                          "<master key>' or 'x-litellm-api-key: <master key>'."_s);
    // Hashes have one length, so the comparison reveals neither the key nor its length.
    const QByteArray given = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    const QByteArray expected = QCryptographicHash::hash(context.masterKey, QCryptographicHash::Sha256);
    if (!Keys::equalConstantTime(given, expected))
        return errorReply(
            401, u"Authentication Error: these endpoints need the master key; the key sent is not it."_s);
    return std::nullopt;
}

Http::Handler route(const Context &context, Work work)
{
    return [context, work](Http::Exchange &exchange) {
        if (const auto refusal = refuseUnlessMaster(context, exchange.request())) {
            exchange.respond(refusal->status, refusal->headers, refusal->body);
            return;
        }
        context.executor->run(exchange, [context, work](const Http::Request &request) {
            return guarded([&] { return work(context, request); });
        });
    };
}

QString requiredString(const Fields &fields, QLatin1String name)
{
    const auto value = fields.string(name);
    if (!value || value->isEmpty())
        throw Refusal(400, u"'%1' is required"_s.arg(name));
    return *value;
}

/// What a reply may echo of a key reference: never a secret.
QString shown(const QString &reference)
{
    return reference.startsWith(u"sk-") ? QString::fromUtf8(Keys::displayPrefix(reference.toUtf8()))
                                        : reference;
}

Store::ApiKey resolveOrRefuse(Keys::KeyManager &manager, const QString &reference)
{
    auto key = manager.resolve(reference);
    if (!key)
        throw Refusal(404, u"key not found: %1"_s.arg(shown(reference)));
    return *key;
}

Keys::KeyManager managerFor(const Context &context)
{
    return Keys::KeyManager(*context.database, context.keys, context.timezone);
}

void refreshDataPlane(const Context &context)
{
    if (context.storeChanged)
        context.storeChanged();
}

Reply generate(const Context &context, const Http::Request &request)
{
    const Fields fields(bodyObject(request));
    QJsonObject result = generateKey(context, fields, actorFor(request));
    return jsonReply(result);
}

Reply update(const Context &context, const Http::Request &request)
{
    const Fields fields(bodyObject(request));
    const QString reference = requiredString(fields, "key"_L1);
    Store::Database &db = *context.database;
    Keys::KeyManager manager = managerFor(context);
    const Store::ApiKey current = resolveOrRefuse(manager, reference);
    const Keys::Actor actor = actorFor(request);
    const bool regrant = fields.has("models"_L1) || fields.has("user_id"_L1);
    const Store::ApiKey after = manager.update(
        current.id,
        [&](Store::ApiKey &key) {
            applyKeyFields(fields, key, db.now());
            if (const auto userId = fields.string("user_id"_L1))
                key.userId = ensureUser(db, *userId, actor);
            if (regrant)
                grantSubscriptions(db, key.userId, key.models, actor);
        },
        actor);
    if (regrant)
        refreshDataPlane(context);
    QJsonObject body = keyInfo(after);
    body.insert(u"key"_s, after.secretHash);
    return jsonReply(body);
}

Reply remove(const Context &context, const Http::Request &request)
{
    const Fields fields(bodyObject(request));
    const QStringList references = fields.strings("keys"_L1).value_or(QStringList());
    const QStringList aliases = fields.strings("key_aliases"_L1).value_or(QStringList());
    if (references.isEmpty() && aliases.isEmpty())
        throw Refusal(400, u"name the keys to delete in 'keys' (keys or tokens) or 'key_aliases'"_s);
    Keys::KeyManager manager = managerFor(context);
    Store::KeyRepository repository(*context.database);
    // One transaction: an unknown name deletes nothing.
    QList<Store::ApiKey> keys;
    for (const QString &reference : references)
        keys << resolveOrRefuse(manager, reference);
    for (const QString &alias : aliases) {
        const auto key = repository.findByAlias(alias);
        if (!key)
            throw Refusal(404, u"no key has the alias '%1'"_s.arg(alias));
        keys << *key;
    }
    QStringList ids;
    for (const Store::ApiKey &key : std::as_const(keys)) {
        if (!ids.contains(key.id))
            ids << key.id;
    }
    manager.remove(ids, actorFor(request));
    QJsonArray deleted;
    for (const QString &reference : references)
        deleted.append(shown(reference));
    for (const QString &alias : aliases)
        deleted.append(alias);
    return jsonReply(QJsonObject{{u"deleted_keys"_s, deleted}});
}

Reply info(const Context &context, const Http::Request &request)
{
    const QString reference = QString::fromUtf8(request.queryItem("key"));
    if (!reference.isEmpty()) {
        Keys::KeyManager manager = managerFor(context);
        return jsonReply(QJsonObject{{u"key"_s, shown(reference)},
                                     {u"info"_s, keyInfo(resolveOrRefuse(manager, reference))}});
    }
    // The master key is no virtual key to describe, so it gets every key (alias and token).
    Store::KeyRepository repository(*context.database);
    QJsonArray keys;
    QString after;
    for (;;) {
        const QList<Store::ApiKey> page = repository.listAfter(after, 1000);
        for (const Store::ApiKey &key : page)
            keys.append(keyInfo(key));
        if (page.size() < 1000)
            break;
        after = page.last().id;
    }
    return jsonReply(QJsonObject{{u"keys"_s, keys}});
}

/// GET /key/info for a caller holding a virtual key: LiteLLM lets a key read its own info, and
/// LiteMaaS reads each key's live spend that way. Nothing else is open to virtual keys.
Reply ownInfo(const Context &context, const Http::Request &request, const QByteArray &presented,
              const Reply &refusal)
{
    Store::Database &db = *context.database;
    const qint64 now = db.now();
    const auto key = Store::KeyRepository(db).findByHash(QString::fromLatin1(Keys::hashKey(presented)), now);
    if (!key || key->revokedAt || key->blocked || (key->expiresAt && *key->expiresAt <= now))
        return refusal;
    const QString reference = QString::fromUtf8(request.queryItem("key"));
    if (!reference.isEmpty()) {
        Keys::KeyManager manager = managerFor(context);
        const auto named = manager.resolve(reference);
        if (!named || named->id != key->id)
            return errorReply(403,
                              u"a virtual key may only read its own info; use the master key for others"_s);
    }
    return jsonReply(QJsonObject{{u"key"_s, key->secretHash}, {u"info"_s, keyInfo(*key)}});
}

Reply list(const Context &context, const Http::Request &request)
{
    bool ok = true;
    const QByteArray pageText = request.queryItem("page");
    const QByteArray sizeText = request.queryItem("size");
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
    if (!ok || page < 1)
        throw Refusal(400, u"'page' must be a whole number from 1"_s);
    const int size = sizeText.isEmpty() ? 10 : sizeText.toInt(&ok);
    if (!ok || size < 1 || size > 1000)
        throw Refusal(400, u"'size' must be a whole number from 1 to 1000"_s);
    Store::KeyFilter filter;
    filter.userId = QString::fromUtf8(request.queryItem("user_id"));
    filter.alias = QString::fromUtf8(request.queryItem("key_alias"));
    const bool full = request.queryItem("return_full_object") == "true";
    const auto result = Store::KeyRepository(*context.database).list(filter, {size, (page - 1) * size});
    QJsonArray keys;
    for (const Store::ApiKey &key : result.items)
        keys.append(full ? QJsonValue(keyInfo(key)) : QJsonValue(key.secretHash));
    return jsonReply(QJsonObject{{u"keys"_s, keys},
                                 {u"total_count"_s, double(result.total)},
                                 {u"current_page"_s, page},
                                 {u"total_pages"_s, double((result.total + size - 1) / size)}});
}

Reply regenerateKey(const Context &context, const Http::Request &request, const QString &pathReference)
{
    const Fields fields(bodyObject(request));
    const QString reference = pathReference.isEmpty() ? requiredString(fields, "key"_L1) : pathReference;
    if (fields.has("new_key"_L1) || fields.has("new_master_key"_L1))
        throw Refusal(
            400, u"'new_key' and 'new_master_key' are not supported: Tollgate makes the new secret itself"_s);
    const qint64 graceMs = fields.string("grace_period"_L1)
                               ? durationMs(*fields.string("grace_period"_L1), "grace_period"_L1)
                               : 0;
    Store::Database &db = *context.database;
    Keys::KeyManager manager = managerFor(context);
    const Store::ApiKey current = resolveOrRefuse(manager, reference);
    const Keys::Actor actor = actorFor(request);
    QJsonObject settings = fields.object();
    for (const char *name : {"key", "grace_period", "user_id"})
        settings.remove(QLatin1String(name));
    const bool edits = !settings.isEmpty();
    const bool regrant = settings.contains(u"models"_s);
    const Keys::IssuedKey issued =
        manager.rotate(current.id, graceMs, actor,
                       edits ? Keys::KeyEdit([&](Store::ApiKey &key) {
                           applyKeyFields(Fields(settings), key, db.now());
                           if (regrant)
                               grantSubscriptions(db, key.userId, key.models, actor);
                       })
                             : Keys::KeyEdit());
    if (regrant)
        refreshDataPlane(context);
    QJsonObject body = keyInfo(issued.key);
    body.insert(u"key"_s, QString::fromUtf8(issued.secret));
    body.insert(u"token_id"_s, issued.key.secretHash);
    return jsonReply(body);
}

/// POST /key/block and /key/unblock: {"key": key or token}.
Reply setBlocked(const Context &context, const Http::Request &request, bool blocked)
{
    const Fields fields(bodyObject(request));
    Keys::KeyManager manager = managerFor(context);
    const Store::ApiKey current = resolveOrRefuse(manager, requiredString(fields, "key"_L1));
    const Store::ApiKey after = manager.update(
        current.id, [blocked](Store::ApiKey &key) { key.blocked = blocked; }, actorFor(request));
    return jsonReply(keyInfo(after));
}

Reply block(const Context &context, const Http::Request &request)
{
    return setBlocked(context, request, true);
}

Reply unblock(const Context &context, const Http::Request &request)
{
    return setBlocked(context, request, false);
}

Reply regenerate(const Context &context, const Http::Request &request)
{
    return regenerateKey(context, request, {});
}

/// POST /key/{key}/regenerate: the key (or token) is in the path.
Reply regenerateByPath(const Context &context, const Http::Request &request)
{
    const QByteArray path = request.path;
    constexpr QByteArrayView Prefix = "/key/";
    constexpr QByteArrayView Suffix = "/regenerate";
    if (!path.endsWith(Suffix) || path.size() <= Prefix.size() + Suffix.size())
        throw Refusal(404, u"no route for POST %1"_s.arg(QString::fromUtf8(path)));
    const QByteArray reference = QByteArray::fromPercentEncoding(
        path.sliced(Prefix.size(), path.size() - Prefix.size() - Suffix.size()));
    return regenerateKey(context, request, QString::fromUtf8(reference));
}

} // namespace

QJsonObject generateKey(const Context &context, const Fields &fields, const Keys::Actor &actor,
                        const Keys::KeyEdit &also)
{
    Store::Database &db = *context.database;
    Store::ApiKey settings;
    applyKeyFields(fields, settings, db.now());
    const QString userId = fields.string("user_id"_L1).value_or(QString());
    const QByteArray preset = fields.string("key"_L1).value_or(QString()).toUtf8();
    Keys::KeyManager manager = managerFor(context);
    const Keys::IssuedKey issued = manager.create(
        settings, actor,
        [&](Store::ApiKey &key) {
            if (also)
                also(key);
            key.userId = ensureUser(db, userId.isEmpty() ? DefaultOwner : userId, actor);
            grantSubscriptions(db, key.userId, key.models, actor);
        },
        preset);
    refreshDataPlane(context);
    QJsonObject body = keyInfo(issued.key);
    body.insert(u"key"_s, QString::fromUtf8(issued.secret));
    body.insert(u"token_id"_s, issued.key.secretHash);
    return body;
}

void addRoutes(Http::Router &router, const Context &context)
{
    router.add("POST", "/key/generate", route(context, &generate));
    router.add("POST", "/key/update", route(context, &update));
    router.add("POST", "/key/delete", route(context, &remove));
    router.add("GET", "/key/info", [context, master = route(context, &info)](Http::Exchange &exchange) {
        const QByteArray presented = presentedCredential(exchange.request());
        const auto refusal = refuseUnlessMaster(context, exchange.request());
        if (!refusal || context.masterKey.isEmpty() || presented.isEmpty()) {
            master(exchange);
            return;
        }
        context.executor->run(
            exchange, [context, presented, refusal = *refusal](const Http::Request &request) {
                return guarded([&] { return ownInfo(context, request, presented, refusal); });
            });
    });
    router.add("GET", "/key/list", route(context, &list));
    router.add("POST", "/key/regenerate", route(context, &regenerate));
    router.add("POST", "/key/block", route(context, &block));
    router.add("POST", "/key/unblock", route(context, &unblock));
    router.addPrefix("POST", "/key/", route(context, &regenerateByPath));
    router.add("POST", "/user/new", route(context, &newUser));
    router.add("GET", "/user/info", route(context, &userInfo));
    router.add("GET", "/model/info", route(context, &modelInfo));
    router.add("GET", "/v1/model/info", route(context, &modelInfo));
    router.add("POST", "/model/new", route(context, &newModel));
    router.add("POST", "/user/update", route(context, &updateUser));
    router.add("POST", "/model/delete", route(context, &deleteModel));
}

} // namespace Tollgate::Api::LiteLlm
