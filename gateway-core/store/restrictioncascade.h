// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QPair>

namespace Tollgate::Store {

class Database;

/// What cascadeRestriction() changed: each row before and after.
struct RestrictionCascade
{
    QList<QPair<Subscription, Subscription>> subscriptions;
    QList<QPair<ApiKey, ApiKey>> keys;
};

/// The key metadata field that holds models taken off a key while they were restricted, so that
/// lifting the restriction can put them back.
inline constexpr QLatin1StringView ParkedModelsField{"parkedModels"};

/// Carries a model's change of restriction to its subscriptions and keys, in one transaction
/// (a savepoint of the caller's, when one is open), with a history entry per subscription:
/// - made restricted: active subscriptions become pending (an admin approves them again), and
///   the model moves from those users' key model lists to the keys' metadata.parkedModels; a key
///   whose only model it is keeps it listed (an empty list would allow every model), and the
///   pending subscription refuses it at the gateway;
/// - made unrestricted: pending subscriptions become active, and keys get their parked model back.
/// Denied, inactive and expired subscriptions stay as they are. @p actor names who changed the model.
RestrictionCascade cascadeRestriction(Database &db, const QString &modelId, bool restricted,
                                      const QString &actor);

} // namespace Tollgate::Store
