// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/proxy/proxyservice.h"

#include "gateway-core/http/exchange.h"
#include "gateway-core/http/upstreampool.h"
#include "gateway-core/limits/limiter.h"
#include "gateway-core/metering/journal.h"
#include "gateway-core/metrics/metrics.h"
#include "gateway-core/proxy/catalog.h"
#include "gateway-core/proxy/proxycall.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace Tollgate::Proxy {

/// In-flight count and failure state of one deployment, shared by every worker.
struct ProxyService::DeploymentHealth
{
    std::atomic<int> outstanding{0};
    std::atomic<int> consecutiveFailures{0};
    std::atomic<qint64> downUntilMs{0};
    std::atomic<qint64> cooldownMs{0};
};

ProxyMetrics ProxyMetrics::create(Metrics::Registry &registry)
{
    ProxyMetrics m;
    m.requests = registry.counter("tollgate_requests_total", "Proxied requests by model and HTTP status.",
                                  {"model", "status"});
    m.latency = registry.histogram("tollgate_request_duration_seconds",
                                   "Time from request to last byte, by model and HTTP status.", {"model", "status"},
                                   Metrics::latencyBuckets());
    m.overhead = registry.histogram("tollgate_overhead_seconds",
                                    "Time the gateway itself added to a request (total minus upstream).", {},
                                    {0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05});
    m.tokens = registry.counter("tollgate_tokens_total", "Tokens billed, by model and type (prompt, completion).",
                                {"model", "type"});
    m.cost = registry.counter("tollgate_cost_total", "Money billed in currency units, by model.", {"model"});
    m.rejections = registry.counter("tollgate_rejections_total", "Requests refused by the gateway, by error code.",
                                    {"reason"});
    m.upstreamErrors = registry.counter("tollgate_upstream_errors_total",
                                        "Upstream failures by deployment and kind.", {"deployment", "kind"});
    m.openStreams = registry.gauge("tollgate_open_streams", "Streaming responses in progress.");
    return m;
}

ProxyService::ProxyService(Keys::KeyCache &keys, Catalog &catalog, Limits::Limiter &limiter,
                           Metering::Journal &journal, ProxyMetrics metrics, ProxyOptions options)
    : m_keys(keys)
    , m_catalog(catalog)
    , m_limiter(limiter)
    , m_journal(journal)
    , m_metrics(metrics)
    , m_options(options)
{
}

ProxyService::~ProxyService() = default;

void ProxyService::addRoutes(Http::Router &router)
{
    const struct
    {
        const char *path;
        Endpoint endpoint;
    } metered[] = {
        {"/v1/chat/completions", Endpoint::Chat}, {"/chat/completions", Endpoint::Chat},
        {"/v1/completions", Endpoint::Completions}, {"/completions", Endpoint::Completions},
        {"/v1/embeddings", Endpoint::Embeddings}, {"/embeddings", Endpoint::Embeddings},
        {"/tokenize", Endpoint::Tokenize}, {"/v1/tokenize", Endpoint::Tokenize},
    };
    for (const auto &route : metered) {
        const Endpoint endpoint = route.endpoint;
        router.add("POST", route.path, [this, endpoint](Http::Exchange &ex) { ProxyCall::start(*this, ex, endpoint); });
    }
    for (const char *method : {"GET", "POST", "PUT", "DELETE"}) {
        router.addPrefix(method, "/docling/",
                         [this](Http::Exchange &ex) { ProxyCall::start(*this, ex, Endpoint::Docling); });
    }
    router.add("GET", "/v1/models", [this](Http::Exchange &ex) { handleModels(ex); });
    router.add("GET", "/models", [this](Http::Exchange &ex) { handleModels(ex); });
}

