// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tollgate::Client {
class ApiClient;
}

namespace Tollgate::Ui {

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

public Q_SLOTS:
    void signIn();

Q_SIGNALS:
    /// The user wants another server.
    void changeServerRequested();

private:
    Client::ApiClient *m_client;
    QLabel *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_back;
    QLabel *m_status;
};

} // namespace Tollgate::Ui
