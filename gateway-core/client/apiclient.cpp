// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/client/apiclient.h"

#include "gateway-core/client/download.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace Tollgate::Client {

namespace {

constexpr int TransferTimeoutMs = 30'000;

QByteArray fingerprint(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Replies are children; make sure none reports back into a half-destroyed client.
    const QList<Reply *> replies = findChildren<Reply *>(Qt::FindDirectChildrenOnly);
    for (Reply *reply : replies) {
        reply->m_finished = true;
        delete reply;
    }
}

void ApiClient::setServer(const QUrl &server)
{
    m_server = server.adjusted(QUrl::StripTrailingSlash);
}

void ApiClient::trustCertificate(const QString &host, const QByteArray &sha256Hex)
{
    const QByteArray fp = sha256Hex.toLower();
    if (!m_trusted.contains(host, fp))
        m_trusted.insert(host, fp);
}

void ApiClient::forgetCertificate(const QString &host, const QByteArray &sha256Hex)
{
    m_trusted.remove(host, sha256Hex.toLower());
}

QStringList ApiClient::roles() const
{
    QStringList out;
    for (const QJsonValue &role : m_user.value("roles"_L1).toArray())
        out.append(role.toString());
    return out;
}

Reply *ApiClient::signIn(const QString &username, const QString &password)
{
    const QJsonObject body{{u"username"_s, username}, {u"password"_s, password}};
    Reply *reply = create("POST", u"/api/v1/auth/login"_s, {}, &body, false);
    connect(reply, &Reply::finished, this, &ApiClient::adoptSession);
    send(reply);
    return reply;
}

Reply *ApiClient::resumeSession(const QByteArray &refreshToken)
{
    const QJsonObject body{{u"refreshToken"_s, QString::fromLatin1(refreshToken)}};
    Reply *reply = create("POST", u"/api/v1/auth/refresh"_s, {}, &body, false);
    connect(reply, &Reply::finished, this, &ApiClient::adoptSession);
    send(reply);
    return reply;
}

Reply *ApiClient::signOut()
{
    const QJsonObject body{{u"refreshToken"_s, QString::fromLatin1(m_refreshToken)}};
    Reply *reply = create("POST", u"/api/v1/auth/logout"_s, {}, &body, true);
    reply->m_retried = true; // a refused sign-out must not start a refresh
    send(reply);
    endSession({});
    return reply;
}

Reply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    Reply *reply = create("GET", path, query, nullptr, true);
    send(reply);
    return reply;
}

Reply *ApiClient::post(const QString &path, const QJsonObject &body)
{
    Reply *reply = create("POST", path, {}, &body, true);
    send(reply);
    return reply;
}

Reply *ApiClient::patch(const QString &path, const QJsonObject &body, qint64 version)
{
    Reply *reply = create("PATCH", path, {}, &body, true);
    reply->m_ifMatch = '"' + QByteArray::number(version) + '"';
    send(reply);
    return reply;
}

Reply *ApiClient::put(const QString &path, const QJsonObject &body, qint64 version)
{
    Reply *reply = create("PUT", path, {}, &body, true);
    if (version >= 0)
        reply->m_ifMatch = '"' + QByteArray::number(version) + '"';
    send(reply);
    return reply;
}

Reply *ApiClient::remove(const QString &path)
{
    Reply *reply = create("DELETE", path, {}, nullptr, true);
    send(reply);
    return reply;
}

Reply *ApiClient::putBytes(const QString &path, const QByteArray &bytes, const QByteArray &contentType,
                           qint64 version)
{
    Reply *reply = create("PUT", path, {}, nullptr, true);
    reply->m_body = bytes;
    reply->m_bodyType = contentType;
    if (version >= 0)
        reply->m_ifMatch = '"' + QByteArray::number(version) + '"';
    send(reply);
    return reply;
}

Reply *ApiClient::download(const QString &path)
{
    const QUrl relative(path);
    Reply *reply = create("GET", relative.path(), QUrlQuery(relative.query()), nullptr, true);
    reply->m_download = true;
    send(reply);
    return reply;
}

QString ApiClient::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

