// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/modelroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/api/upstreamprobe.h"
#include "gateway-core/keys/keyloader.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/restrictioncascade.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/util/secretbox.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

QJsonObject modelToJson(const Store::Model &model)
{
    return {{u"id"_s, model.id},
            {u"displayName"_s, model.displayName},
            {u"description"_s, model.description},
            {u"capabilities"_s, QJsonArray::fromStringList(model.capabilities)},
            {u"inputPrice"_s, Json::money(model.inputPrice)},
            {u"outputPrice"_s, Json::money(model.outputPrice)},
            {u"cachedPrice"_s, Json::money(model.cachedPrice)},
            {u"contextWindow"_s, Json::integer(model.contextWindow)},
            {u"restricted"_s, model.restricted},
            {u"enabled"_s, model.enabled},
            {u"version"_s, double(model.version)},
            {u"createdAt"_s, Json::time(model.createdAt)},
            {u"updatedAt"_s, Json::time(model.updatedAt)}};
}

QJsonObject deploymentToJson(const Store::Deployment &deployment)
{
    return {{u"id"_s, deployment.id},
            {u"modelId"_s, deployment.modelId},
            {u"baseUrl"_s, deployment.baseUrl},
            {u"servedName"_s, deployment.servedName},
            {u"hasApiKey"_s, !deployment.apiKeyEncrypted.isEmpty()},
            {u"weight"_s, deployment.weight},
            {u"enabled"_s, deployment.enabled},
            {u"version"_s, double(deployment.version)},
            {u"createdAt"_s, Json::time(deployment.createdAt)},
            {u"updatedAt"_s, Json::time(deployment.updatedAt)}};
}

namespace {

const QStringList Capabilities = {u"chat"_s, u"embeddings"_s, u"tokenize"_s, u"docling"_s, u"safety"_s};
const QStringList ModelFields = {u"displayName"_s,   u"description"_s, u"capabilities"_s,
                                 u"inputPrice"_s,    u"outputPrice"_s, u"cachedPrice"_s,
                                 u"contextWindow"_s, u"restricted"_s,  u"enabled"_s};
const QStringList DeploymentFields = {u"baseUrl"_s, u"servedName"_s, u"apiKey"_s, u"weight"_s, u"enabled"_s};

void rejectUnknown(const QJsonObject &body, const QStringList &allowed)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            throw ApiError::invalid(it.key(),
                                    u"Unknown field %1; allowed: %2."_s.arg(it.key(), allowed.join(u", "_s)));
    }
}

qint64 requiredPrice(const Json::Patch<qint64> &patch, const QString &field)
{
    if (!*patch)
        throw ApiError::invalid(field, u"%1 cannot be null; send \"0\" for free."_s.arg(field));
    return **patch;
}

