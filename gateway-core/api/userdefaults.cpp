// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/userdefaults.h"

#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/generalsettings.h"
#include "gateway-core/store/records.h"

namespace Tollgate::Api {

void applyNewUserDefaults(Store::Database &db, Store::User &user, const GivenLimits &given, const QTimeZone &zone)
{
    const Store::GeneralSettings settings = Store::GeneralSettings::load(db);
    if (!given.rpm)
        user.rpmLimit = settings.newUserRpm;
    if (!given.tpm)
        user.tpmLimit = settings.newUserTpm;
    if (!given.parallel)
        user.parallelLimit = settings.newUserParallel;
    if (!given.budget)
        user.maxBudget = settings.newUserBudget;
    if (!given.budgetDuration)
        user.budgetDuration = settings.newUserBudgetDuration;
    // The window starts now, so the budget-reset job finds when it ends.
    if (!user.budgetDuration.isEmpty() && !user.budgetResetAt) {
        if (const auto window = Limits::parseBudgetDuration(user.budgetDuration))
            user.budgetResetAt = Limits::nextBudgetResetMs(*window, db.now(), zone);
    }
}

} // namespace Tollgate::Api
