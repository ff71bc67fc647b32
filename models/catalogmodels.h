// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/pagedlistmodel.h"

namespace Tollgate::Models {

/// The model catalogue of GET /api/v1/models (paged): id, name, capabilities, prices per 1M
/// tokens, restricted and enabled.
class ModelsModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        CapabilitiesColumn,
        InputPriceColumn,
        OutputPriceColumn,
        RestrictedColumn,
        EnabledColumn,
        DeploymentsColumn,
        ColumnCount
    };
    enum ModelRole {
        CapabilitiesRole = ObjectRole + 1, ///< QStringList
    };

    explicit ModelsModel(Client::ApiClient *client, QObject *parent = nullptr);
    /// Loads the models whose id, name or description contains @p search.
    void setSearch(const QString &search);

    /// "0.5" → "0.50" in the user's locale (at least two decimals, as many as the server gave).
    static QString price(const QJsonValue &value);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

/// The deployments of one model (GET /api/v1/models/{id}/deployments).
class DeploymentsModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentsModel)

public:
    enum Column { BaseUrlColumn, ServedNameColumn, WeightColumn, EnabledColumn, ApiKeyColumn, ColumnCount };

    explicit DeploymentsModel(Client::ApiClient *client, QObject *parent = nullptr);
    /// Shows the deployments of @p modelId (none for an empty id).
    void setModelId(const QString &modelId);
    QString modelId() const { return m_modelId; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_modelId;
};

} // namespace Tollgate::Models
