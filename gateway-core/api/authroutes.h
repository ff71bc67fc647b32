// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/auth: login, refresh, logout, setup (first admin), me and password. Every session
/// event (success or failure) is audited as auth.login, auth.refresh, auth.refresh_reused,
/// auth.logout, auth.setup or auth.password_change.
void addAuthRoutes(RouteTable &table);

} // namespace Tollgate::Api
