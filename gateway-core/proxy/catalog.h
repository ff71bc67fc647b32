// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>
#include <mutex>

namespace Tollgate::Store {
class Database;
}
namespace Tollgate::Util {
class SecretBox;
}

namespace Tollgate::Proxy {

/// Capabilities a model can offer; an endpoint refuses a model without its capability.
enum Capability : quint32 {
    Chat = 1,
    Completions = 2,
    Embeddings = 4,
    Tokenize = 8,
    Docling = 16,
    Safety = 32,
};
quint32 capabilitiesFrom(const QStringList &names);

/// One upstream serving a model, ready for the hot path (strings pre-built).
struct DeploymentRoute
{
    QByteArray id;
    QByteArray baseUrl;       ///< OpenAI-compatible root, e.g. http://vllm:8000/v1
    QByteArray servedName;    ///< the model name the upstream expects
    QByteArray authorization; ///< "Bearer <key>" or empty
    int weight = 1;
};

struct ModelRoute
{
    QByteArray id;
    quint32 capabilities = Chat;
    qint64 inputPrice = 0; ///< nano-units per 1M tokens
    qint64 outputPrice = 0;
    qint64 cachedPrice = 0;
    qint64 contextWindow = 0;
    bool restricted = false;
    bool enabled = true;
    QList<DeploymentRoute> deployments;

    /// Cost in nano-units; cached prompt tokens are billed at the cached price.
    qint64 cost(qint64 promptTokens, qint64 completionTokens, qint64 cachedTokens = 0) const;
};

enum class Access { Active, Pending, Denied, None };

/// Per-user limits and budget, as the store has them.
struct UserPolicy
{
    qint64 rpm = -1;
    qint64 tpm = -1;
    qint64 parallel = -1;
    qint64 maxBudget = -1;
    QByteArray budgetDuration;
    qint64 spend = 0;
    qint64 budgetResetAtMs = 0;
    qint64 budgetGeneration = 0; ///< changes when the control plane resets spend
    bool active = true;
};

/// Everything the data plane knows about models, deployments, subscriptions and users at one
/// moment. Immutable; a change publishes a new snapshot.
struct CatalogSnapshot
{
    QHash<QByteArray, std::shared_ptr<const ModelRoute>> models;
    QHash<QByteArray, Access> subscriptions; ///< key: user id + '\n' + model id
    QHash<QByteArray, UserPolicy> users;

    std::shared_ptr<const ModelRoute> model(const QByteArray &id) const { return models.value(id); }
    Access access(const QByteArray &userId, const QByteArray &modelId) const;
    const UserPolicy *user(const QByteArray &userId) const;
};

/// Holds the current snapshot. Readers on worker threads keep a thread-local copy and only take
/// the lock when the version moved, so a request does not contend with other workers.
class Catalog final
{
public:
    Catalog();
    std::shared_ptr<const CatalogSnapshot> snapshot() const;
    void publish(std::shared_ptr<const CatalogSnapshot> snapshot);
    quint64 version() const { return m_version.load(std::memory_order_acquire); }

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const CatalogSnapshot> m_current;
    std::atomic<quint64> m_version{1};
};

/// Changes whenever a model, deployment, subscription or user row changes (cheap to compute).
QByteArray catalogFingerprint(Store::Database &db);

/// Reads models, deployments, subscriptions and users from the store; upstream keys are opened
/// with @p secrets. Throws Store::Error when the store cannot be read.
std::shared_ptr<const CatalogSnapshot> loadCatalog(Store::Database &db, const Util::SecretBox &secrets);

} // namespace Tollgate::Proxy
