// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"
#include "gateway-core/client/types.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Tollgate::Client {
class ApiClient;
class Reply;
} // namespace Tollgate::Client

namespace Tollgate::Models {

/// The users of GET /api/v1/users, fetched page by page as a view scrolls (canFetchMore /
/// fetchMore), so a list of 100,000 users costs only the pages someone looks at.
class UsersModel final : public QAbstractTableModel
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
    enum Role {
        IdRole = Qt::UserRole + 1,
        ActiveRole,     ///< bool
        BudgetUsedRole, ///< double 0..n, spend / maxBudget; invalid without a budget
    };

    explicit UsersModel(Client::ApiClient *client, QObject *parent = nullptr);

    /// Filters and sorting (paging fields are ignored); drops the rows and loads the first page.
    void setQuery(const Client::UserQuery &query);
    Client::UserQuery query() const { return m_query; }
    /// Reloads with the same query.
    void reload();
    /// Rows per request (1..500).
    void setPageSize(int size);

    /// Users the server reports for the query; -1 before the first page arrived.
    int totalCount() const { return m_total; }
    bool isLoading() const;
    Client::User user(int row) const { return m_users.value(row); }
    /// The row of @p id among the loaded rows, -1 if not loaded.
    int rowOf(const QString &id) const;
    /// Puts a user the server answered (after a change) in place of the loaded row.
    void updateUser(const QJsonObject &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(int total);
    void loadFailed(const Tollgate::Client::Error &error);

private:
    void requestPage();
    void pageArrived(const QJsonObject &page, int generation);

    Client::ApiClient *m_client;
    Client::UserQuery m_query;
    QList<Client::User> m_users;
    int m_total = -1;
    int m_pageSize = 200;
    int m_generation = 0;
    bool m_failed = false;
    bool m_inserting = false;
    bool m_fetchAfterInsert = false;
    QPointer<Client::Reply> m_pending;
};

} // namespace Tollgate::Models
