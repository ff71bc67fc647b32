// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

class QProgressBar;

namespace Tollgate::Ui {

/// Shows @p used (spend / budget; nullopt: no budget) on @p bar in the colour of its level:
/// the palette's highlight below 70 %, amber from 70 %, red from 90 % (UsersPage::budgetLevel).
/// The bar's "budgetLevel" property holds the level (-1 without a budget).
void showBudgetUse(QProgressBar *bar, std::optional<double> used);

} // namespace Tollgate::Ui
