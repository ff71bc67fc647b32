// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/client/reply.h"

#include "gateway-core/client/apiclient.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Tollgate::Client {

Reply::Reply(ApiClient *client, QByteArray method, QString path, QUrlQuery query, QByteArray body,
             bool authenticated)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_body(std::move(body))
    , m_authenticated(authenticated)
{}

Reply::~Reply()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

qint64 Reply::version() const
{
    QByteArray tag = m_etag;
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    bool ok = false;
    const qint64 v = QByteArray(tag).replace('"', "").toLongLong(&ok);
    return ok ? v : -1;
}

void Reply::abort()
{
    if (m_finished)
        return;
    Error error;
    error.kind = Error::Kind::Network;
    error.message = u"The request was cancelled."_s;
    error.code = u"aborted"_s;
    fail(error);
}

void Reply::complete(int status, const QByteArray &etag, const QByteArray &body)
{
    if (m_finished)
        return;
    m_status = status;
    m_etag = etag;
    if (m_download)
        m_bytes = body;
    else if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        m_document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            Error error;
            error.kind = Error::Kind::Protocol;
            error.status = status;
            error.message = u"The server's answer is not JSON: "_s + parseError.errorString();
            fail(error);
            return;
        }
    }
    m_finished = true;
    m_client->replyDone(this);
    Q_EMIT finished(m_document.object());
    Q_EMIT done();
    deleteLater();
}

void Reply::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_status = error.status;
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
        m_network = nullptr;
    }
    m_client->replyDone(this);
    Q_EMIT failed(m_error);
    Q_EMIT done();
    deleteLater();
}

} // namespace Tollgate::Client
