// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/service/gateway.h"

#include "gateway-core/api/alertroutes.h"
#include "gateway-core/api/context.h"
#include "gateway-core/api/jobroutes.h"
#include "gateway-core/api/authroutes.h"
#include "gateway-core/api/backuproutes.h"
#include "gateway-core/api/controlexecutor.h"
#include "gateway-core/api/auditroutes.h"
#include "gateway-core/api/bannerroutes.h"
#include "gateway-core/api/brandingroutes.h"
#include "gateway-core/api/settingsroutes.h"
#include "gateway-core/api/keyroutes.h"
#include "gateway-core/api/usageroutes.h"
#include "gateway-core/api/openapiroute.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/api/subscriptionroutes.h"
#include "gateway-core/api/ssoroutes.h"
#include "gateway-core/api/modelroutes.h"
#include "gateway-core/api/userroutes.h"
#include "gateway-core/auth/bootstrap.h"
#include "gateway-core/auth/rbac.h"
#include "gateway-core/auth/sessions.h"
#include "gateway-core/api/litellm.h"
#include "gateway-core/keys/keyloader.h"
#include "gateway-core/limits/limiter.h"
#include "gateway-core/metering/journal.h"
#include "gateway-core/metrics/metrics.h"
#include "gateway-core/proxy/catalog.h"
#include "gateway-core/service/alerts.h"
#include "gateway-core/service/seeder.h"
#include "gateway-core/service/jobrunner.h"
#include "gateway-core/service/storemonitor.h"
#include "gateway-core/store/backup.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/runtimestate.h"
#include "gateway-core/store/usagerepository.h"
#include "gateway-core/util/secretbox.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcGateway, "tollgate.gateway")

