// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/openapiroute.h"

#include "gateway-core/api/routetable.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

QByteArray openApiDocument()
{
    QFile file(u":/api/openapi.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the OpenAPI document is not compiled in");
    return file.readAll();
}

void addOpenApiRoute(RouteTable &table)
{
    table.add("GET", "/api/v1/openapi.json", Auth::Permission::Public,
              u"This API's OpenAPI 3.0 description"_s,
              [document = openApiDocument()](ApiRequest &) { return Reply::json(200, document); });
}

} // namespace Tollgate::Api
