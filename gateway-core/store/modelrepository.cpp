// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/modelrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

const QString ModelColumns =
    u"id, display_name, description, capabilities, input_price, output_price, "
    "cached_price, context_window, restricted, enabled, metadata, version, created_at, "
    "updated_at"_s;
const QString DeploymentColumns = u"id, model_id, base_url, served_name, api_key_encrypted, weight, enabled, "
                                  "version, created_at, updated_at"_s;

Model modelFromRow(const QSqlQuery &q)
{
    Model m;
    m.id = q.value(0).toString();
    m.displayName = q.value(1).toString();
    m.description = q.value(2).toString();
    m.capabilities = stringListFromColumn(q.value(3));
    m.inputPrice = q.value(4).toLongLong();
    m.outputPrice = q.value(5).toLongLong();
    m.cachedPrice = q.value(6).toLongLong();
    m.contextWindow = optionalInt(q.value(7));
    m.restricted = q.value(8).toBool();
    m.enabled = q.value(9).toBool();
    m.metadata = objectFromColumn(q.value(10));
    m.version = q.value(11).toLongLong();
    m.createdAt = q.value(12).toLongLong();
    m.updatedAt = q.value(13).toLongLong();
    return m;
}

Deployment deploymentFromRow(const QSqlQuery &q)
{
    Deployment d;
    d.id = q.value(0).toString();
    d.modelId = q.value(1).toString();
    d.baseUrl = q.value(2).toString();
    d.servedName = q.value(3).toString();
    d.apiKeyEncrypted = q.value(4).toByteArray();
    d.weight = q.value(5).toInt();
    d.enabled = q.value(6).toBool();
    d.version = q.value(7).toLongLong();
    d.createdAt = q.value(8).toLongLong();
    d.updatedAt = q.value(9).toLongLong();
    return d;
}

void validate(const Model &model)
{
    if (model.id.trimmed().isEmpty() || model.id.contains(u' '))
        throw Error(Error::Code::Invalid, u"model id must be a non-empty name without spaces"_s);
    static const QStringList capabilities = {u"chat"_s, u"embeddings"_s, u"tokenize"_s, u"docling"_s,
                                             u"safety"_s};
    for (const QString &capability : model.capabilities) {
        if (!capabilities.contains(capability))
            throw Error(Error::Code::Invalid, u"unknown capability: "_s + capability);
    }
    if (model.inputPrice < 0 || model.outputPrice < 0 || model.cachedPrice < 0)
        throw Error(Error::Code::Invalid, u"prices must not be negative"_s);
}

void validate(const Deployment &deployment)
{
    if (deployment.baseUrl.isEmpty() || deployment.servedName.isEmpty())
        throw Error(Error::Code::Invalid, u"a deployment needs a base URL and a served model name"_s);
    if (deployment.weight < 0)
        throw Error(Error::Code::Invalid, u"deployment weight must not be negative"_s);
}

} // namespace

ModelRepository::ModelRepository(Database &db)
    : m_db(db)
{}

Model ModelRepository::create(Model model)
{
    validate(model);
    if (model.displayName.isEmpty())
        model.displayName = model.id;
    model.version = 1;
    model.createdAt = model.updatedAt = m_db.now();
    m_db.exec(u"INSERT INTO models ("_s + ModelColumns +
                  u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {model.id, model.displayName, model.description, toJson(model.capabilities), model.inputPrice,
               model.outputPrice, model.cachedPrice, nullable(model.contextWindow), model.restricted,
               model.enabled, toJson(model.metadata), model.version, model.createdAt, model.updatedAt},
              u"create model"_s);
    return model;
}

std::optional<Model> ModelRepository::find(const QString &id)
{
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + ModelColumns + u" FROM models WHERE id = ?"_s, {id}, u"read model"_s);
    if (!q.next())
        return std::nullopt;
    return modelFromRow(q);
}

Model ModelRepository::update(const Model &model, qint64 expectedVersion)
{
    validate(model);
    QSqlQuery q = m_db.exec(u"UPDATE models SET display_name = ?, description = ?, capabilities = ?, "
                            u"input_price = ?, output_price = ?, "
                            "cached_price = ?, context_window = ?, restricted = ?, enabled = ?, metadata = "
                            "?, version = version + 1, "
                            "updated_at = ? WHERE id = ? AND version = ?"_s,
                            {model.displayName.isEmpty() ? model.id : model.displayName, model.description,
                             toJson(model.capabilities), model.inputPrice, model.outputPrice,
                             model.cachedPrice, nullable(model.contextWindow), model.restricted,
                             model.enabled, toJson(model.metadata), m_db.now(), model.id, expectedVersion},
                            u"update model"_s);
    if (q.numRowsAffected() != 1)
        throwMissingOrStale(m_db, u"models"_s, u"id"_s, model.id, u"model"_s);
    return *find(model.id);
}

