// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogmodels.h"

#include "gateway-core/client/apiclient.h"
#include "gateway-core/client/types.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

ModelsModel::ModelsModel(Client::ApiClient *client, QObject *parent)
    : PagedListModel(client, parent)
{}

void ModelsModel::setSearch(const QString &search)
{
    QUrlQuery query;
    query.addQueryItem(u"sort"_s, u"id"_s);
    if (!search.isEmpty())
        query.addQueryItem(u"search"_s, search);
    setSource(u"/api/v1/models"_s, query);
}

QString ModelsModel::price(const QJsonValue &value)
{
    const std::optional<double> v = Client::moneyValue(value);
    if (!v)
        return {};
    const QString text = value.toString();
    const qsizetype dot = text.indexOf(u'.');
    const int decimals = dot < 0 ? 2 : qBound(2, int(text.size() - dot - 1), 6);
    return QLocale().toString(*v, 'f', decimals);
}

int ModelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelsModel::data(const QModelIndex &index, int role) const
{
    if (role == IdRole || role == ObjectRole)
        return commonData(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = object(index.row());
    QStringList capabilities;
    for (const QJsonValue &c : o.value("capabilities"_L1).toArray())
        capabilities.append(c.toString());
    if (role == CapabilitiesRole)
        return capabilities;
    const auto column = Column(index.column());
    if (role == Qt::CheckStateRole) {
        if (column == RestrictedColumn)
            return o.value("restricted"_L1).toBool() ? Qt::Checked : Qt::Unchecked;
        if (column == EnabledColumn)
            return o.value("enabled"_L1).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == InputPriceColumn || column == OutputPriceColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == NameColumn)
        return o.value("description"_L1).toString();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case IdColumn:
        return o.value("id"_L1).toString();
    case NameColumn:
        return o.value("displayName"_L1).toString();
    case CapabilitiesColumn:
        return capabilities.join(u", "_s);
    case InputPriceColumn:
        return price(o.value("inputPrice"_L1));
    case OutputPriceColumn:
        return price(o.value("outputPrice"_L1));
    case RestrictedColumn:
        return o.value("restricted"_L1).toBool() ? tr("Restricted") : tr("Open");
    case EnabledColumn:
        return o.value("enabled"_L1).toBool() ? tr("Enabled") : tr("Disabled");
    case DeploymentsColumn:
        return QLocale().toString(o.value("deployments"_L1).toArray().size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ModelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedListModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Model");
    case NameColumn:
        return tr("Name");
    case CapabilitiesColumn:
        return tr("Capabilities");
    case InputPriceColumn:
        return tr("Input / 1M");
    case OutputPriceColumn:
        return tr("Output / 1M");
    case RestrictedColumn:
        return tr("Access");
    case EnabledColumn:
        return tr("State");
    case DeploymentsColumn:
        return tr("Deployments");
    case ColumnCount:
        break;
    }
    return {};
}

DeploymentsModel::DeploymentsModel(Client::ApiClient *client, QObject *parent)
    : PagedListModel(client, parent)
{}

void DeploymentsModel::setModelId(const QString &modelId)
{
    m_modelId = modelId;
    setSource(modelId.isEmpty()
                  ? QString()
                  : u"/api/v1/models/"_s + Client::ApiClient::segment(modelId) + u"/deployments"_s,
              {});
}

int DeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (role == IdRole || role == ObjectRole)
        return commonData(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = object(index.row());
    const auto column = Column(index.column());
    if (role == Qt::CheckStateRole && column == EnabledColumn)
        return o.value("enabled"_L1).toBool() ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case BaseUrlColumn:
        return o.value("baseUrl"_L1).toString();
    case ServedNameColumn:
        return o.value("servedName"_L1).toString();
    case WeightColumn:
        return o.value("weight"_L1).toInt();
    case EnabledColumn:
        return o.value("enabled"_L1).toBool() ? tr("Enabled") : tr("Disabled");
    case ApiKeyColumn:
        return o.value("hasApiKey"_L1).toBool() ? tr("stored") : tr("none");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedListModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BaseUrlColumn:
        return tr("Base URL");
    case ServedNameColumn:
        return tr("Served name");
    case WeightColumn:
        return tr("Weight");
    case EnabledColumn:
        return tr("State");
    case ApiKeyColumn:
        return tr("API key");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tollgate::Models
