// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/types.h"
#include "models/pagedlistmodel.h"

namespace Tollgate::Models {

/// The users of GET /api/v1/users, fetched page by page as a view scrolls (canFetchMore /
/// fetchMore), so a list of 100,000 users costs only the pages someone looks at.
class UsersModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column {
        UsernameColumn,
        NameColumn,
        RolesColumn,
        ActiveColumn,
        BudgetColumn,
        LastLoginColumn,
        ColumnCount
    };
    enum UserRole {
        ActiveRole = ObjectRole + 1, ///< bool
        BudgetUsedRole, ///< double 0..n, spend / maxBudget; invalid without a budget
    };

    explicit UsersModel(Client::ApiClient *client, QObject *parent = nullptr);

    /// Filters and sorting (paging fields are ignored); drops the rows and loads the first page.
    void setQuery(const Client::UserQuery &query);
    Client::UserQuery query() const { return m_query; }
    Client::User user(int row) const { return Client::User::fromJson(object(row)); }
    /// Puts a user the server answered (after a change) in place of the loaded row.
    void updateUser(const QJsonObject &user) { updateObject(user); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Client::UserQuery m_query;
};

} // namespace Tollgate::Models
