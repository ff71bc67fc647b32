// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/userdetaildialog.h"

#include "gateway-core/client/apiclient.h"
#include "ui/budgetbar.h"
#include "ui/errortext.h"
#include "ui/language.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {

QTableWidget *listTable(QWidget *parent, int columns)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(columns);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString shortTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString money(const QJsonValue &value)
{
    const std::optional<double> v = Client::moneyValue(value);
    return v ? QLocale().toString(*v, 'f', 2) : QString();
}

} // namespace

UserDetailDialog::UserDetailDialog(Client::ApiClient *client, const QString &userId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_userId(userId)
    , m_name(new QLabel(this))
    , m_info(new QLabel(this))
    , m_requests(new QLabel(this))
    , m_tokens(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_budgetBar(new QProgressBar(this))
    , m_budgetText(new QLabel(this))
    , m_keys(listTable(this, 5))
    , m_subscriptions(listTable(this, 4))
    , m_status(new QLabel(this))
    , m_usage(new QGroupBox(this))
    , m_form(new QFormLayout(m_usage))
    , m_tabs(new QTabWidget(this))
{
    m_name->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_budgetBar->setRange(0, 100);
    m_budgetText->setWordWrap(true);
    m_status->setWordWrap(true);

    for (QWidget *field :
         std::initializer_list<QWidget *>{m_requests, m_tokens, m_cost, m_budgetBar, m_budgetText})
        m_form->addRow(QString(), field);
    m_tabs->addTab(m_keys, QString());
    m_tabs->addTab(m_subscriptions, QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_info);
    layout->addWidget(m_usage);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 560);

    request(u"/api/v1/users/"_s + userId, {}, [this](const QJsonObject &o) { showUser(o); });
    QUrlQuery keys;
    keys.addQueryItem(u"userId"_s, userId);
    keys.addQueryItem(u"limit"_s, u"500"_s);
    request(u"/api/v1/keys"_s, keys, [this](const QJsonObject &o) { showKeys(o); });
    QUrlQuery subscriptions;
    subscriptions.addQueryItem(u"userId"_s, userId);
    subscriptions.addQueryItem(u"limit"_s, u"500"_s);
    request(u"/api/v1/subscriptions"_s, subscriptions,
            [this](const QJsonObject &o) { showSubscriptions(o); });
    QUrlQuery month;
    month.addQueryItem(u"userId"_s, userId);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    month.addQueryItem(u"from"_s, QDate(today.year(), today.month(), 1).toString(Qt::ISODate));
    month.addQueryItem(u"to"_s, today.toString(Qt::ISODate));
    request(u"/api/v1/usage/summary"_s, month, [this](const QJsonObject &o) { showUsage(o); });
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void UserDetailDialog::retranslate()
{
    m_keys->setAccessibleName(tr("API keys of the user"));
    m_keys->setHorizontalHeaderLabels({tr("Name"), tr("Prefix"), tr("State"), tr("Spend"), tr("Last used")});
    m_subscriptions->setAccessibleName(tr("Subscriptions of the user"));
    m_subscriptions->setHorizontalHeaderLabels({tr("Model"), tr("Status"), tr("Since"), tr("Expires")});
    m_usage->setTitle(tr("This month"));
    setRowLabel(m_form, m_requests, tr("Requests:"));
    setRowLabel(m_form, m_tokens, tr("Tokens:"));
    setRowLabel(m_form, m_cost, tr("Cost:"));
    setRowLabel(m_form, m_budgetBar, tr("Budget used:"));
    m_tabs->setAccessibleName(tr("Keys and subscriptions"));
    m_tabs->setTabText(0, tr("&Keys"));
    m_tabs->setTabText(1, tr("Su&bscriptions"));
    setWindowTitle(tr("User details"));
    m_name->setAccessibleName(tr("User"));
    m_info->setAccessibleName(tr("Profile"));
    m_requests->setAccessibleName(tr("Requests this month"));
    m_tokens->setAccessibleName(tr("Tokens this month"));
    m_cost->setAccessibleName(tr("Cost this month"));
    m_budgetBar->setAccessibleName(tr("Budget used"));
    m_status->setAccessibleName(tr("Loading status"));
    m_status->setText(tr("Loading…"));
}

void UserDetailDialog::request(const QString &path, const QUrlQuery &query,
                               const std::function<void(const QJsonObject &)> &show)
{
    ++m_pending;
    Client::Reply *reply = m_client->get(path, query);
    connect(reply, &Client::Reply::finished, this, show);
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { m_errors.append(errorText(error)); });
    connect(reply, &Client::Reply::done, this, &UserDetailDialog::partDone);
}

void UserDetailDialog::partDone()
{
    if (--m_pending > 0)
        return;
    m_status->setText(
        m_errors.isEmpty() ? QString() : tr("Some details could not be loaded: %1").arg(m_errors.join(u' ')));
    Q_EMIT loaded();
}

void UserDetailDialog::showUser(const QJsonObject &object)
{
    const Client::User user = Client::User::fromJson(object);
    setWindowTitle(tr("User %1").arg(user.username));
    m_name->setText(u"<h3>%1</h3>"_s.arg(user.username.toHtmlEscaped()));
    QStringList lines;
    if (!user.fullName.isEmpty())
        lines << user.fullName;
    if (!user.email.isEmpty())
        lines << user.email;
    lines << tr("Roles: %1").arg(user.roles.join(u", "_s));
    lines << (user.active ? tr("Status: active") : tr("Status: inactive"));
    if (!user.provider.isEmpty())
        lines << tr("Signs in with: %1").arg(user.provider);
    m_info->setText(lines.join(u'\n'));
    const QLocale locale;
    const std::optional<double> used = user.budgetUsed();
    showBudgetUse(m_budgetBar, used);
    if (used)
        m_budgetText->setText(tr("%1 spent of %2")
                                  .arg(locale.toString(user.spend.value_or(0), 'f', 2),
                                       locale.toString(*user.maxBudget, 'f', 2)));
    else
        m_budgetText->setText(tr("No budget set."));
}

void UserDetailDialog::showUsage(const QJsonObject &summary)
{
    const QJsonObject totals = summary.value("totals"_L1).toObject();
    const QLocale locale;
    m_requests->setText(locale.toString(totals.value("requests"_L1).toInteger()));
    m_tokens->setText(locale.toString(totals.value("totalTokens"_L1).toInteger()));
    const QString cost = money(totals.value("cost"_L1));
    m_cost->setText(cost.isEmpty() ? locale.toString(0.0, 'f', 2) : cost);
}

void UserDetailDialog::showKeys(const QJsonObject &page)
{
    const QJsonArray items = page.value("items"_L1).toArray();
    m_keys->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject key = items.at(row).toObject();
        const QString state = key.value("state"_L1).toString();
        const QStringList cells = {
            key.value("name"_L1).toString(), key.value("prefix"_L1).toString(),
            state == u"active"_s    ? tr("active")
            : state == u"revoked"_s ? tr("revoked")
            : state == u"expired"_s ? tr("expired")
            : state == u"blocked"_s ? tr("blocked")
                                    : state,
            money(key.value("spend"_L1)),
            key.value("lastUsedAt"_L1).isString() ? shortTime(key.value("lastUsedAt"_L1)) : tr("never")};
        for (int column = 0; column < cells.size(); ++column)
            m_keys->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (items.isEmpty()) {
        m_keys->setRowCount(1);
        m_keys->setItem(0, 0, new QTableWidgetItem(tr("No keys.")));
    }
    m_keys->resizeColumnsToContents();
}

void UserDetailDialog::showSubscriptions(const QJsonObject &page)
{
    const QJsonArray items = page.value("items"_L1).toArray();
    m_subscriptions->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject s = items.at(row).toObject();
        const QStringList cells = {
            s.value("modelId"_L1).toString(), s.value("status"_L1).toString(),
            shortTime(s.value("statusChangedAt"_L1).isString() ? s.value("statusChangedAt"_L1)
                                                               : s.value("createdAt"_L1)),
            s.value("expiresAt"_L1).isString() ? shortTime(s.value("expiresAt"_L1)) : tr("never")};
        for (int column = 0; column < cells.size(); ++column)
            m_subscriptions->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (items.isEmpty()) {
        m_subscriptions->setRowCount(1);
        m_subscriptions->setItem(0, 0, new QTableWidgetItem(tr("No subscriptions.")));
    }
    m_subscriptions->resizeColumnsToContents();
}

} // namespace Tollgate::Ui
