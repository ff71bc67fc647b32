// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/keyrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

const QString Columns =
    u"id, user_id, name, key_alias, secret_hash, display_prefix, previous_hash, previous_hash_expires_at, "
    u"models, "
    "rpm_limit, tpm_limit, parallel_limit, model_limits, max_budget, budget_duration, budget_reset_at, "
    "soft_budget, "
    "spend, expires_at, revoked_at, blocked, metadata, last_used_at, version, created_at, updated_at, "
    "budget_generation"_s;

ApiKey fromRow(const QSqlQuery &q)
{
    ApiKey k;
    k.id = q.value(0).toString();
    k.userId = q.value(1).toString();
    k.name = q.value(2).toString();
    k.alias = q.value(3).toString();
    k.secretHash = q.value(4).toString();
    k.displayPrefix = q.value(5).toString();
    k.previousHash = q.value(6).toString();
    k.previousHashExpiresAt = optionalInt(q.value(7));
    k.models = stringListFromColumn(q.value(8));
    k.rpmLimit = optionalInt(q.value(9));
    k.tpmLimit = optionalInt(q.value(10));
    k.parallelLimit = optionalInt(q.value(11));
    k.modelLimits = objectFromColumn(q.value(12));
    k.maxBudget = optionalInt(q.value(13));
    k.budgetDuration = q.value(14).toString();
    k.budgetResetAt = optionalInt(q.value(15));
    k.softBudget = optionalInt(q.value(16));
    k.spend = q.value(17).toLongLong();
    k.expiresAt = optionalInt(q.value(18));
    k.revokedAt = optionalInt(q.value(19));
    k.blocked = q.value(20).toBool();
    k.metadata = objectFromColumn(q.value(21));
    k.lastUsedAt = optionalInt(q.value(22));
    k.version = q.value(23).toLongLong();
    k.createdAt = q.value(24).toLongLong();
    k.updatedAt = q.value(25).toLongLong();
    k.budgetGeneration = q.value(26).toLongLong();
    return k;
}

void validate(const ApiKey &key)
{
    if (key.id.isEmpty() || key.userId.isEmpty())
        throw Error(Error::Code::Invalid, u"a key needs an id and an owner"_s);
    if (key.secretHash.isEmpty() || key.displayPrefix.isEmpty())
        throw Error(Error::Code::Invalid, u"a key needs a secret hash and a display prefix"_s);
    for (const auto &limit : {key.rpmLimit, key.tpmLimit, key.parallelLimit, key.maxBudget, key.softBudget}) {
        if (limit && *limit < 0)
            throw Error(Error::Code::Invalid, u"limits and budgets must not be negative"_s);
    }
}

void requireOne(const QSqlQuery &q)
{
    if (q.numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"API key not found"_s);
}

} // namespace

KeyRepository::KeyRepository(Database &db)
    : m_db(db)
{}

ApiKey KeyRepository::create(ApiKey key)
{
    validate(key);
    key.version = 1;
    key.createdAt = key.updatedAt = m_db.now();
    key.previousHash.clear();
    key.previousHashExpiresAt.reset();
    Transaction tx(m_db);
    // Random key ids are never reused, but a configuration can declare a deleted key again: its
    // old tombstone must not make replicas drop it.
    m_db.exec(u"DELETE FROM api_key_tombstones WHERE id = ?"_s, {key.id}, u"create API key"_s);
    m_db.exec(
        u"INSERT INTO api_keys ("_s + Columns +
            u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {key.id,
         key.userId,
         key.name,
         nullIfEmpty(key.alias),
         key.secretHash,
         key.displayPrefix,
         nullIfEmpty(key.previousHash),
         nullable(key.previousHashExpiresAt),
         toJson(key.models),
         nullable(key.rpmLimit),
         nullable(key.tpmLimit),
         nullable(key.parallelLimit),
         toJson(key.modelLimits),
         nullable(key.maxBudget),
         nullIfEmpty(key.budgetDuration),
         nullable(key.budgetResetAt),
         nullable(key.softBudget),
         key.spend,
         nullable(key.expiresAt),
         nullable(key.revokedAt),
         key.blocked,
         toJson(key.metadata),
         nullable(key.lastUsedAt),
         key.version,
         key.createdAt,
         key.updatedAt,
         key.budgetGeneration},
        u"create API key"_s);
    tx.commit();
    return key;
}

std::optional<ApiKey> KeyRepository::findBy(const QString &where, const QVariantList &values)
{
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + Columns + u" FROM api_keys WHERE "_s + where, values, u"read API key"_s);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<ApiKey> KeyRepository::find(const QString &id)
{
    return findBy(u"id = ?"_s, {id});
}

std::optional<ApiKey> KeyRepository::findByHash(const QString &secretHash, qint64 now)
{
    if (secretHash.isEmpty())
        return std::nullopt;
    return findBy(u"secret_hash = ? OR (previous_hash = ? AND previous_hash_expires_at > ?)"_s,
                  {secretHash, secretHash, now});
}

