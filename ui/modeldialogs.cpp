// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modeldialogs.h"

#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"
#include "ui/language.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
constexpr int KindRole = Qt::UserRole + 1;  ///< "add" or "disable"
constexpr int ValueRole = Qt::UserRole + 2; ///< served name or deployment id
} // namespace

DeploymentDialog::DeploymentDialog(Client::ApiClient *client, const QString &modelId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_modelId(modelId)
    , m_baseUrl(new QLineEdit(this))
    , m_servedName(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_weight(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    m_baseUrl->setPlaceholderText(u"http://vllm:8000/v1"_s);
    m_servedName->setPlaceholderText(modelId);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_weight->setRange(0, 1000);
    m_weight->setValue(1);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_form = new QFormLayout;
    m_form->addRow(QString(), m_baseUrl);
    m_form->addRow(QString(), m_servedName);
    m_form->addRow(QString(), m_apiKey);
    m_form->addRow(QString(), m_weight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, &DeploymentDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void DeploymentDialog::retranslate()
{
    setRowLabel(m_form, m_baseUrl, tr("&Base URL:"));
    setRowLabel(m_form, m_servedName, tr("&Served name:"));
    setRowLabel(m_form, m_apiKey, tr("API &key:"));
    setRowLabel(m_form, m_weight, tr("&Weight:"));
    m_add->setText(tr("&Add"));
    setWindowTitle(tr("Add deployment to %1").arg(m_modelId));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_servedName->setAccessibleName(tr("Served name"));
    m_apiKey->setAccessibleName(tr("Upstream API key"));
    m_apiKey->setPlaceholderText(tr("optional; stored encrypted, never shown again"));
    m_weight->setAccessibleName(tr("Weight"));
    m_status->setAccessibleName(tr("Dialog status"));
}

void DeploymentDialog::setBaseUrl(const QString &url)
{
    m_baseUrl->setText(url);
}

void DeploymentDialog::setServedName(const QString &name)
{
    m_servedName->setText(name);
}

void DeploymentDialog::add()
{
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        m_status->setText(tr("Enter the upstream's http(s) address, e.g. http://vllm:8000/v1."));
        return;
    }
    QJsonObject body{{u"baseUrl"_s, m_baseUrl->text().trimmed()}, {u"weight"_s, m_weight->value()}};
    if (!m_servedName->text().trimmed().isEmpty())
        body.insert(u"servedName"_s, m_servedName->text().trimmed());
    if (!m_apiKey->text().isEmpty())
        body.insert(u"apiKey"_s, m_apiKey->text());
    m_add->setEnabled(false);
    m_status->setText(tr("Adding…"));
    Client::Reply *reply = m_client->post(
        u"/api/v1/models/"_s + Client::ApiClient::segment(m_modelId) + u"/deployments"_s, body);
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &deployment) {
        Q_EMIT added(deployment);
        accept();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_add->setEnabled(true);
        m_status->setText(errorText(error));
    });
}

ModelSyncDialog::ModelSyncDialog(Client::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_baseUrl(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_preview(new QPushButton(this))
    , m_changes(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_urlLabel(new QLabel(this))
{
    m_urlLabel->setBuddy(m_baseUrl);
    m_baseUrl->setPlaceholderText(u"http://vllm:8000/v1"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_changes->setColumnCount(3);
    m_changes->setRootIsDecorated(false);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    m_form = new QFormLayout;
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_baseUrl, 1);
    urlRow->addWidget(m_preview);
    m_form->addRow(m_urlLabel, urlRow);
    m_form->addRow(QString(), m_apiKey);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_preview, &QPushButton::clicked, this, &ModelSyncDialog::preview);
    connect(m_baseUrl, &QLineEdit::returnPressed, this, &ModelSyncDialog::preview);
    connect(m_apply, &QPushButton::clicked, this, &ModelSyncDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changes, &QTreeWidget::itemChanged, this, &ModelSyncDialog::updateApply);
    resize(620, 420);
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void ModelSyncDialog::retranslate()
{
    m_urlLabel->setText(tr("&Base URL:"));
    m_changes->setHeaderLabels({tr("Change"), tr("Model"), tr("Details")});
    m_apply->setText(tr("&Apply checked"));
    setRowLabel(m_form, m_apiKey, tr("API &key:"));
    m_preview->setText(tr("&Preview"));
    setWindowTitle(tr("Sync models from upstream"));
    m_baseUrl->setAccessibleName(tr("Upstream base URL"));
    m_apiKey->setAccessibleName(tr("Upstream API key"));
    m_apiKey->setPlaceholderText(tr("optional"));
    m_preview->setAccessibleName(tr("Preview changes"));
    m_changes->setAccessibleName(tr("Changes"));
    m_status->setAccessibleName(tr("Dialog status"));
    m_apply->setAccessibleName(tr("Apply changes"));
}

bool ModelSyncDialog::isBusy() const
{
    return m_pending && !m_pending->isFinished();
}

void ModelSyncDialog::setBaseUrl(const QString &url)
{
    m_baseUrl->setText(url);
}

void ModelSyncDialog::preview()
{
    if (isBusy())
        return;
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty()) {
        m_status->setText(tr("Enter the upstream's base URL."));
        return;
    }
    QJsonObject body{{u"baseUrl"_s, url}};
    if (!m_apiKey->text().isEmpty())
        body.insert(u"apiKey"_s, m_apiKey->text());
    m_changes->clear();
    m_previewedUrl.clear();
    m_preview->setEnabled(false);
    updateApply();
    m_status->setText(tr("Asking %1 for its models…").arg(url));
    Client::Reply *reply = m_client->post(u"/api/v1/models/sync/preview"_s, body);
    m_pending = reply;
    connect(reply, &Client::Reply::done, this, [this] {
        m_preview->setEnabled(true);
        updateApply();
    });
    connect(reply, &Client::Reply::finished, this, &ModelSyncDialog::showPreview);
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { m_status->setText(errorText(error)); });
}

void ModelSyncDialog::showPreview(const QJsonObject &preview)
{
    const QSignalBlocker blocker(m_changes);
    m_previewedUrl = preview.value("baseUrl"_L1).toString();
    for (const QJsonValue &v : preview.value("add"_L1).toArray()) {
        const QJsonObject add = v.toObject();
        auto *item = new QTreeWidgetItem(
            m_changes, {tr("Add"), add.value("modelId"_L1).toString(),
                        add.value("modelExists"_L1).toBool()
                            ? tr("new deployment of an existing model")
                            : tr("new model, served as %1").arg(add.value("servedName"_L1).toString())});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, KindRole, u"add"_s);
        item->setData(0, ValueRole, add.value("servedName"_L1).toString());
    }
    for (const QJsonValue &v : preview.value("missing"_L1).toArray()) {
        const QJsonObject missing = v.toObject();
        auto *item = new QTreeWidgetItem(
            m_changes,
            {tr("Disable"), missing.value("modelId"_L1).toString(),
             tr("the upstream no longer lists %1").arg(missing.value("servedName"_L1).toString())});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, missing.value("enabled"_L1).toBool(true) ? Qt::Checked : Qt::Unchecked);
        item->setData(0, KindRole, u"disable"_s);
        item->setData(0, ValueRole, missing.value("deploymentId"_L1).toString());
    }
    for (const QJsonValue &v : preview.value("present"_L1).toArray()) {
        const QJsonObject present = v.toObject();
        auto *item = new QTreeWidgetItem(m_changes, {tr("Unchanged"), present.value("modelId"_L1).toString(),
                                                     present.value("servedName"_L1).toString()});
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (int c = 0; c < m_changes->columnCount(); ++c)
        m_changes->resizeColumnToContents(c);
    const int adds = int(preview.value("add"_L1).toArray().size());
    const int missing = int(preview.value("missing"_L1).toArray().size());
    m_status->setText(adds + missing == 0
                          ? tr("The catalogue already has everything this upstream serves.")
                          : tr("%1 to add, %2 lost by the upstream. Nothing is changed until you apply.")
                                .arg(adds)
                                .arg(missing));
}

void ModelSyncDialog::updateApply()
{
    bool any = false;
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_changes->topLevelItem(i);
        any = any || (item->data(0, KindRole).isValid() && item->checkState(0) == Qt::Checked);
    }
    m_apply->setEnabled(any && !isBusy() && !m_previewedUrl.isEmpty());
}

