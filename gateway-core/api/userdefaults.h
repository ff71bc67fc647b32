// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimeZone>

namespace Tollgate::Store {
class Database;
struct User;
} // namespace Tollgate::Store

namespace Tollgate::Api {

/// Which limits the creator of a user named (null included): those keep what was given.
struct GivenLimits
{
    bool rpm = false;
    bool tpm = false;
    bool parallel = false;
    bool budget = false;
    bool budgetDuration = false;
};

/// Fills the limits of a user about to be created that its creator did not give from the
/// general settings (newUserRpm, newUserTpm, newUserParallel, newUserBudget,
/// newUserBudgetDuration), and starts the budget window of a user with a budget duration.
void applyNewUserDefaults(Store::Database &db, Store::User &user, const GivenLimits &given, const QTimeZone &zone);

} // namespace Tollgate::Api