void applyModelPatch(Store::Model &model, const QJsonObject &body)
{
    if (const auto v = Json::optionalString(body, "displayName"_L1)) {
        if (v->size() > 200)
            throw ApiError::invalid(u"displayName"_s, u"displayName may have at most 200 characters."_s);
        model.displayName = v->trimmed();
    }
    if (const auto v = Json::optionalString(body, "description"_L1)) {
        if (v->size() > 10'000)
            throw ApiError::invalid(u"description"_s, u"description may have at most 10000 characters."_s);
        model.description = *v;
    }
    if (const auto v = Json::optionalStringList(body, "capabilities"_L1)) {
        QStringList ordered;
        for (const QString &c : *v) {
            if (!Capabilities.contains(c))
                throw ApiError::invalid(
                    u"capabilities"_s,
                    u"Unknown capability %1; capabilities are %2."_s.arg(c, Capabilities.join(u", "_s)));
        }
        for (const QString &c : Capabilities) {
            if (v->contains(c))
                ordered << c;
        }
        if (ordered.isEmpty())
            throw ApiError::invalid(u"capabilities"_s, u"capabilities must name at least one capability."_s);
        model.capabilities = ordered;
    }
    if (const auto v = Json::patchMoney(body, "inputPrice"_L1))
        model.inputPrice = requiredPrice(v, u"inputPrice"_s);
    if (const auto v = Json::patchMoney(body, "outputPrice"_L1))
        model.outputPrice = requiredPrice(v, u"outputPrice"_s);
    if (const auto v = Json::patchMoney(body, "cachedPrice"_L1))
        model.cachedPrice = requiredPrice(v, u"cachedPrice"_s);
    if (const auto v = Json::patchInt(body, "contextWindow"_L1, 1))
        model.contextWindow = *v;
    if (const auto v = Json::optionalBool(body, "restricted"_L1))
        model.restricted = *v;
    if (const auto v = Json::optionalBool(body, "enabled"_L1))
        model.enabled = *v;
}

void applyDeploymentPatch(const Context &context, Store::Deployment &deployment, const QJsonObject &body)
{
    if (const auto v = Json::optionalString(body, "baseUrl"_L1))
        deployment.baseUrl = v->trimmed();
    if (const auto v = Json::optionalString(body, "servedName"_L1))
        deployment.servedName = v->trimmed();
    const QJsonValue key = body.value("apiKey"_L1);
    if (key.isNull()) {
        deployment.apiKeyEncrypted.clear();
    } else if (const auto v = Json::optionalString(body, "apiKey"_L1)) {
        if (v->isEmpty() || v->size() > 4096)
            throw ApiError::invalid(u"apiKey"_s,
                                    u"apiKey must have 1 to 4096 characters, or be null to clear it."_s);
        deployment.apiKeyEncrypted = Util::SecretBox(context.masterKey).seal(v->toUtf8());
    }
    if (const auto v = Json::patchInt(body, "weight"_L1)) {
        if (!*v || **v > 1000)
            throw ApiError::invalid(u"weight"_s, u"weight must be an integer from 0 to 1000."_s);
        deployment.weight = int(**v);
    }
    if (const auto v = Json::optionalBool(body, "enabled"_L1))
        deployment.enabled = *v;
}

Store::Model findModel(Store::Database &db, const QString &id)
{
    std::optional<Store::Model> model = Store::ModelRepository(db).find(id);
    if (!model)
        throw ApiError::notFound(u"No model with id %1."_s.arg(id));
    return *model;
}

Store::Deployment findDeployment(Store::Database &db, const QString &modelId, const QString &id)
{
    std::optional<Store::Deployment> deployment = Store::ModelRepository(db).findDeployment(id);
    if (!deployment || deployment->modelId != modelId)
        throw ApiError::notFound(u"Model %1 has no deployment %2."_s.arg(modelId, id));
    return *deployment;
}

QJsonArray deploymentsJson(const QList<Store::Deployment> &deployments)
{
    QJsonArray items;
    for (const Store::Deployment &d : deployments)
        items.append(deploymentToJson(d));
    return items;
}

/// The model with what this caller may know: deployments for admin readers, their own
/// subscription for everybody else.
QJsonObject modelView(const ApiRequest &request, const Store::Model &model,
                      const QList<Store::Deployment> &deployments,
                      const std::optional<Store::Subscription> &subscription)
{
    QJsonObject o = modelToJson(model);
    if (request.caller.canReadAdmin()) {
        o.insert(u"deployments"_s, deploymentsJson(deployments));
        o.insert(u"metadata"_s, model.metadata);
    }
    if (!request.caller.userId.isEmpty()) {
        o.insert(u"subscription"_s,
                 subscription ? QJsonValue(QJsonObject{{u"id"_s, subscription->id},
                                                       {u"status"_s, Store::toString(subscription->status)},
                                                       {u"reason"_s, subscription->reason}})
                              : QJsonValue());
    }
    return o;
}

std::optional<Store::Subscription> ownSubscription(const ApiRequest &request, const QString &modelId)
{
    if (request.caller.userId.isEmpty())
        return std::nullopt;
    return Store::SubscriptionRepository(request.db()).findFor(request.caller.userId, modelId);
}

Reply listModels(ApiRequest &request)
{
    const Json::ListQuery query = Json::ListQuery::parse(
        request.http,
        {u"id"_s, u"displayName"_s, u"createdAt"_s, u"updatedAt"_s, u"inputPrice"_s, u"outputPrice"_s},
        u"id"_s, {u"search"_s, u"capability"_s, u"restricted"_s, u"enabled"_s});
    Store::ModelFilter filter;
    filter.search = query.filter(u"search"_s);
    filter.capability = query.filter(u"capability"_s);
    if (!filter.capability.isEmpty() && !Capabilities.contains(filter.capability))
        throw ApiError::invalid(u"capability"_s,
                                u"capability must be one of %1."_s.arg(Capabilities.join(u", "_s)));
    filter.restricted = query.boolFilter(u"restricted"_s);
    filter.enabled = query.boolFilter(u"enabled"_s);
    static const QHash<QString, Store::ModelFilter::Sort> sorts = {
        {u"id"_s, Store::ModelFilter::Sort::Id},
        {u"displayName"_s, Store::ModelFilter::Sort::DisplayName},
        {u"createdAt"_s, Store::ModelFilter::Sort::CreatedAt},
        {u"updatedAt"_s, Store::ModelFilter::Sort::UpdatedAt},
        {u"inputPrice"_s, Store::ModelFilter::Sort::InputPrice},
        {u"outputPrice"_s, Store::ModelFilter::Sort::OutputPrice}};
    filter.sort = sorts.value(query.sort);
    filter.descending = query.descending;
    const bool admin = request.caller.canReadAdmin();
    if (!admin) {
        // Users never see disabled models: asking for them finds nothing.
        if (filter.enabled == false)
            return Json::ok(query.envelope({}, 0));
        filter.enabled = true;
    }
    Store::Database &db = request.db();
    Store::ModelRepository models(db);
    const Store::PageResult<Store::Model> page = models.list(filter, {query.limit, query.offset});
    QHash<QString, QList<Store::Deployment>> deployments;
    if (admin) {
        for (const Store::Deployment &d : models.deployments())
            deployments[d.modelId].append(d);
    }
    QHash<QString, Store::Subscription> subscriptions;
    if (!request.caller.userId.isEmpty()) {
        Store::SubscriptionFilter mine;
        mine.userId = request.caller.userId;
        for (int offset = 0;; offset += 500) {
            const auto subs = Store::SubscriptionRepository(db).list(mine, {500, offset});
            for (const Store::Subscription &s : subs.items)
                subscriptions.insert(s.modelId, s);
            if (subs.items.size() < 500)
                break;
        }
    }
    QJsonArray items;
    for (const Store::Model &m : page.items) {
        const auto s = subscriptions.find(m.id);
        items.append(modelView(request, m, deployments.value(m.id),
                               s == subscriptions.end() ? std::nullopt : std::optional(*s)));
    }
    return Json::ok(query.envelope(items, page.total));
}

Reply getModel(ApiRequest &request)
{
    const Store::Model model = findModel(request.db(), request.param(u"id"_s));
    if (!model.enabled && !request.caller.canReadAdmin())
        throw ApiError::notFound(u"No model with id %1."_s.arg(model.id));
    const QList<Store::Deployment> deployments =
        request.caller.canReadAdmin() ? Store::ModelRepository(request.db()).deployments(model.id)
                                      : QList<Store::Deployment>();
    return Json::versioned(modelView(request, model, deployments, ownSubscription(request, model.id)),
                           model.version);
}

QJsonObject modelAudit(const Store::Model &model, const QList<Store::Deployment> &deployments)
{
    QJsonObject o = modelToJson(model);
    o.insert(u"deployments"_s, deploymentsJson(deployments));
    return o;
}

QByteArray modelPath(const QString &id)
{
    return "/api/v1/models/" + QUrl::toPercentEncoding(id);
}

Reply createModel(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    rejectUnknown(body, ModelFields + QStringList{u"id"_s, u"deployments"_s});
    Store::Model model;
    model.id = Json::requiredString(body, "id"_L1).trimmed();
    if (model.id.size() > 200 || model.id.contains(u' ') || model.id.startsWith(u'/'))
        throw ApiError::invalid(u"id"_s,
                                u"id must have 1 to 200 characters, no spaces and not start with /."_s);
    model.capabilities = {u"chat"_s};
    applyModelPatch(model, body);
    if (!body.contains("cachedPrice"_L1))
        model.cachedPrice = model.inputPrice; // no cache discount unless one is given
    const QJsonValue deploymentsValue = body.value("deployments"_L1);
    if (!deploymentsValue.isUndefined() && !deploymentsValue.isArray())
        throw ApiError::invalid(u"deployments"_s, u"deployments must be a list of objects."_s);
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    model = ModelCatalogue::createModel(request, model);
    QList<Store::Deployment> deployments;
    for (const QJsonValue &v : deploymentsValue.toArray()) {
        if (!v.isObject())
            throw ApiError::invalid(u"deployments"_s, u"deployments must be a list of objects."_s);
        rejectUnknown(v.toObject(), DeploymentFields);
        Store::Deployment d;
        d.modelId = model.id;
        applyDeploymentPatch(request.context, d, v.toObject());
        if (d.servedName.isEmpty())
            d.servedName = model.id;
        ModelCatalogue::checkDeployment(db, d, u"deployments"_s);
        deployments << ModelCatalogue::addDeployment(request, d);
    }
    tx.commit();
    request.context.storeChanged();
    QJsonObject o = modelView(request, model, deployments, std::nullopt);
    Reply reply = Json::versioned(o, model.version, 201);
    reply.headers.append(Http::Header{"location", modelPath(model.id)});
    return reply;
}

Reply updateModel(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    rejectUnknown(body, ModelFields + QStringList{u"version"_s});
    const qint64 expected = Json::expectedVersion(request.http, body);
    Store::Database &db = request.db();
    Store::RestrictionCascade cascade;
    Store::Model after;
    {
        Store::Transaction tx(db);
        const Store::Model before = findModel(db, request.param(u"id"_s));
        Json::checkVersion(before.version, expected);
        after = before;
        applyModelPatch(after, body);
        try {
            after = Store::ModelRepository(db).update(after, expected);
        } catch (const Store::Error &e) {
            if (e.code() == Store::Error::Code::Conflict)
                Json::checkVersion(findModel(db, before.id).version, expected);
            throw;
        }
        QJsonObject afterAudit = modelToJson(after);
        if (before.restricted != after.restricted) {
            cascade = Store::cascadeRestriction(db, after.id, after.restricted, request.caller.actorName());
            QJsonArray subscriptions;
            for (const auto &[was, now] : std::as_const(cascade.subscriptions))
                subscriptions.append(QJsonObject{{u"id"_s, now.id},
                                                 {u"userId"_s, now.userId},
                                                 {u"from"_s, Store::toString(was.status)},
                                                 {u"to"_s, Store::toString(now.status)}});
            QJsonArray keys;
            for (const auto &[was, now] : std::as_const(cascade.keys))
                keys.append(QJsonObject{{u"id"_s, now.id},
                                        {u"modelsBefore"_s, QJsonArray::fromStringList(was.models)},
                                        {u"modelsAfter"_s, QJsonArray::fromStringList(now.models)}});
            afterAudit.insert(u"cascade"_s,
                              QJsonObject{{u"subscriptions"_s, subscriptions}, {u"keys"_s, keys}});
        }
        Store::AuditEntry entry = auditEntry(request, u"model.update"_s, u"model"_s, after.id);
        entry.before = modelToJson(before);
        entry.after = afterAudit;
        record(request, entry);
        tx.commit();
    }
    if (request.context.keys) {
        for (const auto &change : std::as_const(cascade.keys))
            Keys::publish(change.second, *request.context.keys);
    }
    request.context.storeChanged();
    QJsonObject o = modelView(request, after, Store::ModelRepository(db).deployments(after.id), std::nullopt);
    o.insert(u"cascade"_s, QJsonObject{{u"subscriptions"_s, cascade.subscriptions.size()},
                                       {u"keys"_s, cascade.keys.size()}});
    return Json::versioned(o, after.version);
}

Reply deleteModel(ApiRequest &request)
{
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    const Store::Model model = findModel(db, request.param(u"id"_s));
    if (request.http.header("if-match").size() > 0)
        Json::checkVersion(model.version, Json::expectedVersion(request.http, {}));
    Store::ModelRepository models(db);
    Store::AuditEntry entry = auditEntry(request, u"model.delete"_s, u"model"_s, model.id);
    entry.before = modelAudit(model, models.deployments(model.id));
    models.remove(model.id); // deployments and subscriptions go with it
    record(request, entry);
    tx.commit();
    request.context.storeChanged();
    return Json::noContent();
}

Reply listDeployments(ApiRequest &request)
{
    const Json::ListQuery query = Json::ListQuery::parse(request.http, {u"id"_s}, u"id"_s, {});
    const Store::Model model = findModel(request.db(), request.param(u"id"_s));
    QList<Store::Deployment> all = Store::ModelRepository(request.db()).deployments(model.id);
    if (query.descending)
        std::reverse(all.begin(), all.end());
    return Json::ok(query.envelope(deploymentsJson(all.mid(query.offset, query.limit)), all.size()));
}

Reply createDeployment(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    rejectUnknown(body, DeploymentFields);
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    const Store::Model model = findModel(db, request.param(u"id"_s));
    Store::Deployment d;
    d.modelId = model.id;
    if (!body.contains("baseUrl"_L1))
        throw ApiError::invalid(u"baseUrl"_s, u"baseUrl is required."_s);
    applyDeploymentPatch(request.context, d, body);
    if (d.servedName.isEmpty())
        d.servedName = model.id;
    ModelCatalogue::checkDeployment(db, d, {});
    d = ModelCatalogue::addDeployment(request, d);
    tx.commit();
    request.context.storeChanged();
    Reply reply = Json::versioned(deploymentToJson(d), d.version, 201);
    reply.headers.append(
        Http::Header{"location", modelPath(model.id) + "/deployments/" + QUrl::toPercentEncoding(d.id)});
    return reply;
}

Reply updateDeployment(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    rejectUnknown(body, DeploymentFields + QStringList{u"version"_s});
    const qint64 expected = Json::expectedVersion(request.http, body);
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    const Store::Deployment before =
        findDeployment(db, request.param(u"id"_s), request.param(u"deploymentId"_s));
    Json::checkVersion(before.version, expected);
    Store::Deployment after = before;
    applyDeploymentPatch(request.context, after, body);
    ModelCatalogue::checkDeployment(db, after, {});
    try {
        after = Store::ModelRepository(db).updateDeployment(after, expected);
    } catch (const Store::Error &e) {
        if (e.code() == Store::Error::Code::Conflict)
            Json::checkVersion(findDeployment(db, before.modelId, before.id).version, expected);
        throw;
    }
    Store::AuditEntry entry = auditEntry(request, u"deployment.update"_s, u"deployment"_s, after.id);
    entry.before = deploymentToJson(before);
    entry.after = deploymentToJson(after);
    record(request, entry);
    tx.commit();
    request.context.storeChanged();
    return Json::versioned(deploymentToJson(after), after.version);
}

Reply deleteDeployment(ApiRequest &request)
{
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    const Store::Deployment d = findDeployment(db, request.param(u"id"_s), request.param(u"deploymentId"_s));
    Store::ModelRepository(db).removeDeployment(d.id);
    Store::AuditEntry entry = auditEntry(request, u"deployment.delete"_s, u"deployment"_s, d.id);
    entry.before = deploymentToJson(d);
    record(request, entry);
    tx.commit();
    request.context.storeChanged();
    return Json::noContent();
}

} // namespace

