// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signinpage.h"

#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

SignInPage::SignInPage(Client::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_server(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
    , m_back(new QPushButton(tr("&Change server"), this))
    , m_status(new QLabel(this))
{
    m_username->setAccessibleName(tr("Username"));
    m_username->setText(QSettings().value(u"signin/lastUsername"_s).toString());
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_server->setWordWrap(true);
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    auto *userLabel = new QLabel(tr("&Username:"), this);
    userLabel->setBuddy(m_username);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_username);
    form->addRow(passwordLabel, m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("<h2>Sign in</h2>"), this));
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->setContentsMargins(48, 24, 48, 24);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::signIn);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_back, &QPushButton::clicked, this, &SignInPage::changeServerRequested);
}

void SignInPage::prepare(const QString &serverUrl)
{
    m_server->setText(tr("Server: %1").arg(serverUrl.toHtmlEscaped()));
    m_status->clear();
    m_password->clear();
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void SignInPage::setUsername(const QString &username)
{
    m_username->setText(username);
}

void SignInPage::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignInPage::signIn()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty() || m_password->text().isEmpty()) {
        m_status->setText(tr("Enter your username and password."));
        return;
    }
    m_signIn->setEnabled(false);
    m_status->setText(tr("Signing in…"));
    Client::Reply *reply = m_client->signIn(username, m_password->text());
    connect(reply, &Client::Reply::done, this, [this] { m_signIn->setEnabled(true); });
    connect(reply, &Client::Reply::finished, this, [this, username] {
        QSettings().setValue(u"signin/lastUsername"_s, username);
        m_password->clear();
        m_status->clear();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_status->setText(errorText(error));
        m_password->selectAll();
        m_password->setFocus();
    });
}

} // namespace Tollgate::Ui
