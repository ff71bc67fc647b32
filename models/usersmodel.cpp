// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/usersmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

UsersModel::UsersModel(Client::ApiClient *client, QObject *parent)
    : PagedListModel(client, parent)
{
    setPageSize(200);
    prepareSource(u"/api/v1/users"_s, m_query.toQuery());
}

void UsersModel::setQuery(const Client::UserQuery &query)
{
    m_query = query;
    setSource(u"/api/v1/users"_s, query.toQuery());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Client::User user = this->user(index.row());
    switch (role) {
    case IdRole:
        return user.id;
    case ObjectRole:
        return commonData(index, role);
    case ActiveRole:
        return user.active;
    case BudgetUsedRole:
        if (const auto used = user.budgetUsed())
            return *used;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UsernameColumn && !user.email.isEmpty())
            return user.email;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case UsernameColumn:
        return user.username;
    case NameColumn:
        return user.fullName;
    case RolesColumn:
        return user.roles.join(u", "_s);
    case ActiveColumn:
        return user.active ? tr("Active") : tr("Inactive");
    case BudgetColumn:
        if (!user.maxBudget)
            return user.spend ? locale.toString(*user.spend, 'f', 2) : QString();
        return tr("%1 of %2")
            .arg(locale.toString(user.spend.value_or(0), 'f', 2), locale.toString(*user.maxBudget, 'f', 2));
    case LastLoginColumn:
        return user.lastLoginAt.isValid()
                   ? locale.toString(user.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("never");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UsernameColumn:
        return tr("Username");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case ActiveColumn:
        return tr("Status");
    case BudgetColumn:
        return tr("Spend / budget");
    case LastLoginColumn:
        return tr("Last sign-in");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tollgate::Models
