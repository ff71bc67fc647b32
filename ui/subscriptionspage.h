// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QJsonObject>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Tollgate::Models {
class SubscriptionsModel;
}

namespace Tollgate::Ui {

class ReasonDialog;

/// Subscription approvals: the pending queue (or all subscriptions), approve and deny one or
/// many at once (deny asks for a reason), and the history of the selected subscription.
class SubscriptionsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsPage)

public:
    explicit SubscriptionsPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("subscriptions"); }
    QString title() const override { return tr("Approvals"); }
    void activate() override;

    Models::SubscriptionsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *history() const { return m_history; }
    /// Selects the loaded rows of @p ids (the first becomes current); how many were found.
    int selectSubscriptions(const QStringList &ids);
    /// Approves the selected subscriptions (one call, or one bulk call for several).
    void approveSelected();
    /// Asks for a reason, then denies the selected subscriptions.
    ReasonDialog *denySelected();

protected:
    void retranslate() override;

private:
    QStringList selectedIds() const;
    void updateButtons();
    void updateCount();
    void showHistory();
    void decide(const QString &action, const QStringList &ids, const QString &reason);
    void applied(const QList<QJsonObject> &subscriptions, const QString &action);

    Models::SubscriptionsModel *m_model;
    QComboBox *m_show;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_approve;
    QPushButton *m_deny;
    QLabel *m_status;
    QTreeWidget *m_history;
    QLabel *m_historyTitle;
    QPushButton *m_reload;
    QLabel *m_showLabel;
    QGroupBox *m_historyBox;
    QLabel *m_heading;
    QString m_historyFor;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_columnsSized = false;
};

} // namespace Tollgate::Ui
