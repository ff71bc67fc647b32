// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/page.h"

namespace Tollgate::Ui {

Page::Page(Client::ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{}

} // namespace Tollgate::Ui
