// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/auditmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

namespace {
QString nullableString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}
} // namespace

QUrlQuery AuditQuery::toQuery() const
{
    QUrlQuery q;
    const auto add = [&q](const QString &name, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add(u"actor"_s, actor.trimmed());
    add(u"action"_s, action.trimmed());
    add(u"targetType"_s, targetType.trimmed());
    add(u"targetId"_s, targetId.trimmed());
    if (from.isValid())
        add(u"from"_s, from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        add(u"to"_s, to.toUTC().toString(Qt::ISODate));
    add(u"q"_s, text.trimmed());
    return q;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.id = o.value("id"_L1).toInteger();
    e.at = QDateTime::fromString(o.value("at"_L1).toString(), Qt::ISODateWithMs);
    e.actorId = nullableString(o.value("actorId"_L1));
    e.actorName = o.value("actorName"_L1).toString();
    e.action = o.value("action"_L1).toString();
    e.targetType = o.value("targetType"_L1).toString();
    e.targetId = nullableString(o.value("targetId"_L1));
    e.before = o.value("before"_L1);
    e.after = o.value("after"_L1);
    e.sourceAddress = nullableString(o.value("sourceAddress"_L1));
    e.requestId = nullableString(o.value("requestId"_L1));
    e.success = o.value("success"_L1).toBool(true);
    return e;
}

AuditModel::AuditModel(Client::ApiClient *client, QObject *parent)
    : PagedListModel(client, parent)
{
    setPageSize(200);
    prepareSource(u"/api/v1/audit"_s, m_query.toQuery());
}

void AuditModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    setSource(u"/api/v1/audit"_s, query.toQuery());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry e = entry(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case ObjectRole:
        return commonData(index, role);
    case SuccessRole:
        return e.success;
    case Qt::ToolTipRole:
        if (index.column() == ActorColumn)
            return e.actorId;
        if (index.column() == TimeColumn)
            return e.at.toUTC().toString(Qt::ISODateWithMs);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(e.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case ActorColumn:
        return e.actorName.isEmpty() ? e.actorId : e.actorName;
    case ActionColumn:
        return e.action;
    case TargetColumn:
        return e.targetId.isEmpty() ? e.targetType : e.targetType + u' ' + e.targetId;
    case ResultColumn:
        return e.success ? tr("succeeded") : tr("refused");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tollgate::Models
