// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/subscriptionsmodel.h"

#include "gateway-core/util/jsonnumber.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

namespace {

QString shortTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

SubscriptionsModel::SubscriptionsModel(Client::ApiClient *client, QObject *parent)
    : PagedListModel(client, parent)
{}

void SubscriptionsModel::setPendingOnly(bool pendingOnly)
{
    m_pendingOnly = pendingOnly;
    QUrlQuery query;
    if (!pendingOnly)
        query.addQueryItem(u"sort"_s, u"-createdAt"_s);
    setSource(pendingOnly ? u"/api/v1/subscriptions/pending"_s : u"/api/v1/subscriptions"_s, query);
}

QString SubscriptionsModel::statusText(const QString &status)
{
    if (status == u"active"_s)
        return tr("Active");
    if (status == u"pending"_s)
        return tr("Pending");
    if (status == u"denied"_s)
        return tr("Denied");
    if (status == u"inactive"_s)
        return tr("Cancelled");
    if (status == u"expired"_s)
        return tr("Expired");
    return status;
}

int SubscriptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionsModel::data(const QModelIndex &index, int role) const
{
    if (role == IdRole || role == ObjectRole)
        return commonData(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = object(index.row());
    switch (role) {
    case StatusRole:
        return o.value("status"_L1).toString();
    case VersionRole:
        return Util::wholeNumber(o.value("version"_L1)).value_or(0);
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return o.value("reason"_L1).toString();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case UserColumn: {
        const QString name = o.value("username"_L1).toString();
        return name.isEmpty() ? o.value("userId"_L1).toString() : name;
    }
    case ModelColumn:
        return o.value("modelId"_L1).toString();
    case StatusColumn:
        return statusText(o.value("status"_L1).toString());
    case RequestedColumn:
        return shortTime(o.value("createdAt"_L1));
    case ChangedColumn:
        return shortTime(o.value("statusChangedAt"_L1));
    case ReasonColumn:
        return o.value("reason"_L1).toString().simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SubscriptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedListModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UserColumn:
        return tr("User");
    case ModelColumn:
        return tr("Model");
    case StatusColumn:
        return tr("Status");
    case RequestedColumn:
        return tr("Requested");
    case ChangedColumn:
        return tr("Last change");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tollgate::Models
