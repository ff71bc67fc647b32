// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connectpage.h"

#include "gateway-core/client/apiclient.h"
#include "models/serverhistorymodel.h"
#include "ui/errortext.h"
#include "ui/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
QString trustKey(const QString &host)
{
    return u"tls/trusted/"_s + host;
}
} // namespace

ConnectPage::ConnectPage(Client::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_history(new Models::ServerHistoryModel(this))
    , m_url(new QComboBox(this))
    , m_connect(new QPushButton(this))
    , m_trust(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_title(new QLabel(this))
    , m_label(new QLabel(this))
{
    m_url->setEditable(true);
    m_url->setModel(m_history);
    m_url->setMinimumContentsLength(32);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    if (m_history->rowCount() == 0)
        m_url->setEditText(u"http://127.0.0.1:8080"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect->setDefault(true);
    m_trust->setVisible(false);

    auto *form = new QFormLayout;
    m_label->setBuddy(m_url);
    form->addRow(m_label, m_url);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_trust);
    buttons->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->setContentsMargins(48, 24, 48, 24);

    connect(m_connect, &QPushButton::clicked, this, &ConnectPage::checkServer);
    connect(m_trust, &QPushButton::clicked, this, &ConnectPage::trustCertificate);
    connect(m_url->lineEdit(), &QLineEdit::returnPressed, this, &ConnectPage::checkServer);
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void ConnectPage::retranslate()
{
    m_title->setText(tr("<h2>Tollgate</h2><p>Connect to a Tollgate server.</p>"));
    m_label->setText(tr("&Server:"));
    m_connect->setText(tr("&Connect"));
    m_trust->setText(tr("&Trust this certificate"));
    m_url->setAccessibleName(tr("Server address"));
    m_status->setAccessibleName(tr("Connection status"));
    m_trust->setToolTip(tr("Accept this exact certificate for this server from now on."));
}

QString ConnectPage::serverUrl() const
{
    return m_url->currentText().trimmed();
}

void ConnectPage::setServerUrl(const QString &url)
{
    m_url->setEditText(url);
}

void ConnectPage::loadTrustedCertificates(Client::ApiClient *client)
{
    QSettings settings;
    settings.beginGroup(u"tls/trusted"_s);
    const QStringList hosts = settings.childKeys();
    for (const QString &host : hosts) {
        const QStringList fingerprints = settings.value(host).toStringList();
        for (const QString &fp : fingerprints)
            client->trustCertificate(host, fp.toLatin1());
    }
}

void ConnectPage::checkServer()
{
    const QUrl base = QUrl::fromUserInput(serverUrl());
    if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https")) {
        m_status->setText(tr("Enter an http:// or https:// address."));
        return;
    }
    m_trust->setVisible(false);
    m_client->setServer(base);
    m_connect->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(base.toDisplayString()));
    Client::Reply *reply = m_client->readiness();
    connect(reply, &Client::Reply::done, this, [this] { m_connect->setEnabled(true); });
    connect(reply, &Client::Reply::finished, this, [this, base] {
        m_history->remember(base.toString());
        m_url->setCurrentIndex(0);
        m_status->setText(tr("Connected: the server is ready."));
        Q_EMIT serverReady(base.toString());
    });
    connect(reply, &Client::Reply::failed, this, &ConnectPage::showFailure);
}

void ConnectPage::showFailure(const Client::Error &error)
{
    m_status->setText(errorText(error));
    if (error.kind == Client::Error::Kind::Tls && !error.certificateSha256.isEmpty()) {
        m_untrustedHost = error.host;
        m_untrustedFingerprint = error.certificateSha256;
        m_trust->setVisible(true);
    }
}

void ConnectPage::trustCertificate()
{
    if (m_untrustedFingerprint.isEmpty())
        return;
    m_client->trustCertificate(m_untrustedHost, m_untrustedFingerprint);
    QSettings settings;
    QStringList fingerprints = settings.value(trustKey(m_untrustedHost)).toStringList();
    const QString fp = QString::fromLatin1(m_untrustedFingerprint);
    if (!fingerprints.contains(fp))
        fingerprints.append(fp);
    settings.setValue(trustKey(m_untrustedHost), fingerprints);
    m_trust->setVisible(false);
    checkServer();
}

} // namespace Tollgate::Ui