Reply *ApiClient::decideSubscriptions(const QStringList &ids, const QString &action, const QString &reason)
{
    QJsonObject body{{u"ids"_s, QJsonArray::fromStringList(ids)}, {u"action"_s, action}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return post(u"/api/v1/subscriptions/bulk"_s, body);
}

Reply *ApiClient::rotateKey(const QString &id, const QString &gracePeriod)
{
    const QJsonObject body{
        {u"gracePeriod"_s, gracePeriod.isEmpty() ? QJsonValue() : QJsonValue(gracePeriod)}};
    return post(u"/api/v1/keys/"_s + segment(id) + u"/rotate"_s, body);
}

Reply *ApiClient::readiness()
{
    Reply *reply = create("GET", u"/health/readiness"_s, {}, nullptr, false);
    send(reply);
    return reply;
}

Download *ApiClient::downloadToFile(const QString &path, const QUrlQuery &query, const QString &filePath)
{
    auto *download = new Download(this, path, query, filePath);
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    download->start();
    return download;
}

Reply *ApiClient::ssoProviders()
{
    Reply *reply = create("GET", u"/api/v1/auth/sso/providers"_s, {}, nullptr, false);
    send(reply);
    return reply;
}

Reply *ApiClient::signInWithSso(const QString &code, const QByteArray &codeVerifier)
{
    const QJsonObject body{{u"code"_s, code}, {u"code_verifier"_s, QString::fromLatin1(codeVerifier)}};
    Reply *reply = create("POST", u"/api/v1/auth/sso/exchange"_s, {}, &body, false);
    connect(reply, &Reply::finished, this, &ApiClient::adoptSession);
    send(reply);
    return reply;
}

Reply *ApiClient::create(QByteArray method, const QString &path, const QUrlQuery &query,
                         const QJsonObject *body, bool authenticated)
{
    QByteArray bytes;
    if (body)
        bytes = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    auto *reply = new Reply(this, std::move(method), path, query, bytes, authenticated);
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    return reply;
}

void ApiClient::send(Reply *reply)
{
    if (!m_server.isValid() || m_server.host().isEmpty()) {
        Error error;
        error.kind = Error::Kind::Network;
        error.code = u"no_server"_s;
        error.message = u"No server address is set."_s;
        // Report after the caller had a chance to connect to the reply.
        QMetaObject::invokeMethod(
            reply, [reply, error] { reply->fail(error); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_server;
    // Tolerant: a path segment may carry a percent-encoded '/' (see segment()).
    url.setPath(m_server.path() + reply->m_path, QUrl::TolerantMode);
    if (!reply->m_query.isEmpty())
        url.setQuery(reply->m_query);
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setRawHeader("accept", reply->m_download ? "*/*" : "application/json");
    if (!reply->m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          reply->m_bodyType.isEmpty() ? "application/json"_ba : reply->m_bodyType);
    if (reply->m_authenticated && !m_accessToken.isEmpty())
        request.setRawHeader("authorization", "Bearer " + m_accessToken);
    if (!reply->m_ifMatch.isEmpty())
        request.setRawHeader("if-match", reply->m_ifMatch);

    QNetworkReply *network = nullptr;
    if (reply->m_method == "GET")
        network = m_network->get(request);
    else if (reply->m_method == "POST")
        network = m_network->post(request, reply->m_body);
    else
        network = m_network->sendCustomRequest(request, reply->m_method, reply->m_body);
    reply->m_network = network;
    reply->m_tls = {};
    connect(network, &QNetworkReply::sslErrors, reply,
            [this, reply, network](const QList<QSslError> &errors) { sslErrors(reply, network, errors); });
    connect(network, &QNetworkReply::finished, reply,
            [this, reply, network] { networkFinished(reply, network); });
}

void ApiClient::sslErrors(Reply *reply, QNetworkReply *network, const QList<QSslError> &errors)
{
    const QSslCertificate certificate = network->sslConfiguration().peerCertificate();
    const QByteArray fp = fingerprint(certificate);
    const QString host = network->url().host();
    if (!fp.isEmpty() && m_trusted.contains(host, fp)) {
        network->ignoreSslErrors(errors);
        return;
    }
    Error error;
    error.kind = Error::Kind::Tls;
    error.host = host;
    error.certificateSha256 = fp;
    for (const QSslError &e : errors)
        error.tlsProblems.append(e.errorString());
    error.message = u"The server's certificate is not trusted."_s;
    reply->m_tls = error;
}

void ApiClient::networkFinished(Reply *reply, QNetworkReply *network)
{
    network->deleteLater();
    if (reply->m_network == network)
        reply->m_network = nullptr;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = network->readAll();
    if (status == 0) {
        if (reply->m_tls.isError()) {
            reply->fail(reply->m_tls);
            return;
        }
        Error error;
        error.kind = Error::Kind::Network;
        error.message = network->errorString();
        switch (network->error()) {
        case QNetworkReply::ConnectionRefusedError:
            error.code = u"connection_refused"_s;
            break;
        case QNetworkReply::HostNotFoundError:
            error.code = u"host_not_found"_s;
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout lands here
            error.code = u"timeout"_s;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = Error::Kind::Tls;
            error.code = u"tls_handshake"_s;
            break;
        default:
            error.code = u"network"_s;
            break;
        }
        reply->fail(error);
        return;
    }
    if (status == 401 && reply->m_authenticated && !reply->m_retried && !m_refreshToken.isEmpty()) {
        reply->m_retried = true;
        m_waitingForRefresh.append(reply);
        refreshSession();
        return;
    }
    if (status >= 200 && status < 300) {
        reply->m_contentType = network->rawHeader("content-type");
        reply->complete(status, network->rawHeader("etag"), body);
        return;
    }
    Error error = Error::fromHttp(status, body);
    error.retryAfterSeconds = network->rawHeader("retry-after").toInt();
    if (error.message.isEmpty())
        error.message = network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status == 401 && reply->m_authenticated && reply->m_path != u"/api/v1/auth/logout"_s) {
        // Refused even after a refresh (or nothing to refresh with): the session is over.
        error.kind = Error::Kind::SessionExpired;
        reply->fail(error);
        if (isSignedIn())
            endSession(error);
        return;
    }
    reply->fail(error);
}

void ApiClient::refreshSession()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    // Taken before create(): whoever watches inFlightChanged may sign out right there.
    const int session = m_session;
    const QJsonObject body{{u"refreshToken"_s, QString::fromLatin1(m_refreshToken)}};
    Reply *refresh = create("POST", u"/api/v1/auth/refresh"_s, {}, &body, false);
    connect(refresh, &Reply::finished, this, [this, session](const QJsonObject &tokens) {
        m_refreshing = false;
        if (session != m_session) {
            // Signed out while the refresh was on its way: do not sign back in.
            Error error;
            error.kind = Error::Kind::SessionExpired;
            error.message = u"Signed out."_s;
            const QList<QPointer<Reply>> waiting = std::exchange(m_waitingForRefresh, {});
            for (const QPointer<Reply> &reply : waiting) {
                if (reply)
                    reply->fail(error);
            }
            return;
        }
        adoptSession(tokens);
        const QList<QPointer<Reply>> waiting = std::exchange(m_waitingForRefresh, {});
        for (const QPointer<Reply> &reply : waiting) {
            if (reply && !reply->isFinished())
                send(reply);
        }
    });
    connect(refresh, &Reply::failed, this, [this, session](const Error &cause) {
        m_refreshing = false;
        Error error = cause;
        if (cause.kind == Error::Kind::Http && (cause.status == 401 || cause.status == 400))
            error.kind = Error::Kind::SessionExpired;
        const QList<QPointer<Reply>> waiting = std::exchange(m_waitingForRefresh, {});
        for (const QPointer<Reply> &reply : waiting) {
            if (reply)
                reply->fail(error);
        }
        if (error.kind == Error::Kind::SessionExpired && session == m_session)
            endSession(error);
    });
    if (session != m_session) {
        Error error;
        error.kind = Error::Kind::SessionExpired;
        error.message = u"Signed out."_s;
        QMetaObject::invokeMethod(
            refresh, [refresh, error] { refresh->fail(error); }, Qt::QueuedConnection);
        return;
    }
    send(refresh);
}

void ApiClient::adoptSession(const QJsonObject &tokens)
{
    const bool wasSignedIn = isSignedIn();
    m_accessToken = tokens.value("accessToken"_L1).toString().toLatin1();
    m_refreshToken = tokens.value("refreshToken"_L1).toString().toLatin1();
    if (tokens.value("user"_L1).isObject())
        m_user = tokens.value("user"_L1).toObject();
    Q_EMIT refreshTokenChanged(m_refreshToken);
    if (!wasSignedIn)
        Q_EMIT signedIn(m_user);
}

void ApiClient::endSession(const Error &error)
{
    ++m_session;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_user = {};
    Q_EMIT refreshTokenChanged({});
    Q_EMIT signedOut(error);
}

void ApiClient::replyDone(Reply *reply)
{
    m_waitingForRefresh.removeAll(reply);
    --m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    if (reply->hasFailed())
        Q_EMIT requestFailed(reply->error());
}

// Notifications feed and webhook deliveries of alerts.

Reply *ApiClient::notifications(const QString &scope, bool unreadOnly, int limit, int offset)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("scope"), scope);
    if (unreadOnly)
        query.addQueryItem(QStringLiteral("unread"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return get(QStringLiteral("/api/v1/notifications"), query);
}

Reply *ApiClient::markNotificationRead(const QString &id)
{
    return post(
        QStringLiteral("/api/v1/notifications/%1/read").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
        {});
}

Reply *ApiClient::markAllNotificationsRead(const QString &scope)
{
    const QJsonObject body;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("scope"), scope);
    Reply *reply = create("POST", QStringLiteral("/api/v1/notifications/read-all"), query, &body, true);
    send(reply);
    return reply;
}

Reply *ApiClient::alertDeliveries(int limit, int offset)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return get(QStringLiteral("/api/v1/alerts/deliveries"), query);
}

Reply *ApiClient::sendTestAlert()
{
    return post(QStringLiteral("/api/v1/alerts/test"), {});
}

} // namespace Tollgate::Client
