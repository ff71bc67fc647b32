// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Tollgate::Api {

class RouteTable;

/// GET /api/v1/openapi.json: the OpenAPI 3.0 description of every route the server serves,
/// gateway-core/api/openapi.json compiled in as the Qt resource :/api/openapi.json.
void addOpenApiRoute(RouteTable &table);
/// The embedded document.
QByteArray openApiDocument();

} // namespace Tollgate::Api
