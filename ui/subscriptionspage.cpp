// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/subscriptionspage.h"

#include "gateway-core/client/apiclient.h"
#include "models/subscriptionsmodel.h"
#include "ui/errortext.h"
#include "ui/reasondialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

SubscriptionsPage::SubscriptionsPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_model(new Models::SubscriptionsModel(client, this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_deny(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_history(new QTreeWidget(this))
    , m_historyTitle(new QLabel(this))
    , m_reload(new QPushButton(this))
    , m_showLabel(new QLabel(this))
    , m_historyBox(new QGroupBox(this))
    , m_heading(new QLabel(this))
{
    m_show->addItem(QString(), true);
    m_show->addItem(QString(), false);
    auto *filters = new QHBoxLayout;
    m_showLabel->setBuddy(m_show);
    filters->addWidget(m_showLabel);
    filters->addWidget(m_show);
    filters->addStretch();
    filters->addWidget(m_reload);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: rows, not cells, are chosen
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_deny);
    actions->addWidget(m_status, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    leftLayout->addLayout(actions);

    m_history->setColumnCount(4);
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_historyTitle->setWordWrap(true);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history, 1);
    m_historyBox->setMinimumWidth(260);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 340});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    setTabOrder(m_show, m_reload);
    setTabOrder(m_reload, m_table);
    setTabOrder(m_table, m_approve);
    setTabOrder(m_approve, m_deny);
    setTabOrder(m_deny, m_history);

    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setPendingOnly(m_show->currentData().toBool()); });
    connect(m_reload, &QPushButton::clicked, m_model, &Models::SubscriptionsModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubscriptionsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionsPage::showHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        showHistory();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0 && !m_columnsSized) {
            m_columnsSized = true;
            m_table->resizeColumnsToContents();
        }
        updateCount();
    });
    connect(m_model, &Models::SubscriptionsModel::totalCountChanged, this, &SubscriptionsPage::updateCount);
    connect(m_model, &Models::SubscriptionsModel::loadingChanged, this, &SubscriptionsPage::updateCount);
    connect(m_model, &Models::SubscriptionsModel::loadFailed, this, [this](const Client::Error &error) {
        m_count->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
    connect(m_approve, &QPushButton::clicked, this, &SubscriptionsPage::approveSelected);
    connect(m_deny, &QPushButton::clicked, this, &SubscriptionsPage::denySelected);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_table->indexAt(at).isValid())
            return;
        QMenu menu(this);
        QAction *approve = menu.addAction(m_approve->text(), this, &SubscriptionsPage::approveSelected);
        approve->setEnabled(m_approve->isEnabled());
        QAction *deny = menu.addAction(m_deny->text(), this, &SubscriptionsPage::denySelected);
        deny->setEnabled(m_deny->isEnabled());
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    retranslate();
}

void SubscriptionsPage::retranslate()
{
    m_show->setItemText(0, tr("Pending approval"));
    m_show->setItemText(1, tr("All subscriptions"));
    m_reload->setText(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload subscriptions"));
    m_showLabel->setText(tr("&Show:"));
    m_historyBox->setTitle(tr("History"));
    m_history->setHeaderLabels({tr("When"), tr("Status"), tr("By"), tr("Reason")});
    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Subscription approvals").toHtmlEscaped()));
    m_approve->setText(tr("&Approve"));
    m_deny->setText(tr("&Deny…"));
    m_show->setAccessibleName(tr("Show subscriptions"));
    m_table->setAccessibleName(tr("Subscriptions"));
    m_count->setAccessibleName(tr("Number of subscriptions"));
    m_approve->setAccessibleName(tr("Approve selected"));
    m_deny->setAccessibleName(tr("Deny selected"));
    m_status->setAccessibleName(tr("Decision status"));
    m_history->setAccessibleName(tr("Subscription history"));
    m_historyTitle->setAccessibleName(tr("History of"));
    m_model->retranslate();
    updateCount();
    updateButtons();
    showHistory();
}

void SubscriptionsPage::activate()
{
    if (!m_loaded) {
        m_loaded = true;
        m_model->setPendingOnly(m_show->currentData().toBool());
    }
    updateButtons();
}

int SubscriptionsPage::selectSubscriptions(const QStringList &ids)
{
    QItemSelection selection;
    int found = 0;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        if (found++ == 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return found;
}

QStringList SubscriptionsPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(Models::SubscriptionsModel::IdRole).toString());
    return ids;
}

void SubscriptionsPage::updateButtons()
{
    const bool writable = canWrite();
    bool approvable = true;
    bool deniable = true;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QString status = index.data(Models::SubscriptionsModel::StatusRole).toString();
        approvable = approvable && (status == u"pending"_s || status == u"denied"_s);
        deniable = deniable && (status == u"pending"_s || status == u"active"_s);
    }
    const bool any = !rows.isEmpty();
    m_approve->setEnabled(writable && !m_busy && any && approvable);
    m_deny->setEnabled(writable && !m_busy && any && deniable);
    const QString why = tr("Your role (read-only admin) can see subscriptions but not decide them.");
    m_approve->setToolTip(writable ? tr("Approve the selected subscriptions (Ctrl+click to select several).")
                                   : why);
    m_deny->setToolTip(writable ? tr("Deny the selected subscriptions, with a reason.") : why);
    if (any)
        m_approve->setText(rows.size() > 1 ? tr("&Approve %n", nullptr, int(rows.size())) : tr("&Approve"));
    if (any)
        m_deny->setText(rows.size() > 1 ? tr("&Deny %n…", nullptr, int(rows.size())) : tr("&Deny…"));
}

