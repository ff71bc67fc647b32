// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/keysmodel.h"

#include "gateway-core/client/apiclient.h"
#include "gateway-core/client/types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

namespace {

QString shortTime(const QJsonValue &value, const QString &none)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : none;
}

} // namespace

KeysModel::KeysModel(Client::ApiClient *client, QObject *parent)
    : PagedListModel(client, parent)
{}

void KeysModel::setFilter(const QString &search, const QString &state)
{
    QUrlQuery query;
    query.addQueryItem(u"sort"_s, u"-createdAt"_s);
    if (!search.isEmpty())
        query.addQueryItem(u"search"_s, search);
    if (!state.isEmpty())
        query.addQueryItem(u"state"_s, state);
    setSource(u"/api/v1/keys"_s, query);
}

QString KeysModel::stateText(const QString &state)
{
    if (state == u"active"_s)
        return tr("Active");
    if (state == u"expired"_s)
        return tr("Expired");
    if (state == u"revoked"_s)
        return tr("Revoked");
    if (state == u"blocked"_s)
        return tr("Blocked");
    return state;
}

void KeysModel::rowsArrived(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString userId = object(row).value("userId"_L1).toString();
        if (userId.isEmpty() || m_asked.contains(userId))
            continue;
        m_asked.insert(userId);
        Client::Reply *reply = client()->user(userId);
        connect(reply, &Client::Reply::finished, this, [this, userId](const QJsonObject &user) {
            ownerArrived(userId, user.value("username"_L1).toString());
        });
    }
}

void KeysModel::ownerArrived(const QString &userId, const QString &username)
{
    if (username.isEmpty())
        return;
    m_owners.insert(userId, username);
    for (int row = 0; row < rowCount(); ++row) {
        if (object(row).value("userId"_L1).toString() == userId)
            Q_EMIT dataChanged(index(row, OwnerColumn), index(row, OwnerColumn));
    }
}

int KeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeysModel::data(const QModelIndex &index, int role) const
{
    if (role == IdRole || role == ObjectRole)
        return commonData(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = object(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case StateRole:
        return o.value("state"_L1).toString();
    case OwnerIdRole:
        return o.value("userId"_L1).toString();
    case Qt::TextAlignmentRole:
        if (column == SpendColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == ExpiresColumn && !o.value("previousSecretValidUntil"_L1).isNull())
            return tr("The previous secret works until %1.")
                .arg(shortTime(o.value("previousSecretValidUntil"_L1), QString()));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return o.value("name"_L1).toString();
    case OwnerColumn:
        return ownerName(o.value("userId"_L1).toString());
    case PrefixColumn:
        return o.value("prefix"_L1).toString(); // "sk-tg-abc…xyz", shortened by the server
    case StateColumn:
        return stateText(o.value("state"_L1).toString());
    case ModelsColumn: {
        QStringList models;
        for (const QJsonValue &m : o.value("models"_L1).toArray())
            models.append(m.toString());
        return models.isEmpty() ? tr("all subscribed") : models.join(u", "_s);
    }
    case SpendColumn: {
        const double spend = Client::moneyValue(o.value("spend"_L1)).value_or(0);
        const std::optional<double> budget = Client::moneyValue(o.value("maxBudget"_L1));
        if (!budget)
            return locale.toString(spend, 'f', 2);
        return tr("%1 of %2").arg(locale.toString(spend, 'f', 2), locale.toString(*budget, 'f', 2));
    }
    case ExpiresColumn:
        return shortTime(o.value("expiresAt"_L1), tr("never"));
    case LastUsedColumn:
        return shortTime(o.value("lastUsedAt"_L1), tr("never"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant KeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedListModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Owner");
    case PrefixColumn:
        return tr("Key");
    case StateColumn:
        return tr("State");
    case ModelsColumn:
        return tr("Models");
    case SpendColumn:
        return tr("Spend / budget");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tollgate::Models
