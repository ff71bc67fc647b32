// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/page.h"

#include "gateway-core/client/apiclient.h"

#include <QEvent>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

Page::Page(Client::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{}

bool Page::canWrite() const
{
    return m_client->hasRole(Client::RoleAdmin);
}

QLabel *Page::heading()
{
    if (!m_heading)
        m_heading = new QLabel(u"<h2>%1</h2>"_s.arg(title().toHtmlEscaped()), this);
    return m_heading;
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_heading)
            m_heading->setText(u"<h2>%1</h2>"_s.arg(title().toHtmlEscaped()));
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Tollgate::Ui