namespace ModelCatalogue {

void checkDeployment(Store::Database &db, const Store::Deployment &deployment, const QString &field)
{
    if (const auto problem = Upstream::baseUrlProblem(deployment.baseUrl, Upstream::linkLocalAllowed(db)))
        throw ApiError::invalid(field.isEmpty() ? u"baseUrl"_s : field, *problem);
    if (deployment.servedName.isEmpty() || deployment.servedName.size() > 200)
        throw ApiError::invalid(field.isEmpty() ? u"servedName"_s : field,
                                u"servedName must have 1 to 200 characters."_s);
}

Store::Deployment addDeployment(ApiRequest &request, Store::Deployment deployment)
{
    const Store::Deployment stored =
        Store::ModelRepository(request.db()).addDeployment(std::move(deployment));
    Store::AuditEntry entry = auditEntry(request, u"deployment.create"_s, u"deployment"_s, stored.id);
    entry.after = deploymentToJson(stored);
    record(request, entry);
    return stored;
}

Store::Model createModel(ApiRequest &request, const Store::Model &model)
{
    Store::ModelRepository models(request.db());
    if (models.find(model.id))
        throw ApiError::conflict(u"A model with id %1 exists."_s.arg(model.id), "model_exists");
    const Store::Model created = models.create(model);
    Store::AuditEntry entry = auditEntry(request, u"model.create"_s, u"model"_s, created.id);
    entry.after = modelToJson(created);
    record(request, entry);
    return created;
}

} // namespace ModelCatalogue

void addModelRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/models", Permission::Authenticated,
              u"List models: search, capability, restricted, enabled; sort; users see enabled ones"_s,
              listModels);
    table.add("POST", "/api/v1/models", Permission::AdminWrite, u"Create a model (with deployments)"_s,
              createModel);
    table.add("GET", "/api/v1/models/{id}", Permission::Authenticated, u"One model"_s, getModel);
    table.add("PATCH", "/api/v1/models/{id}", Permission::AdminWrite,
              u"Change a model (If-Match); restricting cascades to subscriptions and keys"_s, updateModel);
    table.add("DELETE", "/api/v1/models/{id}", Permission::AdminWrite,
              u"Delete a model with its deployments"_s, deleteModel);
    table.add("GET", "/api/v1/models/{id}/deployments", Permission::AdminRead, u"A model's deployments"_s,
              listDeployments);
    table.add("POST", "/api/v1/models/{id}/deployments", Permission::AdminWrite, u"Add a deployment"_s,
              createDeployment);
    table.add("PATCH", "/api/v1/models/{id}/deployments/{deploymentId}", Permission::AdminWrite,
              u"Change a deployment (If-Match); the API key is write-only"_s, updateDeployment);
    table.add("DELETE", "/api/v1/models/{id}/deployments/{deploymentId}", Permission::AdminWrite,
              u"Delete a deployment"_s, deleteDeployment);
    addModelSyncRoutes(table);
}

} // namespace Tollgate::Api
