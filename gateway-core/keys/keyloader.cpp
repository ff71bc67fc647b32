// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keyloader.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include <QJsonObject>

namespace Tollgate::Keys {

std::shared_ptr<const KeyRecord> recordFromStore(const Store::ApiKey &key, KeyCache &cache)
{
    auto r = std::make_shared<KeyRecord>();
    r->keyId = key.id.toUtf8();
    r->userId = cache.intern(key.userId.toUtf8());
    QList<QByteArray> models;
    models.reserve(key.models.size());
    for (const QString &m : key.models)
        models.append(m.toUtf8());
    r->models = cache.internModels(std::move(models));
    if (!key.modelLimits.isEmpty()) {
        auto limits = std::make_shared<QHash<QByteArray, ModelLimit>>();
        for (auto it = key.modelLimits.constBegin(); it != key.modelLimits.constEnd(); ++it) {
            const QJsonObject o = it.value().toObject();
            ModelLimit l;
            l.rpm = qint64(o.value(QLatin1String("rpm")).toDouble(-1));
            l.tpm = qint64(o.value(QLatin1String("tpm")).toDouble(-1));
            limits->insert(it.key().toUtf8(), l);
        }
        r->modelLimits = std::move(limits);
    }
    r->rpm = key.rpmLimit.value_or(-1);
    r->tpm = key.tpmLimit.value_or(-1);
    r->parallel = key.parallelLimit.value_or(-1);
    r->maxBudget = key.maxBudget.value_or(-1);
    r->softBudget = key.softBudget.value_or(-1);
    r->budgetDuration = cache.intern(key.budgetDuration.toUtf8());
    r->spend = key.spend;
    r->budgetResetAtMs = key.budgetResetAt.value_or(0);
    r->budgetGeneration = key.budgetGeneration;
    r->expiresAtMs = key.expiresAt.value_or(0);
    r->revoked = key.revokedAt.has_value();
    r->blocked = key.blocked;
    return r;
}

bool publish(const Store::ApiKey &key, KeyCache &cache)
{
    KeyHash current;
    if (!hashFromHex(key.secretHash.toLatin1(), &current))
        return false;
    KeyHash previous;
    const bool hasPrevious = !key.previousHash.isEmpty() && key.previousHashExpiresAt
                             && hashFromHex(key.previousHash.toLatin1(), &previous);
    cache.put(recordFromStore(key, cache), current, hasPrevious ? &previous : nullptr,
              hasPrevious ? *key.previousHashExpiresAt : 0);
    return true;
}

namespace {

/// Which rows one loading thread reads: a condition on the row and its bound values.
struct Range
{
    QString where;
    QVariantList values;
};

/// Loads the keys in @p range.
int loadRange(Store::Database &db, KeyCache &cache, const Range &range)
{
    // The bulk path reads only what the gateway needs, straight from the rows, streaming: a
    // million keys must be ready in about a second, so no JSON document is built for the
    // (few distinct) model lists, and strings shared between keys are interned.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT id, user_id, secret_hash, previous_hash, previous_hash_expires_at, models, rpm_limit, "
            "tpm_limit, parallel_limit, model_limits, max_budget, budget_duration, budget_reset_at, soft_budget, "
            "spend, expires_at, revoked_at, blocked, budget_generation FROM api_keys WHERE ")
                   + range.where)
        || (std::for_each(range.values.cbegin(), range.values.cend(), [&q](const QVariant &v) { q.addBindValue(v); }),
            !q.exec()))
        throw Store::Error::fromSql(q.lastError(), QStringLiteral("load API keys"));
    QHash<QString, std::shared_ptr<const QList<QByteArray>>> modelLists;
    // Local first, so two loading threads rarely meet on the cache's locks.
    QHash<QString, QByteArray> strings;
    auto intern = [&strings, &cache](const QString &text) {
        auto &slot = strings[text];
        if (slot.isNull() && !text.isEmpty())
            slot = cache.intern(text.toUtf8());
        return slot;
    };
    std::vector<KeyCache::Publication> batch;
    batch.reserve(4096);
    auto optional = [&q](int column) { return q.isNull(column) ? qint64(-1) : q.value(column).toLongLong(); };
    int loaded = 0;
    while (q.next()) {
        KeyHash current;
        if (!hashFromHex(q.value(2).toString().toLatin1(), &current))
            continue;
        auto r = std::make_shared<KeyRecord>();
        r->keyId = q.value(0).toString().toUtf8();
        r->userId = intern(q.value(1).toString());
        const QString models = q.value(5).toString();
        auto &list = modelLists[models];
        if (!list) {
            QList<QByteArray> names;
            for (const QJsonValue &v : QJsonDocument::fromJson(models.toUtf8()).array())
                names.append(v.toString().toUtf8());
            list = cache.internModels(std::move(names));
        }
        r->models = list;
        r->rpm = optional(6);
        r->tpm = optional(7);
        r->parallel = optional(8);
        const QString modelLimits = q.value(9).toString();
        if (!modelLimits.isEmpty() && modelLimits != u"{}") {
            auto limits = std::make_shared<QHash<QByteArray, ModelLimit>>();
            const QJsonObject o = QJsonDocument::fromJson(modelLimits.toUtf8()).object();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QJsonObject l = it.value().toObject();
                limits->insert(it.key().toUtf8(), {qint64(l.value(QLatin1String("rpm")).toDouble(-1)),
                                                   qint64(l.value(QLatin1String("tpm")).toDouble(-1))});
            }
            r->modelLimits = std::move(limits);
        }
        r->maxBudget = optional(10);
        r->budgetDuration = intern(q.value(11).toString());
        r->budgetResetAtMs = qMax<qint64>(0, optional(12));
        r->softBudget = optional(13);
        r->spend = q.value(14).toLongLong();
        r->expiresAtMs = qMax<qint64>(0, optional(15));
        r->revoked = !q.isNull(16);
        r->blocked = q.value(17).toBool();
        r->budgetGeneration = q.value(18).toLongLong();
        KeyCache::Publication p{std::move(r), current};
        p.hasPrevious = !q.isNull(3) && !q.isNull(4) && hashFromHex(q.value(3).toString().toLatin1(), &p.previousHash);
        p.previousValidUntilMs = p.hasPrevious ? q.value(4).toLongLong() : 0;
        batch.push_back(std::move(p));
        if (batch.size() == 4096)
            cache.putMany(batch);
        ++loaded;
    }
    cache.putMany(batch);
    return loaded;
}

} // namespace

