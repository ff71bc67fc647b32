// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QHash>
#include <QList>

#include <tuple>
#include <utility>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;
class QUrlQuery;

namespace Tollgate::Client {
class Reply;
}

namespace Tollgate::Ui {

/// What the server can tell today: usage of today and of this month (requests, tokens, cost in
/// the display currency, active users), pending approvals, the server's readiness and its
/// upstreams (enabled models and deployments), who is signed in and user counts. Refreshes on
/// demand and, if chosen, every so often; all of it asynchronously, never more than one round
/// at a time.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    void activate() override;

    /// The value label of a count ("users", "active", "inactive", "admins", "readonly"), for tests.
    QLabel *countLabel(const QString &key) const { return m_counts.value(key); }
    /// The value label of a figure: "today.requests", "today.tokens", "today.cost",
    /// "today.activeUsers", "today.errors", "today.successRate", the same with "month.", "pending",
    /// "models", "deployments", "upstreamErrors", "limits".
    /// Its "value" property holds the number as the server sent it.
    QLabel *figureLabel(const QString &key) const { return m_figures.value(key); }
    /// Requests of the current refresh still out.
    int pendingRequests() const { return m_outstanding; }
    /// Auto-refresh interval in seconds (0: off).
    void setAutoRefresh(int seconds);

public Q_SLOTS:
    void refresh();

protected:
    void retranslate() override;

private:
    static QList<std::pair<QString, QString>> metricNames();
    static QList<std::tuple<QString, QString, QString>> operationNames();
    static QList<std::pair<QString, QString>> countNames();
    void loadCounts();
    void loadUsage(const QString &period, const QString &from, const QString &to);
    void loadPending();
    void loadUpstreams();
    void loadMetrics(const QHash<QString, QString> &deploymentModels);
    void loadCurrency();
    void track(Client::Reply *reply);
    void showMoney();
    QLabel *figure(QWidget *parent, const QString &key);
    void setFigure(const QString &key, const QJsonValue &value, const QString &text);
    void setUnavailable(const QString &key, const QString &why);

    QLabel *m_user;
    QLabel *m_roles;
    QLabel *m_server;
    QLabel *m_readiness;
    QGroupBox *m_countsBox;
    QWidget *m_adminBox;
    QLabel *m_usageTitle;
    QHash<QString, QLabel *> m_counts;
    QHash<QString, QLabel *> m_figures;
    QPushButton *m_refresh;
    QComboBox *m_autoRefresh;
    QLabel *m_updated;
    QTimer *m_timer;
    QGroupBox *m_usageBox;
    QLabel *m_todayHeader;
    QLabel *m_monthHeader;
    QHash<QString, QLabel *> m_metricLabels;
    QGroupBox *m_operationsBox;
    QFormLayout *m_operationsForm;
    QGroupBox *m_youBox;
    QFormLayout *m_youForm;
    QGroupBox *m_serverBox;
    QFormLayout *m_serverForm;
    QFormLayout *m_countsForm;
    QString m_currency;
    int m_outstanding = 0;
    bool m_refreshed = false;
};

} // namespace Tollgate::Ui
