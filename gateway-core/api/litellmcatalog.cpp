// SPDX-License-Identifier: GPL-3.0-or-later
// LiteLLM's /user/* and /model/* endpoints over Tollgate's users and model catalogue.
#include "gateway-core/api/context.h"
#include "gateway-core/api/litellmsupport.h"
#include "gateway-core/api/upstreamprobe.h"
#include "gateway-core/api/userdefaults.h"
#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/keyrepository.h"
#include "gateway-core/store/modelrepository.h"
#include "gateway-core/store/subscriptionrepository.h"
#include "gateway-core/store/userrepository.h"
#include "gateway-core/util/secretbox.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tollgate::Api::LiteLlm {

namespace {

/// Prices are nano-units per 1M tokens; LiteLLM's are currency units per token.
constexpr double NanosPerUnitPerMillion = 1e15;

QStringList rolesFor(const QString &liteLlmRole)
{
    if (liteLlmRole.isEmpty() || liteLlmRole == u"internal_user" || liteLlmRole == u"internal_user_viewer" ||
        liteLlmRole == u"app_user" || liteLlmRole == u"customer")
        return {u"user"_s};
    if (liteLlmRole == u"proxy_admin" || liteLlmRole == u"admin")
        return {u"admin"_s};
    if (liteLlmRole == u"proxy_admin_viewer")
        return {u"adminReadonly"_s};
    throw Refusal(400, u"'user_role' must be proxy_admin, proxy_admin_viewer, internal_user or "
                       "internal_user_viewer, not '%1'"_s.arg(liteLlmRole));
}

QString liteLlmRole(const QStringList &roles)
{
    if (roles.contains(u"admin"_s))
        return u"proxy_admin"_s;
    if (roles.contains(u"adminReadonly"_s))
        return u"proxy_admin_viewer"_s;
    return u"internal_user"_s;
}

QJsonValue optionalNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonObject userObject(const Store::User &u, const QStringList &models)
{
    return QJsonObject{
        {u"user_id"_s, u.id},
        {u"user_alias"_s, u.username},
        {u"user_email"_s, u.email.isEmpty() ? QJsonValue() : QJsonValue(u.email)},
        {u"user_role"_s, liteLlmRole(u.roles)},
        {u"spend"_s, toUnits(u.spend)},
        {u"max_budget"_s, u.maxBudget ? QJsonValue(toUnits(*u.maxBudget)) : QJsonValue()},
        {u"budget_duration"_s, u.budgetDuration.isEmpty() ? QJsonValue() : QJsonValue(u.budgetDuration)},
        {u"budget_reset_at"_s, isoTime(u.budgetResetAt)},
        {u"tpm_limit"_s, optionalNumber(u.tpmLimit)},
        {u"rpm_limit"_s, optionalNumber(u.rpmLimit)},
        {u"max_parallel_requests"_s, optionalNumber(u.parallelLimit)},
        {u"models"_s, QJsonArray::fromStringList(models)},
        {u"teams"_s, QJsonArray()},
        {u"blocked"_s, !u.active},
        {u"created_at"_s, isoTime(u.createdAt)},
        {u"updated_at"_s, isoTime(u.updatedAt)},
    };
}

QStringList activeModels(Store::Database &db, const QString &userId)
{
    Store::SubscriptionFilter filter;
    filter.userId = userId;
    filter.status = Store::SubscriptionStatus::Active;
    QStringList models;
    for (const Store::Subscription &s : Store::SubscriptionRepository(db).list(filter, {1000, 0}).items)
        models << s.modelId;
    models.sort();
    return models;
}

/// A JSON number or null as a price per token; Refusal(400) for anything else.
std::optional<qint64> pricePerToken(const QJsonObject &where, const QString &name, const QString &field)
{
    const QJsonValue v = where.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > 1)
        throw Refusal(400, u"'%1.%2' must be a price per token from 0 to 1"_s.arg(field, name));
    return std::llround(d * NanosPerUnitPerMillion);
}

