// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/keys/keyloader.h"

#include "gateway-core/store/keyrepository.h"

#include <QJsonObject>

namespace Tollgate::Keys {

std::shared_ptr<const KeyRecord> recordFromStore(const Store::ApiKey &key, KeyCache &cache)
{
    auto r = std::make_shared<KeyRecord>();
    r->keyId = key.id.toUtf8();
    r->userId = key.userId.toUtf8();
    r->alias = key.alias.toUtf8();
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
    r->budgetDuration = key.budgetDuration.toUtf8();
    r->spend = key.spend;
    r->budgetResetAtMs = key.budgetResetAt.value_or(0);
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

int loadAll(Store::Database &db, KeyCache &cache)
{
    Store::KeyRepository keys(db);
    int loaded = 0;
    QString after;
    for (;;) {
        const QList<Store::ApiKey> page = keys.listAfter(after, 5000);
        for (const Store::ApiKey &k : page) {
            if (publish(k, cache))
                ++loaded;
        }
        if (page.size() < 5000)
            break;
        after = page.last().id;
    }
    return loaded;
}

} // namespace Tollgate::Keys
