// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboardpage.h"

#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
const QString AutoRefreshKey = u"dashboard/autoRefreshSeconds"_s;

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

DashboardPage::DashboardPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_user(valueLabel(this, QString()))
    , m_roles(valueLabel(this, QString()))
    , m_server(valueLabel(this, QString()))
    , m_readiness(valueLabel(this, QString()))
    , m_countsBox(new QGroupBox(this))
    , m_adminBox(new QWidget(this))
    , m_usageTitle(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_autoRefresh(new QComboBox(this))
    , m_updated(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_usageBox(new QGroupBox(this))
    , m_todayHeader(new QLabel(m_usageBox))
    , m_monthHeader(new QLabel(m_usageBox))
    , m_operationsBox(new QGroupBox(m_adminBox))
    , m_operationsForm(new QFormLayout(m_operationsBox))
    , m_youBox(new QGroupBox(this))
    , m_youForm(new QFormLayout(m_youBox))
    , m_serverBox(new QGroupBox(this))
    , m_serverForm(new QFormLayout(m_serverBox))
    , m_countsForm(new QFormLayout(m_countsBox))
{
    // Usage: today and this month side by side.
    auto *usageGrid = new QGridLayout(m_usageBox);
    usageGrid->addWidget(m_usageTitle, 0, 0, 1, 3);
    m_usageTitle->setWordWrap(true);
    m_usageTitle->setForegroundRole(QPalette::PlaceholderText);
    usageGrid->addWidget(m_todayHeader, 1, 1);
    usageGrid->addWidget(m_monthHeader, 1, 2);
    int row = 2;
    for (const auto &[key, name] : metricNames()) {
        auto *label = new QLabel(m_usageBox);
        m_metricLabels.insert(key, label);
        usageGrid->addWidget(label, row, 0);
        usageGrid->addWidget(figure(m_usageBox, u"today."_s + key), row, 1);
        usageGrid->addWidget(figure(m_usageBox, u"month."_s + key), row, 2);
        ++row;
    }
    usageGrid->setColumnStretch(1, 1);
    usageGrid->setColumnStretch(2, 1);

    // Admin readers: approvals waiting and the upstreams.
    for (const auto &[key, label, name] : operationNames())
        m_operationsForm->addRow(QString(), figure(m_operationsBox, key));
    auto *adminLayout = new QVBoxLayout(m_adminBox);
    adminLayout->setContentsMargins(0, 0, 0, 0);
    adminLayout->addWidget(m_operationsBox);

    m_youForm->addRow(QString(), m_user);
    m_youForm->addRow(QString(), m_roles);
    m_serverForm->addRow(QString(), m_server);
    m_serverForm->addRow(QString(), m_readiness);

    for (const auto &[key, text] : countNames()) {
        QLabel *label = valueLabel(m_countsBox, QString());
        m_counts.insert(key, label);
        m_countsForm->addRow(QString(), label);
    }

    // Refresh controls.
    for (const int seconds : {0, 30, 60, 300})
        m_autoRefresh->addItem(QString(), seconds);
    auto *controls = new QHBoxLayout;
    controls->addWidget(heading());
    controls->addStretch();
    controls->addWidget(m_updated);
    controls->addWidget(m_autoRefresh);
    controls->addWidget(m_refresh);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_usageBox);
    left->addWidget(m_adminBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_youBox);
    right->addWidget(m_serverBox);
    right->addWidget(m_countsBox);
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *body = new QWidget(this);
    body->setLayout(columns);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this, [this] {
        const int seconds = m_autoRefresh->currentData().toInt();
        QSettings().setValue(AutoRefreshKey, seconds);
        setAutoRefresh(seconds);
    });
    const int saved = QSettings().value(AutoRefreshKey, 0).toInt();
    const int index = m_autoRefresh->findData(saved);
    m_autoRefresh->setCurrentIndex(index < 0 ? 0 : index);
    setAutoRefresh(m_autoRefresh->currentData().toInt());
    retranslate();
}

QList<std::pair<QString, QString>> DashboardPage::metricNames()
{
    return {{u"requests"_s, tr("Requests")},
            {u"tokens"_s, tr("Tokens")},
            {u"cost"_s, tr("Cost")},
            {u"activeUsers"_s, tr("Active users")},
            {u"errors"_s, tr("Failed requests")},
            {u"successRate"_s, tr("Success rate")}};
}

QList<std::tuple<QString, QString, QString>> DashboardPage::operationNames()
{
    return {{u"pending"_s, tr("Pending approvals:"), tr("Pending approvals")},
            {u"models"_s, tr("Enabled models:"), tr("Enabled models")},
            {u"deployments"_s, tr("Enabled deployments:"), tr("Enabled deployments")},
            {u"upstreamErrors"_s, tr("Upstream errors since the server started:"),
             tr("Upstream errors since the server started")},
            {u"limits"_s, tr("Shared limits:"), tr("Shared limits")}};
}

