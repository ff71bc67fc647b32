// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/http/router.h"
#include "gateway-core/keys/keycache.h"

#include <QByteArray>
#include <QHash>

#include <memory>
#include <atomic>
#include <mutex>
#include <unordered_map>

namespace Tollgate::Http {
class UpstreamPool;
struct UpstreamError;
} // namespace Tollgate::Http
namespace Tollgate::Limits {
class Limiter;
}
namespace Tollgate::Metering {
class Journal;
}
namespace Tollgate::Metrics {
class Family;
class Registry;
} // namespace Tollgate::Metrics

namespace Tollgate::Proxy {

class Catalog;
struct DeploymentRoute;
struct ModelRoute;
struct UserPolicy;

/// Knobs of the data plane.
struct ProxyOptions
{
    qint64 defaultOutputTokens = 512; ///< reserved when a request has no max_tokens
    int connectTimeoutMs = 5'000;
    int firstByteTimeoutMs = 600'000;
    int idleTimeoutMs = 120'000;
    int poolSize = 64;
};

/// The metric families the data plane updates.
struct ProxyMetrics
{
    Metrics::Family *requests = nullptr;   ///< tollgate_requests_total{model,status}
    Metrics::Family *latency = nullptr;    ///< tollgate_request_duration_seconds{model,status}
    Metrics::Family *overhead = nullptr;   ///< tollgate_overhead_seconds
    Metrics::Family *tokens = nullptr;     ///< tollgate_tokens_total{model,type}
    Metrics::Family *cost = nullptr;       ///< tollgate_cost_total{model}
    Metrics::Family *rejections = nullptr; ///< tollgate_rejections_total{reason}
    Metrics::Family *upstreamErrors = nullptr; ///< tollgate_upstream_errors_total{deployment,kind}
    Metrics::Family *openStreams = nullptr;    ///< tollgate_open_streams

    static ProxyMetrics create(Metrics::Registry &registry);
};

/// The OpenAI-compatible side of the gateway: authenticates keys from the cache, enforces
/// model access, subscriptions and limits, forwards to a deployment, meters and journals.
class ProxyService final
{
public:
    ProxyService(Keys::KeyCache &keys, Catalog &catalog, Limits::Limiter &limiter, Metering::Journal &journal,
                 ProxyMetrics metrics, ProxyOptions options = {});
    ~ProxyService();
    ProxyService(const ProxyService &) = delete;
    ProxyService &operator=(const ProxyService &) = delete;

    /// Adds /v1/chat/completions, /v1/completions, /v1/embeddings, /v1/models, /tokenize,
    /// /v1/tokenize and /docling/* to @p router.
    void addRoutes(Http::Router &router);

    Keys::KeyCache &keys() { return m_keys; }
    Catalog &catalog() { return m_catalog; }
    Limits::Limiter &limiter() { return m_limiter; }
    Metering::Journal &journal() { return m_journal; }
    const ProxyMetrics &metrics() const { return m_metrics; }
    const ProxyOptions &options() const { return m_options; }

    /// Index of the deployment of @p model to use: the healthy one with the fewest requests in
    /// flight; @p attempt > 0 avoids the one tried before.
    int pickDeployment(const ModelRoute &model, int attempt);
    void reportDeploymentSuccess(const DeploymentRoute &deployment);
    void reportDeploymentFailure(const DeploymentRoute &deployment, const Http::UpstreamError &error);
    /// The calling worker thread's upstream connection pool.
    Http::UpstreamPool &upstreamPool(int worker);
    /// Seeds the limiter with the stored spend of a key (and its owner) the first time it is used,
    /// and again after the control plane reset that spend (a new budget generation).
    void ensureBudgetLoaded(const Keys::KeyRecord &key, const UserPolicy *user);
    /// A user's soft budget as a percentage of their max budget (0: none), for soft-budget alerts.
    void setUserSoftBudgetPercent(int percent) { m_userSoftPercent.store(percent, std::memory_order_relaxed); }
    /// The soft budget of a user with @p maxBudget (-1 when none).
    qint64 userSoftBudget(qint64 maxBudget) const;

private:
    void handleModels(Http::Exchange &exchange);
    std::shared_ptr<const Keys::KeyRecord> authenticate(Http::Exchange &exchange);

    struct DeploymentHealth;
    DeploymentHealth &health(const QByteArray &deploymentId);

    Keys::KeyCache &m_keys;
    Catalog &m_catalog;
    Limits::Limiter &m_limiter;
    Metering::Journal &m_journal;
    ProxyMetrics m_metrics;
    ProxyOptions m_options;
    std::mutex m_healthMutex;
    QHash<QByteArray, std::shared_ptr<DeploymentHealth>> m_health;
    std::mutex m_loadedMutex;
    /// Key id / user id → the budget generation the limiter holds for it.
    QHash<QByteArray, qint64> m_keyBudgetsLoaded;
    QHash<QByteArray, qint64> m_userBudgetsLoaded;

    std::atomic<int> m_userSoftPercent{80};
};

} // namespace Tollgate::Proxy