QJsonObject modelEntry(const Store::Model &m, const Store::Deployment *d)
{
    const double input = double(m.inputPrice) / NanosPerUnitPerMillion;
    const double output = double(m.outputPrice) / NanosPerUnitPerMillion;
    const double cached = double(m.cachedPrice) / NanosPerUnitPerMillion;
    const QString provider = m.capabilities.contains(u"docling"_s) ? u"docling"_s : u"openai"_s;
    const bool embeddings = m.capabilities.contains(u"embeddings"_s);
    QJsonObject params{{u"model"_s, provider + u'/' + (d ? d->servedName : m.id)},
                       {u"custom_llm_provider"_s, provider},
                       {u"input_cost_per_token"_s, input},
                       {u"output_cost_per_token"_s, output}};
    if (d)
        params.insert(u"api_base"_s, d->baseUrl);
    QJsonObject info{
        {u"id"_s, d ? d->id : m.id},
        {u"db_model"_s, true},
        {u"mode"_s, embeddings && !m.capabilities.contains(u"chat"_s) ? u"embedding"_s : u"chat"_s},
        {u"max_tokens"_s, optionalNumber(m.contextWindow)},
        {u"input_cost_per_token"_s, input},
        {u"output_cost_per_token"_s, output},
        {u"cache_read_input_token_cost"_s, cached},
        {u"supports_chat"_s, m.capabilities.contains(u"chat"_s)},
        {u"supports_embeddings"_s, embeddings},
        {u"supports_tokenize"_s, m.capabilities.contains(u"tokenize"_s)},
        {u"supports_convert"_s, m.capabilities.contains(u"docling"_s)},
        {u"restricted"_s, m.restricted},
        {u"enabled"_s, m.enabled},
        {u"description"_s, m.description},
    };
    return QJsonObject{{u"model_name"_s, m.id}, {u"litellm_params"_s, params}, {u"model_info"_s, info}};
}

} // namespace

