// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/proxy/catalog.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/userrepository.h"
#include "gateway-core/util/secretbox.h"

#include <QSqlQuery>

namespace Tollgate::Proxy {

quint32 capabilitiesFrom(const QStringList &names)
{
    quint32 caps = 0;
    for (const QString &n : names) {
        if (n == u"chat")
            caps |= Chat | Completions;
        else if (n == u"completions")
            caps |= Completions;
        else if (n == u"embeddings")
            caps |= Embeddings;
        else if (n == u"tokenize")
            caps |= Tokenize;
        else if (n == u"docling")
            caps |= Docling;
        else if (n == u"safety")
            caps |= Safety;
    }
    return caps;
}

qint64 ModelRoute::cost(qint64 promptTokens, qint64 completionTokens, qint64 cachedTokens) const
{
    const qint64 cached = qBound<qint64>(0, cachedTokens, promptTokens);
    // Prices are per million tokens; 128-bit intermediate keeps large prices times large counts exact.
    __extension__ using Wide = __int128;
    const Wide total = Wide(promptTokens - cached) * inputPrice + Wide(cached) * cachedPrice
                       + Wide(completionTokens) * outputPrice;
    return qint64((total + 999'999) / 1'000'000);
}

Access CatalogSnapshot::access(const QByteArray &userId, const QByteArray &modelId) const
{
    return subscriptions.value(userId + '\n' + modelId, Access::None);
}

const UserPolicy *CatalogSnapshot::user(const QByteArray &userId) const
{
    const auto it = users.constFind(userId);
    return it == users.cend() ? nullptr : &*it;
}

Catalog::Catalog()
    : m_current(std::make_shared<CatalogSnapshot>())
{
}

std::shared_ptr<const CatalogSnapshot> Catalog::snapshot() const
{
    struct Cached
    {
        const Catalog *owner = nullptr;
        quint64 version = 0;
        std::shared_ptr<const CatalogSnapshot> snapshot;
    };
    thread_local Cached cached;
    const quint64 now = m_version.load(std::memory_order_acquire);
    if (cached.owner != this || cached.version != now) {
        std::lock_guard lock(m_mutex);
        cached.owner = this;
        cached.version = m_version.load(std::memory_order_relaxed);
        cached.snapshot = m_current;
    }
    return cached.snapshot;
}

void Catalog::publish(std::shared_ptr<const CatalogSnapshot> snapshot)
{
    std::lock_guard lock(m_mutex);
    m_current = std::move(snapshot);
    m_version.fetch_add(1, std::memory_order_release);
}

QByteArray catalogFingerprint(Store::Database &db)
{
    QByteArray fingerprint;
    for (const char *table : {"models", "deployments", "subscriptions", "users"}) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM ") + QLatin1String(table));
        if (q.next())
            fingerprint += q.value(0).toByteArray() + ':' + q.value(1).toByteArray() + ';';
    }
    return fingerprint;
}

std::shared_ptr<const CatalogSnapshot> loadCatalog(Store::Database &db, const Util::SecretBox &secrets)
{
    auto snapshot = std::make_shared<CatalogSnapshot>();
    Store::ModelRepository models(db);
    QHash<QString, QList<Store::Deployment>> deploymentsByModel;
    for (const Store::Deployment &d : models.deployments())
        deploymentsByModel[d.modelId].append(d);
    constexpr int PageSize = 500;
    for (int offset = 0;; offset += PageSize) {
        const auto page = models.list({}, {PageSize, offset});
        for (const Store::Model &m : page.items) {
            auto route = std::make_shared<ModelRoute>();
            route->id = m.id.toUtf8();
            route->capabilities = capabilitiesFrom(m.capabilities);
            route->inputPrice = m.inputPrice;
            route->outputPrice = m.outputPrice;
            route->cachedPrice = m.cachedPrice;
            route->contextWindow = m.contextWindow.value_or(0);
            route->restricted = m.restricted;
            route->enabled = m.enabled;
            for (const Store::Deployment &d : deploymentsByModel.value(m.id)) {
                if (!d.enabled)
                    continue;
                DeploymentRoute dr;
                dr.id = d.id.toUtf8();
                dr.baseUrl = d.baseUrl.toUtf8();
                while (dr.baseUrl.endsWith('/'))
                    dr.baseUrl.chop(1);
                dr.servedName = d.servedName.isEmpty() ? route->id : d.servedName.toUtf8();
                if (!d.apiKeyEncrypted.isEmpty()) {
                    if (const auto key = secrets.open(d.apiKeyEncrypted))
                        dr.authorization = "Bearer " + *key;
                }
                dr.weight = qMax(1, d.weight);
                route->deployments.append(dr);
            }
            snapshot->models.insert(route->id, route);
        }
        if (page.items.size() < PageSize)
            break;
    }
    Store::SubscriptionRepository subscriptions(db);
    const qint64 now = db.now();
    for (int offset = 0;; offset += PageSize) {
        const auto page = subscriptions.list({}, {PageSize, offset});
        for (const Store::Subscription &s : page.items) {
            Access access = Access::None;
            switch (s.status) {
            case Store::SubscriptionStatus::Active: access = Access::Active; break;
            case Store::SubscriptionStatus::Pending: access = Access::Pending; break;
            case Store::SubscriptionStatus::Denied: access = Access::Denied; break;
            default: break;
            }
            // Past its expiry it grants nothing, even before the expiry job has marked it expired.
            if (s.expiresAt && *s.expiresAt <= now)
                access = Access::None;
            snapshot->subscriptions.insert(s.userId.toUtf8() + '\n' + s.modelId.toUtf8(), access);
        }
        if (page.items.size() < PageSize)
            break;
    }
    Store::UserRepository users(db);
    for (int offset = 0;; offset += PageSize) {
        const auto page = users.list({}, {PageSize, offset});
        for (const Store::User &u : page.items) {
            UserPolicy p;
            p.rpm = u.rpmLimit.value_or(-1);
            p.tpm = u.tpmLimit.value_or(-1);
            p.parallel = u.parallelLimit.value_or(-1);
            p.maxBudget = u.maxBudget.value_or(-1);
            p.budgetDuration = u.budgetDuration.toUtf8();
            p.spend = u.spend;
            p.budgetResetAtMs = u.budgetResetAt.value_or(0);
            p.budgetGeneration = u.budgetGeneration;
            p.active = u.active;
            snapshot->users.insert(u.id.toUtf8(), p);
        }
        if (page.items.size() < PageSize)
            break;
    }
    return snapshot;
}

} // namespace Tollgate::Proxy
