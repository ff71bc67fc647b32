// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

namespace Tollgate::Client {
class ApiClient;
class Reply;
} // namespace Tollgate::Client

namespace Tollgate::Models {

/// The rows of one paged /api/v1 list ({"items","total"} with limit/offset), fetched page by page
/// as a view scrolls (canFetchMore / fetchMore). Rows are the server's JSON objects, keyed by
/// their "id"; subclasses say which columns show what.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ObjectRole, ///< the row's whole JSON object
    };

    /// The list's path (e.g. /api/v1/keys) and its filters (limit and offset are set here);
    /// drops the rows and loads the first page.
    void setSource(const QString &path, const QUrlQuery &filters);
    QString path() const { return m_path; }
    QUrlQuery filters() const { return m_filters; }
    /// Loads again from the first page with the same path and filters.
    void reload();
    /// Rows per request (1..500).
    void setPageSize(int size);

    /// Rows the server reports for the filters; -1 before the first page arrived.
    int totalCount() const { return m_total; }
    bool isLoading() const;
    QJsonObject object(int row) const { return m_rows.value(row); }
    /// The row of @p id among the loaded rows, -1 if not loaded.
    int rowOf(const QString &id) const;
    /// Puts an object the server answered (after a change) in place of its loaded row.
    void updateObject(const QJsonObject &object);
    /// Drops the loaded row of @p id (it left the list, e.g. approved out of the queue).
    void removeObject(const QString &id);
    /// The language changed: views ask again for the headers and the rows' texts.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(int total);
    void loadFailed(const Tollgate::Client::Error &error);

protected:
    PagedListModel(Client::ApiClient *client, QObject *parent);
    /// Common roles (IdRole, ObjectRole); invalid for others.
    QVariant commonData(const QModelIndex &index, int role) const;
    Client::ApiClient *client() const { return m_client; }
    /// Sets the path and filters without loading (the next reload() loads).
    void prepareSource(const QString &path, const QUrlQuery &filters);
    /// Changes every loaded row with @p change and signals them changed at once.
    void changeAllObjects(const std::function<void(QJsonObject &)> &change);
    /// A page's rows were added (after the model's own signals).
    virtual void rowsArrived(int first, int last)
    {
        Q_UNUSED(first)
        Q_UNUSED(last)
    }
    /// A page's envelope arrived (after totalCountChanged), for fields besides items and total.
    virtual void envelopeArrived(const QJsonObject &page) { Q_UNUSED(page) }

private:
    void requestPage();
    void pageArrived(const QJsonObject &page, int generation);

    Client::ApiClient *m_client;
    QString m_path;
    QUrlQuery m_filters;
    QList<QJsonObject> m_rows;
    int m_total = -1;
    int m_pageSize = 100;
    int m_generation = 0;
    bool m_failed = false;
    bool m_inserting = false;
    bool m_fetchAfterInsert = false;
    QPointer<Client::Reply> m_pending;
};

} // namespace Tollgate::Models