Reply newUser(const Context &context, const Http::Request &request)
{
    const Fields fields(bodyObject(request));
    Store::Database &db = *context.database;
    const QString userId =
        fields.string("user_id"_L1).value_or(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (userId.isEmpty() || userId.size() > 200)
        throw Refusal(400, u"'user_id' must have 1 to 200 characters"_s);
    const QStringList roles = rolesFor(fields.string("user_role"_L1).value_or(QString()));
    const QString email = fields.string("user_email"_L1).value_or(QString());
    const QString alias = fields.string("user_alias"_L1).value_or(QString());
    const auto maxBudget = fields.money("max_budget"_L1);
    const QString budgetDuration = fields.string("budget_duration"_L1).value_or(QString());
    std::optional<Util::Duration> window;
    if (!budgetDuration.isEmpty()) {
        QString error;
        window = Limits::parseBudgetDuration(budgetDuration, &error);
        if (!window)
            throw Refusal(400, u"'budget_duration': %1"_s.arg(error));
    }
    const auto tpm = fields.limit("tpm_limit"_L1);
    const auto rpm = fields.limit("rpm_limit"_L1);
    const auto parallel = fields.limit("max_parallel_requests"_L1);
    const bool autoKey = fields.boolean("auto_create_key"_L1).value_or(true);
    const Keys::Actor actor = actorFor(request);

    auto create = [&] {
        Store::UserRepository users(db);
        if (users.find(userId))
            throw Refusal(400, u"a user with user_id '%1' already exists"_s.arg(userId));
        bool created = false;
        ensureUser(
            db, userId, actor,
            [&](Store::User &u) {
                u.username = !alias.isEmpty() ? alias : !email.isEmpty() ? email : userId;
                u.email = email;
                u.fullName = alias;
                u.roles = roles;
                u.maxBudget = maxBudget;
                u.budgetDuration = budgetDuration;
                if (window)
                    u.budgetResetAt = Limits::nextBudgetResetMs(*window, db.now(), context.timezone);
                u.tpmLimit = tpm;
                u.rpmLimit = rpm;
                u.parallelLimit = parallel;
                applyNewUserDefaults(db, u,
                                     {fields.has("rpm_limit"_L1), fields.has("tpm_limit"_L1),
                                      fields.has("max_parallel_requests"_L1), fields.has("max_budget"_L1),
                                      fields.has("budget_duration"_L1)},
                                     context.timezone);
            },
            &created);
        if (!created) // a user whose username is this id exists: LiteLLM ids are unique across both
            throw Refusal(400, u"a user named '%1' already exists"_s.arg(userId));
    };

    QJsonObject body;
    if (autoKey) {
        // The key gets the key fields /user/new shares with /key/generate; the limits are the user's.
        QJsonObject keyFields;
        for (const char *name : {"models", "duration", "key_alias", "metadata"}) {
            if (fields.has(QLatin1String(name)))
                keyFields.insert(QLatin1String(name), fields.object().value(QLatin1String(name)));
        }
        keyFields.insert(u"user_id"_s, userId);
        body = generateKey(context, Fields(keyFields), actor, [&](Store::ApiKey &) { create(); });
    } else {
        Store::Transaction tx(db);
        create();
        tx.commit();
        if (context.storeChanged)
            context.storeChanged();
        body.insert(u"key"_s, QJsonValue());
    }
    const Store::User user = *Store::UserRepository(db).find(userId);
    const QJsonObject shape = userObject(user, activeModels(db, userId));
    // The user's limits win over the key's where the names overlap, as in LiteLLM's answer.
    for (auto it = shape.constBegin(); it != shape.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return jsonReply(body);
}

Reply userInfo(const Context &context, const Http::Request &request)
{
    const QString id = QString::fromUtf8(request.queryItem("user_id"));
    if (id.isEmpty())
        throw Refusal(400, u"'user_id' is required: the master key is not a user"_s);
    Store::Database &db = *context.database;
    Store::UserRepository users(db);
    std::optional<Store::User> user = users.find(id);
    if (!user)
        user = users.findByUsername(id);
    if (!user)
        throw Refusal(404, u"user '%1' not found"_s.arg(id));
    QJsonArray keys;
    Store::KeyRepository keyRepository(db);
    for (int offset = 0;; offset += 500) {
        const auto page = keyRepository.listByUser(user->id, {500, offset});
        for (const Store::ApiKey &k : page.items)
            keys.append(keyInfo(k));
        if (page.items.size() < 500)
            break;
    }
    return jsonReply(QJsonObject{{u"user_id"_s, user->id},
                                 {u"user_info"_s, userObject(*user, activeModels(db, user->id))},
                                 {u"keys"_s, keys},
                                 {u"teams"_s, QJsonArray()}});
}

Reply modelInfo(const Context &context, const Http::Request &request)
{
    const QString only = QString::fromUtf8(request.queryItem("litellm_model_id"));
    Store::ModelRepository models(*context.database);
    QHash<QString, QList<Store::Deployment>> byModel;
    for (const Store::Deployment &d : models.deployments())
        byModel[d.modelId] << d;
    QJsonArray data;
    for (int offset = 0;; offset += 500) {
        const auto page = models.list({}, {500, offset});
        for (const Store::Model &m : page.items) {
            const QList<Store::Deployment> deployments = byModel.value(m.id);
            // LiteLLM lists deployments; a model without one still shows, under its own id.
            if (deployments.isEmpty() && (only.isEmpty() || only == m.id))
                data.append(modelEntry(m, nullptr));
            for (const Store::Deployment &d : deployments) {
                if (only.isEmpty() || only == d.id)
                    data.append(modelEntry(m, &d));
            }
        }
        if (page.items.size() < 500)
            break;
    }
    return jsonReply(QJsonObject{{u"data"_s, data}});
}

Reply newModel(const Context &context, const Http::Request &request)
{
    const Fields fields(bodyObject(request));
    const auto name = fields.string("model_name"_L1);
    if (!name || name->trimmed().isEmpty())
        throw Refusal(400, u"'model_name' is required"_s);
    if (name->size() > 200 || name->contains(u' '))
        throw Refusal(400, u"'model_name' must have 1 to 200 characters and no spaces"_s);
    const QJsonObject params = fields.map("litellm_params"_L1).value_or(QJsonObject());
    const QJsonObject info = fields.map("model_info"_L1).value_or(QJsonObject());
    const Fields p(params);
    const Fields i(info);
    const QString upstreamModel = p.string("model"_L1).value_or(QString());
    if (upstreamModel.isEmpty())
        throw Refusal(400, u"'litellm_params.model' is required (e.g. \"openai/granite-3-8b\")"_s);
    const QString apiBase = p.string("api_base"_L1).value_or(QString());
    // The same rule as /api/v1/models deployments: http(s), no credentials, no link-local or
    // metadata address unless the store's setting allows them.
    if (const auto problem = Upstream::baseUrlProblem(apiBase, Upstream::linkLocalAllowed(*context.database)))
        throw Refusal(400, u"'litellm_params.api_base': "_s + *problem);
    const QString apiKey = p.string("api_key"_L1).value_or(QString());
    const qsizetype slash = upstreamModel.indexOf(u'/');
    const QString provider =
        p.string("custom_llm_provider"_L1).value_or(slash > 0 ? upstreamModel.left(slash) : u"openai"_s);
    const QString servedName = slash > 0 ? upstreamModel.mid(slash + 1) : upstreamModel;
    if (servedName.isEmpty())
        throw Refusal(400, u"'litellm_params.model' names no model after the provider"_s);

    auto price = [&](const char *field) {
        const auto fromInfo = pricePerToken(info, QLatin1String(field), u"model_info"_s);
        return fromInfo ? fromInfo : pricePerToken(params, QLatin1String(field), u"litellm_params"_s);
    };
    const auto input = price("input_cost_per_token");
    const auto output = price("output_cost_per_token");
    const auto cached = price("cache_read_input_token_cost");
    auto flag = [&](const char *field) { return i.boolean(QLatin1String(field)).value_or(false); };
    QStringList capabilities;
    const QString mode = i.string("mode"_L1).value_or(QString());
    if (provider == u"docling" || flag("supports_convert"))
        capabilities << u"docling"_s;
    else if (mode == u"embedding" || flag("supports_embeddings") || flag("supports_embedding"))
        capabilities << u"embeddings"_s;
    else
        capabilities << u"chat"_s;
    if (flag("supports_tokenize"))
        capabilities << u"tokenize"_s;
    auto contextWindow = i.limit("max_tokens"_L1);
    if (!contextWindow)
        contextWindow = i.limit("max_input_tokens"_L1);
    const QString deploymentId =
        i.string("id"_L1).value_or(QUuid::createUuid().toString(QUuid::WithoutBraces));

    Store::Database &db = *context.database;
    const Keys::Actor actor = actorFor(request);
    Store::Transaction tx(db);
    Store::ModelRepository models(db);
    if (models.findDeployment(deploymentId))
        throw Refusal(400, u"a deployment with model_info.id '%1' already exists"_s.arg(deploymentId));
    std::optional<Store::Model> model = models.find(*name);
    // Like LiteLLM, a second /model/new under one model_name adds a deployment to that model.
    if (!model) {
        Store::Model m;
        m.id = *name;
        m.displayName = *name;
        m.description = i.string("description"_L1).value_or(QString());
        m.capabilities = capabilities;
        m.inputPrice = input.value_or(0);
        m.outputPrice = output.value_or(0);
        m.cachedPrice = cached.value_or(m.inputPrice);
        m.contextWindow = contextWindow;
        m.restricted = flag("restricted") || (i.has("direct_access"_L1) && !flag("direct_access"));
        m.metadata = QJsonObject{{u"provider"_s, provider}, {u"source"_s, u"litellm-api"_s}};
        model = models.create(m);
        auditChange(db, actor, u"model.create"_s, u"model"_s, m.id, QJsonValue(),
                    QJsonObject{{u"capabilities"_s, QJsonArray::fromStringList(m.capabilities)},
                                {u"input_price"_s, double(m.inputPrice)},
                                {u"output_price"_s, double(m.outputPrice)},
                                {u"restricted"_s, m.restricted}});
    }
    Store::Deployment d;
    d.id = deploymentId;
    d.modelId = model->id;
    d.baseUrl = apiBase;
    d.servedName = servedName;
    if (!apiKey.isEmpty())
        d.apiKeyEncrypted = Util::SecretBox(context.masterKey).seal(apiKey.toUtf8());
    const Store::Deployment stored = models.addDeployment(d);
    auditChange(db, actor, u"deployment.create"_s, u"deployment"_s, stored.id, QJsonValue(),
                QJsonObject{{u"model"_s, stored.modelId},
                            {u"base_url"_s, stored.baseUrl},
                            {u"served_name"_s, stored.servedName},
                            {u"has_api_key"_s, !stored.apiKeyEncrypted.isEmpty()}});
    tx.commit();
    if (context.storeChanged)
        context.storeChanged();
    QJsonObject entry = modelEntry(*model, &stored);
    entry.insert(u"model_id"_s, stored.id);
    return jsonReply(entry);
}

Reply updateUser(const Context &context, const Http::Request &request)
{
    const Fields fields(bodyObject(request));
    const auto id = fields.string("user_id"_L1);
    if (!id || id->isEmpty())
        throw Refusal(400, u"'user_id' is required"_s);
    if (fields.has("spend"_L1))
        throw Refusal(400, u"'spend' cannot be set: it is what the gateway metered"_s);
    Store::Database &db = *context.database;
    const Keys::Actor actor = actorFor(request);
    Store::Transaction tx(db);
    Store::UserRepository users(db);
    std::optional<Store::User> before = users.find(*id);
    if (!before)
        before = users.findByUsername(*id);
    if (!before)
        throw Refusal(404, u"user '%1' not found"_s.arg(*id));
    Store::User user = *before;
    if (fields.has("user_email"_L1))
        user.email = fields.string("user_email"_L1).value_or(QString());
    if (fields.has("user_alias"_L1))
        user.fullName = fields.string("user_alias"_L1).value_or(QString());
    if (fields.has("user_role"_L1))
        user.roles = rolesFor(fields.string("user_role"_L1).value_or(QString()));
    if (fields.has("max_budget"_L1))
        user.maxBudget = fields.money("max_budget"_L1);
    if (fields.has("tpm_limit"_L1))
        user.tpmLimit = fields.limit("tpm_limit"_L1);
    if (fields.has("rpm_limit"_L1))
        user.rpmLimit = fields.limit("rpm_limit"_L1);
    if (fields.has("max_parallel_requests"_L1))
        user.parallelLimit = fields.limit("max_parallel_requests"_L1);
    if (fields.has("budget_duration"_L1)) {
        user.budgetDuration = fields.string("budget_duration"_L1).value_or(QString());
        user.budgetResetAt.reset();
        if (!user.budgetDuration.isEmpty()) {
            QString error;
            const auto window = Limits::parseBudgetDuration(user.budgetDuration, &error);
            if (!window)
                throw Refusal(400, u"'budget_duration': %1"_s.arg(error));
            user.budgetResetAt = Limits::nextBudgetResetMs(*window, db.now(), context.timezone);
        }
    }
    const Store::User after = users.update(user, before->version);
    const QStringList models = activeModels(db, after.id);
    auditChange(db, actor, u"user.update"_s, u"user"_s, after.id, userObject(*before, models),
                userObject(after, models));
    tx.commit();
    if (context.storeChanged)
        context.storeChanged();
    return jsonReply(QJsonObject{{u"user_id"_s, after.id}, {u"data"_s, userObject(after, models)}});
}

Reply deleteModel(const Context &context, const Http::Request &request)
{
    const Fields fields(bodyObject(request));
    const auto id = fields.string("id"_L1);
    if (!id || id->isEmpty())
        throw Refusal(400, u"'id' (the model_info.id from /model/info) is required"_s);
    Store::Database &db = *context.database;
    const Keys::Actor actor = actorFor(request);
    Store::Transaction tx(db);
    Store::ModelRepository models(db);
    QString modelId;
    if (const auto deployment = models.findDeployment(*id)) {
        modelId = deployment->modelId;
        models.removeDeployment(*id);
        auditChange(db, actor, u"deployment.delete"_s, u"deployment"_s, *id,
                    QJsonObject{{u"model"_s, deployment->modelId}, {u"base_url"_s, deployment->baseUrl}},
                    QJsonValue());
    } else if (models.find(*id)) {
        modelId = *id; // /model/info lists a model without deployments under its own id
    } else {
        throw Refusal(404, u"no model has the id '%1'"_s.arg(*id));
    }
    // As in LiteLLM, a model name exists while it has deployments: the last one takes it along
    // (with its subscriptions; keys that name it then get model_not_found).
    const bool modelRemoved = models.deployments(modelId).isEmpty();
    if (modelRemoved) {
        models.remove(modelId);
        auditChange(db, actor, u"model.delete"_s, u"model"_s, modelId, QJsonObject{{u"id"_s, modelId}},
                    QJsonValue());
    }
    tx.commit();
    if (context.storeChanged)
        context.storeChanged();
    return jsonReply(QJsonObject{{u"message"_s, u"Model deleted"_s},
                                 {u"id"_s, *id},
                                 {u"model_name"_s, modelId},
                                 {u"model_removed"_s, modelRemoved}});
}

} // namespace Tollgate::Api::LiteLlm