void ModelSyncDialog::apply()
{
    if (isBusy() || m_previewedUrl.isEmpty())
        return;
    QJsonArray add;
    QJsonArray disable;
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_changes->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        if (item->data(0, KindRole).toString() == u"add"_s)
            add.append(item->data(0, ValueRole).toString());
        else if (item->data(0, KindRole).toString() == u"disable"_s)
            disable.append(item->data(0, ValueRole).toString());
    }
    QJsonObject body{{u"baseUrl"_s, m_previewedUrl}, {u"add"_s, add}, {u"disable"_s, disable}};
    if (!m_apiKey->text().isEmpty())
        body.insert(u"apiKey"_s, m_apiKey->text());
    m_apply->setEnabled(false);
    m_status->setText(tr("Applying…"));
    Client::Reply *reply = m_client->post(u"/api/v1/models/sync/apply"_s, body);
    m_pending = reply;
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &result) {
        m_status->setText(tr("Added %1, disabled %2.")
                              .arg(result.value("added"_L1).toArray().size())
                              .arg(result.value("disabled"_L1).toArray().size()));
        m_changes->clear();
        m_previewedUrl.clear();
        Q_EMIT applied(result);
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_status->setText(errorText(error));
        updateApply();
    });
}

} // namespace Tollgate::Ui
