// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/budgetbar.h"

#include "ui/userspage.h"

#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

void showBudgetUse(QProgressBar *bar, std::optional<double> used)
{
    QPalette palette = bar->parentWidget() ? bar->parentWidget()->palette() : bar->palette();
    if (used) {
        bar->setValue(int(qBound(0.0, *used * 100.0, 100.0)));
        bar->setFormat(u"%p %"_s);
        switch (UsersPage::budgetLevel(*used)) {
        case UsersPage::BudgetLevel::Critical:
            palette.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
            break;
        case UsersPage::BudgetLevel::Warning:
            palette.setColor(QPalette::Highlight, QColor(0xe6, 0x9a, 0x00));
            break;
        case UsersPage::BudgetLevel::Normal:
            break;
        }
    } else {
        bar->setValue(0);
        bar->setFormat(UsersPage::tr("no budget"));
    }
    bar->setPalette(palette);
    bar->setProperty("budgetLevel", used ? int(UsersPage::budgetLevel(*used)) : -1);
}

} // namespace Tollgate::Ui