void SubscriptionsPage::updateCount()
{
    const QLocale locale;
    if (m_model->isLoading())
        m_count->setText(tr("Loading subscriptions…"));
    else if (m_model->totalCount() == 0 && m_model->isPendingOnly())
        m_count->setText(tr("Nothing waits for approval."));
    else if (m_model->totalCount() >= 0)
        m_count->setText(
            tr("Showing %1 of %2 subscriptions")
                .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}

void SubscriptionsPage::showHistory()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_history->clear();
    if (!current.isValid()) {
        m_historyFor.clear();
        m_historyTitle->setText(tr("Select a subscription to see its history."));
        return;
    }
    const QJsonObject subscription = m_model->object(current.row());
    const QString id = subscription.value("id"_L1).toString();
    m_historyFor = id;
    const QString who = current.siblingAtColumn(Models::SubscriptionsModel::UserColumn).data().toString();
    m_historyTitle->setText(tr("%1 → %2: loading…").arg(who, subscription.value("modelId"_L1).toString()));
    Client::Reply *reply = client()->subscriptionHistory(id);
    connect(reply, &Client::Reply::finished, this, [this, id, who, subscription](const QJsonObject &answer) {
        if (id != m_historyFor)
            return;
        m_history->clear();
        const QLocale locale;
        for (const QJsonValue &v : answer.value("items"_L1).toArray()) {
            const QJsonObject e = v.toObject();
            const QDateTime at = QDateTime::fromString(e.value("at"_L1).toString(), Qt::ISODateWithMs);
            const QString from = e.value("oldStatus"_L1).toString();
            const QString to = Models::SubscriptionsModel::statusText(e.value("newStatus"_L1).toString());
            auto *item = new QTreeWidgetItem(
                m_history,
                {locale.toString(at.toLocalTime(), QLocale::ShortFormat),
                 from.isEmpty() ? to : tr("%1 → %2").arg(Models::SubscriptionsModel::statusText(from), to),
                 e.value("actor"_L1).toString(), e.value("reason"_L1).toString()});
            item->setToolTip(3, e.value("reason"_L1).toString());
        }
        m_history->resizeColumnToContents(0);
        m_history->resizeColumnToContents(1);
        m_historyTitle->setText(tr("%1 → %2").arg(who, subscription.value("modelId"_L1).toString()));
    });
    connect(reply, &Client::Reply::failed, this, [this, id](const Client::Error &error) {
        if (id == m_historyFor)
            m_historyTitle->setText(errorText(error));
    });
}

void SubscriptionsPage::approveSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_approve->isEnabled())
        return;
    decide(u"approve"_s, ids, {});
}

ReasonDialog *SubscriptionsPage::denySelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_deny->isEnabled())
        return nullptr;
    auto *dialog = new ReasonDialog(
        tr("Deny subscriptions"),
        tr("Why are the %n selected subscription(s) denied?", nullptr, int(ids.size())), tr("&Deny"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, ids] { decide(u"deny"_s, ids, dialog->reason()); });
    dialog->open();
    return dialog;
}

void SubscriptionsPage::decide(const QString &action, const QStringList &ids, const QString &reason)
{
    m_busy = true;
    updateButtons();
    m_status->setText(action == u"approve"_s ? tr("Approving %n subscription(s)…", nullptr, int(ids.size()))
                                             : tr("Denying %n subscription(s)…", nullptr, int(ids.size())));
    Client::Reply *reply = nullptr;
    if (ids.size() == 1) {
        // One row: its own call, based on the version the admin saw.
        const int row = m_model->rowOf(ids.first());
        QJsonObject body{{u"version"_s, m_model->object(row).value("version"_L1)}};
        if (!reason.isEmpty())
            body.insert(u"reason"_s, reason);
        reply = client()->post(
            u"/api/v1/subscriptions/"_s + Client::ApiClient::segment(ids.first()) + u'/' + action, body);
        connect(reply, &Client::Reply::finished, this,
                [this, action](const QJsonObject &subscription) { applied({subscription}, action); });
    } else {
        reply = client()->decideSubscriptions(ids, action, reason);
        connect(reply, &Client::Reply::finished, this, [this, action](const QJsonObject &answer) {
            QList<QJsonObject> subscriptions;
            for (const QJsonValue &v : answer.value("results"_L1).toArray())
                subscriptions.append(v.toObject().value("subscription"_L1).toObject());
            applied(subscriptions, action);
        });
    }
    connect(reply, &Client::Reply::done, this, [this] {
        m_busy = false;
        updateButtons();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_status->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

void SubscriptionsPage::applied(const QList<QJsonObject> &subscriptions, const QString &action)
{
    const QString current = m_historyFor;
    for (const QJsonObject &s : subscriptions) {
        const QString id = s.value("id"_L1).toString();
        if (m_model->isPendingOnly() && s.value("status"_L1).toString() != u"pending"_s)
            m_model->removeObject(id);
        else
            m_model->updateObject(s);
    }
    const int n = int(subscriptions.size());
    m_status->setText(action == u"approve"_s ? tr("Approved %n subscription(s).", nullptr, n)
                                             : tr("Denied %n subscription(s).", nullptr, n));
    if (m_model->rowOf(current) >= 0)
        showHistory();
    updateButtons();
}

} // namespace Tollgate::Ui
