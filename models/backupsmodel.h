// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace Tollgate::Client {
class ApiClient;
class Reply;
} // namespace Tollgate::Client

namespace Tollgate::Models {

/// One backup's manifest as GET /api/v1/backups lists it.
struct Backup
{
    QString id;
    QString kind; ///< sqlite or postgres
    QString file;
    qint64 size = 0;
    QString sha256;
    int schemaVersion = 0;
    QJsonObject rowCounts;
    QDateTime createdAt;
    QString createdBy;

    static Backup fromJson(const QJsonObject &object);
};

/// The server's backups, newest first (the list is short: no paging).
class BackupsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsModel)

public:
    enum Column { CreatedColumn, IdColumn, SizeColumn, KindColumn, CreatedByColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit BackupsModel(Client::ApiClient *client, QObject *parent = nullptr);

    void reload();
    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }
    Backup backup(int row) const { return m_backups.value(row); }
    int rowOf(const QString &id) const;
    /// The language changed: views ask again for the headers and the rows' texts.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const Tollgate::Client::Error &error);

private:
    Client::ApiClient *m_client;
    QList<Backup> m_backups;
    QPointer<Client::Reply> m_pending;
    bool m_loaded = false;
};

} // namespace Tollgate::Models
