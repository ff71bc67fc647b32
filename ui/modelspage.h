// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QJsonObject>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Tollgate::Models {
class DeploymentsModel;
class ModelsModel;
} // namespace Tollgate::Models

namespace Tollgate::Ui {

class DeploymentDialog;
class ModelSyncDialog;

/// The model catalogue: capabilities, prices per 1M tokens, restricted and enabled toggles, the
/// deployments of the selected model (add, remove, test the connection) and sync from upstream.
class ModelsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsPage)

public:
    explicit ModelsPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("models"); }
    QString title() const override { return tr("Models"); }
    void activate() override;

    Models::ModelsModel *model() const { return m_model; }
    Models::DeploymentsModel *deployments() const { return m_deployments; }
    QTableView *table() const { return m_table; }
    QTableView *deploymentTable() const { return m_deploymentTable; }
    /// Selects the loaded row of model @p id; false when it is not loaded.
    bool selectModel(const QString &id);

    DeploymentDialog *openAddDeployment();
    QDialog *openRemoveDeployment();
    ModelSyncDialog *openSync();
    /// Probes the selected deployment's upstream; the result shows in the deployment status.
    void testConnection();

protected:
    void retranslate() override;

private:
    void showSelection();
    /// Reloads the list and selects @p id again once it is back.
    void reloadKeeping(const QString &id);
    /// Fetches one model again (after a change to its deployments) into its row.
    void refreshModel(const QString &id);
    void setFlag(const QString &field, bool value);
    void updateButtons();
    void updateCount();
    QJsonObject selectedDeployment() const;

    Models::ModelsModel *m_model;
    Models::DeploymentsModel *m_deployments;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_sync;
    QTimer *m_searchDelay;

    QGroupBox *m_detail;
    QLabel *m_name;
    QLabel *m_badges;
    QLabel *m_prices;
    QCheckBox *m_restricted;
    QCheckBox *m_enabled;
    QLabel *m_detailStatus;
    QTableView *m_deploymentTable;
    QPushButton *m_addDeployment;
    QPushButton *m_removeDeployment;
    QPushButton *m_test;
    QLabel *m_deploymentStatus;
    QPushButton *m_reload;
    QLabel *m_deploymentsHeading;
    QJsonObject m_current;
    QString m_reselect;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_columnsSized = false;
};

} // namespace Tollgate::Ui
