// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedlistmodel.h"

namespace Tollgate::Models {

/// Subscriptions: the approval queue (GET /api/v1/subscriptions/pending, oldest first) or all
/// of them (GET /api/v1/subscriptions, newest first), paged.
class SubscriptionsModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsModel)

public:
    enum Column {
        UserColumn,
        ModelColumn,
        StatusColumn,
        RequestedColumn,
        ChangedColumn,
        ReasonColumn,
        ColumnCount
    };
    enum SubscriptionRole {
        StatusRole = ObjectRole + 1, ///< "pending", "active"…
        VersionRole,
    };

    explicit SubscriptionsModel(Client::ApiClient *client, QObject *parent = nullptr);
    /// true: the pending queue; false: every subscription.
    void setPendingOnly(bool pendingOnly);
    bool isPendingOnly() const { return m_pendingOnly; }
    /// A status word in the user's language.
    static QString statusText(const QString &status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool m_pendingOnly = true;
};

} // namespace Tollgate::Models
