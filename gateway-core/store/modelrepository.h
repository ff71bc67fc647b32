// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <optional>

namespace Tollgate::Store {

class Database;

/// Filters of ModelRepository::list().
struct ModelFilter
{
    QString search; // id, display name or description contains
    std::optional<bool> enabled;
    std::optional<bool> restricted;
    QString capability; // has this capability
    enum class Sort { Id, DisplayName, CreatedAt, UpdatedAt, InputPrice, OutputPrice };
    Sort sort = Sort::Id;
    bool descending = false;
};

/// The model catalogue and each model's upstream deployments.
class ModelRepository final
{
public:
    explicit ModelRepository(Database &db);

    /// Inserts a model; Conflict if the id exists. Deployments in the same call are not created.
    Model create(Model model);
    std::optional<Model> find(const QString &id);
    /// Replaces the mutable fields; Conflict on a version mismatch.
    Model update(const Model &model, qint64 expectedVersion);
    /// Deletes the model with its deployments and subscriptions (cascade).
    void remove(const QString &id);
    /// Models in the filter's order (ties broken by id).
    PageResult<Model> list(const ModelFilter &filter = {}, Page page = {});

    /// Adds an upstream deployment (id generated when empty); Invalid if the model does not exist.
    Deployment addDeployment(Deployment deployment);
    std::optional<Deployment> findDeployment(const QString &id);
    /// The deployments of one model, or of all models when modelId is empty, ordered by id.
    QList<Deployment> deployments(const QString &modelId = {});
    Deployment updateDeployment(const Deployment &deployment, qint64 expectedVersion);
    void removeDeployment(const QString &id);

private:
    Database &m_db;
};

} // namespace Tollgate::Store
