// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Tollgate::Client {

class ApiClient;
class Reply;

/// Follows a long server operation (a backup, a test-restore, a restore) by polling
/// GET /api/v1/operations/{id} until it succeeded or failed. One poll at a time.
class OperationPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationPoller)

public:
    OperationPoller(ApiClient *client, QString operationId, QObject *parent = nullptr);

    QString operationId() const { return m_id; }
    /// The operation as last answered.
    QJsonObject operation() const { return m_operation; }
    void setInterval(int ms);
    /// Starts polling; the first poll goes out at once.
    void start();
    /// Stops polling (the operation itself goes on at the server).
    void stop();

Q_SIGNALS:
    void progressed(int percent, const QString &phase);
    /// state "succeeded": @p result is the operation's result.
    void succeeded(const QJsonObject &result);
    /// state "failed" (the server's error) or the poll itself failed.
    void failed(const Tollgate::Client::Error &error);

private:
    void poll();

    ApiClient *m_client;
    QString m_id;
    QTimer *m_timer;
    QPointer<Reply> m_pending;
    QJsonObject m_operation;
    bool m_stopped = false;
};

} // namespace Tollgate::Client