void ModelRepository::remove(const QString &id)
{
    QSqlQuery q = m_db.exec(u"DELETE FROM models WHERE id = ?"_s, {id}, u"delete model"_s);
    if (q.numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"model not found"_s);
}

PageResult<Model> ModelRepository::list(const ModelFilter &filter, Page page)
{
    Where where;
    if (!filter.search.isEmpty()) {
        const QString pattern = likeContains(filter.search);
        where.add(u"(lower(id) LIKE ? ESCAPE '\\' OR lower(display_name) LIKE ? ESCAPE '\\' "
                  "OR lower(description) LIKE ? ESCAPE '\\')"_s,
                  {pattern, pattern, pattern});
    }
    if (filter.enabled)
        where.add(u"enabled = ?"_s, {*filter.enabled});
    if (filter.restricted)
        where.add(u"restricted = ?"_s, {*filter.restricted});
    if (!filter.capability.isEmpty())
        where.add(u"capabilities LIKE ?"_s, {u"%\""_s + filter.capability + u"\"%"_s});

    PageResult<Model> result;
    result.total =
        count(m_db, u"SELECT COUNT(*) FROM models"_s + where.sql(), where.values, u"count models"_s);
    QString order;
    switch (filter.sort) {
    case ModelFilter::Sort::Id: order = u"id"_s; break;
    case ModelFilter::Sort::DisplayName: order = u"lower(display_name)"_s; break;
    case ModelFilter::Sort::CreatedAt: order = u"created_at"_s; break;
    case ModelFilter::Sort::UpdatedAt: order = u"updated_at"_s; break;
    case ModelFilter::Sort::InputPrice: order = u"input_price"_s; break;
    case ModelFilter::Sort::OutputPrice: order = u"output_price"_s; break;
    }
    const QString direction = filter.descending ? u" DESC"_s : u" ASC"_s;
    order += direction;
    if (filter.sort != ModelFilter::Sort::Id)
        order += u", id"_s + direction;
    QVariantList values = where.values;
    values << page.limit << page.offset;
    QSqlQuery q = m_db.exec(u"SELECT "_s + ModelColumns + u" FROM models"_s + where.sql() + u" ORDER BY "_s +
                                order + u" LIMIT ? OFFSET ?"_s,
                            values, u"list models"_s);
    while (q.next())
        result.items << modelFromRow(q);
    return result;
}

Deployment ModelRepository::addDeployment(Deployment deployment)
{
    validate(deployment);
    if (deployment.id.isEmpty())
        deployment.id = newId();
    deployment.version = 1;
    deployment.createdAt = deployment.updatedAt = m_db.now();
    m_db.exec(u"INSERT INTO deployments ("_s + DeploymentColumns +
                  u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {deployment.id, deployment.modelId, deployment.baseUrl, deployment.servedName,
               blobColumn(deployment.apiKeyEncrypted), deployment.weight, deployment.enabled,
               deployment.version, deployment.createdAt, deployment.updatedAt},
              u"create deployment"_s);
    return deployment;
}

std::optional<Deployment> ModelRepository::findDeployment(const QString &id)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + DeploymentColumns + u" FROM deployments WHERE id = ?"_s, {id},
                            u"read deployment"_s);
    if (!q.next())
        return std::nullopt;
    return deploymentFromRow(q);
}

QList<Deployment> ModelRepository::deployments(const QString &modelId)
{
    QSqlQuery q = modelId.isEmpty()
                      ? m_db.exec(u"SELECT "_s + DeploymentColumns + u" FROM deployments ORDER BY id"_s, {},
                                  u"list deployments"_s)
                      : m_db.exec(u"SELECT "_s + DeploymentColumns +
                                      u" FROM deployments WHERE model_id = ? ORDER BY id"_s,
                                  {modelId}, u"list deployments"_s);
    QList<Deployment> result;
    while (q.next())
        result << deploymentFromRow(q);
    return result;
}

Deployment ModelRepository::updateDeployment(const Deployment &deployment, qint64 expectedVersion)
{
    validate(deployment);
    QSqlQuery q =
        m_db.exec(u"UPDATE deployments SET base_url = ?, served_name = ?, api_key_encrypted = ?, "
                  "weight = ?, enabled = ?, version = version + 1, updated_at = ? "
                  "WHERE id = ? AND version = ?"_s,
                  {deployment.baseUrl, deployment.servedName, blobColumn(deployment.apiKeyEncrypted),
                   deployment.weight, deployment.enabled, m_db.now(), deployment.id, expectedVersion},
                  u"update deployment"_s);
    if (q.numRowsAffected() != 1)
        throwMissingOrStale(m_db, u"deployments"_s, u"id"_s, deployment.id, u"deployment"_s);
    return *findDeployment(deployment.id);
}

void ModelRepository::removeDeployment(const QString &id)
{
    QSqlQuery q = m_db.exec(u"DELETE FROM deployments WHERE id = ?"_s, {id}, u"delete deployment"_s);
    if (q.numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"deployment not found"_s);
}

} // namespace Tollgate::Store
