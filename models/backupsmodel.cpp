// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backupsmodel.h"

#include "gateway-core/client/apiclient.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tollgate::Models {

Backup Backup::fromJson(const QJsonObject &o)
{
    Backup b;
    b.id = o.value("id"_L1).toString();
    b.kind = o.value("kind"_L1).toString();
    b.file = o.value("file"_L1).toString();
    b.size = o.value("size"_L1).toInteger();
    b.sha256 = o.value("sha256"_L1).toString();
    b.schemaVersion = o.value("schemaVersion"_L1).toInt();
    b.rowCounts = o.value("rowCounts"_L1).toObject();
    b.createdAt = QDateTime::fromString(o.value("createdAt"_L1).toString(), Qt::ISODateWithMs);
    b.createdBy = o.value("createdBy"_L1).toString();
    return b;
}

BackupsModel::BackupsModel(Client::ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

void BackupsModel::reload()
{
    if (m_pending)
        m_pending->abort();
    Client::Reply *reply = m_client->get(u"/api/v1/backups"_s);
    m_pending = reply;
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &page) {
        beginResetModel();
        m_backups.clear();
        for (const QJsonValue &item : page.value("items"_L1).toArray())
            m_backups.append(Backup::fromJson(item.toObject()));
        m_loaded = true;
        endResetModel();
        Q_EMIT loaded();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        if (error.code != u"aborted"_s)
            Q_EMIT loadFailed(error);
    });
    connect(reply, &Client::Reply::done, this, [this] { Q_EMIT loadingChanged(false); });
    Q_EMIT loadingChanged(true);
}

bool BackupsModel::isLoading() const
{
    return m_pending && !m_pending->isFinished();
}

int BackupsModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_backups.size(); ++i) {
        if (m_backups.at(i).id == id)
            return int(i);
    }
    return -1;
}

void BackupsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_backups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_backups.size()) - 1, ColumnCount - 1));
}

int BackupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Backup &b = m_backups.at(index.row());
    if (role == IdRole)
        return b.id;
    if (role == Qt::ToolTipRole && index.column() == SizeColumn)
        return u"SHA-256 "_s + b.sha256;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case CreatedColumn:
        return locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat);
    case IdColumn:
        return b.id;
    case SizeColumn:
        return locale.formattedDataSize(b.size);
    case KindColumn:
        return b.kind == u"postgres"_s ? tr("PostgreSQL") : tr("SQLite");
    case CreatedByColumn:
        return b.createdBy;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BackupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CreatedColumn:
        return tr("Created");
    case IdColumn:
        return tr("Backup");
    case SizeColumn:
        return tr("Size");
    case KindColumn:
        return tr("Database");
    case CreatedByColumn:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tollgate::Models
