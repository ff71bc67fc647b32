// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ssosignin.h"

#include "gateway-core/auth/oidc.h"
#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"

#include <QDesktopServices>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
constexpr int SignInTimeoutMs = 5 * 60 * 1000; // the person's time at the provider
constexpr qsizetype MaxRequest = 16 * 1024;
} // namespace

SsoSignIn::SsoSignIn(Client::ApiClient *client, QString startPath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_startPath(std::move(startPath))
    , m_listener(new QTcpServer(this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(SignInTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { finishWith(tr("The browser sign-in took too long. Try again.")); });
    connect(m_listener, &QTcpServer::newConnection, this, &SsoSignIn::accept);
}

SsoSignIn::~SsoSignIn() = default;

bool SsoSignIn::start()
{
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        finishWith(tr("Cannot receive the browser's answer: %1").arg(m_listener->errorString()));
        return false;
    }
    m_verifier = Auth::Oidc::randomToken();
    m_state = Auth::Oidc::randomToken(16);
    const QString redirect = u"http://127.0.0.1:%1/callback"_s.arg(m_listener->serverPort());
    QUrl url = m_client->server();
    const QUrl start(m_startPath);
    url.setPath(m_client->server().path() + start.path());
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add(u"redirect_uri"_s, redirect);
    add(u"code_challenge"_s, QString::fromLatin1(Auth::Oidc::pkceChallenge(m_verifier)));
    add(u"code_challenge_method"_s, u"S256"_s);
    add(u"state"_s, QString::fromLatin1(m_state));
    url.setQuery(query);
    m_browserUrl = url;
    m_timeout->start();
    if (!QDesktopServices::openUrl(url)) {
        finishWith(tr("No web browser could be opened. Open this address yourself: %1").arg(url.toString()));
        return false;
    }
    return true;
}

void SsoSignIn::cancel()
{
    finishWith(tr("Single sign-on was cancelled."));
}

void SsoSignIn::accept()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
    }
}

void SsoSignIn::read(QTcpSocket *socket)
{
    // Only the request line matters; wait for the end of the headers.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    if (buffer.size() > MaxRequest) {
        socket->abort();
        return;
    }
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() < 2 || requestLine.at(0) != "GET") {
        answer(socket, 405, tr("Not here."));
        return;
    }
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + requestLine.at(1));
    if (url.path() != u"/callback"_s || m_done) {
        answer(socket, 404, tr("Not here."));
        return;
    }
    const QUrlQuery query(url);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (state.toLatin1() != m_state) {
        // Not the answer to this sign-in (another tab, a stale redirect): keep waiting.
        answer(socket, 400, tr("This sign-in is not the one Tollgate Console is waiting for."));
        return;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (!error.isEmpty() || code.isEmpty()) {
        const QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        answer(socket, 200, tr("The sign-in was refused. You can close this window."));
        finishWith(tr("The sign-in was refused: %1").arg(description.isEmpty() ? error : description));
        return;
    }
    answer(socket, 200, tr("Signed in. You can close this window and return to Tollgate Console."));
    m_timeout->stop();
    m_listener->close();
    Q_EMIT exchanging();
    Client::Reply *reply = m_client->signInWithSso(code, m_verifier);
    connect(reply, &Client::Reply::finished, this, [this] {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT succeeded();
    });
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &e) { finishWith(errorText(e)); });
}

void SsoSignIn::answer(QTcpSocket *socket, int status, const QString &text)
{
    const QByteArray body = "<!doctype html><meta charset=\"utf-8\"><title>Tollgate Console</title>"
                            "<p style=\"font-family:sans-serif;margin:3em\">" +
                            text.toHtmlEscaped().toUtf8() + "</p>\n";
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    // The page must reach the browser even when this sign-in ends (and is deleted) right now.
    socket->setParent(nullptr);
    socket->disconnect(this);
    socket->write(
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
        "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
        "Content-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void SsoSignIn::finishWith(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    m_listener->close();
    Q_EMIT failed(error);
}

} // namespace Tollgate::Ui
