// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notificationsmodel.h"

#include "gateway-core/client/apiclient.h"

#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

NotificationsModel::NotificationsModel(Client::ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

void NotificationsModel::setScope(const QString &scope)
{
    m_scope = scope;
    reload();
}

void NotificationsModel::setUnreadOnly(bool unreadOnly)
{
    m_unreadOnly = unreadOnly;
    reload();
}

void NotificationsModel::reload()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    beginResetModel();
    m_items.clear();
    m_total = -1;
    m_failed = false;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    requestPage();
}

void NotificationsModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 500);
}

bool NotificationsModel::isLoading() const
{
    return m_pending && !m_pending->isFinished();
}

int NotificationsModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).value("id"_L1).toString() == id)
            return int(i);
    }
    return -1;
}

void NotificationsModel::setRead(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || m_items.at(row).value("read"_L1).toBool())
        return;
    m_items[row].insert(u"read"_s, true);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_unread > 0)
        setUnread(m_unread - 1);
}

void NotificationsModel::setAllRead()
{
    for (QJsonObject &item : m_items)
        item.insert(u"read"_s, true);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
    setUnread(0);
}

void NotificationsModel::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    Q_EMIT unreadCountChanged(unread);
}

QString NotificationsModel::typeText(const QString &type)
{
    if (type == "soft_budget_crossed"_L1)
        return tr("Soft budget crossed");
    if (type == "budget_exhausted"_L1)
        return tr("Budget exhausted");
    if (type == "key_expiring"_L1)
        return tr("Key expiring");
    if (type == "test"_L1)
        return tr("Test alert");
    return type;
}

QString NotificationsModel::subjectText(const QJsonObject &notification)
{
    const QJsonObject subject = notification.value("subject"_L1).toObject();
    const QString kind = subject.value("kind"_L1).toString();
    const QString name = subject.value("name"_L1).toString();
    QString text;
    if (kind == "key"_L1)
        text = tr("Key %1").arg(name);
    else if (kind == "user"_L1)
        text = tr("User %1").arg(name);
    else if (kind == "system"_L1)
        text = tr("System");
    else
        text = name;
    const QString owner = subject.value("user"_L1).toObject().value("name"_L1).toString();
    if (!owner.isEmpty() && owner != name)
        text = tr("%1 (of %2)").arg(text, owner);
    return text;
}

int NotificationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int NotificationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &item = m_items.at(index.row());
    const bool read = item.value("read"_L1).toBool();
    switch (role) {
    case IdRole:
        return item.value("id"_L1).toString();
    case TypeRole:
        return item.value("type"_L1).toString();
    case ReadRole:
        return read;
    case Qt::FontRole:
        if (!read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        const QJsonObject details = item.value("details"_L1).toObject();
        const QLocale locale;
        if (details.contains("budget"_L1))
            return tr("Spend %1 reached the threshold %2")
                .arg(details.value("spend"_L1).toString(), details.value("budget"_L1).toString());
        if (details.contains("expiresAt"_L1))
            return tr("Expires %1")
                .arg(locale.toString(
                    QDateTime::fromString(details.value("expiresAt"_L1).toString(), Qt::ISODateWithMs)
                        .toLocalTime(),
                    QLocale::ShortFormat));
        return {};
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TypeColumn:
        return typeText(item.value("type"_L1).toString());
    case SubjectColumn:
        return subjectText(item);
    case TimeColumn:
        return QLocale().toString(
            QDateTime::fromString(item.value("occurredAt"_L1).toString(), Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    case ReadColumn:
        return read ? tr("Read") : tr("Unread");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TypeColumn:
        return tr("Alert");
    case SubjectColumn:
        return tr("Subject");
    case TimeColumn:
        return tr("Time");
    case ReadColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

bool NotificationsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && m_total >= 0 && m_items.size() < m_total;
}

void NotificationsModel::fetchMore(const QModelIndex &parent)
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

void NotificationsModel::requestPage()
{
    Client::Reply *reply = m_client->notifications(m_scope, m_unreadOnly, m_pageSize, int(m_items.size()));
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

void NotificationsModel::pageArrived(const QJsonObject &page, int generation)
{
    if (generation != m_generation)
        return;
    const int total = page.value("total"_L1).toInt();
    const QJsonArray items = page.value("items"_L1).toArray();
    // Alerts may arrive meanwhile; never promise more than an empty page gives.
    m_total = items.isEmpty() ? int(m_items.size()) : qMax(total, int(m_items.size() + items.size()));
    if (!items.isEmpty()) {
        const int first = int(m_items.size());
        m_inserting = true;
        m_fetchAfterInsert = false;
        beginInsertRows({}, first, first + int(items.size()) - 1);
        for (const QJsonValue &item : items)
            m_items.append(item.toObject());
        endInsertRows();
        m_inserting = false;
    }
    Q_EMIT totalCountChanged(m_total);
    setUnread(page.value("unread"_L1).toInt());
    if (std::exchange(m_fetchAfterInsert, false) && canFetchMore({}))
        requestPage();
}

} // namespace Tollgate::Models
