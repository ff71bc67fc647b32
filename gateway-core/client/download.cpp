// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/client/download.h"

#include "gateway-core/client/apiclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace Tollgate::Client {

namespace {
constexpr int TransferTimeoutMs = 60'000;
constexpr qsizetype MaxErrorBody = 64 * 1024;
} // namespace

Download::Download(ApiClient *client, QString path, QUrlQuery query, QString filePath)
    : QObject(client)
    , m_client(client)
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_filePath(std::move(filePath))
{}

Download::~Download()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

void Download::start()
{
    const QUrl server = m_client->server();
    if (!server.isValid() || server.host().isEmpty()) {
        Error error;
        error.kind = Error::Kind::Network;
        error.code = u"no_server"_s;
        error.message = u"No server address is set."_s;
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    m_file = std::make_unique<QSaveFile>(m_filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        Error error;
        error.kind = Error::Kind::Network;
        error.code = u"file"_s;
        error.message = m_file->errorString();
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    m_bytes = 0;
    m_lines = 0;
    m_status = 0;
    m_errorBody.clear();
    m_tls = {};
    QUrl url = server;
    url.setPath(server.path() + m_path);
    if (!m_query.isEmpty())
        url.setQuery(m_query);
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    if (!m_client->m_accessToken.isEmpty())
        request.setRawHeader("authorization", "Bearer " + m_client->m_accessToken);
    QNetworkReply *network = m_client->m_network->get(request);
    m_network = network;
    connect(network, &QNetworkReply::sslErrors, this, [this, network](const QList<QSslError> &errors) {
        const QSslCertificate certificate = network->sslConfiguration().peerCertificate();
        const QByteArray fp = certificate.digest(QCryptographicHash::Sha256).toHex();
        const QString host = network->url().host();
        if (!certificate.isNull() && m_client->trustedCertificates(host).contains(fp)) {
            network->ignoreSslErrors(errors);
            return;
        }
        m_tls.kind = Error::Kind::Tls;
        m_tls.host = host;
        m_tls.certificateSha256 = fp;
        for (const QSslError &e : errors)
            m_tls.tlsProblems.append(e.errorString());
        m_tls.message = u"The server's certificate is not trusted."_s;
    });
    connect(network, &QNetworkReply::readyRead, this, &Download::readAvailable);
    connect(network, &QNetworkReply::downloadProgress, this, [this](qint64, qint64 total) {
        if (m_status >= 200 && m_status < 300)
            Q_EMIT progress(m_bytes, total);
    });
    connect(network, &QNetworkReply::finished, this, &Download::networkFinished);
}

void Download::readAvailable()
{
    if (!m_network || m_finished)
        return;
    if (m_status == 0)
        m_status = m_network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray piece = m_network->readAll();
    if (m_status < 200 || m_status >= 300) {
        if (m_errorBody.size() < MaxErrorBody)
            m_errorBody += piece.left(MaxErrorBody - m_errorBody.size());
        return;
    }
    if (m_file->write(piece) != piece.size()) {
        Error error;
        error.kind = Error::Kind::Network;
        error.code = u"file"_s;
        error.message = m_file->errorString();
        fail(error);
        return;
    }
    m_bytes += piece.size();
    m_lines += piece.count('\n');
}

void Download::networkFinished()
{
    QNetworkReply *network = m_network;
    if (!network || m_finished)
        return;
    readAvailable();
    if (m_finished)
        return;
    network->deleteLater();
    m_network = nullptr;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        Error error = m_tls;
        if (!error.isError()) {
            error.kind = Error::Kind::Network;
            error.message = network->errorString();
            error.code = network->error() == QNetworkReply::ConnectionRefusedError   ? u"connection_refused"_s
                         : network->error() == QNetworkReply::OperationCanceledError ? u"timeout"_s
                                                                                     : u"network"_s;
        }
        fail(error);
        return;
    }
    if (status == 401 && !m_retried && !m_client->refreshToken().isEmpty()) {
        // A cheap authenticated call renews the session through the client's one refresh path;
        // then the transfer starts over with the new access token.
        m_retried = true;
        m_file->cancelWriting();
        m_file.reset();
        Reply *renew = m_client->me();
        connect(renew, &Reply::finished, this, [this] { start(); });
        connect(renew, &Reply::failed, this, [this](const Error &error) { fail(error); });
        return;
    }
    if (status < 200 || status >= 300) {
        Error error = Error::fromHttp(status, m_errorBody);
        if (error.message.isEmpty())
            error.message = network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (status == 401)
            error.kind = Error::Kind::SessionExpired;
        fail(error);
        return;
    }
    if (!m_file->commit()) {
        Error error;
        error.kind = Error::Kind::Network;
        error.code = u"file"_s;
        error.message = m_file->errorString();
        fail(error);
        return;
    }
    m_finished = true;
    Q_EMIT progress(m_bytes, m_bytes);
    Q_EMIT finished(m_filePath);
    end();
}

void Download::abort()
{
    if (m_finished)
        return;
    Error error;
    error.kind = Error::Kind::Network;
    error.code = u"aborted"_s;
    error.message = u"The download was cancelled."_s;
    fail(error);
}

void Download::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
        m_network = nullptr;
    }
    if (m_file)
        m_file->cancelWriting();
    Q_EMIT failed(error);
    end();
}

void Download::end()
{
    --m_client->m_inFlight;
    Q_EMIT m_client->inFlightChanged(m_client->m_inFlight);
    Q_EMIT done();
    deleteLater();
}

} // namespace Tollgate::Client
