// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connectpage.h"

#include "models/serverhistorymodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Tollgate::Ui {

ConnectPage::ConnectPage(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_history(new Models::ServerHistoryModel(this))
    , m_url(new QComboBox(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_status(new QLabel(this))
{
    m_url->setEditable(true);
    m_url->setModel(m_history);
    m_url->setMinimumContentsLength(32);
    m_url->setAccessibleName(tr("Server address"));
    if (m_history->rowCount() == 0)
        m_url->setEditText(QStringLiteral("http://127.0.0.1:8080"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connection status"));

    auto *title = new QLabel(tr("<h2>Tollgate</h2><p>Connect to a Tollgate server.</p>"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_connect, 0, Qt::AlignRight);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_connect, &QPushButton::clicked, this, &ConnectPage::checkServer);
    connect(m_url->lineEdit(), &QLineEdit::returnPressed, this, &ConnectPage::checkServer);
}

QString ConnectPage::serverUrl() const
{
    return m_url->currentText().trimmed();
}

void ConnectPage::setServerUrl(const QString &url)
{
    m_url->setEditText(url);
}

void ConnectPage::checkServer()
{
    const QUrl base = QUrl::fromUserInput(serverUrl());
    if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https")) {
        m_status->setText(tr("Enter an http:// or https:// address."));
        return;
    }
    QUrl probe = base;
    probe.setPath(QStringLiteral("/health/readiness"));
    m_connect->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(base.toDisplayString()));
    QNetworkRequest request(probe);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, base] {
        reply->deleteLater();
        m_connect->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            m_history->remember(base.toString());
            m_status->setText(tr("Connected: the server is ready."));
            Q_EMIT serverReady(base.toString());
        } else if (status == 503) {
            m_status->setText(tr("The server answers but is not ready (its database is unreachable)."));
        } else {
            m_status->setText(tr("Cannot reach the server: %1").arg(reply->errorString()));
        }
    });
}

} // namespace Tollgate::Ui