QList<std::pair<QString, QString>> DashboardPage::countNames()
{
    return {{u"users"_s, tr("All users:")},
            {u"active"_s, tr("Active:")},
            {u"inactive"_s, tr("Inactive:")},
            {u"admins"_s, tr("Admins:")},
            {u"readonly"_s, tr("Read-only admins:")}};
}

void DashboardPage::retranslate()
{
    m_user->setAccessibleName(tr("Signed-in user"));
    m_roles->setAccessibleName(tr("Your roles"));
    m_server->setAccessibleName(tr("Server address"));
    m_readiness->setAccessibleName(tr("Server readiness"));
    m_countsBox->setTitle(tr("Users"));
    m_usageBox->setTitle(tr("Usage"));
    m_todayHeader->setText(u"<b>%1</b>"_s.arg(tr("Today").toHtmlEscaped()));
    m_monthHeader->setText(u"<b>%1</b>"_s.arg(tr("This month").toHtmlEscaped()));
    for (const auto &[key, name] : metricNames()) {
        m_metricLabels.value(key)->setText(name + u':');
        m_figures.value(u"today."_s + key)->setAccessibleName(tr("%1 today").arg(name));
        m_figures.value(u"month."_s + key)->setAccessibleName(tr("%1 this month").arg(name));
    }
    m_operationsBox->setTitle(tr("Operations"));
    for (const auto &[key, label, name] : operationNames()) {
        m_figures.value(key)->setAccessibleName(name);
        setRowLabel(m_operationsForm, m_figures.value(key), label);
    }
    m_youBox->setTitle(tr("You"));
    setRowLabel(m_youForm, m_user, tr("Signed in as:"));
    setRowLabel(m_youForm, m_roles, tr("Roles:"));
    m_serverBox->setTitle(tr("Server"));
    setRowLabel(m_serverForm, m_server, tr("Address:"));
    setRowLabel(m_serverForm, m_readiness, tr("Readiness:"));
    for (const auto &[key, text] : countNames()) {
        m_counts.value(key)->setAccessibleName(text);
        setRowLabel(m_countsForm, m_counts.value(key), text);
    }
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh dashboard"));
    m_autoRefresh->setAccessibleName(tr("Automatic refresh"));
    const QStringList intervals{tr("No automatic refresh"), tr("Every 30 seconds"), tr("Every minute"),
                                tr("Every 5 minutes")};
    for (int i = 0; i < intervals.size(); ++i)
        m_autoRefresh->setItemText(i, intervals.at(i));
    m_updated->setAccessibleName(tr("Last refresh"));
    // The figures' words (states, units, "updated at") come with the answers: ask again.
    if (m_refreshed)
        refresh();
}

QLabel *DashboardPage::figure(QWidget *parent, const QString &key)
{
    QLabel *label = valueLabel(parent, QString());
    m_figures.insert(key, label);
    return label;
}

void DashboardPage::setAutoRefresh(int seconds)
{
    const int index = m_autoRefresh->findData(seconds);
    if (index >= 0 && index != m_autoRefresh->currentIndex())
        m_autoRefresh->setCurrentIndex(index);
    if (seconds > 0)
        m_timer->start(seconds * 1000);
    else
        m_timer->stop();
}

void DashboardPage::activate()
{
    refresh();
}

void DashboardPage::refresh()
{
    // One round at a time: a slow server gets no pile of repeated requests.
    if (m_outstanding > 0)
        return;
    m_refreshed = true;
    Client::ApiClient *api = client();
    const QJsonObject user = api->currentUser();
    const QString fullName = user.value("fullName"_L1).toString();
    const QString username = user.value("username"_L1).toString();
    m_user->setText(fullName.isEmpty() ? username : u"%1 (%2)"_s.arg(fullName, username));
    m_roles->setText(api->roles().join(u", "_s));
    m_server->setText(api->server().toDisplayString());
    m_updated->setText(tr("Updating…"));

    m_readiness->setText(tr("checking…"));
    Client::Reply *ready = api->readiness();
    track(ready);
    connect(ready, &Client::Reply::finished, this, [this] { m_readiness->setText(tr("ready")); });
    connect(ready, &Client::Reply::failed, this,
            [this](const Client::Error &error) { m_readiness->setText(errorText(error)); });

    const bool canRead = api->hasRole(Client::RoleAdmin) || api->hasRole(Client::RoleAdminReadonly);
    m_usageTitle->setText(canRead ? tr("Everyone's usage (UTC days).") : tr("Your own usage (UTC days)."));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    loadUsage(u"today"_s, day(today), day(today));
    loadUsage(u"month"_s, day(QDate(today.year(), today.month(), 1)), day(today));

    m_countsBox->setVisible(canRead);
    m_adminBox->setVisible(canRead);
    if (!canRead)
        return;
    loadCurrency();
    loadPending();
    loadUpstreams();
    loadCounts();
}

