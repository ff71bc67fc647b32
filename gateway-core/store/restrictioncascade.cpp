// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/restrictioncascade.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/subscriptionrepository.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

namespace {

QStringList parkedModels(const ApiKey &key)
{
    QStringList models;
    for (const QJsonValue &v : key.metadata.value(ParkedModelsField).toArray())
        models << v.toString();
    return models;
}

void setParkedModels(ApiKey &key, const QStringList &models)
{
    if (models.isEmpty())
        key.metadata.remove(ParkedModelsField);
    else
        key.metadata.insert(ParkedModelsField, QJsonArray::fromStringList(models));
}

/// Parks or restores @p modelId on one key; false when the key needs no change.
bool moveModel(ApiKey &key, const QString &modelId, bool restricted)
{
    QStringList parked = parkedModels(key);
    if (restricted) {
        if (!key.models.contains(modelId) || key.models.size() < 2)
            return false;
        key.models.removeAll(modelId);
        if (!parked.contains(modelId))
            parked << modelId;
    } else {
        if (!parked.contains(modelId))
            return false;
        parked.removeAll(modelId);
        // An empty list already allows every model the owner may use.
        if (!key.models.isEmpty() && !key.models.contains(modelId))
            key.models << modelId;
    }
    setParkedModels(key, parked);
    return true;
}

} // namespace

RestrictionCascade cascadeRestriction(Database &db, const QString &modelId, bool restricted,
                                      const QString &actor)
{
    const SubscriptionStatus from = restricted ? SubscriptionStatus::Active : SubscriptionStatus::Pending;
    const SubscriptionStatus to = restricted ? SubscriptionStatus::Pending : SubscriptionStatus::Active;
    const QString reason = restricted
                               ? u"model made restricted: access needs an administrator's approval again"_s
                               : u"model no longer restricted"_s;
    RestrictionCascade result;
    Transaction tx(db);
    SubscriptionRepository subscriptions(db);
    SubscriptionFilter filter;
    filter.modelId = modelId;
    filter.status = from;
    // Read everything first: each change moves a row out of the filter, so paging would skip rows.
    QList<Subscription> due;
    for (int offset = 0;; offset += 500) {
        const auto page = subscriptions.list(filter, {500, offset});
        due += page.items;
        if (page.items.size() < 500)
            break;
    }
    QSet<QString> users;
    for (const Subscription &before : std::as_const(due)) {
        result.subscriptions.append(
            {before, subscriptions.setStatus(before.id, to, actor, reason, before.version)});
        users.insert(before.userId);
    }
    KeyRepository keys(db);
    for (const QString &userId : std::as_const(users)) {
        QList<ApiKey> owned;
        for (int offset = 0;; offset += 500) {
            const auto page = keys.listByUser(userId, {500, offset});
            owned += page.items;
            if (page.items.size() < 500)
                break;
        }
        for (const ApiKey &before : std::as_const(owned)) {
            ApiKey after = before;
            if (moveModel(after, modelId, restricted))
                result.keys.append({before, keys.update(after, before.version)});
        }
    }
    tx.commit();
    return result;
}

} // namespace Tollgate::Store