PageResult<ApiKey> KeyRepository::listByUser(const QString &userId, Page page)
{
    PageResult<ApiKey> result;
    result.total =
        count(m_db, u"SELECT COUNT(*) FROM api_keys WHERE user_id = ?"_s, {userId}, u"count API keys"_s);
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + Columns +
                      u" FROM api_keys WHERE user_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?"_s,
                  {userId, page.limit, page.offset}, u"list API keys"_s);
    while (q.next())
        result.items << fromRow(q);
    return result;
}

PageResult<ApiKey> KeyRepository::list(const KeyFilter &filter, Page page)
{
    Where where;
    if (!filter.userId.isEmpty())
        where.add(u"user_id = ?"_s, {filter.userId});
    if (!filter.alias.isEmpty())
        where.add(u"key_alias = ?"_s, {filter.alias});
    if (!filter.model.isEmpty()) {
        // models is a JSON array of strings: match the quoted name, escaped for LIKE.
        const QString quoted =
            QString::fromUtf8(QJsonDocument(QJsonArray{filter.model}).toJson(QJsonDocument::Compact));
        QString pattern = quoted.mid(1, quoted.size() - 2);
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        where.add(u"models LIKE ? ESCAPE '\\'"_s, {u"%"_s + pattern + u"%"_s});
    }
    if (!filter.search.isEmpty()) {
        const QString pattern = likeContains(filter.search.toLower());
        where.add(u"(lower(name) LIKE ? ESCAPE '\\' OR lower(COALESCE(key_alias, '')) LIKE ? ESCAPE '\\' "
                  "OR lower(display_prefix) LIKE ? ESCAPE '\\')"_s,
                  {pattern, pattern, pattern});
    }
    switch (filter.state) {
    case KeyFilter::State::Any:
        break;
    case KeyFilter::State::Active:
        where.add(u"revoked_at IS NULL AND blocked = ? AND (expires_at IS NULL OR expires_at > ?)"_s,
                  {false, filter.now});
        break;
    case KeyFilter::State::Expired:
        where.add(u"revoked_at IS NULL AND blocked = ? AND expires_at <= ?"_s, {false, filter.now});
        break;
    case KeyFilter::State::Revoked:
        where.add(u"revoked_at IS NOT NULL"_s, {});
        break;
    case KeyFilter::State::Blocked:
        where.add(u"revoked_at IS NULL AND blocked = ?"_s, {true});
        break;
    }
    QString column;
    switch (filter.sort) {
    case KeyFilter::Sort::Created:
        column = u"created_at"_s;
        break;
    case KeyFilter::Sort::Name:
        column = u"lower(name)"_s;
        break;
    case KeyFilter::Sort::LastUsed:
        column = u"last_used_at"_s;
        break;
    case KeyFilter::Sort::Expires:
        column = u"expires_at"_s;
        break;
    case KeyFilter::Sort::Spend:
        column = u"spend"_s;
        break;
    }
    const QString direction = filter.descending ? u" DESC"_s : u" ASC"_s;
    // SQLite and PostgreSQL order NULLs differently; put them last on both.
    const QString order = u" ORDER BY CASE WHEN "_s + column + u" IS NULL THEN 1 ELSE 0 END, "_s + column +
                          direction + u", id"_s + direction;
    PageResult<ApiKey> result;
    result.total =
        count(m_db, u"SELECT COUNT(*) FROM api_keys"_s + where.sql(), where.values, u"count API keys"_s);
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + Columns + u" FROM api_keys"_s + where.sql() + order + u" LIMIT ? OFFSET ?"_s,
                  where.values + QVariantList{page.limit, page.offset}, u"list API keys"_s);
    while (q.next())
        result.items << fromRow(q);
    return result;
}

qint64 KeyRepository::countActive(const QString &userId, qint64 now)
{
    if (m_db.dialect() == Dialect::Postgres)
        m_db.exec(u"SELECT id FROM users WHERE id = ? FOR UPDATE"_s, {userId}, u"lock key owner"_s);
    return count(m_db,
                 u"SELECT COUNT(*) FROM api_keys WHERE user_id = ? AND revoked_at IS NULL "
                 "AND (expires_at IS NULL OR expires_at > ?)"_s,
                 {userId, now}, u"count active API keys"_s);
}

std::optional<ApiKey> KeyRepository::findByAlias(const QString &alias)
{
    if (alias.isEmpty())
        return std::nullopt;
    return findBy(u"key_alias = ?"_s, {alias});
}

QList<ApiKey> KeyRepository::listAfter(const QString &afterId, int limit)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + Columns + u" FROM api_keys WHERE id > ? ORDER BY id LIMIT ?"_s,
                            {afterId, limit}, u"load API keys"_s);
    QList<ApiKey> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

QList<ApiKey> KeyRepository::listChangedSince(qint64 sinceMs, int limit)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + Columns + u" FROM api_keys WHERE updated_at >= ? ORDER BY updated_at, id LIMIT ?"_s,
                            {sinceMs, limit}, u"load changed API keys"_s);
    QList<ApiKey> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

