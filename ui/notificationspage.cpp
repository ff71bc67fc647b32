// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notificationspage.h"

#include "gateway-core/client/apiclient.h"
#include "models/notificationsmodel.h"
#include "ui/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {

constexpr int DeliveriesShown = 50;

QString stateText(const QString &state)
{
    if (state == "pending"_L1)
        return NotificationsPage::tr("Pending");
    if (state == "delivered"_L1)
        return NotificationsPage::tr("Delivered");
    if (state == "failed"_L1)
        return NotificationsPage::tr("Failed");
    return state;
}

} // namespace

NotificationsPage::NotificationsPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_model(new Models::NotificationsModel(client, this))
    , m_scope(new QComboBox(this))
    , m_unreadOnly(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_markRead(new QPushButton(this))
    , m_markAllRead(new QPushButton(this))
    , m_pollTimer(new QTimer(this))
    , m_deliveriesBox(new QGroupBox(this))
    , m_deliveries(new QTableWidget(0, 5, m_deliveriesBox))
    , m_reloadDeliveries(new QPushButton(m_deliveriesBox))
    , m_sendTest(new QPushButton(m_deliveriesBox))
    , m_deliveriesStatus(new QLabel(m_deliveriesBox))
    , m_reload(new QPushButton(this))
{
    // Filters and actions
    m_scope->addItem(QString(), u"mine"_s);
    m_scope->addItem(QString(), u"all"_s);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_unreadOnly);
    filters->addStretch();
    filters->addWidget(m_reload);
    filters->addWidget(m_markRead);
    filters->addWidget(m_markAllRead);

    // Feed
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(Models::NotificationsModel::TypeColumn, 10 * em);
    m_table->setColumnWidth(Models::NotificationsModel::SubjectColumn, 14 * em);
    m_table->setColumnWidth(Models::NotificationsModel::TimeColumn, 9 * em);

    auto *feed = new QWidget(this);
    auto *feedLayout = new QVBoxLayout(feed);
    feedLayout->setContentsMargins(0, 0, 0, 0);
    feedLayout->addLayout(filters);
    feedLayout->addWidget(m_table, 1);
    feedLayout->addWidget(m_count);

    // Webhook deliveries (admins and read-only admins)
    m_deliveries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deliveries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deliveries->setWordWrap(false);
    m_deliveries->verticalHeader()->hide();
    m_deliveries->horizontalHeader()->setStretchLastSection(true);
    m_deliveriesStatus->setWordWrap(true);
    auto *deliveryButtons = new QHBoxLayout;
    deliveryButtons->addWidget(m_deliveriesStatus, 1);
    deliveryButtons->addWidget(m_reloadDeliveries);
    deliveryButtons->addWidget(m_sendTest);
    auto *deliveriesLayout = new QVBoxLayout(m_deliveriesBox);
    deliveriesLayout->addWidget(m_deliveries, 1);
    deliveriesLayout->addLayout(deliveryButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(feed);
    splitter->addWidget(m_deliveriesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addWidget(splitter, 1);

    setTabOrder(m_scope, m_unreadOnly);
    setTabOrder(m_unreadOnly, m_reload);
    setTabOrder(m_reload, m_markRead);
    setTabOrder(m_markRead, m_markAllRead);
    setTabOrder(m_markAllRead, m_table);
    setTabOrder(m_table, m_deliveries);
    setTabOrder(m_deliveries, m_reloadDeliveries);
    setTabOrder(m_reloadDeliveries, m_sendTest);

    // Roles: everyone reads their own alerts; admins may read everybody's and the deliveries.
    const bool adminReader = isAdminReader();
    m_scope->setEnabled(adminReader);
    m_deliveriesBox->setVisible(adminReader);
    const bool admin = client->hasRole(Client::RoleAdmin);
    m_sendTest->setEnabled(admin);

    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setScope(m_scope->currentData().toString()); });
    connect(m_unreadOnly, &QCheckBox::toggled, m_model, &Models::NotificationsModel::setUnreadOnly);
    connect(m_reload, &QPushButton::clicked, m_model, &Models::NotificationsModel::reload);
    connect(m_markRead, &QPushButton::clicked, this, &NotificationsPage::markSelectedRead);
    connect(m_markAllRead, &QPushButton::clicked, this, &NotificationsPage::markAllRead);
    connect(m_table, &QTableView::activated, this, &NotificationsPage::markSelectedRead);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NotificationsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NotificationsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotificationsPage::updateCount);
    connect(m_model, &Models::NotificationsModel::totalCountChanged, this, &NotificationsPage::updateCount);
    connect(m_model, &Models::NotificationsModel::loadingChanged, this, &NotificationsPage::updateCount);
    connect(m_model, &Models::NotificationsModel::unreadCountChanged, this, [this](int unread) {
        setUnread(unread);
        updateCount();
        updateButtons();
    });
    connect(m_model, &Models::NotificationsModel::loadFailed, this, [this](const Client::Error &error) {
        m_count->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
    connect(m_reloadDeliveries, &QPushButton::clicked, this, &NotificationsPage::loadDeliveries);
    connect(m_sendTest, &QPushButton::clicked, this, &NotificationsPage::sendTestAlert);

    // The unread count for the navigation: asked at once and then every 30 s, page shown or not.
    m_pollTimer->setInterval(30'000);
    connect(m_pollTimer, &QTimer::timeout, this, &NotificationsPage::poll);
    m_pollTimer->start();
    QTimer::singleShot(0, this, &NotificationsPage::poll);
    updateButtons();
    retranslate();
}

void NotificationsPage::retranslate()
{
    m_scope->setItemText(0, tr("My alerts"));
    m_scope->setItemText(1, tr("Everyone's alerts"));
    m_reload->setText(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload notifications"));
    m_deliveries->setHorizontalHeaderLabels(
        {tr("Alert"), tr("State"), tr("Attempts"), tr("Last attempt"), tr("Last error")});
    m_unreadOnly->setText(tr("&Unread only"));
    m_markRead->setText(tr("&Mark read"));
    m_markAllRead->setText(tr("Mark &all read"));
    m_deliveriesBox->setTitle(tr("Webhook deliveries"));
    m_reloadDeliveries->setText(tr("Re&load deliveries"));
    m_sendTest->setText(tr("Send &test alert"));
    m_scope->setAccessibleName(tr("Whose alerts"));
    m_unreadOnly->setAccessibleName(tr("Unread only"));
    m_markRead->setAccessibleName(tr("Mark selected read"));
    m_markAllRead->setAccessibleName(tr("Mark all read"));
    m_table->setAccessibleName(tr("Notifications"));
    m_count->setAccessibleName(tr("Number of notifications"));
    m_deliveries->setAccessibleName(tr("Webhook deliveries"));
    m_reloadDeliveries->setAccessibleName(tr("Reload webhook deliveries"));
    m_sendTest->setAccessibleName(tr("Send test alert"));
    m_deliveriesStatus->setAccessibleName(tr("Webhook delivery status"));
    m_scope->setToolTip(isAdminReader() ? tr("Your own alerts, or every user's.")
                                        : tr("Only admins can see other users' alerts."));
    m_sendTest->setToolTip(client()->hasRole(Client::RoleAdmin)
                               ? tr("Sends a test alert to every webhook URL now.")
                               : tr("Your role (read-only admin) can see deliveries but not send a "
                                    "test alert."));
    m_model->retranslate();
    updateCount();
    updateButtons();
}

bool NotificationsPage::isAdminReader() const
{
    return client()->hasRole(Client::RoleAdmin) || client()->hasRole(Client::RoleAdminReadonly);
}

void NotificationsPage::activate()
{
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
        if (isAdminReader())
            loadDeliveries();
    }
}

void NotificationsPage::setPollInterval(int ms)
{
    m_pollTimer->setInterval(ms);
}

void NotificationsPage::poll()
{
    // One poll at a time: a slow server gets no second question while it thinks about the first.
    if (m_pollReply && !m_pollReply->isFinished())
        return;
    ++m_polls;
    Client::Reply *reply = client()->notifications(m_model->scope(), m_model->unreadOnly(), 1, 0);
    m_pollReply = reply;
    connect(reply, &Client::Reply::finished, this, [this, scope = m_model->scope()](const QJsonObject &page) {
        if (scope != m_model->scope())
            return;
        setUnread(page.value("unread"_L1).toInt());
        // New alerts arrived since the list was loaded: load it again (only when shown before).
        if (m_loaded && !m_model->isLoading() && m_model->totalCount() >= 0 &&
            page.value("total"_L1).toInt() != m_model->totalCount())
            m_model->reload();
    });
}

void NotificationsPage::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    Q_EMIT unreadCountChanged(unread);
}

void NotificationsPage::updateCount()
{
    const QLocale locale;
    if (m_model->isLoading())
        m_count->setText(tr("Loading notifications…"));
    else if (m_model->totalCount() >= 0)
        m_count->setText(tr("Showing %1 of %2 notifications, %3 unread")
                             .arg(locale.toString(m_model->rowCount()),
                                  locale.toString(m_model->totalCount()),
                                  locale.toString(qMax(0, m_model->unreadCount()))));
}

void NotificationsPage::updateButtons()
{
    bool unreadSelected = false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        unreadSelected = unreadSelected || !row.data(Models::NotificationsModel::ReadRole).toBool();
    m_markRead->setEnabled(unreadSelected);
    m_markRead->setToolTip(unreadSelected ? QString() : tr("Select unread notifications first."));
    m_markAllRead->setEnabled(m_model->unreadCount() != 0);
}

void NotificationsPage::markSelectedRead()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.data(Models::NotificationsModel::ReadRole).toBool())
            continue;
        const QString id = row.data(Models::NotificationsModel::IdRole).toString();
        Client::Reply *reply = client()->markNotificationRead(id);
        connect(reply, &Client::Reply::finished, this, [this, id] { m_model->setRead(id); });
        connect(reply, &Client::Reply::failed, this,
                [this](const Client::Error &error) { Q_EMIT problem(errorText(error)); });
    }
}

