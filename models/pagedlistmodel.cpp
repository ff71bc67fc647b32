// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/pagedlistmodel.h"

#include "gateway-core/client/apiclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

PagedListModel::PagedListModel(Client::ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

void PagedListModel::setSource(const QString &path, const QUrlQuery &filters)
{
    m_path = path;
    m_filters = filters;
    reload();
}

void PagedListModel::prepareSource(const QString &path, const QUrlQuery &filters)
{
    m_path = path;
    m_filters = filters;
}

void PagedListModel::reload()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_failed = false;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!m_path.isEmpty())
        requestPage();
}

void PagedListModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 500);
}

bool PagedListModel::isLoading() const
{
    return m_pending && !m_pending->isFinished();
}

int PagedListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value("id"_L1).toString() == id)
            return int(i);
    }
    return -1;
}

void PagedListModel::updateObject(const QJsonObject &object)
{
    const int row = rowOf(object.value("id"_L1).toString());
    if (row < 0)
        return;
    m_rows[row] = object;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PagedListModel::removeObject(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (m_total > 0) {
        --m_total;
        Q_EMIT totalCountChanged(m_total);
    }
}

void PagedListModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns - 1));
}

void PagedListModel::changeAllObjects(const std::function<void(QJsonObject &)> &change)
{
    for (QJsonObject &row : m_rows)
        change(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PagedListModel::commonData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.value("id"_L1).toString();
    case ObjectRole:
        return row;
    default:
        return {};
    }
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && m_total >= 0 && m_rows.size() < m_total;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    if (m_inserting) {
        // Asked from inside our own insertion: ask once the page's rows are all counted.
        m_fetchAfterInsert = true;
        return;
    }
    if (!isLoading() && canFetchMore(parent))
        requestPage();
}

void PagedListModel::requestPage()
{
    QUrlQuery query = m_filters;
    query.removeAllQueryItems(u"limit"_s);
    query.removeAllQueryItems(u"offset"_s);
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    query.addQueryItem(u"offset"_s, QString::number(m_rows.size()));
    Client::Reply *reply = m_client->get(m_path, query);
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

void PagedListModel::pageArrived(const QJsonObject &page, int generation)
{
    if (generation != m_generation)
        return;
    const int total = page.value("total"_L1).toInt();
    const QJsonArray items = page.value("items"_L1).toArray();
    // Rows may have been added or removed meanwhile; never promise more than an empty page gives.
    m_total = items.isEmpty() ? int(m_rows.size()) : qMax(total, int(m_rows.size() + items.size()));
    if (!items.isEmpty()) {
        const int first = int(m_rows.size());
        m_inserting = true;
        m_fetchAfterInsert = false;
        beginInsertRows({}, first, first + int(items.size()) - 1);
        for (const QJsonValue &item : items)
            m_rows.append(item.toObject());
        endInsertRows();
        m_inserting = false;
        rowsArrived(first, int(m_rows.size()) - 1);
    }
    Q_EMIT totalCountChanged(m_total);
    envelopeArrived(page);
    if (std::exchange(m_fetchAfterInsert, false) && canFetchMore({}))
        requestPage();
}

} // namespace Tollgate::Models
