// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QNetworkReply;

namespace Tollgate::Client {

class ApiClient;

/// One control-plane call: emits finished() or failed(), then done(), exactly once, and deletes
/// itself afterwards. Connect with a context object so a closed page never receives an answer.
class Reply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reply)

public:
    ~Reply() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }
    bool hasFailed() const { return m_error.isError(); }
    const Error &error() const { return m_error; }
    int status() const { return m_status; }
    /// The answer's JSON body (an empty object for 204 or a failure).
    QJsonObject object() const { return m_document.object(); }
    QJsonDocument document() const { return m_document; }
    /// The ETag's version (ETag: "3" → 3), -1 without one.
    qint64 version() const;
    /// The raw body of a download (ApiClient::download()); empty for JSON calls.
    QByteArray bytes() const { return m_bytes; }
    /// The Content-Type the server answered a download with.
    QByteArray contentType() const { return m_contentType; }

    /// Gives up: the reply fails with Kind::Network ("aborted") unless it already finished.
    void abort();

Q_SIGNALS:
    /// The call succeeded (2xx); @p object is the JSON body.
    void finished(const QJsonObject &object);
    /// The call failed; @p error says why.
    void failed(const Tollgate::Client::Error &error);
    /// After finished() or failed().
    void done();

private:
    friend class ApiClient;
    Reply(ApiClient *client, QByteArray method, QString path, QUrlQuery query, QByteArray body,
          bool authenticated);
    void complete(int status, const QByteArray &etag, const QByteArray &body);
    void fail(const Error &error);

    ApiClient *m_client;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_ifMatch;
    QByteArray m_bodyType;    ///< Content-Type of a raw body; JSON when empty
    bool m_download = false;  ///< keep the answer as bytes instead of parsing JSON
    QByteArray m_bytes;
    QByteArray m_contentType;
    bool m_authenticated;
    bool m_retried = false; ///< already re-sent once after refreshing the session
    bool m_finished = false;
    QPointer<QNetworkReply> m_network;
    Error m_error;
    Error m_tls; ///< set while the TLS layer rejects the peer, so the failure can say why
    int m_status = 0;
    QByteArray m_etag;
    QJsonDocument m_document;
};

} // namespace Tollgate::Client
