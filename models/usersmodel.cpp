// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/usersmodel.h"

#include "gateway-core/client/apiclient.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

UsersModel::UsersModel(Client::ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

void UsersModel::setQuery(const Client::UserQuery &query)
{
    m_query = query;
    reload();
}

void UsersModel::reload()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    beginResetModel();
    m_users.clear();
    m_total = -1;
    m_failed = false;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    requestPage();
}

void UsersModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 500);
}

bool UsersModel::isLoading() const
{
    return m_pending && !m_pending->isFinished();
}

int UsersModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == id)
            return int(i);
    }
    return -1;
}

void UsersModel::updateUser(const QJsonObject &object)
{
    const Client::User user = Client::User::fromJson(object);
    const int row = rowOf(user.id);
    if (row < 0)
        return;
    m_users[row] = user;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Client::User &user = m_users.at(index.row());
    switch (role) {
    case IdRole:
        return user.id;
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

bool UsersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && m_total >= 0 && m_users.size() < m_total;
}

void UsersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    if (m_inserting) {
        // Asked from inside our own insertion (a view or the tester reacting to it): the page's
        // rows are not all counted yet, so ask once they are.
        m_fetchAfterInsert = true;
        return;
    }
    if (!isLoading() && canFetchMore(parent))
        requestPage();
}

void UsersModel::requestPage()
{
    Client::UserQuery query = m_query;
    query.limit = m_pageSize;
    query.offset = int(m_users.size());
    Client::Reply *reply = m_client->users(query);
    m_pending = reply;
    const int generation = m_generation;
    connect(reply, &Client::Reply::finished, this,
            [this, generation](const QJsonObject &page) { pageArrived(page, generation); });
    connect(reply, &Client::Reply::failed, this, [this, generation](const Client::Error &error) {
        if (generation != m_generation)
            return;
        m_failed = true;
        Q_EMIT loadFailed(error);
    });
    connect(reply, &Client::Reply::done, this, [this, generation] {
        if (generation == m_generation)
            Q_EMIT loadingChanged(false);
    });
    Q_EMIT loadingChanged(true);
}

void UsersModel::pageArrived(const QJsonObject &page, int generation)
{
    if (generation != m_generation)
        return;
    const int total = page.value("total"_L1).toInt();
    const QJsonArray items = page.value("items"_L1).toArray();
    // Rows may have been added or removed meanwhile; never promise more than an empty page gives.
    m_total = items.isEmpty() ? int(m_users.size()) : qMax(total, int(m_users.size() + items.size()));
    if (!items.isEmpty()) {
        const int first = int(m_users.size());
        m_inserting = true;
        m_fetchAfterInsert = false;
        beginInsertRows({}, first, first + int(items.size()) - 1);
        for (const QJsonValue &item : items)
            m_users.append(Client::User::fromJson(item.toObject()));
        endInsertRows();
        m_inserting = false;
    }
    Q_EMIT totalCountChanged(m_total);
    if (std::exchange(m_fetchAfterInsert, false) && canFetchMore({}))
        requestPage();
}

} // namespace Tollgate::Models
