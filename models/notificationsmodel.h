// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace Tollgate::Client {
class ApiClient;
class Reply;
} // namespace Tollgate::Client

namespace Tollgate::Models {

/// The alerts of GET /api/v1/notifications (newest first), fetched page by page as a view
/// scrolls (canFetchMore / fetchMore). The envelope's unread count is kept as unreadCount().
class NotificationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsModel)

public:
    enum Column { TypeColumn, SubjectColumn, TimeColumn, ReadColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole, ///< the API's type, e.g. soft_budget_crossed
        ReadRole, ///< bool
    };

    explicit NotificationsModel(Client::ApiClient *client, QObject *parent = nullptr);

    /// "mine" or "all"; drops the rows and loads the first page.
    void setScope(const QString &scope);
    QString scope() const { return m_scope; }
    void setUnreadOnly(bool unreadOnly);
    bool unreadOnly() const { return m_unreadOnly; }
    /// Reloads with the same scope and filter.
    void reload();
    /// Rows per request (1..500).
    void setPageSize(int size);

    /// Notifications the server reports for the scope; -1 before the first page arrived.
    int totalCount() const { return m_total; }
    /// Unread notifications in the scope as the last page said; -1 before the first page.
    int unreadCount() const { return m_unread; }
    bool isLoading() const;
    QJsonObject notification(int row) const { return m_items.value(row); }
    int rowOf(const QString &id) const;
    /// Shows a loaded notification read (after the server agreed); adjusts unreadCount().
    void setRead(const QString &id);
    /// Shows every loaded notification read and the unread count 0.
    void setAllRead();

    /// A translated name of an alert type ("Soft budget crossed"); the raw type when unknown.
    static QString typeText(const QString &type);
    /// "key laptop (alice)" for a notification's subject.
    static QString subjectText(const QJsonObject &notification);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(int total);
    void unreadCountChanged(int unread);
    void loadFailed(const Tollgate::Client::Error &error);

private:
    void requestPage();
    void pageArrived(const QJsonObject &page, int generation);
    void setUnread(int unread);

    Client::ApiClient *m_client;
    QString m_scope = QStringLiteral("mine");
    bool m_unreadOnly = false;
    QList<QJsonObject> m_items;
    int m_total = -1;
    int m_unread = -1;
    int m_pageSize = 50;
    int m_generation = 0;
    bool m_failed = false;
    bool m_inserting = false;
    bool m_fetchAfterInsert = false;
    QPointer<Client::Reply> m_pending;
};

} // namespace Tollgate::Models