ApiKey KeyRepository::update(const ApiKey &key, qint64 expectedVersion)
{
    validate(key);
    QSqlQuery q = m_db.exec(
        u"UPDATE api_keys SET name = ?, key_alias = ?, models = ?, rpm_limit = ?, tpm_limit = ?, "
        u"parallel_limit = ?, "
        "model_limits = ?, max_budget = ?, budget_duration = ?, budget_reset_at = ?, soft_budget = ?, "
        "expires_at = ?, "
        "blocked = ?, metadata = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"_s,
        {key.name, nullIfEmpty(key.alias), toJson(key.models), nullable(key.rpmLimit), nullable(key.tpmLimit),
         nullable(key.parallelLimit), toJson(key.modelLimits), nullable(key.maxBudget),
         nullIfEmpty(key.budgetDuration), nullable(key.budgetResetAt), nullable(key.softBudget),
         nullable(key.expiresAt), key.blocked, toJson(key.metadata), m_db.now(), key.id, expectedVersion},
        u"update API key"_s);
    if (q.numRowsAffected() != 1)
        throwMissingOrStale(m_db, u"api_keys"_s, u"id"_s, key.id, u"API key"_s);
    return *find(key.id);
}

ApiKey KeyRepository::rotate(const QString &id, const QString &newSecretHash, const QString &newDisplayPrefix,
                             qint64 graceUntil, qint64 expectedVersion)
{
    if (newSecretHash.isEmpty() || newDisplayPrefix.isEmpty())
        throw Error(Error::Code::Invalid, u"rotation needs a new secret hash and display prefix"_s);
    // secret_hash on the right-hand side is the value before this UPDATE (SQL semantics on both back ends).
    QSqlQuery q = m_db.exec(u"UPDATE api_keys SET previous_hash = secret_hash, previous_hash_expires_at = ?, "
                            "secret_hash = ?, display_prefix = ?, version = version + 1, updated_at = ? "
                            "WHERE id = ? AND version = ? AND revoked_at IS NULL"_s,
                            {graceUntil, newSecretHash, newDisplayPrefix, m_db.now(), id, expectedVersion},
                            u"rotate API key"_s);
    if (q.numRowsAffected() != 1) {
        const std::optional<ApiKey> key = find(id);
        if (key && key->revokedAt)
            throw Error(Error::Code::Invalid, u"a revoked API key cannot be rotated"_s);
        throwMissingOrStale(m_db, u"api_keys"_s, u"id"_s, id, u"API key"_s);
    }
    return *find(id);
}

ApiKey KeyRepository::revoke(const QString &id, qint64 at)
{
    // Revocation also ends the rotation grace: the old secret must stop working too.
    QSqlQuery q =
        m_db.exec(u"UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?), previous_hash = NULL, "
                  "previous_hash_expires_at = NULL, version = version + 1, updated_at = ? WHERE id = ?"_s,
                  {at, m_db.now(), id}, u"revoke API key"_s);
    requireOne(q);
    return *find(id);
}

void KeyRepository::remove(const QString &id)
{
    Transaction tx(m_db);
    requireOne(m_db.exec(u"DELETE FROM api_keys WHERE id = ?"_s, {id}, u"delete API key"_s));
    const qint64 now = m_db.now();
    m_db.exec(u"DELETE FROM api_key_tombstones WHERE id = ?"_s, {id}, u"delete API key"_s);
    m_db.exec(u"INSERT INTO api_key_tombstones (id, deleted_at) VALUES (?, ?)"_s, {id, now}, u"delete API key"_s);
    tx.commit();
}

QStringList KeyRepository::removedSince(qint64 sinceMs)
{
    QSqlQuery q = m_db.exec(u"SELECT id FROM api_key_tombstones WHERE deleted_at >= ? ORDER BY deleted_at"_s,
                            {sinceMs}, u"load deleted API keys"_s);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

int KeyRepository::pruneTombstones(qint64 before)
{
    return m_db.exec(u"DELETE FROM api_key_tombstones WHERE deleted_at < ?"_s, {before}, u"prune key tombstones"_s)
        .numRowsAffected();
}

void KeyRepository::addSpend(const QString &id, qint64 amount)
{
    requireOne(
        m_db.exec(u"UPDATE api_keys SET spend = spend + ? WHERE id = ?"_s, {amount, id}, u"add key spend"_s));
}

void KeyRepository::resetBudget(const QString &id, std::optional<qint64> nextResetAt)
{
    // A new generation and a change-feed entry: the data plane adopts the reset (see BudgetState).
    requireOne(m_db.exec(u"UPDATE api_keys SET spend = 0, budget_reset_at = ?, budget_generation = budget_generation + 1, "
                         "updated_at = ? WHERE id = ?"_s,
                         {nullable(nextResetAt), m_db.now(), id}, u"reset key budget"_s));
}

void KeyRepository::touch(const QString &id, qint64 at)
{
    requireOne(
        m_db.exec(u"UPDATE api_keys SET last_used_at = ? WHERE id = ?"_s, {at, id}, u"touch API key"_s));
}

} // namespace Tollgate::Store
