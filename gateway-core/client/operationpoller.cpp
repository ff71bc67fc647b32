// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/client/operationpoller.h"

#include "gateway-core/client/apiclient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tollgate::Client {

OperationPoller::OperationPoller(ApiClient *client, QString operationId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(std::move(operationId))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &OperationPoller::poll);
}

void OperationPoller::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void OperationPoller::start()
{
    m_stopped = false;
    poll();
}

void OperationPoller::stop()
{
    m_stopped = true;
    m_timer->stop();
    if (m_pending)
        m_pending->abort();
}

void OperationPoller::poll()
{
    if (m_stopped || m_pending)
        return;
    Reply *reply = m_client->operation(m_id);
    m_pending = reply;
    connect(reply, &Reply::finished, this, [this](const QJsonObject &operation) {
        if (m_stopped)
            return;
        m_operation = operation;
        const QString state = operation.value("state"_L1).toString();
        Q_EMIT progressed(operation.value("percent"_L1).toInt(), operation.value("phase"_L1).toString());
        if (state == u"succeeded"_s) {
            m_stopped = true;
            Q_EMIT succeeded(operation.value("result"_L1).toObject());
        } else if (state == u"failed"_s) {
            m_stopped = true;
            Error error;
            error.kind = Error::Kind::Http;
            error.status = 500;
            error.code = u"operation_failed"_s;
            error.message = operation.value("error"_L1).toString();
            Q_EMIT failed(error);
        } else {
            m_timer->start();
        }
    });
    connect(reply, &Reply::failed, this, [this](const Error &error) {
        if (m_stopped)
            return;
        m_stopped = true;
        Q_EMIT failed(error);
    });
}

} // namespace Tollgate::Client
