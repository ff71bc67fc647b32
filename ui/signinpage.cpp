// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signinpage.h"

#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"
#include "ui/language.h"
#include "ui/ssosignin.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
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
    , m_signIn(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_sso(new QWidget(this))
    , m_cancelSso(new QPushButton(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_ssoNote(new QLabel(m_sso))
{
    m_username->setText(QSettings().value(u"signin/lastUsername"_s).toString());
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setWordWrap(true);
    m_server->setWordWrap(true);
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    m_userLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_heading);
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addLayout(buttons);
    auto *ssoLayout = new QVBoxLayout(m_sso);
    ssoLayout->setContentsMargins(0, 12, 0, 0);
    ssoLayout->addWidget(m_ssoNote);
    m_sso->setVisible(false);
    m_cancelSso->setVisible(false);
    layout->addWidget(m_sso);
    layout->addWidget(m_cancelSso, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->setContentsMargins(48, 24, 48, 24);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::signIn);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_back, &QPushButton::clicked, this, &SignInPage::changeServerRequested);
    connect(m_cancelSso, &QPushButton::clicked, this, [this] {
        if (m_ssoFlow)
            m_ssoFlow->cancel();
    });
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void SignInPage::retranslate()
{
    m_userLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_heading->setText(tr("<h2>Sign in</h2>"));
    m_ssoNote->setText(tr("Or sign in with your organisation's account:"));
    m_signIn->setText(tr("&Sign in"));
    m_back->setText(tr("&Change server"));
    m_cancelSso->setText(tr("Cancel single sign-on"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_status->setAccessibleName(tr("Sign-in status"));
    m_cancelSso->setAccessibleName(tr("Cancel single sign-on"));
}

QList<QPushButton *> SignInPage::ssoButtons() const
{
    return m_sso->findChildren<QPushButton *>();
}

void SignInPage::loadSsoProviders()
{
    const int generation = ++m_ssoGeneration;
    for (QPushButton *button : ssoButtons())
        delete button;
    m_sso->setVisible(false);
    Client::Reply *reply = m_client->ssoProviders();
    connect(reply, &Client::Reply::finished, this, [this, generation](const QJsonObject &page) {
        if (generation != m_ssoGeneration)
            return;
        const QJsonArray items = page.value("items"_L1).toArray();
        QWidget *previous = m_signIn;
        for (const QJsonValue &item : items) {
            const QJsonObject provider = item.toObject();
            const QString id = provider.value("id"_L1).toString();
            const QString startUrl = provider.value("startUrl"_L1).toString();
            const QString name = provider.value("name"_L1).toString(id);
            auto *button = new QPushButton(tr("Sign in with %1").arg(name), m_sso);
            button->setAccessibleName(tr("Sign in with %1 in the web browser").arg(name));
            button->setToolTip(tr("Opens your web browser to sign in; come back here afterwards."));
            button->setProperty("providerId", id);
            m_sso->layout()->addWidget(button);
            setTabOrder(previous, button);
            previous = button;
            connect(button, &QPushButton::clicked, this,
                    [this, id, startUrl] { signInWithSso(id, startUrl); });
        }
        m_sso->setVisible(!items.isEmpty());
        Q_EMIT ssoProvidersLoaded(int(items.size()));
    });
    // A server without single sign-on (or too old to know it) just shows the password form.
    connect(reply, &Client::Reply::failed, this, [this, generation] {
        if (generation == m_ssoGeneration)
            Q_EMIT ssoProvidersLoaded(0);
    });
}

void SignInPage::signInWithSso(const QString &providerId, const QString &startUrl)
{
    if (m_ssoFlow)
        m_ssoFlow->cancel();
    QString path = startUrl;
    if (path.isEmpty())
        path = u"/api/v1/auth/sso/%1/start"_s.arg(providerId);
    auto *flow = new SsoSignIn(m_client, path, this);
    m_ssoFlow = flow;
    for (QPushButton *button : ssoButtons())
        button->setEnabled(false);
    m_signIn->setEnabled(false);
    m_cancelSso->setVisible(true);
    m_status->setText(tr("Continue in your web browser; this window waits for it."));
    const auto end = [this, flow] {
        flow->deleteLater();
        for (QPushButton *button : ssoButtons())
            button->setEnabled(true);
        m_signIn->setEnabled(true);
        m_cancelSso->setVisible(false);
    };
    connect(flow, &SsoSignIn::exchanging, this, [this] { m_status->setText(tr("Signing in…")); });
    connect(flow, &SsoSignIn::succeeded, this, [this, end] {
        end();
        m_status->clear();
    });
    connect(flow, &SsoSignIn::failed, this, [this, end](const QString &message) {
        end();
        m_status->setText(message);
    });
    flow->start();
}

void SignInPage::prepare(const QString &serverUrl)
{
    m_server->setText(tr("Server: %1").arg(serverUrl.toHtmlEscaped()));
    m_status->clear();
    loadSsoProviders();
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
