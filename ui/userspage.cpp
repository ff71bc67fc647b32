// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/userspage.h"

#include "gateway-core/client/apiclient.h"
#include "models/usersmodel.h"
#include "ui/budgetbar.h"
#include "ui/errortext.h"
#include "ui/userdetaildialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {

constexpr int SpinMaximum = 100'000'000;

QSpinBox *limitSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, SpinMaximum);
    spin->setGroupSeparatorShown(true);
    return spin;
}

QJsonValue limitValue(const QSpinBox *spin)
{
    return spin->value() == 0 ? QJsonValue() : QJsonValue(spin->value());
}

} // namespace

UsersPage::BudgetLevel UsersPage::budgetLevel(double used)
{
    if (used >= 0.9)
        return BudgetLevel::Critical;
    if (used >= 0.7)
        return BudgetLevel::Warning;
    return BudgetLevel::Normal;
}

UsersPage::UsersPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_model(new Models::UsersModel(client, this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_active(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_detail(new QGroupBox(this))
    , m_name(new QLabel(m_detail))
    , m_info(new QLabel(m_detail))
    , m_budgetBar(new QProgressBar(m_detail))
    , m_budgetText(new QLabel(m_detail))
    , m_rpm(limitSpin(m_detail))
    , m_tpm(limitSpin(m_detail))
    , m_parallel(limitSpin(m_detail))
    , m_maxBudget(new QDoubleSpinBox(m_detail))
    , m_budgetDuration(new QComboBox(m_detail))
    , m_save(new QPushButton(m_detail))
    , m_toggleActive(new QPushButton(m_detail))
    , m_details(new QPushButton(m_detail))
    , m_detailStatus(new QLabel(m_detail))
    , m_limits(new QFormLayout)
    , m_budgetUsed(new QLabel(m_detail))
    , m_reload(new QPushButton(this))
{
    // Filters
    m_search->setClearButtonEnabled(true);
    for (const QString &role : {QString(), Client::RoleAdmin, Client::RoleAdminReadonly, Client::RoleUser})
        m_role->addItem(QString(), role);
    for (const QString &active : {QString(), u"true"_s, u"false"_s})
        m_active->addItem(QString(), active);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_role);
    filters->addWidget(m_active);
    filters->addWidget(m_reload);

    // Table
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(Models::UsersModel::UsernameColumn, 9 * em);
    m_table->setColumnWidth(Models::UsersModel::NameColumn, 9 * em);
    m_table->setColumnWidth(Models::UsersModel::RolesColumn, 7 * em);
    m_table->setColumnWidth(Models::UsersModel::ActiveColumn, 5 * em);
    m_table->setColumnWidth(Models::UsersModel::BudgetColumn, 7 * em);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    // Detail panel
    m_name->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_budgetBar->setRange(0, 100);
    m_budgetText->setWordWrap(true);
    m_maxBudget->setRange(0, 1e9);
    m_maxBudget->setDecimals(2);
    m_maxBudget->setGroupSeparatorShown(true);
    for (const QString &duration : {QString(), u"1d"_s, u"7d"_s, u"1mo"_s})
        m_budgetDuration->addItem(QString(), duration);
    m_detailStatus->setWordWrap(true);

    for (QWidget *field :
         std::initializer_list<QWidget *>{m_rpm, m_tpm, m_parallel, m_maxBudget, m_budgetDuration})
        m_limits->addRow(QString(), field);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_details);
    buttons->addWidget(m_toggleActive);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_info);
    detailLayout->addWidget(m_budgetUsed);
    detailLayout->addWidget(m_budgetBar);
    detailLayout->addWidget(m_budgetText);
    detailLayout->addLayout(m_limits);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_detailStatus);
    detailLayout->addStretch();
    m_detail->setEnabled(false);
    m_detail->setMinimumWidth(280);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_role);
    setTabOrder(m_role, m_active);
    setTabOrder(m_active, m_reload);
    setTabOrder(m_reload, m_table);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &UsersPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::applyFilter);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_active, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_reload, &QPushButton::clicked, m_model, &Models::UsersModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::showSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        // Size the columns to the first page's contents once; later pages keep what the user set.
        if (first == 0 && !m_columnsSized) {
            m_columnsSized = true;
            m_table->resizeColumnsToContents();
        }
        updateCount();
    });
    connect(m_model, &Models::UsersModel::totalCountChanged, this, &UsersPage::updateCount);
    connect(m_model, &Models::UsersModel::loadingChanged, this, &UsersPage::updateCount);
    connect(m_model, &Models::UsersModel::loadFailed, this, [this](const Client::Error &error) {
        m_count->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
    connect(m_toggleActive, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_save, &QPushButton::clicked, this, &UsersPage::saveLimits);
    connect(m_details, &QPushButton::clicked, this, &UsersPage::openDetails);
    connect(m_table, &QTableView::activated, this, &UsersPage::openDetails);
    retranslate();
}

void UsersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setToolTip(tr("Finds users by username, name or email."));
    m_role->setAccessibleName(tr("Filter by role"));
    const QStringList roles{tr("All roles"), tr("Admins"), tr("Read-only admins"), tr("Users")};
    for (int i = 0; i < roles.size(); ++i)
        m_role->setItemText(i, roles.at(i));
    m_active->setAccessibleName(tr("Filter by status"));
    const QStringList states{tr("Active and inactive"), tr("Active only"), tr("Inactive only")};
    for (int i = 0; i < states.size(); ++i)
        m_active->setItemText(i, states.at(i));
    m_reload->setText(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload users"));
    m_table->setAccessibleName(tr("Users"));
    m_count->setAccessibleName(tr("Number of users"));
    m_detail->setTitle(tr("Details"));
    m_name->setAccessibleName(tr("Selected user"));
    m_budgetBar->setAccessibleName(tr("Budget used"));
    m_budgetUsed->setText(tr("Budget used:"));
    m_rpm->setAccessibleName(tr("Requests per minute"));
    m_tpm->setAccessibleName(tr("Tokens per minute"));
    m_parallel->setAccessibleName(tr("Parallel requests"));
    for (QSpinBox *spin : {m_rpm, m_tpm, m_parallel})
        spin->setSpecialValueText(tr("no limit"));
    m_maxBudget->setSpecialValueText(tr("no budget"));
    m_maxBudget->setAccessibleName(tr("Maximum budget"));
    m_budgetDuration->setAccessibleName(tr("Budget period"));
    const QStringList durations{tr("never resets"), tr("daily"), tr("weekly"), tr("monthly")};
    for (int i = 0; i < durations.size(); ++i)
        m_budgetDuration->setItemText(i, durations.at(i));
    m_detailStatus->setAccessibleName(tr("Change status"));
    setRowLabel(m_limits, m_rpm, tr("Requests/min:"));
    setRowLabel(m_limits, m_tpm, tr("Tokens/min:"));
    setRowLabel(m_limits, m_parallel, tr("Parallel:"));
    setRowLabel(m_limits, m_maxBudget, tr("Max budget:"));
    setRowLabel(m_limits, m_budgetDuration, tr("Budget resets:"));
    m_save->setText(tr("&Save limits"));
    m_details->setText(tr("Deta&ils…"));
    m_details->setAccessibleName(tr("Show keys, subscriptions and usage of the user"));
    m_toggleActive->setText(m_current.id.isEmpty() || m_current.active ? tr("&Deactivate") : tr("&Activate"));
    m_toggleActive->setAccessibleName(m_current.id.isEmpty() || m_current.active ? tr("Deactivate user")
                                                                                 : tr("Activate user"));
    if (m_current.id.isEmpty())
        m_name->setText(tr("<b>No user selected</b>"));
    m_model->retranslate();
    updateCount();
    if (m_loaded)
        activate();
}

UserDetailDialog *UsersPage::openDetails()
{
    if (m_current.id.isEmpty())
        return nullptr;
    auto *dialog = new UserDetailDialog(client(), m_current.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void UsersPage::activate()
{
    const bool writable = canWrite();
    const QString why =
        writable ? QString() : tr("Your role (read-only admin) can see users but not change them.");
    for (QWidget *w : std::initializer_list<QWidget *>{m_rpm, m_tpm, m_parallel, m_maxBudget,
                                                       m_budgetDuration, m_save, m_toggleActive}) {
        w->setEnabled(writable);
        w->setToolTip(why);
    }
    if (!m_loaded) {
        m_loaded = true;
        applyFilter();
    }
}

bool UsersPage::selectUser(const QString &username)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->user(row).username == username) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void UsersPage::applyFilter()
{
    m_searchDelay->stop();
    Client::UserQuery query;
    query.search = m_search->text().trimmed();
    query.role = m_role->currentData().toString();
    const QString active = m_active->currentData().toString();
    if (!active.isEmpty())
        query.active = active == u"true"_s;
    const Client::UserQuery current = m_model->query();
    if (m_model->totalCount() >= 0 && current.sameFilter(query))
        return;
    m_model->setQuery(query);
}

void UsersPage::updateCount()
{
    const QLocale locale;
    if (m_model->isLoading())
        m_count->setText(tr("Loading users…"));
    else if (m_model->totalCount() >= 0)
        m_count->setText(
            tr("Showing %1 of %2 users")
                .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}

void UsersPage::showSelection()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_current = {};
        m_detail->setEnabled(false);
        m_name->setText(tr("<b>No user selected</b>"));
        m_info->clear();
        m_budgetBar->setValue(0);
        m_budgetText->clear();
        m_detailStatus->clear();
        return;
    }
    showUser(m_model->user(current.row()));
}

void UsersPage::showUser(const Client::User &user)
{
    const bool sameUser = user.id == m_current.id;
    m_current = user;
    m_detail->setEnabled(true);
    const QLocale locale;
    m_name->setText(u"<b>%1</b>"_s.arg(user.username.toHtmlEscaped()));
    QStringList lines;
    if (!user.fullName.isEmpty())
        lines << user.fullName;
    if (!user.email.isEmpty())
        lines << user.email;
    lines << tr("Roles: %1").arg(user.roles.join(u", "_s));
    lines << (user.active ? tr("Status: active") : tr("Status: inactive"));
    lines << tr("Last sign-in: %1")
                 .arg(user.lastLoginAt.isValid()
                          ? locale.toString(user.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                          : tr("never"));
    m_info->setText(lines.join(u'\n'));

    const std::optional<double> used = user.budgetUsed();
    showBudgetUse(m_budgetBar, used);
    if (used)
        m_budgetText->setText(tr("%1 spent of %2")
                                  .arg(locale.toString(user.spend.value_or(0), 'f', 2),
                                       locale.toString(*user.maxBudget, 'f', 2)));
    else
        m_budgetText->setText(user.spend
                                  ? tr("%1 spent, no budget set").arg(locale.toString(*user.spend, 'f', 2))
                                  : tr("No budget set."));

    m_rpm->setValue(int(user.rpmLimit.value_or(0)));
    m_tpm->setValue(int(user.tpmLimit.value_or(0)));
    m_parallel->setValue(int(user.parallelLimit.value_or(0)));
    m_maxBudget->setValue(user.maxBudget.value_or(0));
    int period = m_budgetDuration->findData(user.budgetDuration);
    if (period < 0) {
        m_budgetDuration->addItem(user.budgetDuration, user.budgetDuration);
        period = m_budgetDuration->count() - 1;
    }
    m_budgetDuration->setCurrentIndex(period);
    m_toggleActive->setText(user.active ? tr("&Deactivate") : tr("&Activate"));
    m_toggleActive->setAccessibleName(user.active ? tr("Deactivate user") : tr("Activate user"));
    if (!sameUser)
        m_detailStatus->clear();
}

void UsersPage::toggleActive()
{
    if (m_current.id.isEmpty())
        return;
    const bool activate = !m_current.active;
    patchUser({{u"active"_s, activate}},
              activate ? tr("%1 is active again.").arg(m_current.username)
                       : tr("%1 is deactivated; their sessions have ended.").arg(m_current.username));
}

void UsersPage::saveLimits()
{
    if (m_current.id.isEmpty())
        return;
    QJsonObject patch{{u"rpmLimit"_s, limitValue(m_rpm)},
                      {u"tpmLimit"_s, limitValue(m_tpm)},
                      {u"parallelLimit"_s, limitValue(m_parallel)}};
    patch.insert(u"maxBudget"_s, m_maxBudget->value() <= 0
                                     ? QJsonValue()
                                     : QJsonValue(QString::number(m_maxBudget->value(), 'f', 2)));
    const QString period = m_budgetDuration->currentData().toString();
    patch.insert(u"budgetDuration"_s, period.isEmpty() ? QJsonValue() : QJsonValue(period));
    patchUser(patch, tr("Limits of %1 saved.").arg(m_current.username));
}

void UsersPage::patchUser(const QJsonObject &patch, const QString &doneText)
{
    m_save->setEnabled(false);
    m_toggleActive->setEnabled(false);
    m_detailStatus->setText(tr("Saving…"));
    Client::Reply *reply = client()->updateUser(m_current.id, m_current.version, patch);
    connect(reply, &Client::Reply::done, this, [this] {
        m_save->setEnabled(canWrite());
        m_toggleActive->setEnabled(canWrite());
    });
    connect(reply, &Client::Reply::finished, this, [this, doneText](const QJsonObject &user) {
        m_model->updateUser(user);
        if (Client::User::fromJson(user).id == m_current.id)
            showUser(Client::User::fromJson(user));
        m_detailStatus->setText(doneText);
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_detailStatus->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

} // namespace Tollgate::Ui