std::shared_ptr<const Keys::KeyRecord> ProxyService::authenticate(Http::Exchange &exchange)
{
    const Http::Request &request = exchange.request();
    QByteArray presented = request.header("authorization");
    if (presented.size() > 7 && presented.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        presented = presented.sliced(7).trimmed();
    else if (presented.isEmpty())
        presented = request.header("x-api-key").isEmpty() ? request.header("api-key") : request.header("x-api-key");
    const Keys::KeyEntry entry = presented.isEmpty() ? Keys::KeyEntry{} : m_keys.find(Keys::hashOf(presented));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!entry.record || entry.record->revoked || entry.record->blocked
        || (entry.validUntilMs != 0 && now >= entry.validUntilMs)
        || (entry.record->expiresAtMs != 0 && now >= entry.record->expiresAtMs)) {
        m_metrics.rejections->inc({"invalid_api_key"}, exchange.worker());
        Http::respondError(exchange, 401, "The API key is missing, unknown, expired or revoked.",
                           "invalid_request_error", "invalid_api_key");
        return {};
    }
    return entry.record;
}

void ProxyService::handleModels(Http::Exchange &exchange)
{
    const auto key = authenticate(exchange);
    if (!key)
        return;
    const auto snapshot = m_catalog.snapshot();
    const UserPolicy *user = snapshot->user(key->userId);
    QJsonArray data;
    QList<QByteArray> ids = snapshot->models.keys();
    std::sort(ids.begin(), ids.end());
    for (const QByteArray &id : std::as_const(ids)) {
        const ModelRoute &m = *snapshot->models.value(id);
        if (!m.enabled || !key->allowsModel(id) || snapshot->access(key->userId, id) != Access::Active)
            continue;
        QJsonArray capabilities;
        for (const auto &[bit, name] : {std::pair{Chat, "chat"}, {Completions, "completions"}, {Embeddings, "embeddings"},
                                        {Tokenize, "tokenize"}, {Docling, "docling"}, {Safety, "safety"}}) {
            if (m.capabilities & bit)
                capabilities.append(QLatin1String(name));
        }
        bool ready = false;
        for (const DeploymentRoute &d : m.deployments) {
            if (health(d.id).downUntilMs.load() <= QDateTime::currentMSecsSinceEpoch())
                ready = true;
        }
        const Keys::ModelLimit perModel = key->limitFor(id);
        auto limit = [](qint64 v) { return v < 0 ? QJsonValue() : QJsonValue(double(v)); };
        QJsonObject limits{{QStringLiteral("rpm"), limit(perModel.rpm >= 0 ? perModel.rpm : key->rpm)},
                           {QStringLiteral("tpm"), limit(perModel.tpm >= 0 ? perModel.tpm : key->tpm)},
                           {QStringLiteral("max_parallel_requests"), limit(key->parallel)},
                           {QStringLiteral("max_budget"), key->maxBudget < 0 ? QJsonValue() : QJsonValue(double(key->maxBudget) / 1e9)},
                           {QStringLiteral("budget_duration"), key->budgetDuration.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(key->budgetDuration))}};
        if (user && user->maxBudget >= 0)
            limits.insert(QStringLiteral("user_max_budget"), double(user->maxBudget) / 1e9);
        data.append(QJsonObject{
            {QStringLiteral("id"), QString::fromUtf8(id)},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), 0},
            {QStringLiteral("owned_by"), QStringLiteral("tollgate")},
            {QStringLiteral("ready"), ready},
            {QStringLiteral("capabilities"), capabilities},
            {QStringLiteral("context_window"), m.contextWindow > 0 ? QJsonValue(double(m.contextWindow)) : QJsonValue()},
            {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("input_per_1m"), double(m.inputPrice) / 1e9},
                                                    {QStringLiteral("output_per_1m"), double(m.outputPrice) / 1e9},
                                                    {QStringLiteral("cached_per_1m"), double(m.cachedPrice) / 1e9}}},
            {QStringLiteral("limits"), limits},
        });
    }
    exchange.respond(200, "application/json",
                     QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}})
                         .toJson(QJsonDocument::Compact));
}

ProxyService::DeploymentHealth &ProxyService::health(const QByteArray &deploymentId)
{
    std::lock_guard lock(m_healthMutex);
    auto &slot = m_health[deploymentId];
    if (!slot)
        slot = std::make_shared<DeploymentHealth>();
    return *slot;
}

