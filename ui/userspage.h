// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/types.h"
#include "ui/page.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace Tollgate::Models {
class UsersModel;
}

namespace Tollgate::Ui {

class UserDetailDialog;

/// Users: search and filter (server-side, paged as the table scrolls), a detail panel with the
/// budget bar, activate/deactivate and limits. Read-only admins see the controls disabled.
class UsersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("users"); }
    QString title() const override { return tr("Users"); }
    void activate() override;

    Models::UsersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Selects the loaded row of @p username; false when it is not loaded.
    bool selectUser(const QString &username);

    /// The colour role of a budget bar at @p used (fraction of the budget): normal below 70 %,
    /// amber from 70 %, red from 90 %.
    enum class BudgetLevel { Normal, Warning, Critical };
    static BudgetLevel budgetLevel(double used);

    /// Opens the detail dialog (keys, subscriptions, usage) of the selected user; nullptr when
    /// nobody is selected.
    UserDetailDialog *openDetails();

protected:
    void retranslate() override;

private:
    void applyFilter();
    void showUser(const Client::User &user);
    void showSelection();
    void toggleActive();
    void saveLimits();
    void patchUser(const QJsonObject &patch, const QString &doneText);
    void updateCount();

    Models::UsersModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_role;
    QComboBox *m_active;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_searchDelay;
    bool m_loaded = false;
    bool m_columnsSized = false;

    QGroupBox *m_detail;
    QLabel *m_name;
    QLabel *m_info;
    QProgressBar *m_budgetBar;
    QLabel *m_budgetText;
    QSpinBox *m_rpm;
    QSpinBox *m_tpm;
    QSpinBox *m_parallel;
    QDoubleSpinBox *m_maxBudget;
    QComboBox *m_budgetDuration;
    QPushButton *m_save;
    QPushButton *m_toggleActive;
    QPushButton *m_details;
    QLabel *m_detailStatus;
    QFormLayout *m_limits;
    QLabel *m_budgetUsed;
    QPushButton *m_reload;
    Client::User m_current;
};

} // namespace Tollgate::Ui
