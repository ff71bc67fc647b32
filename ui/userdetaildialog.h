// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

class QGroupBox;
class QFormLayout;
class QTabWidget;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace Tollgate::Client {
class ApiClient;
struct Error;
} // namespace Tollgate::Client

namespace Tollgate::Ui {

/// One user at a glance: profile, this month's requests, tokens and cost, the budget bar, their
/// API keys and their subscriptions. Read-only; everything is loaded at once when it opens.
class UserDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailDialog)

public:
    UserDetailDialog(Client::ApiClient *client, const QString &userId, QWidget *parent = nullptr);

    QString userId() const { return m_userId; }
    QTableWidget *keysTable() const { return m_keys; }
    QTableWidget *subscriptionsTable() const { return m_subscriptions; }
    QProgressBar *budgetBar() const { return m_budgetBar; }
    /// Requests still loading.
    int pending() const { return m_pending; }

Q_SIGNALS:
    /// Every part has arrived (or failed).
    void loaded();

private:
    void retranslate();
    void request(const QString &path, const QUrlQuery &query,
                 const std::function<void(const QJsonObject &)> &show);
    void showUser(const QJsonObject &user);
    void showUsage(const QJsonObject &summary);
    void showKeys(const QJsonObject &page);
    void showSubscriptions(const QJsonObject &page);
    void partDone();

    Client::ApiClient *m_client;
    QString m_userId;
    QLabel *m_name;
    QLabel *m_info;
    QLabel *m_requests;
    QLabel *m_tokens;
    QLabel *m_cost;
    QProgressBar *m_budgetBar;
    QLabel *m_budgetText;
    QTableWidget *m_keys;
    QTableWidget *m_subscriptions;
    QLabel *m_status;
    QGroupBox *m_usage;
    QFormLayout *m_form;
    QTabWidget *m_tabs;
    QStringList m_errors;
    int m_pending = 0;
};

} // namespace Tollgate::Ui
