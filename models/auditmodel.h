// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUrlQuery>

namespace Tollgate::Client {
class ApiClient;
class Reply;
} // namespace Tollgate::Client

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
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, TargetColumn, ResultColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SuccessRole };

    explicit AuditModel(Client::ApiClient *client, QObject *parent = nullptr);

    /// Drops the rows and loads the first page of @p query.
    void setQuery(const AuditQuery &query);
    AuditQuery query() const { return m_query; }
    void reload();
    void setPageSize(int size);

    /// Entries the server reports for the query; -1 before the first page arrived.
    int totalCount() const { return m_total; }
    bool isLoading() const;
    AuditEntry entry(int row) const { return m_entries.value(row); }

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
    AuditQuery m_query;
    QList<AuditEntry> m_entries;
    int m_total = -1;
    int m_pageSize = 200;
    int m_generation = 0;
    bool m_failed = false;
    bool m_inserting = false;
    bool m_fetchAfterInsert = false;
    QPointer<Client::Reply> m_pending;
};

} // namespace Tollgate::Models
