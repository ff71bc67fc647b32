// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/page.h"

#include "gateway-core/client/apiclient.h"

namespace Tollgate::Ui {

Page::Page(Client::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{}

bool Page::canWrite() const
{
    return m_client->hasRole(Client::RoleAdmin);
}

} // namespace Tollgate::Ui