void DashboardPage::track(Client::Reply *reply)
{
    ++m_outstanding;
    m_refresh->setEnabled(false);
    connect(reply, &Client::Reply::done, this, [this] {
        if (--m_outstanding > 0)
            return;
        m_refresh->setEnabled(true);
        m_updated->setText(
            tr("Updated %1").arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
    });
}

void DashboardPage::setFigure(const QString &key, const QJsonValue &value, const QString &text)
{
    QLabel *label = m_figures.value(key);
    label->setProperty("value", value.toVariant());
    label->setText(text);
    label->setToolTip(QString());
}

void DashboardPage::setUnavailable(const QString &key, const QString &why)
{
    QLabel *label = m_figures.value(key);
    label->setProperty("value", QVariant());
    label->setText(tr("unavailable"));
    label->setToolTip(why);
}

void DashboardPage::loadUsage(const QString &period, const QString &from, const QString &to)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, from);
    query.addQueryItem(u"to"_s, to);
    Client::Reply *reply = client()->get(u"/api/v1/usage/summary"_s, query);
    track(reply);
    connect(reply, &Client::Reply::finished, this, [this, period](const QJsonObject &summary) {
        const QJsonObject totals = summary.value("totals"_L1).toObject();
        const QLocale locale;
        for (const char *key : {"requests", "activeUsers"}) {
            const QJsonValue v = totals.value(QLatin1String(key));
            setFigure(period + u'.' + QLatin1String(key), v, locale.toString(v.toInteger()));
        }
        const QJsonValue tokens = totals.value("totalTokens"_L1);
        setFigure(period + u".tokens"_s, tokens, locale.toString(tokens.toInteger()));
        const QJsonValue errors = totals.value("errors"_L1);
        setFigure(period + u".errors"_s, errors, locale.toString(errors.toInteger()));
        const QJsonValue rate = totals.value("successRate"_L1);
        setFigure(period + u".successRate"_s, rate,
                  rate.isDouble() ? tr("%1 %", "percentage").arg(locale.toString(rate.toDouble() * 100, 'f', 1))
                                  : tr("no requests"));
        setFigure(period + u".cost"_s, totals.value("cost"_L1), QString());
        showMoney();
    });
    connect(reply, &Client::Reply::failed, this, [this, period](const Client::Error &error) {
        for (const char *key : {"requests", "tokens", "cost", "activeUsers", "errors", "successRate"})
            setUnavailable(period + u'.' + QLatin1String(key), errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

void DashboardPage::loadCurrency()
{
    Client::Reply *reply = client()->get(u"/api/v1/settings"_s);
    track(reply);
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &settings) {
        m_currency = settings.value("displayCurrency"_L1).toString();
        showMoney();
    });
    // Without the settings the amounts are shown without a currency.
}

void DashboardPage::showMoney()
{
    const QLocale locale;
    for (const QString &key : {u"today.cost"_s, u"month.cost"_s}) {
        QLabel *label = m_figures.value(key);
        const QVariant raw = label->property("value");
        if (!raw.isValid())
            continue;
        const double amount = raw.toString().toDouble();
        // Small amounts (a few test requests) would read as 0.00: show them to the micro-unit.
        const int decimals = amount != 0 && std::abs(amount) < 0.01 ? 6 : 2;
        const QString number = locale.toString(amount, 'f', decimals);
        label->setText(m_currency.isEmpty() ? number : tr("%1 %2", "amount, currency code").arg(number, m_currency));
    }
}

void DashboardPage::loadPending()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"1"_s);
    Client::Reply *reply = client()->get(u"/api/v1/subscriptions/pending"_s, query);
    track(reply);
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &page) {
        const QJsonValue total = page.value("total"_L1);
        setFigure(u"pending"_s, total, QLocale().toString(total.toInteger()));
    });
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { setUnavailable(u"pending"_s, errorText(error)); });
}

