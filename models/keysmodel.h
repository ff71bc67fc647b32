// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedlistmodel.h"

#include <QHash>
#include <QSet>

namespace Tollgate::Models {

/// Every API key (GET /api/v1/keys, paged, newest first) with its state, expiry, spend and last
/// use. Owners are shown by username, looked up once per owner.
class KeysModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysModel)

public:
    enum Column {
        NameColumn,
        OwnerColumn,
        PrefixColumn,
        StateColumn,
        ModelsColumn,
        SpendColumn,
        ExpiresColumn,
        LastUsedColumn,
        ColumnCount
    };
    enum KeyRole {
        StateRole = ObjectRole + 1, ///< "active", "expired", "revoked", "blocked"
        OwnerIdRole,
    };

    explicit KeysModel(Client::ApiClient *client, QObject *parent = nullptr);
    /// Server-side filters: text in name, alias or prefix; @p state empty for every state.
    void setFilter(const QString &search, const QString &state);
    /// The owner's username once known, else the user id.
    QString ownerName(const QString &userId) const { return m_owners.value(userId, userId); }
    static QString stateText(const QString &state);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rowsArrived(int first, int last) override;

private:
    void ownerArrived(const QString &userId, const QString &username);

    QHash<QString, QString> m_owners;
    QSet<QString> m_asked;
};

} // namespace Tollgate::Models
