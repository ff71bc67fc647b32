// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keymanager.h"

#include "gateway-core/keys/keycache.h"
#include "gateway-core/keys/keyformat.h"
#include "gateway-core/keys/keyloader.h"
#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/userrepository.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tollgate::Keys {

namespace {

using Store::Error;

/// Tombstones older than this are pruned when another key is deleted: replicas poll every
/// second, so a day is far more than any of them needs to see a deletion.
constexpr qint64 TombstoneRetentionMs = 24 * 3600 * 1000;

std::optional<qint64> nextReset(const QString &budgetDuration, qint64 now, const QTimeZone &zone)
{
    if (budgetDuration.isEmpty())
        return std::nullopt;
    const auto d = Limits::parseBudgetDuration(budgetDuration);
    if (!d)
        return std::nullopt;
    return Limits::nextBudgetResetMs(*d, now, zone);
}

QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace

KeyManager::KeyManager(Store::Database &db, KeyCache *cache, QTimeZone zone)
    : m_db(db)
    , m_cache(cache)
    , m_zone(std::move(zone))
{}

QJsonObject KeyManager::describe(const Store::ApiKey &key)
{
    return QJsonObject{
        {u"id"_s, key.id},
        {u"user_id"_s, key.userId},
        {u"name"_s, key.name},
        {u"alias"_s, key.alias.isEmpty() ? QJsonValue() : QJsonValue(key.alias)},
        {u"display_prefix"_s, key.displayPrefix},
        {u"models"_s, QJsonArray::fromStringList(key.models)},
        {u"rpm_limit"_s, optionalJson(key.rpmLimit)},
        {u"tpm_limit"_s, optionalJson(key.tpmLimit)},
        {u"parallel_limit"_s, optionalJson(key.parallelLimit)},
        {u"model_limits"_s, key.modelLimits},
        {u"max_budget"_s, optionalJson(key.maxBudget)},
        {u"budget_duration"_s, key.budgetDuration.isEmpty() ? QJsonValue() : QJsonValue(key.budgetDuration)},
        {u"soft_budget"_s, optionalJson(key.softBudget)},
        {u"expires_at"_s, optionalJson(key.expiresAt)},
        {u"revoked_at"_s, optionalJson(key.revokedAt)},
        {u"previous_secret_valid_until"_s, optionalJson(key.previousHashExpiresAt)},
        {u"blocked"_s, key.blocked},
        {u"metadata"_s, key.metadata},
        {u"version"_s, double(key.version)},
    };
}

void KeyManager::check(const Store::ApiKey &key, const Store::ApiKey *before)
{
    if (!Store::UserRepository(m_db).find(key.userId))
        throw Error(Error::Code::Invalid, u"the key's owner '%1' does not exist"_s.arg(key.userId));
    if (!before || before->models != key.models) {
        Store::ModelRepository models(m_db);
        QStringList unknown;
        for (const QString &m : key.models) {
            if (!models.find(m))
                unknown << m;
        }
        if (!unknown.isEmpty())
            throw Error(Error::Code::Invalid,
                        u"unknown model(s): %1; create them first"_s.arg(unknown.join(u", ")));
    }
    for (auto it = key.modelLimits.constBegin(); it != key.modelLimits.constEnd(); ++it) {
        if (!key.models.isEmpty() && !key.models.contains(it.key()))
            throw Error(Error::Code::Invalid,
                        u"a per-model limit names '%1', which the key may not use"_s.arg(it.key()));
    }
    if (!key.alias.isEmpty() && (!before || before->alias != key.alias)) {
        const auto holder = Store::KeyRepository(m_db).findByAlias(key.alias);
        if (holder && holder->id != key.id)
            throw Error(Error::Code::Conflict, u"the key alias '%1' is already in use"_s.arg(key.alias));
    }
    if (!key.budgetDuration.isEmpty()) {
        QString error;
        if (!Limits::parseBudgetDuration(key.budgetDuration, &error))
            throw Error(Error::Code::Invalid, u"budget duration: %1"_s.arg(error));
    }
    for (const auto &[name, value] :
         {std::pair{"rpm limit", key.rpmLimit}, std::pair{"tpm limit", key.tpmLimit},
          std::pair{"parallel limit", key.parallelLimit}, std::pair{"max budget", key.maxBudget},
          std::pair{"soft budget", key.softBudget}}) {
        if (value && *value < 0)
            throw Error(Error::Code::Invalid, u"the %1 must not be negative"_s.arg(QLatin1String(name)));
    }
}

void KeyManager::audit(const Actor &actor, const QString &action, const Store::ApiKey *before,
                       const Store::ApiKey *after)
{
    Store::AuditEntry entry;
    entry.actorId = actor.id;
    entry.actorName = actor.name;
    entry.action = action;
    entry.targetType = u"api_key"_s;
    entry.targetId = after ? after->id : before->id;
    entry.before = before ? QJsonValue(describe(*before)) : QJsonValue();
    entry.after = after ? QJsonValue(describe(*after)) : QJsonValue();
    entry.sourceAddress = actor.sourceAddress;
    entry.requestId = actor.requestId;
    Store::AuditRepository(m_db).append(entry);
}

void KeyManager::publish(const Store::ApiKey &key)
{
    if (m_cache)
        Keys::publish(key, *m_cache);
}

IssuedKey KeyManager::create(Store::ApiKey settings, const Actor &actor, const KeyEdit &also,
                             const QByteArray &presetSecret)
{
    IssuedKey issued;
    if (presetSecret.isEmpty()) {
        issued.secret = compose({newKeyId(), newSecret()});
    } else {
        if (!presetSecret.startsWith("sk-") || presetSecret.size() < 20)
            throw Error(Error::Code::Invalid,
                        u"a chosen key must start with 'sk-' and have at least 20 characters"_s);
        issued.secret = presetSecret;
    }
    Store::ApiKey &key = settings;
    const QString hash = QString::fromLatin1(hashKey(issued.secret));
    const auto parts = parse(issued.secret);
    // Foreign keys (imported from LiteLLM) get an id derived from their hash, as declared ones do.
    key.id = parts ? QString::fromLatin1(parts->keyId) : u"imp"_s + hash.left(14);
    key.secretHash = hash;
    key.displayPrefix = QString::fromUtf8(displayPrefix(issued.secret));
    key.spend = 0;
    key.revokedAt.reset();
    if (key.name.isEmpty())
        key.name = key.alias;

    Store::Transaction tx(m_db);
    if (also)
        also(key);
    check(key, nullptr);
    Store::KeyRepository keys(m_db);
    if (keys.findByHash(hash, m_db.now()) || keys.find(key.id))
        throw Error(Error::Code::Conflict, u"this key already exists"_s);
    key.budgetResetAt = nextReset(key.budgetDuration, m_db.now(), m_zone);
    issued.key = keys.create(key);
    audit(actor, u"key.create"_s, nullptr, &issued.key);
    tx.commit();
    publish(issued.key);
    return issued;
}

Store::ApiKey KeyManager::update(const QString &id, const KeyEdit &edit, const Actor &actor,
                                 std::optional<qint64> expectedVersion)
{
    Store::Transaction tx(m_db);
    Store::KeyRepository keys(m_db);
    const std::optional<Store::ApiKey> before = keys.find(id);
    if (!before)
        throw Error(Error::Code::NotFound, u"API key not found"_s);
    if (expectedVersion && *expectedVersion != before->version)
        throw Error(Error::Code::Conflict,
                    u"the API key was changed by someone else; reload it and try again"_s);
    Store::ApiKey key = *before;
    edit(key);
    key.id = before->id;
    check(key, &*before);
    if (key.budgetDuration != before->budgetDuration)
        key.budgetResetAt = nextReset(key.budgetDuration, m_db.now(), m_zone);
    const Store::ApiKey after = keys.update(key, before->version);
    audit(actor, u"key.update"_s, &*before, &after);
    tx.commit();
    publish(after);
    return after;
}

IssuedKey KeyManager::rotate(const QString &id, qint64 graceMs, const Actor &actor, const KeyEdit &edit)
{
    if (graceMs < 0)
        throw Error(Error::Code::Invalid, u"the grace period must not be negative"_s);
    Store::Transaction tx(m_db);
    Store::KeyRepository keys(m_db);
    const std::optional<Store::ApiKey> before = keys.find(id);
    if (!before)
        throw Error(Error::Code::NotFound, u"API key not found"_s);
    if (before->revokedAt)
        throw Error(Error::Code::Invalid, u"a revoked API key cannot be regenerated"_s);
    qint64 version = before->version;
    if (edit) {
        Store::ApiKey key = *before;
        edit(key);
        key.id = before->id;
        check(key, &*before);
        if (key.budgetDuration != before->budgetDuration)
            key.budgetResetAt = nextReset(key.budgetDuration, m_db.now(), m_zone);
        version = keys.update(key, version).version;
    }
    IssuedKey issued;
    issued.secret = compose({id.toLatin1(), newSecret()});
    if (!parse(issued.secret) || parse(issued.secret)->keyId != id.toLatin1()) {
        // An imported key's id is not of our format: it gets a new key of ours, same id in the store.
        issued.secret = compose({newKeyId(), newSecret()});
    }
    issued.key = keys.rotate(id, QString::fromLatin1(hashKey(issued.secret)),
                             QString::fromUtf8(displayPrefix(issued.secret)), m_db.now() + graceMs, version);
    audit(actor, u"key.rotate"_s, &*before, &issued.key);
    tx.commit();
    publish(issued.key);
    return issued;
}

Store::ApiKey KeyManager::revoke(const QString &id, const Actor &actor)
{
    Store::Transaction tx(m_db);
    Store::KeyRepository keys(m_db);
    const std::optional<Store::ApiKey> before = keys.find(id);
    if (!before)
        throw Error(Error::Code::NotFound, u"API key not found"_s);
    const Store::ApiKey after = keys.revoke(id, m_db.now());
    audit(actor, u"key.revoke"_s, &*before, &after);
    tx.commit();
    publish(after);
    return after;
}

void KeyManager::remove(const QString &id, const Actor &actor)
{
    remove(QStringList{id}, actor);
}

void KeyManager::remove(const QStringList &ids, const Actor &actor)
{
    Store::Transaction tx(m_db);
    Store::KeyRepository keys(m_db);
    for (const QString &id : ids) {
        const std::optional<Store::ApiKey> before = keys.find(id);
        if (!before)
            throw Error(Error::Code::NotFound, u"API key not found"_s);
        keys.remove(id);
        audit(actor, u"key.delete"_s, &*before, nullptr);
    }
    keys.pruneTombstones(m_db.now() - TombstoneRetentionMs);
    tx.commit();
    if (m_cache) {
        for (const QString &id : ids)
            m_cache->remove(id.toUtf8());
    }
}

std::optional<Store::ApiKey> KeyManager::resolve(const QString &reference)
{
    Store::KeyRepository keys(m_db);
    if (reference.startsWith(u"sk-"))
        return keys.findByHash(QString::fromLatin1(hashKey(reference.toUtf8())), m_db.now());
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (hex.match(reference).hasMatch()) {
        if (auto key = keys.findByHash(reference, m_db.now()))
            return key;
    }
    if (reference.isEmpty())
        return std::nullopt;
    return keys.find(reference);
}

} // namespace Tollgate::Keys