int loadAll(Store::Database &db, KeyCache &cache)
{
    QSqlQuery count = db.exec(QStringLiteral("SELECT COUNT(*) FROM api_keys"), {}, QStringLiteral("count API keys"));
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;
    cache.reserve(size_t(total));
    if (total < 100'000)
        return loadRange(db, cache, {QStringLiteral("1 = 1"), {}});
    // Large stores load in two halves at once (one per core on the machines we target); each
    // thread has its own connection and the cache takes concurrent writers. SQLite splits by rowid,
    // so each half is read in the table's own order: key ids are random, and splitting by id made
    // every row a random read through the id index (4-8x slower for a million keys).
    Range first;
    Range second;
    if (db.dialect() == Store::Dialect::Sqlite) {
        QSqlQuery bounds = db.exec(QStringLiteral("SELECT MIN(rowid), MAX(rowid) FROM api_keys"), {},
                                   QStringLiteral("split API keys"));
        const qint64 low = bounds.next() ? bounds.value(0).toLongLong() : 0;
        const qint64 split = low + (bounds.value(1).toLongLong() - low) / 2;
        first = {QStringLiteral("rowid < ?"), {split}};
        second = {QStringLiteral("rowid >= ?"), {split}};
    } else {
        QSqlQuery middle = db.exec(QStringLiteral("SELECT id FROM api_keys ORDER BY id LIMIT 1 OFFSET ?"), {total / 2},
                                   QStringLiteral("split API keys"));
        const QString split = middle.next() ? middle.value(0).toString() : QString();
        first = {QStringLiteral("id < ?"), {split}};
        second = {QStringLiteral("id >= ?"), {split}};
    }
    std::atomic<int> secondHalf{0};
    std::exception_ptr failure;
    std::thread helper([&] {
        try {
            secondHalf = loadRange(db, cache, second);
        } catch (...) {
            failure = std::current_exception();
        }
    });
    int firstHalf = 0;
    try {
        firstHalf = loadRange(db, cache, first);
    } catch (...) {
        helper.join();
        throw;
    }
    helper.join();
    if (failure)
        std::rethrow_exception(failure);
    return firstHalf + secondHalf;
}

int reloadAll(Store::Database &db, KeyCache &cache)
{
    const int loaded = loadAll(db, cache);
    // The ids after the load: a key created meanwhile is in neither and comes with the next
    // change-feed poll; one deleted meanwhile leaves a tombstone for that poll.
    QSet<QByteArray> stored;
    QSqlQuery ids = db.exec(QStringLiteral("SELECT id FROM api_keys"), {}, QStringLiteral("list API keys"));
    while (ids.next())
        stored.insert(ids.value(0).toString().toUtf8());
    for (const QByteArray &id : cache.keyIds()) {
        if (!stored.contains(id))
            cache.remove(id);
    }
    return loaded;
}

} // namespace Tollgate::Keys
