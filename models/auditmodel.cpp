// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/auditmodel.h"

#include "gateway-core/client/apiclient.h"

#include <QJsonArray>
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
    : QAbstractTableModel(parent)
    , m_client(client)
{}

void AuditModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    reload();
}

void AuditModel::reload()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    beginResetModel();
    m_entries.clear();
    m_total = -1;
    m_failed = false;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    requestPage();
}

void AuditModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 500);
}

bool AuditModel::isLoading() const
{
    return m_pending && !m_pending->isFinished();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
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

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_failed && m_total >= 0 && m_entries.size() < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    if (m_inserting) {
        m_fetchAfterInsert = true;
        return;
    }
    if (!isLoading() && canFetchMore(parent))
        requestPage();
}

void AuditModel::requestPage()
{
    QUrlQuery query = m_query.toQuery();
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    query.addQueryItem(u"offset"_s, QString::number(m_entries.size()));
    Client::Reply *reply = m_client->get(u"/api/v1/audit"_s, query);
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

void AuditModel::pageArrived(const QJsonObject &page, int generation)
{
    if (generation != m_generation)
        return;
    const int total = page.value("total"_L1).toInt();
    const QJsonArray items = page.value("items"_L1).toArray();
    // New entries may arrive meanwhile; never promise more than an empty page gives.
    m_total = items.isEmpty() ? int(m_entries.size()) : qMax(total, int(m_entries.size() + items.size()));
    if (!items.isEmpty()) {
        const int first = int(m_entries.size());
        m_inserting = true;
        m_fetchAfterInsert = false;
        beginInsertRows({}, first, first + int(items.size()) - 1);
        for (const QJsonValue &item : items)
            m_entries.append(AuditEntry::fromJson(item.toObject()));
        endInsertRows();
        m_inserting = false;
    }
    Q_EMIT totalCountChanged(m_total);
    if (std::exchange(m_fetchAfterInsert, false) && canFetchMore({}))
        requestPage();
}

} // namespace Tollgate::Models