int ProxyService::pickDeployment(const ModelRoute &model, int attempt)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int best = -1;
    double bestLoad = 0;
    int soonest = 0;
    qint64 soonestUp = std::numeric_limits<qint64>::max();
    for (int i = 0; i < model.deployments.size(); ++i) {
        DeploymentHealth &h = health(model.deployments[i].id);
        const qint64 downUntil = h.downUntilMs.load(std::memory_order_relaxed);
        if (downUntil > now) {
            if (downUntil < soonestUp) {
                soonestUp = downUntil;
                soonest = i;
            }
            continue;
        }
        if (attempt > 0 && model.deployments.size() > 1 && i == attempt - 1)
            continue;
        const double load = double(h.outstanding.load(std::memory_order_relaxed) + 1) / model.deployments[i].weight;
        if (best < 0 || load < bestLoad) {
            best = i;
            bestLoad = load;
        }
    }
    // Every deployment is cooling down: try the one that recovers first rather than failing blind.
    return best >= 0 ? best : soonest;
}

void ProxyService::reportDeploymentSuccess(const DeploymentRoute &deployment)
{
    DeploymentHealth &h = health(deployment.id);
    h.consecutiveFailures.store(0, std::memory_order_relaxed);
    h.cooldownMs.store(0, std::memory_order_relaxed);
    h.downUntilMs.store(0, std::memory_order_relaxed);
}

void ProxyService::reportDeploymentFailure(const DeploymentRoute &deployment, const Http::UpstreamError &error)
{
    if (!error.beforeResponse())
        return; // a model that answered is up, even if this one request broke
    DeploymentHealth &h = health(deployment.id);
    if (h.consecutiveFailures.fetch_add(1) + 1 < 3)
        return;
    // Down for a cool-down that doubles on every repeated failure, from 5 s up to 5 minutes.
    const qint64 cooldown = std::clamp<qint64>(h.cooldownMs.load() * 2, 5000, 300000);
    h.cooldownMs.store(cooldown);
    h.downUntilMs.store(QDateTime::currentMSecsSinceEpoch() + cooldown);
}

Http::UpstreamPool &ProxyService::upstreamPool(int worker)
{
    Q_UNUSED(worker)
    // One pool per worker thread, created and destroyed on that thread.
    thread_local std::unique_ptr<Http::UpstreamPool> pool;
    if (!pool) {
        Http::UpstreamPoolOptions options;
        options.maxConnectionsPerOrigin = m_options.poolSize;
        pool = std::make_unique<Http::UpstreamPool>(options);
    }
    return *pool;
}

void ProxyService::ensureBudgetLoaded(const Keys::KeyRecord &key, const UserPolicy *user)
{
    if (key.maxBudget < 0 && (!user || user->maxBudget < 0))
        return;
    // A subject is loaded once; a changed generation means the control plane reset its spend
    // (a budget window job, an admin): the stored spend then replaces what the limiter counted.
    std::lock_guard lock(m_loadedMutex);
    const auto needsLoad = [](QHash<QByteArray, qint64> &loaded, const QByteArray &id, qint64 generation) {
        const auto it = loaded.constFind(id);
        if (it != loaded.constEnd() && *it == generation)
            return false;
        loaded.insert(id, generation);
        return true;
    };
    if (key.maxBudget >= 0 && needsLoad(m_keyBudgetsLoaded, key.keyId, key.budgetGeneration))
        m_limiter.load({Limits::SubjectKind::Key, key.keyId, {}},
                       {key.spend, key.budgetResetAtMs, key.budgetGeneration});
    if (user && user->maxBudget >= 0 && needsLoad(m_userBudgetsLoaded, key.userId, user->budgetGeneration))
        m_limiter.load({Limits::SubjectKind::User, key.userId, {}},
                       {user->spend, user->budgetResetAtMs, user->budgetGeneration});
}

qint64 ProxyService::userSoftBudget(qint64 maxBudget) const
{
    const int percent = m_userSoftPercent.load(std::memory_order_relaxed);
    if (maxBudget < 0 || percent <= 0)
        return -1;
    // In two parts so a budget near the top of qint64 cannot overflow.
    return maxBudget / 100 * percent + maxBudget % 100 * percent / 100;
}

} // namespace Tollgate::Proxy
