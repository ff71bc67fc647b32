// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedlistmodel.h"

namespace Tollgate::Models {

/// The alerts of GET /api/v1/notifications (newest first), fetched page by page as a view
/// scrolls (canFetchMore / fetchMore). The envelope's unread count is kept as unreadCount().
class NotificationsModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsModel)

public:
    enum Column { TypeColumn, SubjectColumn, TimeColumn, ReadColumn, ColumnCount };
    enum NotificationRole {
        TypeRole = ObjectRole + 1, ///< the API's type, e.g. soft_budget_crossed
        ReadRole, ///< bool
    };

    explicit NotificationsModel(Client::ApiClient *client, QObject *parent = nullptr);

    /// "mine" or "all"; drops the rows and loads the first page.
    void setScope(const QString &scope);
    QString scope() const { return m_scope; }
    void setUnreadOnly(bool unreadOnly);
    bool unreadOnly() const { return m_unreadOnly; }
    /// Unread notifications in the scope as the last page said; -1 before the first page.
    int unreadCount() const { return m_unread; }
    QJsonObject notification(int row) const { return object(row); }
    /// Shows a loaded notification read (after the server agreed); adjusts unreadCount().
    void setRead(const QString &id);
    /// Shows every loaded notification read and the unread count 0.
    void setAllRead();

    /// A translated name of an alert type ("Soft budget crossed"); the raw type when unknown.
    static QString typeText(const QString &type);
    /// "key laptop (alice)" for a notification's subject.
    static QString subjectText(const QJsonObject &notification);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unreadCountChanged(int unread);

protected:
    void envelopeArrived(const QJsonObject &page) override;

private:
    void applyFilters(bool load);
    void setUnread(int unread);

    QString m_scope = QStringLiteral("mine");
    bool m_unreadOnly = false;
    int m_unread = -1;
};

} // namespace Tollgate::Models