namespace Tollgate::Service {

Gateway::Gateway(GatewayOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Gateway::~Gateway()
{
    // The listener goes first so no handler runs while what it uses is torn down.
    m_http.reset();
    m_jobs.reset();
    m_alerts.reset();
    m_control.reset();
    m_flusher.reset();
    m_storeMonitor.reset();
}

quint16 Gateway::port() const
{
    return m_http ? m_http->port() : 0;
}

bool Gateway::ready() const
{
    return m_storeMonitor && m_storeMonitor->ready() && !m_parked.load(std::memory_order_acquire);
}

bool Gateway::start()
{
    try {
        m_database = std::make_shared<Store::Database>(m_options.databaseUrl);
    } catch (const Store::Error &e) {
        m_error = e.message();
        return false;
    }
    m_replicaId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int workers = m_options.http.workers > 0 ? m_options.http.workers : qMax(1, QThread::idealThreadCount());
    m_options.http.workers = workers;

    m_journal = std::make_unique<Metering::Journal>(m_options.journalDir, workers);
    if (!m_journal->open(&m_error))
        return false;
    std::shared_ptr<Store::Database> db = m_database;
    const std::atomic<bool> *parked = &m_parked;
    m_flusher = std::make_unique<Metering::JournalFlusher>(m_journal.get(), [db, parked](const QList<Store::UsageRecord> &batch) {
        // Usage waits in the journal while another replica replaces the store.
        if (parked->load(std::memory_order_acquire))
            throw Store::Error(Store::Error::Code::Unavailable, QStringLiteral("a restore is in progress"));
        Store::UsageRepository(*db).appendBatch(batch);
    });

    m_metrics = std::make_unique<Metrics::Registry>(workers);
    m_keys = std::make_unique<Keys::KeyCache>();
    m_catalog = std::make_unique<Proxy::Catalog>();
    Limits::BackendOptions limitOptions;
    limitOptions.zone = m_options.timezone;
    limitOptions.url = m_options.redisUrl;
    const Limits::BackendKind limitKind =
        m_options.redisUrl.isEmpty() ? Limits::BackendKind::Local : Limits::BackendKind::Redis;
    std::unique_ptr<Limits::Backend> limitBackend = Limits::makeBackend(limitKind, limitOptions, &m_error);
    if (!limitBackend) {
        m_error = QStringLiteral("redis: ") + m_error;
        return false;
    }
    m_limiter = std::make_unique<Limits::Limiter>(std::move(limitBackend));
    m_alerts = std::make_unique<AlertDispatcher>(m_database, m_options.masterKey, [this] { return ready(); });
    AlertDispatcher *alerts = m_alerts.get();
    m_limiter->setEventHandler([alerts](const Limits::BudgetEvent &event) { alerts->post(event); });
    m_proxy = std::make_unique<Proxy::ProxyService>(*m_keys, *m_catalog, *m_limiter, *m_journal,
                                                    Proxy::ProxyMetrics::create(*m_metrics), m_options.proxy);

    m_control = std::make_unique<Api::ControlExecutor>();
    Auth::SessionOptions sessionOptions;
    sessionOptions.signingKey = m_options.sessionKey;
    sessionOptions.masterKey = m_options.masterKey;
    m_sessions = std::make_unique<Auth::Sessions>(sessionOptions);
    m_setupToken = std::make_unique<Auth::SetupToken>();
    m_roleMapping = std::make_unique<Auth::RoleMapping>(Auth::RoleMapping::parse(m_options.groupRoles).value_or(Auth::RoleMapping()));
    m_storeMonitor = std::make_unique<StoreMonitor>(m_database);
    m_storeMonitor->setInitializer([this](Store::Database &store) { initializeFromStore(store); });
    m_storeMonitor->setRefresher([this](Store::Database &store) { refreshFromStore(store); });
    connect(m_storeMonitor.get(), &StoreMonitor::fatalError, this, &Gateway::fatalError);
    m_http = std::make_unique<Http::Server>(buildRouter(), m_options.http);
    if (!m_http->listen(m_options.address, m_options.port)) {
        m_error = m_http->errorString();
        m_http.reset();
        return false;
    }
    m_storeMonitor->start();
    m_flusher->start();
    StoreMonitor *monitor = m_storeMonitor.get();
    m_jobs = std::make_unique<JobScheduler>(m_database, m_keys.get(), [monitor] { return monitor->ready(); }, 60'000,
                                            m_options.timezone);
    m_jobs->start();
    m_alerts->start();
    return true;
}

void Gateway::initializeFromStore(Store::Database &db)
{
    // Nothing is read or written while another replica replaces the store; the next probe tries again.
    if (const auto lease = Store::RestoreLeaseRepository(db).current(db.now()); lease && lease->parking) {
        m_parked.store(true, std::memory_order_release);
        throw Store::Error(Store::Error::Code::Unavailable,
                           QStringLiteral("a restore of backup %1 is in progress on another replica").arg(lease->backupId));
    }
    QElapsedTimer timer;
    timer.start();
    const Util::SecretBox secrets(m_options.masterKey);
    if (m_options.declarations) {
        for (const QString &change : applyDeclarations(*m_options.declarations, db, secrets))
            qCInfo(lcGateway, "configuration: %s", qUtf8Printable(change));
    }
    Auth::bootstrapAdmin(db, m_options.bootstrapAdmin, *m_setupToken);
    m_restoreGeneration = Store::restoreGeneration(db);
    m_keyWatermark = db.now();
    const int keys = Keys::loadAll(db, *m_keys);
    m_catalogFingerprint = Proxy::catalogFingerprint(db);
    m_catalog->publish(Proxy::loadCatalog(db, secrets));
    qCInfo(lcGateway, "%d keys and %lld models loaded in %lld ms", keys,
           qlonglong(m_catalog->snapshot()->models.size()), qlonglong(timer.elapsed()));
    m_parked.store(false, std::memory_order_release);
}

void Gateway::refreshFromStore(Store::Database &db)
{
    // Changes land with their commit time; a two-second look-back covers writers whose clocks or
    // commits lag a little, and republishing an unchanged key is harmless.
    constexpr qint64 LookBackMs = 2000;
    const qint64 now = db.now();
    // A restore about to replace the store parked the replicas: read nothing of it until the
    // lease is gone (released, or expired with the replica that held it). Another replica's
    // restore also takes this one out: 503 on every request, not ready (the gate in buildRouter).
    if (const auto lease = Store::RestoreLeaseRepository(db).current(now); lease && lease->parking) {
        if (!m_stoodAside)
            qCInfo(lcGateway, "a restore of backup %s is in progress: standing aside", qUtf8Printable(lease->backupId));
        m_stoodAside = true;
        if (lease->owner == m_replicaId)
            return; // this replica's own restore reloads once it is done
        m_parked.store(true, std::memory_order_release);
        throw Store::Error(Store::Error::Code::Unavailable,
                           QStringLiteral("a restore of backup %1 is in progress on another replica").arg(lease->backupId));
    }
    // After a restore everything is read again (the change feed cannot tell what went), also
    // when its replica died before recording it.
    const bool afterRestore = std::exchange(m_stoodAside, false);
    m_parked.store(false, std::memory_order_release);
    if (const QString generation = Store::restoreGeneration(db); afterRestore || generation != m_restoreGeneration) {
        const int keys = Keys::reloadAll(db, *m_keys);
        m_keyWatermark = now;
        m_catalogFingerprint = Proxy::catalogFingerprint(db);
        m_catalog->publish(Proxy::loadCatalog(db, Util::SecretBox(m_options.masterKey)));
        m_restoreGeneration = generation;
        qCInfo(lcGateway, "the store was restored: %d keys and the catalog reloaded", keys);
        return;
    }
    constexpr int PageSize = 10'000;
    Store::KeyRepository keys(db);
    qint64 since = m_keyWatermark - LookBackMs;
    // Deletions first: a key deleted and then declared again under its id is published below.
    for (const QString &id : keys.removedSince(since))
        m_keys->remove(id.toUtf8());
    for (;;) {
        const QList<Store::ApiKey> changed = keys.listChangedSince(since, PageSize);
        for (const Store::ApiKey &key : changed)
            Keys::publish(key, *m_keys);
        if (changed.size() < PageSize)
            break;
        // A bulk change: page on by time (rows sharing the last millisecond are read again).
        since = changed.last().updatedAt == since ? since + 1 : changed.last().updatedAt;
    }
    m_keyWatermark = now;
    m_proxy->setUserSoftBudgetPercent(AlertSettings::read(db, {}).userSoftBudgetPercent);
    const QByteArray fingerprint = Proxy::catalogFingerprint(db);
    if (fingerprint != m_catalogFingerprint) {
        m_catalogFingerprint = fingerprint;
        m_catalog->publish(Proxy::loadCatalog(db, Util::SecretBox(m_options.masterKey)));
        qCInfo(lcGateway, "models, subscriptions or users changed: catalog reloaded");
    }
}

void Gateway::stop(int timeoutMs)
{
    if (!m_http) {
        Q_EMIT stopped();
        return;
    }
    connect(m_http.get(), &Http::Server::drained, this, [this] {
        // Everything answered: move what the journal holds into the store while we still can.
        if (m_flusher && !m_flusher->flushNow())
            qCWarning(lcGateway, "usage stays in the journal until the next start (the store is unreachable)");
        if (m_alerts && ready() && !m_alerts->recordQueued())
            qCWarning(lcGateway, "alerts the data plane raised last are lost (the store is unreachable)");
        Q_EMIT stopped();
    }, Qt::SingleShotConnection);
    m_http->drain(timeoutMs);
}

QList<Gateway::ServedRoute> Gateway::servedRoutes() const
{
    QList<ServedRoute> served;
    if (!m_router)
        return served;
    for (const Http::Router::Route &route : m_router->routes()) {
        if (route.prefix && route.path == Api::RouteTable::Prefix)
            continue; // listed one by one below
        served.append({route.method, route.prefix ? route.path + "{path}" : route.path});
    }
    for (const Api::ApiRoute &route : m_api->routes())
        served.append({route.method, route.path});
    return served;
}

Api::Context Gateway::apiContext() const
{
    Api::Context context;
    context.database = m_database;
    context.keys = m_keys.get();
    context.executor = m_control.get();
    context.masterKey = m_options.masterKey;
    context.replicaId = m_replicaId;
    context.timezone = m_options.timezone;
    context.sessions = m_sessions.get();
    context.setupToken = m_setupToken.get();
    context.roleMapping = m_roleMapping.get();
    StoreMonitor *monitor = m_storeMonitor.get();
    context.storeChanged = [monitor] { monitor->refreshAndWait(); };
    return context;
}

std::shared_ptr<Http::Router> Gateway::buildRouter()
{
    auto router = std::make_shared<Http::Router>();
    // While another replica's restore replaces the store, everything but health, metrics and the
    // progress of operations waits for it to end.
    const std::atomic<bool> *parked = &m_parked;
    router->setGate([parked](Http::Exchange &ex) {
        if (!parked->load(std::memory_order_acquire))
            return false;
        const QByteArray &path = ex.request().path;
        if (path.startsWith("/health/") || path == "/metrics" || path.startsWith("/api/v1/operations/"))
            return false;
        Http::respondError(ex, 503, "A restore of the store is in progress on another replica; try again shortly.",
                           "service_unavailable_error", "restore_in_progress", {Http::Header{"retry-after", "5"}});
        return true;
    });
    router->add("GET", "/health/liveness", [](Http::Exchange &ex) {
        ex.respond(200, "application/json", R"({"status":"ok"})");
    });
    StoreMonitor *monitor = m_storeMonitor.get();
    router->add("GET", "/health/readiness", [monitor](Http::Exchange &ex) {
        if (monitor->ready()) {
            ex.respond(200, "application/json", R"({"status":"ready","store":"ok"})");
            return;
        }
        const QJsonObject body{{QStringLiteral("status"), QStringLiteral("not_ready")},
                               {QStringLiteral("store"), monitor->problem()}};
        ex.respond(503, {{"content-type", "application/json"}, {"retry-after", "1"}},
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    Metrics::Registry *metrics = m_metrics.get();
    Metrics::Family *journalLag = metrics->gauge("tollgate_journal_lag_bytes",
                                                 "Usage bytes in the local journal not yet in the store.");
    Metrics::Family *keysLoaded = metrics->gauge("tollgate_keys_cached", "Keys in the gateway's key cache.");
    Metrics::Family *limitsDegraded = metrics->gauge(
        "tollgate_limits_degraded",
        "1 while the shared (Redis) limit counters are unreachable and this replica enforces its share alone.");
    Metrics::Family *limitsReplicas = metrics->gauge(
        "tollgate_limits_replicas",
        "Replicas sharing the limit counters at the last heartbeat; a degraded replica enforces 1/n of each limit.");
    Metering::Journal *journal = m_journal.get();
    Keys::KeyCache *keys = m_keys.get();
    const Limits::Backend *limits = &m_limiter->backend();
    router->add("GET", "/metrics", [metrics, journalLag, keysLoaded, limitsDegraded, limitsReplicas, journal,
                                    keys, limits](Http::Exchange &ex) {
        journalLag->series({})->set(double(journal->pendingBytes()));
        keysLoaded->series({})->set(double(keys->size()));
        limitsDegraded->series({})->set(limits->degraded() ? 1.0 : 0.0);
        limitsReplicas->series({})->set(double(limits->replicaCount()));
        ex.respond(200, "text/plain; version=0.0.4; charset=utf-8", metrics->exposition());
    });
    m_proxy->addRoutes(*router);
    // Control-plane route modules, one line each.
    const Api::Context context = apiContext();
    auto api = std::make_shared<Api::RouteTable>(context);
    Api::addAuthRoutes(*api);
    Api::addUserRoutes(*api);
    Api::addSubscriptionRoutes(*api);
    Api::addSsoRoutes(*api, m_options.sso);
    Api::addModelRoutes(*api);
    Api::addKeyRoutes(*api);
    Api::addAuditRoutes(*api);
    Api::addBrandingRoutes(*api);
    Api::addBannerRoutes(*api);
    Api::addSettingsRoutes(*api);
    Api::addUsageRoutes(*api);
    Api::addBackupRoutes(*api, m_options.backupDir.isEmpty() ? m_options.journalDir + QStringLiteral("/../backups")
                                                             : m_options.backupDir);
    Api::addJobRoutes(*api);
    Api::addAlertRoutes(*api);
    Api::addOpenApiRoute(*api);
    Api::RouteTable::install(api, *router);
    m_api = api;
    m_router = router;
    Api::LiteLlm::addRoutes(*router, context);
    return router;
}

} // namespace Tollgate::Service
