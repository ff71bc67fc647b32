// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QJsonObject>

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/users: list (search, role, active; sort; paging), detail, create, update (versioned),
/// bulk update. Every change is audited with the user before and after.
void addUserRoutes(RouteTable &table);

/// A user as the API shows it (never the password hash).
QJsonObject userToJson(const Store::User &user);

} // namespace Tollgate::Api
