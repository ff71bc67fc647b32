// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/service/seeder.h"

#include "gateway-core/config/config.h"
#include "gateway-core/keys/keyformat.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/userrepository.h"
#include "gateway-core/util/secretbox.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUuid>

namespace Tollgate::Service {

namespace {

const QString Actor = QStringLiteral("config");

/// Declared deployments get stable ids derived from model and URL, so re-applying finds them.
QString deploymentId(const QString &modelId, const Config::Deployment &d)
{
    const QByteArray digest = QCryptographicHash::hash((modelId + u'\n' + d.baseUrl + u'\n' + d.servedName).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QStringLiteral("cfg-") + QString::fromLatin1(digest.toHex().left(16));
}

QStringList applyModel(const Config::Model &declared, Store::ModelRepository &models,
                       const Util::SecretBox &secrets)
{
    QStringList changes;
    Store::Model m;
    if (auto existing = models.find(declared.id))
        m = *existing;
    const bool isNew = m.id.isEmpty();
    const qint64 version = m.version;
    m.id = declared.id;
    if (m.displayName.isEmpty())
        m.displayName = declared.id;
    m.capabilities = declared.capabilities;
    m.inputPrice = declared.prices.input;
    m.outputPrice = declared.prices.output;
    m.cachedPrice = declared.prices.cached;
    m.contextWindow = declared.contextWindow > 0 ? std::optional<qint64>(declared.contextWindow) : std::nullopt;
    m.restricted = declared.restricted;
    m.enabled = declared.enabled;
    m.metadata.insert(QStringLiteral("managed_by"), Actor);
    if (isNew) {
        models.create(m);
        changes << QStringLiteral("model %1 created").arg(m.id);
    } else {
        models.update(m, version);
    }

    QHash<QString, Store::Deployment> existing;
    for (const Store::Deployment &d : models.deployments(declared.id))
        existing.insert(d.id, d);
    for (const Config::Deployment &declaredDeployment : declared.deployments) {
        Store::Deployment d;
        d.id = deploymentId(declared.id, declaredDeployment);
        d.modelId = declared.id;
        d.baseUrl = declaredDeployment.baseUrl;
        d.servedName = declaredDeployment.servedName.isEmpty() ? declared.id : declaredDeployment.servedName;
        d.weight = declaredDeployment.weight;
        d.enabled = true;
        if (declaredDeployment.apiKey.isSet())
            d.apiKeyEncrypted = secrets.seal(declaredDeployment.apiKey.reveal().toUtf8());
        if (existing.contains(d.id)) {
            models.updateDeployment(d, existing.take(d.id).version);
        } else {
            models.addDeployment(d);
            changes << QStringLiteral("deployment %1 of %2 added").arg(d.baseUrl, declared.id);
        }
    }
    // Deployments this file created earlier and no longer declares are gone from the file.
    for (const Store::Deployment &stale : std::as_const(existing)) {
        if (stale.id.startsWith(u"cfg-")) {
            models.removeDeployment(stale.id);
            changes << QStringLiteral("deployment %1 of %2 removed").arg(stale.baseUrl, declared.id);
        }
    }
    return changes;
}

QString ensureUser(const QString &username, Store::UserRepository &users, QStringList &changes)
{
    if (auto u = users.findByUsername(username))
        return u->id;
    Store::User u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.username = username;
    u.provider = QStringLiteral("local");
    users.create(u);
    changes << QStringLiteral("user %1 created").arg(username);
    return u.id;
}

} // namespace

QStringList applyDeclarations(const Config::Settings &settings, Store::Database &db,
                              const Util::SecretBox &secrets)
{
    QStringList changes;
    if (settings.models.isEmpty() && settings.apiKeys.isEmpty())
        return changes;
    Store::Transaction tx(db);
    Store::ModelRepository models(db);
    for (const Config::Model &m : settings.models)
        changes += applyModel(m, models, secrets);

    Store::UserRepository users(db);
    Store::SubscriptionRepository subscriptions(db);
    Store::KeyRepository keys(db);
    for (const Config::ApiKey &declared : settings.apiKeys) {
        const QString userId = ensureUser(declared.user.isEmpty() ? QStringLiteral("config") : declared.user,
                                          users, changes);
        QStringList modelIds = declared.models;
        if (modelIds.isEmpty()) {
            for (const Config::Model &m : settings.models)
                modelIds << m.id;
        }
        for (const QString &modelId : std::as_const(modelIds)) {
            const auto s = subscriptions.findFor(userId, modelId);
            if (!s) {
                subscriptions.create(userId, modelId, Store::SubscriptionStatus::Active, Actor,
                                     QStringLiteral("declared in the configuration"));
            } else if (s->status != Store::SubscriptionStatus::Active) {
                subscriptions.setStatus(s->id, Store::SubscriptionStatus::Active, Actor,
                                        QStringLiteral("declared in the configuration"), s->version);
            }
        }

        const QByteArray secret = declared.key.reveal().toUtf8();
        const QString hash = QString::fromLatin1(Keys::hashKey(secret));
        const auto parts = Keys::parse(secret);
        Store::ApiKey k;
        if (auto existing = keys.findByHash(hash, db.now()))
            k = *existing;
        const bool isNew = k.id.isEmpty();
        const qint64 version = k.version;
        if (isNew) {
            // Foreign keys (e.g. imported from LiteLLM) get an id derived from their hash.
            k.id = parts ? QString::fromLatin1(parts->keyId) : QStringLiteral("cfg") + hash.left(14);
            k.secretHash = hash;
            k.displayPrefix = QString::fromUtf8(Keys::displayPrefix(secret));
        }
        k.userId = userId;
        k.name = declared.alias.isEmpty() ? QStringLiteral("declared key") : declared.alias;
        k.alias = declared.alias;
        k.models = declared.models;
        k.rpmLimit = declared.rpmLimit;
        k.tpmLimit = declared.tpmLimit;
        k.parallelLimit = declared.parallelLimit;
        k.maxBudget = declared.maxBudget;
        k.softBudget = declared.softBudget;
        k.budgetDuration = declared.budgetDuration ? declared.budgetDuration->toString() : QString();
        k.expiresAt = declared.expiresAt.isValid() ? std::optional<qint64>(declared.expiresAt.toMSecsSinceEpoch())
                                                   : std::nullopt;
        k.metadata.insert(QStringLiteral("managed_by"), Actor);
        if (isNew) {
            keys.create(k);
            changes << QStringLiteral("key %1 created").arg(k.displayPrefix);
        } else {
            keys.update(k, version);
        }
    }
    tx.commit();
    return changes;
}

} // namespace Tollgate::Service
