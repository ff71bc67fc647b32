// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutpage.h"

#include "gateway-core/client/apiclient.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

AboutPage::AboutPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_text(new QLabel(this))
    , m_form(new QFormLayout)
    , m_version(new QLabel(QStringLiteral(TOLLGATE_VERSION), this))
    , m_qt(new QLabel(QString::fromLatin1(qVersion()), this))
    , m_licence(new QLabel(u"GPL-3.0-or-later"_s, this))
    , m_server(new QLabel(this))
    , m_storage(new QLabel(this))
{
    auto *heading = new QLabel(u"<h2>Tollgate Console</h2>"_s, this);
    m_text->setWordWrap(true);
    m_storage->setWordWrap(true);
    m_form->addRow(QString(), m_version);
    m_form->addRow(QString(), m_qt);
    m_form->addRow(QString(), m_licence);
    m_form->addRow(QString(), m_server);
    m_form->addRow(QString(), m_storage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_text);
    layout->addLayout(m_form);
    layout->addStretch();
    retranslate();
}

void AboutPage::retranslate()
{
    m_text->setText(tr("The desktop admin console of Tollgate, models-as-a-service for private AI."));
    m_storage->setAccessibleName(tr("Session storage"));
    m_server->setAccessibleName(tr("Server address"));
    if (m_storage->text().isEmpty())
        m_storage->setText(tr("unknown"));
    setRowLabel(m_form, m_version, tr("Version:"));
    setRowLabel(m_form, m_qt, tr("Qt:"));
    setRowLabel(m_form, m_licence, tr("Licence:"));
    setRowLabel(m_form, m_server, tr("Server:"));
    setRowLabel(m_form, m_storage, tr("Session:"));
}

void AboutPage::activate()
{
    m_server->setText(client()->server().toDisplayString());
}

void AboutPage::setSessionStorage(const QString &text)
{
    m_storage->setText(text);
}

} // namespace Tollgate::Ui
