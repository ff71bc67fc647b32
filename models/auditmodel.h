// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedlistmodel.h"

#include <QDateTime>

namespace Tollgate::Models {

/// The filters of GET /api/v1/audit and /api/v1/audit/export.
struct AuditQuery
{
    QString actor;      ///< user id
    QString action;     ///< prefix: "key." or "key.create"
    QString targetType; ///< user, key, backup…
    QString targetId;
    QDateTime from; ///< inclusive; invalid: open
    QDateTime to;   ///< exclusive; invalid: open
    QString text;   ///< q: contained in actor name, action, target id or the JSON

    /// The query items of the filters (no paging).
    QUrlQuery toQuery() const;
    bool operator==(const AuditQuery &other) const = default;
};

/// One audit entry as the API answers it.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actorId;
    QString actorName;
    QString action;
    QString targetType;
    QString targetId;
    QJsonValue before;
    QJsonValue after;
    QString sourceAddress;
    QString requestId;
    bool success = true;

    static AuditEntry fromJson(const QJsonObject &object);
};

/// The audit log, newest first, fetched page by page as a view scrolls (canFetchMore / fetchMore).
class AuditModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, TargetColumn, ResultColumn, ColumnCount };
    /// IdRole is the entry's integer id here.
    enum AuditRole { SuccessRole = ObjectRole + 1 };

    explicit AuditModel(Client::ApiClient *client, QObject *parent = nullptr);

    /// Drops the rows and loads the first page of @p query.
    void setQuery(const AuditQuery &query);
    AuditQuery query() const { return m_query; }
    AuditEntry entry(int row) const { return AuditEntry::fromJson(object(row)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditQuery m_query;
};

} // namespace Tollgate::Models
