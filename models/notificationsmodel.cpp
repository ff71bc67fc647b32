// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notificationsmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

NotificationsModel::NotificationsModel(Client::ApiClient *client, QObject *parent)
    : PagedListModel(client, parent)
{
    setPageSize(50);
    applyFilters(false);
}

void NotificationsModel::setScope(const QString &scope)
{
    m_scope = scope;
    applyFilters(true);
}

void NotificationsModel::setUnreadOnly(bool unreadOnly)
{
    m_unreadOnly = unreadOnly;
    applyFilters(true);
}

void NotificationsModel::applyFilters(bool load)
{
    QUrlQuery query;
    query.addQueryItem(u"scope"_s, m_scope);
    if (m_unreadOnly)
        query.addQueryItem(u"unread"_s, u"true"_s);
    if (load)
        setSource(u"/api/v1/notifications"_s, query);
    else
        prepareSource(u"/api/v1/notifications"_s, query);
}

void NotificationsModel::setRead(const QString &id)
{
    const int row = rowOf(id);
    QJsonObject item = object(row);
    if (row < 0 || item.value("read"_L1).toBool())
        return;
    item.insert(u"read"_s, true);
    updateObject(item);
    if (m_unread > 0)
        setUnread(m_unread - 1);
}

void NotificationsModel::setAllRead()
{
    changeAllObjects([](QJsonObject &item) { item.insert(u"read"_s, true); });
    setUnread(0);
}

void NotificationsModel::envelopeArrived(const QJsonObject &page)
{
    setUnread(page.value("unread"_L1).toInt());
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

int NotificationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject item = object(index.row());
    const bool read = item.value("read"_L1).toBool();
    switch (role) {
    case IdRole:
    case ObjectRole:
        return commonData(index, role);
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

} // namespace Tollgate::Models
