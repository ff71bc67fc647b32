// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Tollgate::Client {
class ApiClient;
struct Error;
} // namespace Tollgate::Client

namespace Tollgate::Ui {

/// One single sign-on in the system browser (RFC 8252): a loopback listener on 127.0.0.1 and a
/// random port receives the redirect, PKCE S256 binds the one-time code to this process, and the
/// code is exchanged for a session (ApiClient::signInWithSso, which emits signedIn()).
/// Emits succeeded() or failed() once.
class SsoSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoSignIn)

public:
    /// @p startPath is the provider's startUrl from GET /api/v1/auth/sso/providers.
    SsoSignIn(Client::ApiClient *client, QString startPath, QObject *parent = nullptr);
    ~SsoSignIn() override;

    /// Listens, then opens the browser; false (and failed()) when neither works.
    bool start();
    void cancel();
    /// The URL handed to the browser (valid after start()).
    QUrl browserUrl() const { return m_browserUrl; }

Q_SIGNALS:
    /// The browser came back with a code; it is being exchanged.
    void exchanging();
    void succeeded();
    /// @p message is for the person (already translated).
    void failed(const QString &message);

private:
    void accept();
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &text);
    void finishWith(const QString &error);

    Client::ApiClient *m_client;
    QString m_startPath;
    QTcpServer *m_listener;
    QTimer *m_timeout;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_browserUrl;
    bool m_done = false;
};

} // namespace Tollgate::Ui
