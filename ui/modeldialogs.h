// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Tollgate::Client {
class ApiClient;
class Reply;
} // namespace Tollgate::Client

namespace Tollgate::Ui {

/// Adds a deployment (an upstream base URL and served name) to a model.
class DeploymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentDialog)

public:
    DeploymentDialog(Client::ApiClient *client, const QString &modelId, QWidget *parent = nullptr);
    void setBaseUrl(const QString &url);
    void setServedName(const QString &name);
    /// Sends the deployment; added() or an error in the dialog.
    void add();

Q_SIGNALS:
    void added(const QJsonObject &deployment);

private:
    void retranslate();
    Client::ApiClient *m_client;
    QString m_modelId;
    QLineEdit *m_baseUrl;
    QLineEdit *m_servedName;
    QLineEdit *m_apiKey;
    QSpinBox *m_weight;
    QLabel *m_status;
    QPushButton *m_add;
    QFormLayout *m_form = nullptr;
};

/// Sync from upstream: asks an upstream's /v1/models what it serves, shows what would be added
/// and which deployments it lost (a preview that writes nothing), and applies what is checked.
class ModelSyncDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSyncDialog)

public:
    explicit ModelSyncDialog(Client::ApiClient *client, QWidget *parent = nullptr);
    void setBaseUrl(const QString &url);
    void preview();
    void apply();
    QTreeWidget *changes() const { return m_changes; }

Q_SIGNALS:
    /// Changes were applied; the catalogue should be reloaded.
    void applied(const QJsonObject &result);

private:
    void retranslate();
    void showPreview(const QJsonObject &preview);
    void updateApply();
    bool isBusy() const;

    Client::ApiClient *m_client;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QPushButton *m_preview;
    QTreeWidget *m_changes;
    QLabel *m_status;
    QPushButton *m_apply;
    QString m_previewedUrl;
    QPointer<Client::Reply> m_pending;
    QLabel *m_urlLabel;
    QFormLayout *m_form = nullptr;
};

} // namespace Tollgate::Ui
