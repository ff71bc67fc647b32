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
    , m_server(new QLabel(this))
    , m_storage(new QLabel(tr("unknown"), this))
{
    auto *heading = new QLabel(u"<h2>Tollgate Console</h2>"_s, this);
    auto *text =
        new QLabel(tr("The desktop admin console of Tollgate, models-as-a-service for private AI."), this);
    text->setWordWrap(true);
    m_storage->setWordWrap(true);
    m_storage->setAccessibleName(tr("Session storage"));
    m_server->setAccessibleName(tr("Server address"));
    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), new QLabel(QStringLiteral(TOLLGATE_VERSION), this));
    form->addRow(tr("Qt:"), new QLabel(QString::fromLatin1(qVersion()), this));
    form->addRow(tr("Licence:"), new QLabel(u"GPL-3.0-or-later"_s, this));
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Session:"), m_storage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addStretch();
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