void DashboardPage::loadUpstreams()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    Client::Reply *reply = client()->get(u"/api/v1/models"_s, query);
    track(reply);
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &page) {
        const QJsonArray models = page.value("items"_L1).toArray();
        int enabledModels = 0;
        int deployments = 0;
        int enabledDeployments = 0;
        QHash<QString, QString> deploymentModels;
        for (const QJsonValue &m : models) {
            const QJsonObject model = m.toObject();
            const bool modelEnabled = model.value("enabled"_L1).toBool();
            enabledModels += modelEnabled ? 1 : 0;
            for (const QJsonValue &d : model.value("deployments"_L1).toArray()) {
                deploymentModels.insert(d.toObject().value("id"_L1).toString(), model.value("id"_L1).toString());
                ++deployments;
                enabledDeployments += modelEnabled && d.toObject().value("enabled"_L1).toBool() ? 1 : 0;
            }
        }
        const QLocale locale;
        setFigure(u"models"_s, enabledModels,
                  tr("%1 of %2").arg(locale.toString(enabledModels), locale.toString(models.size())));
        setFigure(u"deployments"_s, enabledDeployments,
                  tr("%1 of %2").arg(locale.toString(enabledDeployments), locale.toString(deployments)));
        if (enabledModels > 0 && enabledDeployments == 0)
            m_figures.value(u"deployments"_s)->setToolTip(tr("No enabled model has an enabled deployment: "
                                                             "requests to the gateway will fail."));
        loadMetrics(deploymentModels);
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        for (const QString &key : {u"models"_s, u"deployments"_s, u"upstreamErrors"_s, u"limits"_s})
            setUnavailable(key, errorText(error));
    });
}

void DashboardPage::loadMetrics(const QHash<QString, QString> &deploymentModels)
{
    // The server's own counters (this replica, since it started): upstream failures per
    // deployment and whether the shared limit counters are reachable.
    Client::Reply *reply = client()->download(u"/metrics"_s);
    track(reply);
    connect(reply, &Client::Reply::finished, this, [this, reply, deploymentModels] {
        static const QRegularExpression line(u"^(\\w+)(?:\\{([^}]*)\\})?\\s+(\\S+)"_s);
        static const QRegularExpression label(u"(\\w+)=\"([^\"]*)\""_s);
        qint64 errors = 0;
        QMap<QString, qint64> byModel;
        std::optional<bool> degraded;
        for (const QByteArray &raw : reply->bytes().split('\n')) {
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
            if (!m.hasMatch())
                continue;
            if (m.captured(1) == u"tollgate_upstream_errors_total"_s) {
                const qint64 n = qint64(m.captured(3).toDouble());
                errors += n;
                QString deployment;
                for (auto it = label.globalMatch(m.captured(2)); it.hasNext();) {
                    const QRegularExpressionMatch l = it.next();
                    if (l.captured(1) == u"deployment"_s)
                        deployment = l.captured(2);
                }
                byModel[deploymentModels.value(deployment, deployment)] += n;
            } else if (m.captured(1) == u"tollgate_limits_degraded"_s) {
                degraded = m.captured(3).toDouble() != 0;
            }
        }
        const QLocale locale;
        setFigure(u"upstreamErrors"_s, errors, locale.toString(errors));
        QStringList lines;
        for (auto it = byModel.cbegin(); it != byModel.cend(); ++it)
            lines << tr("%1: %2").arg(it.key(), locale.toString(it.value()));
        m_figures.value(u"upstreamErrors"_s)->setToolTip(lines.join(u'\n'));
        if (degraded)
            setFigure(u"limits"_s, *degraded,
                      *degraded ? tr("degraded: Redis is unreachable, each replica enforces its share alone")
                                : tr("working"));
        else
            setUnavailable(u"limits"_s, {});
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        setUnavailable(u"upstreamErrors"_s, errorText(error));
        setUnavailable(u"limits"_s, errorText(error));
    });
}

void DashboardPage::loadCounts()
{
    for (QLabel *label : std::as_const(m_counts)) {
        label->setText(tr("loading…"));
        label->setToolTip({});
    }
    // One request for every count: the server groups the users once instead of five scans.
    Client::Reply *reply = client()->userStats();
    track(reply);
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &stats) {
        const QJsonObject byStatus = stats.value("byStatus"_L1).toObject();
        const QJsonObject byRole = stats.value("byRole"_L1).toObject();
        const QList<std::pair<QString, QJsonValue>> values = {
            {u"users"_s, stats.value("total"_L1)},
            {u"active"_s, byStatus.value("active"_L1)},
            {u"inactive"_s, byStatus.value("inactive"_L1)},
            {u"admins"_s, byRole.value(Client::RoleAdmin)},
            {u"readonly"_s, byRole.value(Client::RoleAdminReadonly)}};
        for (const auto &[key, value] : values)
            m_counts.value(key)->setText(QLocale().toString(value.toInteger()));
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        for (QLabel *label : std::as_const(m_counts)) {
            label->setText(tr("unavailable"));
            label->setToolTip(errorText(error));
        }
        Q_EMIT problem(errorText(error));
    });
}

} // namespace Tollgate::Ui
