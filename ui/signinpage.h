// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ssosignin.h"
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tollgate::Client {
class ApiClient;
}

namespace Tollgate::Ui {

class SsoSignIn;

/// Sign-in with a local account on the chosen server.
class SignInPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPage)

public:
    explicit SignInPage(Client::ApiClient *client, QWidget *parent = nullptr);

    /// Shows which server the sign-in goes to and focuses the username.
    void prepare(const QString &serverUrl);
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    /// The "Sign in with …" buttons of the server's single sign-on providers.
    QList<QPushButton *> ssoButtons() const;

public Q_SLOTS:
    /// Signs in through @p providerId in the system browser (loopback redirect + PKCE).
    void signInWithSso(const QString &providerId, const QString &startUrl);

public Q_SLOTS:
    void signIn();

Q_SIGNALS:
    /// The user wants another server.
    void changeServerRequested();
    /// GET /api/v1/auth/sso/providers answered; the buttons are shown.
    void ssoProvidersLoaded(int count);

private:
    void retranslate();
    void loadSsoProviders();

    Client::ApiClient *m_client;
    QLabel *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_back;
    QLabel *m_status;
    QWidget *m_sso;
    QPushButton *m_cancelSso;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLabel *m_heading;
    QLabel *m_ssoNote;
    QPointer<SsoSignIn> m_ssoFlow;
    int m_ssoGeneration = 0;
};

} // namespace Tollgate::Ui
