// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QJsonObject>

namespace Tollgate::Api {

class RouteTable;

/// /api/v1/subscriptions: a user's requests for models (active at once for an unrestricted model,
/// pending for a restricted one), cancelling, history; the admins' approval queue with approve,
/// deny (a reason is required), revert to pending and all-or-nothing bulk decisions. Nobody
/// decides on their own request. Every status change writes a history row and an audit record
/// and reaches the data plane before the reply.
void addSubscriptionRoutes(RouteTable &table);

/// A subscription as the API shows it; @p username may be empty.
QJsonObject subscriptionToJson(const Store::Subscription &subscription, const QString &username = {});

} // namespace Tollgate::Api