void NotificationsPage::markAllRead()
{
    m_markAllRead->setEnabled(false);
    Client::Reply *reply = client()->markAllNotificationsRead(m_model->scope());
    connect(reply, &Client::Reply::finished, this, [this] {
        m_model->setAllRead();
        updateCount();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        updateButtons();
        Q_EMIT problem(errorText(error));
    });
}

void NotificationsPage::loadDeliveries()
{
    m_reloadDeliveries->setEnabled(false);
    m_deliveriesStatus->setText(tr("Loading deliveries…"));
    Client::Reply *reply = client()->alertDeliveries(DeliveriesShown, 0);
    connect(reply, &Client::Reply::done, this, [this] { m_reloadDeliveries->setEnabled(true); });
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &page) {
        const QJsonArray items = page.value("items"_L1).toArray();
        const QLocale locale;
        m_deliveries->setRowCount(int(items.size()));
        for (int row = 0; row < items.size(); ++row) {
            const QJsonObject d = items.at(row).toObject();
            const QDateTime last =
                QDateTime::fromString(d.value("lastAttemptAt"_L1).toString(), Qt::ISODateWithMs);
            QString error = d.value("lastError"_L1).toString();
            if (error.isEmpty() && !d.value("lastStatus"_L1).isNull() &&
                d.value("state"_L1).toString() != "delivered"_L1)
                error = tr("HTTP %1").arg(d.value("lastStatus"_L1).toInt());
            const QStringList cells{
                Models::NotificationsModel::typeText(d.value("eventType"_L1).toString()),
                stateText(d.value("state"_L1).toString()), locale.toString(d.value("attempts"_L1).toInt()),
                last.isValid() ? locale.toString(last.toLocalTime(), QLocale::ShortFormat) : QString(),
                error};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setToolTip(column == 0 ? d.value("url"_L1).toString() : cells.at(column));
                m_deliveries->setItem(row, column, item);
            }
        }
        m_deliveries->resizeColumnsToContents();
        const QString shown =
            tr("Showing %1 of %2 deliveries")
                .arg(locale.toString(items.size()), locale.toString(page.value("total"_L1).toInt()));
        // What the last test send answered stays in view next to the reloaded list.
        m_deliveriesStatus->setText(m_testNote.isEmpty() ? shown : m_testNote + u' ' + shown);
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_deliveriesStatus->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

void NotificationsPage::sendTestAlert()
{
    m_sendTest->setEnabled(false);
    m_deliveriesStatus->setText(tr("Sending a test alert…"));
    Client::Reply *reply = client()->sendTestAlert();
    connect(reply, &Client::Reply::done, this,
            [this] { m_sendTest->setEnabled(client()->hasRole(Client::RoleAdmin)); });
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &answer) {
        m_testNote = tr("Test alert sent to %n webhook URL(s).", nullptr,
                        int(answer.value("deliveries"_L1).toArray().size()));
        loadDeliveries();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_deliveriesStatus->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

} // namespace Tollgate::Ui
