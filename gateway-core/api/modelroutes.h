// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QJsonObject>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Api {

class RouteTable;
struct ApiRequest;

/// /api/v1/models: the catalogue (list, detail, create, versioned update, delete), each model's
/// upstream deployments, sync from an upstream's /v1/models and "test connection". Users see
/// enabled models with their own subscription; admins see everything, deployments included.
/// Every change is audited and reaches the data plane before the reply.
void addModelRoutes(RouteTable &table);

/// A model as the API shows it (without deployments or subscription).
QJsonObject modelToJson(const Store::Model &model);
/// A deployment as the API shows it: the upstream API key never, only whether one is set.
QJsonObject deploymentToJson(const Store::Deployment &deployment);

namespace ModelCatalogue {

/// Checks @p deployment's base URL (http(s), no credentials, no link-local or metadata address
/// unless the store allows them) and served name; ApiError 400 naming @p field otherwise.
void checkDeployment(Store::Database &db, const Store::Deployment &deployment, const QString &field);
/// Adds the deployment and its audit record (inside the caller's transaction).
Store::Deployment addDeployment(ApiRequest &request, Store::Deployment deployment);
/// Creates the model and its audit record (inside the caller's transaction); 409 model_exists.
Store::Model createModel(ApiRequest &request, const Store::Model &model);

} // namespace ModelCatalogue

/// The sync and test-connection routes (modelsync.cpp); addModelRoutes() adds them.
void addModelSyncRoutes(RouteTable &table);

} // namespace Tollgate::Api
