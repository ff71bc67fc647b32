// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Api {

class RouteTable;

/// The notifications feed (/api/v1/notifications: a user's own alerts, every alert for admins,
/// read marks per user) and the webhook side of alerting (/api/v1/alerts/deliveries, and
/// /api/v1/alerts/test to send a test event now). See service/alerts.h.
void addAlertRoutes(RouteTable &table);

} // namespace Tollgate::Api
