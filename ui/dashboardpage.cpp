// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboardpage.h"

#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

DashboardPage::DashboardPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_user(valueLabel(this, tr("Signed-in user")))
    , m_roles(valueLabel(this, tr("Your roles")))
    , m_server(valueLabel(this, tr("Server address")))
    , m_readiness(valueLabel(this, tr("Server readiness")))
    , m_countsBox(new QGroupBox(tr("Users"), this))
{
    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("Signed in as:"), m_user);
    youForm->addRow(tr("Roles:"), m_roles);

    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("Address:"), m_server);
    serverForm->addRow(tr("Readiness:"), m_readiness);

    auto *countsForm = new QFormLayout(m_countsBox);
    const QList<std::pair<QString, QString>> counts = {{u"users"_s, tr("All users:")},
                                                       {u"active"_s, tr("Active:")},
                                                       {u"inactive"_s, tr("Inactive:")},
                                                       {u"admins"_s, tr("Admins:")},
                                                       {u"readonly"_s, tr("Read-only admins:")}};
    for (const auto &[key, text] : counts) {
        QLabel *label = valueLabel(m_countsBox, text);
        m_counts.insert(key, label);
        countsForm->addRow(text, label);
    }

    auto *note = new QLabel(tr("Requests, tokens, cost and upstream health appear here once the server "
                               "offers usage analytics."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(title().toHtmlEscaped()), this));
    layout->addWidget(you);
    layout->addWidget(server);
    layout->addWidget(m_countsBox);
    layout->addWidget(note);
    layout->addStretch();
}

void DashboardPage::activate()
{
    Client::ApiClient *api = client();
    const QJsonObject user = api->currentUser();
    const QString fullName = user.value("fullName"_L1).toString();
    const QString username = user.value("username"_L1).toString();
    m_user->setText(fullName.isEmpty() ? username : u"%1 (%2)"_s.arg(fullName, username));
    m_roles->setText(api->roles().join(u", "_s));
    m_server->setText(api->server().toDisplayString());

    m_readiness->setText(tr("checking…"));
    Client::Reply *ready = api->readiness();
    connect(ready, &Client::Reply::finished, this, [this] { m_readiness->setText(tr("ready")); });
    connect(ready, &Client::Reply::failed, this,
            [this](const Client::Error &error) { m_readiness->setText(errorText(error)); });

    const bool canRead = api->hasRole(Client::RoleAdmin) || api->hasRole(Client::RoleAdminReadonly);
    m_countsBox->setVisible(canRead);
    if (!canRead)
        return;
    auto query = [](const QString &name, const QString &value) {
        QUrlQuery q;
        if (!name.isEmpty())
            q.addQueryItem(name, value);
        q.addQueryItem(u"limit"_s, u"1"_s);
        return q;
    };
    loadCount(u"users"_s, query({}, {}));
    loadCount(u"active"_s, query(u"active"_s, u"true"_s));
    loadCount(u"inactive"_s, query(u"active"_s, u"false"_s));
    loadCount(u"admins"_s, query(u"role"_s, Client::RoleAdmin));
    loadCount(u"readonly"_s, query(u"role"_s, Client::RoleAdminReadonly));
}

void DashboardPage::loadCount(const QString &key, const QUrlQuery &query)
{
    QLabel *label = m_counts.value(key);
    label->setText(tr("loading…"));
    Client::Reply *reply = client()->get(u"/api/v1/users"_s, query);
    connect(reply, &Client::Reply::finished, label, [label](const QJsonObject &page) {
        label->setText(QLocale().toString(page.value("total"_L1).toInteger()));
    });
    connect(reply, &Client::Reply::failed, label, [this, label](const Client::Error &error) {
        label->setText(tr("unavailable"));
        label->setToolTip(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

} // namespace Tollgate::Ui
