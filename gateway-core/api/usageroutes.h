// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/usage: analytics over the daily usage rollups — summary with the previous period and
/// latency percentiles, time series by day / week / month, top models / users / keys, month-end
/// forecast — and /api/v1/usage/me, the caller's budget status. Users see only their own usage
/// (another user's userId is 403); adminReadonly and admins see everybody's.
void addUsageRoutes(RouteTable &table);

} // namespace Tollgate::Api
