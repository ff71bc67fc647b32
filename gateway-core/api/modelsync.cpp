// SPDX-License-Identifier: GPL-3.0-or-later
// Model sync from an upstream's /v1/models (preview, apply) and "test connection". The upstream
// calls run on a probe thread of their own (api/upstreamprobe.h); the control thread waits for
// them, bounded by short timeouts: 5 s for a model list, 3 s + 5 s for a test with a chat.
#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/modelroutes.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/api/upstreamprobe.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/util/secretbox.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

namespace {

constexpr qint64 ListTimeoutMs = 3'000;
constexpr qint64 SyncTimeoutMs = 5'000;
constexpr qint64 ChatTimeoutMs = 5'000;

/// The base URL of the body, checked: 400 invalid_request when malformed, 400 address_refused
/// for a link-local or metadata address the store does not allow.
QString checkedBaseUrl(ApiRequest &request)
{
    QString url = Json::requiredString(request.body(), "baseUrl"_L1).trimmed();
    if (const auto problem = Upstream::baseUrlProblem(url, true))
        throw ApiError::invalid(u"baseUrl"_s, *problem);
    if (const auto problem = Upstream::baseUrlProblem(url, Upstream::linkLocalAllowed(request.db())))
        throw ApiError(400, "address_refused", *problem, u"baseUrl"_s);
    return url;
}

QString normalized(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url.toLower();
}

Upstream::ProbeResult call(ApiRequest &request, const QString &baseUrl, const QByteArray &apiKey,
                           QByteArray method, QByteArray path, QByteArray body, qint64 timeoutMs)
{
    Upstream::ProbeRequest probe;
    probe.baseUrl = baseUrl;
    probe.apiKey = apiKey;
    probe.method = std::move(method);
    probe.path = std::move(path);
    probe.body = std::move(body);
    probe.timeoutMs = timeoutMs;
    probe.allowLinkLocal = Upstream::linkLocalAllowed(request.db());
    Upstream::ProbeResult result = Upstream::probe(probe);
    if (result.error == "address_refused")
        throw ApiError(400, "address_refused", result.message, u"baseUrl"_s);
    return result;
}

/// The error of a finished probe as the API reports it, or nullopt when the upstream said 2xx.
std::optional<QJsonObject> probeError(const Upstream::ProbeResult &r)
{
    if (!r.error.isEmpty())
        return QJsonObject{{u"code"_s, QString::fromLatin1(r.error)}, {u"message"_s, r.message}};
    if (r.status == 401 || r.status == 403)
        return QJsonObject{
            {u"code"_s, u"auth_failed"_s},
            {u"message"_s, u"The upstream refused the credentials (HTTP %1); check apiKey."_s.arg(r.status)}};
    if (r.status < 200 || r.status > 299)
        return QJsonObject{{u"code"_s, u"upstream_error"_s},
                           {u"message"_s, u"The upstream answered HTTP %1: %2"_s.arg(r.status).arg(
                                              QString::fromUtf8(r.body.left(300)))}};
    return std::nullopt;
}

/// The model ids of an OpenAI /v1/models answer, sorted; nullopt when it is not one.
std::optional<QStringList> modelIds(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue data = doc.object().value("data"_L1);
    if (!data.isArray())
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue &v : data.toArray()) {
        const QString id = v.toObject().value("id"_L1).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    ids.sort();
    return ids;
}

QByteArray apiKeyOf(ApiRequest &request)
{
    return Json::optionalString(request.body(), "apiKey"_L1).value_or(QString()).toUtf8();
}

/// The upstream's model list; ApiError 502 when it cannot be had.
QStringList upstreamModels(ApiRequest &request, const QString &baseUrl)
{
    const Upstream::ProbeResult r =
        call(request, baseUrl, apiKeyOf(request), "GET", "/models", {}, SyncTimeoutMs);
    if (const auto error = probeError(r))
        throw ApiError(
            502, "upstream_unavailable",
            u"Could not list the upstream's models: %1"_s.arg(error->value("message"_L1).toString()));
    const auto ids = modelIds(r.body);
    if (!ids)
        throw ApiError(502, "upstream_unavailable",
                       u"The upstream's /models answer is not an OpenAI model list."_s);
    return *ids;
}

struct SyncDiff
{
    QStringList add;                  // served names without a deployment at this base URL
    QList<Store::Deployment> present; // deployments at this base URL the upstream serves
    QList<Store::Deployment> missing; // deployments at this base URL the upstream lacks
};

SyncDiff diff(Store::Database &db, const QString &baseUrl, const QStringList &upstream)
{
    SyncDiff d;
    QSet<QString> served;
    for (const Store::Deployment &deployment : Store::ModelRepository(db).deployments()) {
        if (normalized(deployment.baseUrl) != normalized(baseUrl))
            continue;
        served.insert(deployment.servedName);
        (upstream.contains(deployment.servedName) ? d.present : d.missing) << deployment;
    }
    for (const QString &id : upstream) {
        if (!served.contains(id))
            d.add << id;
    }
    const auto byName = [](const Store::Deployment &a, const Store::Deployment &b) {
        return std::tie(a.servedName, a.modelId, a.id) < std::tie(b.servedName, b.modelId, b.id);
    };
    std::sort(d.present.begin(), d.present.end(), byName);
    std::sort(d.missing.begin(), d.missing.end(), byName);
    return d;
}

Reply syncPreview(ApiRequest &request)
{
    const QString baseUrl = checkedBaseUrl(request);
    const QStringList upstream = upstreamModels(request, baseUrl);
    Store::Database &db = request.db();
    const SyncDiff d = diff(db, baseUrl, upstream);
    Store::ModelRepository models(db);
    QJsonArray add;
    for (const QString &name : d.add)
        add.append(QJsonObject{
            {u"servedName"_s, name}, {u"modelId"_s, name}, {u"modelExists"_s, bool(models.find(name))}});
    auto listOf = [](const QList<Store::Deployment> &deployments) {
        QJsonArray items;
        for (const Store::Deployment &dep : deployments)
            items.append(QJsonObject{{u"servedName"_s, dep.servedName},
                                     {u"modelId"_s, dep.modelId},
                                     {u"deploymentId"_s, dep.id},
                                     {u"enabled"_s, dep.enabled}});
        return items;
    };
    return Json::ok({{u"baseUrl"_s, baseUrl},
                     {u"upstreamModels"_s, QJsonArray::fromStringList(upstream)},
                     {u"add"_s, add},
                     {u"present"_s, listOf(d.present)},
                     {u"missing"_s, listOf(d.missing)}});
}

Reply syncApply(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    for (auto it = body.begin(); it != body.end(); ++it) {
        static const QStringList allowed = {u"baseUrl"_s, u"apiKey"_s, u"add"_s, u"disable"_s};
        if (!allowed.contains(it.key()))
            throw ApiError::invalid(
                it.key(), u"Unknown field %1; send baseUrl, apiKey, add and disable."_s.arg(it.key()));
    }
    const QString baseUrl = checkedBaseUrl(request);
    // add: served names (their model id is the same) or {servedName, modelId, capabilities}.
    struct Addition
    {
        QString servedName;
        QString modelId;
        QStringList capabilities;
    };
    QList<Addition> additions;
    const QJsonValue addValue = body.value("add"_L1);
    if (!addValue.isUndefined() && !addValue.isArray())
        throw ApiError::invalid(u"add"_s, u"add must be a list of served names or objects."_s);
    for (const QJsonValue &v : addValue.toArray()) {
        Addition a;
        if (v.isString()) {
            a.servedName = v.toString();
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            a.servedName = Json::requiredString(o, "servedName"_L1);
            a.modelId = Json::optionalString(o, "modelId"_L1).value_or(QString()).trimmed();
            a.capabilities = Json::optionalStringList(o, "capabilities"_L1).value_or(QStringList());
        } else {
            throw ApiError::invalid(u"add"_s, u"add must be a list of served names or objects."_s);
        }
        if (a.modelId.isEmpty())
            a.modelId = a.servedName;
        if (a.capabilities.isEmpty())
            a.capabilities = {u"chat"_s};
        additions << a;
    }
    const QStringList disable = Json::optionalStringList(body, "disable"_L1).value_or(QStringList());
    if (additions.isEmpty() && disable.isEmpty())
        throw ApiError::invalid(u"add"_s,
                                u"Select something: add (served names) or disable (deployment ids)."_s);
    const QByteArray apiKey = apiKeyOf(request);
    // The selection is checked against what the upstream serves now, not what a preview showed.
    const QStringList upstream = upstreamModels(request, baseUrl);

    Store::Database &db = request.db();
    Store::ModelRepository models(db);
    QJsonArray added;
    QJsonArray disabled;
    Store::Transaction tx(db);
    const SyncDiff d = diff(db, baseUrl, upstream);
    for (const Addition &a : std::as_const(additions)) {
        if (!d.add.contains(a.servedName))
            throw ApiError::invalid(u"add"_s,
                                    upstream.contains(a.servedName)
                                        ? u"%1 already has a deployment at this base URL."_s.arg(a.servedName)
                                        : u"The upstream does not serve %1."_s.arg(a.servedName));
        std::optional<Store::Model> model = models.find(a.modelId);
        const bool created = !model;
        if (!model) {
            Store::Model m;
            m.id = a.modelId;
            m.displayName = a.modelId;
            m.capabilities = a.capabilities;
            m.metadata = QJsonObject{{u"source"_s, u"sync"_s}};
            if (m.id.contains(u' ') || m.id.size() > 200)
                throw ApiError::invalid(
                    u"add"_s, u"%1 cannot be a model id (spaces or too long); give a modelId."_s.arg(m.id));
            model = ModelCatalogue::createModel(request, m);
        }
        Store::Deployment dep;
        dep.modelId = model->id;
        dep.baseUrl = baseUrl;
        dep.servedName = a.servedName;
        if (!apiKey.isEmpty())
            dep.apiKeyEncrypted = Util::SecretBox(request.context.masterKey).seal(apiKey);
        ModelCatalogue::checkDeployment(db, dep, u"baseUrl"_s);
        dep = ModelCatalogue::addDeployment(request, dep);
        added.append(QJsonObject{{u"modelId"_s, model->id},
                                 {u"modelCreated"_s, created},
                                 {u"deployment"_s, deploymentToJson(dep)}});
    }
    for (const QString &id : disable) {
        const auto it = std::find_if(d.missing.begin(), d.missing.end(),
                                     [&](const Store::Deployment &dep) { return dep.id == id; });
        if (it == d.missing.end())
            throw ApiError::invalid(
                u"disable"_s,
                u"%1 is not a deployment at this base URL that the upstream no longer serves."_s.arg(id));
        if (!it->enabled)
            continue;
        Store::Deployment after = *it;
        after.enabled = false;
        after = models.updateDeployment(after, it->version);
        Store::AuditEntry entry = auditEntry(request, u"deployment.update"_s, u"deployment"_s, after.id);
        entry.before = deploymentToJson(*it);
        entry.after = deploymentToJson(after);
        record(request, entry);
        disabled.append(deploymentToJson(after));
    }
    tx.commit();
    request.context.storeChanged();
    return Json::ok({{u"added"_s, added}, {u"disabled"_s, disabled}});
}

QJsonObject probeReport(const Upstream::ProbeResult &r)
{
    QJsonObject o{{u"ok"_s, false},
                  {u"status"_s, r.status ? QJsonValue(r.status) : QJsonValue()},
                  {u"latencyMs"_s, double(r.latencyMs)}};
    if (const auto error = probeError(r))
        o.insert(u"error"_s, *error);
    else
        o.insert(u"ok"_s, true);
    return o;
}

Reply testConnection(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    for (auto it = body.begin(); it != body.end(); ++it) {
        static const QStringList allowed = {u"baseUrl"_s, u"apiKey"_s, u"servedName"_s, u"chat"_s,
                                            u"deploymentId"_s};
        if (!allowed.contains(it.key()))
            throw ApiError::invalid(
                it.key(),
                u"Unknown field %1; send baseUrl, apiKey, servedName, chat, deploymentId."_s.arg(it.key()));
    }
    const QString baseUrl = checkedBaseUrl(request);
    QByteArray apiKey = apiKeyOf(request);
    // Editing a deployment: its stored key stands in for one not typed again (never shown).
    if (const auto deploymentId = Json::optionalString(body, "deploymentId"_L1);
        deploymentId && apiKey.isEmpty()) {
        const auto deployment = Store::ModelRepository(request.db()).findDeployment(*deploymentId);
        if (!deployment)
            throw ApiError::notFound(u"No deployment %1."_s.arg(*deploymentId));
        if (!deployment->apiKeyEncrypted.isEmpty())
            apiKey = Util::SecretBox(request.context.masterKey)
                         .open(deployment->apiKeyEncrypted)
                         .value_or(QByteArray());
    }
    const QString servedName = Json::optionalString(body, "servedName"_L1).value_or(QString());
    const bool chat = Json::optionalBool(body, "chat"_L1).value_or(false);
    if (chat && servedName.isEmpty())
        throw ApiError::invalid(u"servedName"_s, u"A chat test needs the servedName to send."_s);

    const Upstream::ProbeResult list = call(request, baseUrl, apiKey, "GET", "/models", {}, ListTimeoutMs);
    QJsonObject report = probeReport(list);
    report.insert(u"baseUrl"_s, baseUrl);
    report.insert(u"address"_s, list.address);
    bool ok = report.value("ok"_L1).toBool();
    if (ok) {
        const auto ids = modelIds(list.body);
        if (!ids) {
            ok = false;
            report.insert(u"error"_s,
                          QJsonObject{{u"code"_s, u"upstream_error"_s},
                                      {u"message"_s, u"The /models answer is not an OpenAI model list."_s}});
        } else {
            report.insert(u"models"_s, QJsonArray::fromStringList(*ids));
            if (!servedName.isEmpty()) {
                report.insert(u"servedNameFound"_s, ids->contains(servedName));
                if (!ids->contains(servedName)) {
                    ok = false;
                    report.insert(
                        u"error"_s,
                        QJsonObject{{u"code"_s, u"model_not_found"_s},
                                    {u"message"_s, u"The upstream does not list %1."_s.arg(servedName)}});
                }
            }
        }
    }
    if (chat && ok) {
        const QJsonObject ping{
            {u"model"_s, servedName},
            {u"max_tokens"_s, 1},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"ping"_s}}}}};
        const Upstream::ProbeResult r =
            call(request, baseUrl, apiKey, "POST", "/chat/completions",
                 QJsonDocument(ping).toJson(QJsonDocument::Compact), ChatTimeoutMs);
        const QJsonObject chatReport = probeReport(r);
        ok = chatReport.value("ok"_L1).toBool();
        report.insert(u"chat"_s, chatReport);
    }
    report.insert(u"ok"_s, ok);
    return Json::ok(report);
}

} // namespace

void addModelSyncRoutes(RouteTable &table)
{
    using Auth::Permission;
    table.add("POST", "/api/v1/models/sync/preview", Permission::AdminWrite,
              u"Compare an upstream's /v1/models with the catalogue (writes nothing)"_s, syncPreview);
    table.add("POST", "/api/v1/models/sync/apply", Permission::AdminWrite,
              u"Add selected upstream models, disable deployments the upstream lost"_s, syncApply);
    table.add("POST", "/api/v1/models/test-connection", Permission::AdminWrite,
              u"Probe an upstream's /v1/models (and a tiny chat) with a short timeout"_s, testConnection);
}

} // namespace Tollgate::Api
