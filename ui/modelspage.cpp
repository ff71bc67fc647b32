// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/modelspage.h"

#include "gateway-core/client/apiclient.h"
#include "gateway-core/util/jsonnumber.h"
#include "models/catalogmodels.h"
#include "ui/errortext.h"
#include "ui/modeldialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {

QColor capabilityColor(const QString &capability)
{
    if (capability == u"chat"_s)
        return QColor(0x1e, 0x88, 0xe5);
    if (capability == u"embeddings"_s)
        return QColor(0x43, 0xa0, 0x47);
    if (capability == u"docling"_s)
        return QColor(0xfb, 0x8c, 0x00);
    if (capability == u"safety"_s)
        return QColor(0xe5, 0x39, 0x35);
    return QColor(0x75, 0x75, 0x75);
}

/// Paints capabilities as small rounded badges, tinted so they read on light and dark palettes.
class BadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The cell's background and selection only: the badges replace the text.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        const QStringList capabilities = index.data(Models::ModelsModel::CapabilitiesRole).toStringList();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QFontMetrics metrics(option.font);
        const int height = metrics.height() + 2;
        int x = option.rect.left() + 4;
        const int y = option.rect.center().y() - height / 2;
        for (const QString &capability : capabilities) {
            const int width = metrics.horizontalAdvance(capability) + 10;
            if (x + width > option.rect.right())
                break;
            const QRectF badge(x, y, width, height);
            QColor fill = capabilityColor(capability);
            fill.setAlpha(70);
            QPainterPath path;
            path.addRoundedRect(badge, height / 2.0, height / 2.0);
            painter->fillPath(path, fill);
            painter->setPen(option.palette.color(
                option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(badge, Qt::AlignCenter, capability);
            x += width + 4;
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        int width = 4;
        for (const QString &c : index.data(Models::ModelsModel::CapabilitiesRole).toStringList())
            width += metrics.horizontalAdvance(c) + 14;
        return {width, metrics.height() + 6};
    }
};

QString badgesHtml(const QJsonArray &capabilities)
{
    QStringList spans;
    for (const QJsonValue &c : capabilities) {
        QColor color = capabilityColor(c.toString());
        spans << u"<span style=\"background-color:%1; color:white\">&nbsp;%2&nbsp;</span>"_s.arg(
            color.name(), c.toString().toHtmlEscaped());
    }
    return spans.isEmpty() ? ModelsPage::tr("No capabilities") : spans.join(u' ');
}

} // namespace

ModelsPage::ModelsPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_model(new Models::ModelsModel(client, this))
    , m_deployments(new Models::DeploymentsModel(client, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_sync(new QPushButton(this))
    , m_searchDelay(new QTimer(this))
    , m_detail(new QGroupBox(this))
    , m_name(new QLabel(m_detail))
    , m_badges(new QLabel(m_detail))
    , m_prices(new QLabel(m_detail))
    , m_restricted(new QCheckBox(m_detail))
    , m_enabled(new QCheckBox(m_detail))
    , m_detailStatus(new QLabel(m_detail))
    , m_deploymentTable(new QTableView(m_detail))
    , m_addDeployment(new QPushButton(m_detail))
    , m_removeDeployment(new QPushButton(m_detail))
    , m_test(new QPushButton(m_detail))
    , m_deploymentStatus(new QLabel(m_detail))
    , m_reload(new QPushButton(this))
    , m_deploymentsHeading(new QLabel(m_detail))
{
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_reload);
    filters->addWidget(m_sync);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(Models::ModelsModel::CapabilitiesColumn, new BadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: rows, not cells, are chosen
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    m_name->setTextFormat(Qt::RichText);
    m_name->setWordWrap(true);
    m_badges->setTextFormat(Qt::RichText);
    m_prices->setWordWrap(true);
    m_detailStatus->setWordWrap(true);
    m_deploymentTable->setModel(m_deployments);
    m_deploymentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deploymentTable->setTabKeyNavigation(false); // Tab leaves the table: rows, not cells, are chosen
    m_deploymentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_deploymentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deploymentTable->verticalHeader()->hide();
    m_deploymentTable->horizontalHeader()->setStretchLastSection(true);
    m_deploymentStatus->setWordWrap(true);
    m_deploymentStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *deploymentButtons = new QHBoxLayout;
    deploymentButtons->addWidget(m_addDeployment);
    deploymentButtons->addWidget(m_removeDeployment);
    deploymentButtons->addStretch();
    deploymentButtons->addWidget(m_test);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_badges);
    detailLayout->addWidget(m_prices);
    detailLayout->addWidget(m_restricted);
    detailLayout->addWidget(m_enabled);
    detailLayout->addWidget(m_detailStatus);
    detailLayout->addWidget(m_deploymentsHeading);
    detailLayout->addWidget(m_deploymentTable, 1);
    detailLayout->addLayout(deploymentButtons);
    detailLayout->addWidget(m_deploymentStatus);
    m_detail->setEnabled(false);
    m_detail->setMinimumWidth(320);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_reload);
    setTabOrder(m_reload, m_sync);
    setTabOrder(m_sync, m_table);
    setTabOrder(m_table, m_restricted);
    setTabOrder(m_restricted, m_enabled);
    setTabOrder(m_enabled, m_deploymentTable);
    setTabOrder(m_deploymentTable, m_addDeployment);
    setTabOrder(m_addDeployment, m_removeDeployment);
    setTabOrder(m_removeDeployment, m_test);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text().trimmed());
    });
    connect(m_reload, &QPushButton::clicked, this,
            [this] { reloadKeeping(m_current.value("id"_L1).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelsPage::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ModelsPage::showSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0 && !m_columnsSized) {
            m_columnsSized = true;
            m_table->resizeColumnsToContents();
        }
        if (!m_reselect.isEmpty() && selectModel(m_reselect))
            m_reselect.clear();
        updateCount();
    });
    connect(m_model, &Models::ModelsModel::totalCountChanged, this, &ModelsPage::updateCount);
    connect(m_model, &Models::ModelsModel::loadingChanged, this, &ModelsPage::updateCount);
    connect(m_model, &Models::ModelsModel::loadFailed, this, [this](const Client::Error &error) {
        m_count->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
    connect(m_deployments, &Models::DeploymentsModel::loadFailed, this,
            [this](const Client::Error &error) { m_deploymentStatus->setText(errorText(error)); });
    connect(m_deployments, &QAbstractItemModel::modelReset, this, &ModelsPage::updateButtons);
    connect(m_deployments, &QAbstractItemModel::rowsInserted, this, [this] {
        m_deploymentTable->resizeColumnsToContents();
        updateButtons();
    });
    connect(m_deploymentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelsPage::updateButtons);
    // clicked, not toggled: only a person's click sends a change, never showing a model.
    connect(m_restricted, &QCheckBox::clicked, this, [this](bool on) { setFlag(u"restricted"_s, on); });
    connect(m_enabled, &QCheckBox::clicked, this, [this](bool on) { setFlag(u"enabled"_s, on); });
    connect(m_sync, &QPushButton::clicked, this, &ModelsPage::openSync);
    connect(m_addDeployment, &QPushButton::clicked, this, &ModelsPage::openAddDeployment);
    connect(m_removeDeployment, &QPushButton::clicked, this, &ModelsPage::openRemoveDeployment);
    connect(m_test, &QPushButton::clicked, this, &ModelsPage::testConnection);
    retranslate();
}

void ModelsPage::retranslate()
{
    m_reload->setText(tr("Re&load"));
    m_reload->setAccessibleName(tr("Reload models"));
    m_deploymentsHeading->setText(tr("<b>Deployments</b>"));
    m_sync->setText(tr("S&ync from upstream…"));
    m_detail->setTitle(tr("Details"));
    m_restricted->setText(tr("&Restricted: subscribing needs approval"));
    m_enabled->setText(tr("&Enabled: the gateway serves it"));
    m_addDeployment->setText(tr("&Add…"));
    m_removeDeployment->setText(tr("Re&move…"));
    m_test->setText(tr("&Test connection"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search models"));
    m_search->setToolTip(tr("Finds models by id, name or description."));
    m_sync->setAccessibleName(tr("Sync from upstream"));
    m_table->setAccessibleName(tr("Models"));
    m_count->setAccessibleName(tr("Number of models"));
    m_name->setAccessibleName(tr("Selected model"));
    m_badges->setAccessibleName(tr("Capabilities"));
    m_prices->setAccessibleName(tr("Prices"));
    m_restricted->setAccessibleName(tr("Restricted"));
    m_enabled->setAccessibleName(tr("Enabled"));
    m_detailStatus->setAccessibleName(tr("Change status"));
    m_deploymentTable->setAccessibleName(tr("Deployments"));
    m_addDeployment->setAccessibleName(tr("Add deployment"));
    m_removeDeployment->setAccessibleName(tr("Remove deployment"));
    m_test->setAccessibleName(tr("Test connection"));
    m_deploymentStatus->setAccessibleName(tr("Deployment status"));
    m_model->retranslate();
    m_deployments->retranslate();
    updateCount();
    showSelection();
}

void ModelsPage::activate()
{
    if (!m_loaded) {
        m_loaded = true;
        m_model->setSearch(m_search->text().trimmed());
    }
    updateButtons();
}

bool ModelsPage::selectModel(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ModelsPage::reloadKeeping(const QString &id)
{
    m_reselect = id;
    m_model->reload();
}

void ModelsPage::refreshModel(const QString &id)
{
    Client::Reply *reply = client()->get(u"/api/v1/models/"_s + Client::ApiClient::segment(id));
    connect(reply, &Client::Reply::finished, this, [this, id](const QJsonObject &model) {
        m_model->updateObject(model);
        if (id == m_current.value("id"_L1).toString())
            showSelection();
    });
}

void ModelsPage::updateCount()
{
    const QLocale locale;
    if (m_model->isLoading())
        m_count->setText(tr("Loading models…"));
    else if (m_model->totalCount() >= 0)
        m_count->setText(
            tr("Showing %1 of %2 models")
                .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}

void ModelsPage::updateButtons()
{
    const bool writable = canWrite();
    const bool selected = !m_current.isEmpty();
    const bool deployment = !selectedDeployment().isEmpty();
    const QString why = tr("Your role (read-only admin) can see models but not change them.");
    m_sync->setEnabled(writable);
    m_sync->setToolTip(writable ? tr("Compare an upstream's models with the catalogue and add what is new.")
                                : why);
    for (QWidget *w : std::initializer_list<QWidget *>{m_restricted, m_enabled, m_addDeployment}) {
        w->setEnabled(writable && selected && !m_busy);
        w->setToolTip(writable ? QString() : why);
    }
    m_removeDeployment->setEnabled(writable && deployment && !m_busy);
    m_removeDeployment->setToolTip(writable ? QString() : why);
    m_test->setEnabled(writable && deployment && !m_busy);
    m_test->setToolTip(writable ? tr("Ask the deployment's upstream for its models, with a short timeout.")
                                : why);
}

void ModelsPage::showSelection()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_current = {};
        m_detail->setEnabled(false);
        m_name->setText(tr("<b>No model selected</b>"));
        m_badges->clear();
        m_prices->clear();
        m_detailStatus->clear();
        m_deploymentStatus->clear();
        m_deployments->setModelId({});
        updateButtons();
        return;
    }
    const QJsonObject model = m_model->object(current.row());
    const bool sameModel = model.value("id"_L1) == m_current.value("id"_L1);
    m_current = model;
    m_detail->setEnabled(true);
    const QString id = model.value("id"_L1).toString();
    const QString name = model.value("displayName"_L1).toString();
    m_name->setText(name.isEmpty() || name == id
                        ? u"<b>%1</b>"_s.arg(id.toHtmlEscaped())
                        : u"<b>%1</b> (%2)"_s.arg(name.toHtmlEscaped(), id.toHtmlEscaped()));
    m_badges->setText(badgesHtml(model.value("capabilities"_L1).toArray()));
    QString prices = tr("Per 1M tokens: input %1, output %2")
                         .arg(Models::ModelsModel::price(model.value("inputPrice"_L1)),
                              Models::ModelsModel::price(model.value("outputPrice"_L1)));
    if (!Models::ModelsModel::price(model.value("cachedPrice"_L1)).isEmpty())
        prices += tr(", cached input %1").arg(Models::ModelsModel::price(model.value("cachedPrice"_L1)));
    if (model.value("contextWindow"_L1).isDouble())
        prices +=
            u'\n' +
            tr("Context window: %1 tokens").arg(QLocale().toString(model.value("contextWindow"_L1).toInt()));
    m_prices->setText(prices);
    m_restricted->setChecked(model.value("restricted"_L1).toBool());
    m_enabled->setChecked(model.value("enabled"_L1).toBool());
    if (!sameModel) {
        m_detailStatus->clear();
        m_deploymentStatus->clear();
        m_deployments->setModelId(id);
    }
    updateButtons();
}

void ModelsPage::setFlag(const QString &field, bool value)
{
    if (m_current.isEmpty())
        return;
    const QString id = m_current.value("id"_L1).toString();
    m_busy = true;
    updateButtons();
    m_detailStatus->setText(tr("Saving…"));
    Client::Reply *reply =
        client()->updateModel(id, Util::wholeNumber(m_current.value("version"_L1)).value_or(0), {{field, value}});
    connect(reply, &Client::Reply::done, this, [this] {
        m_busy = false;
        updateButtons();
    });
    connect(reply, &Client::Reply::finished, this, [this, field, value, id](const QJsonObject &answer) {
        QJsonObject model = answer;
        const QJsonObject cascade = model.take(u"cascade"_s).toObject();
        if (!model.contains("deployments"_L1))
            model.insert(u"deployments"_s, m_model->object(m_model->rowOf(id)).value("deployments"_L1));
        m_model->updateObject(model);
        if (id == m_current.value("id"_L1).toString())
            showSelection();
        QString text;
        if (field == u"restricted"_s)
            text = value ? tr("%1 is restricted: new subscriptions need approval.").arg(id)
                         : tr("%1 is open to every user.").arg(id);
        else
            text =
                value ? tr("%1 is enabled.").arg(id) : tr("%1 is disabled: the gateway refuses it.").arg(id);
        const int subscriptions = cascade.value("subscriptions"_L1).toInt();
        const int keys = cascade.value("keys"_L1).toInt();
        if (subscriptions || keys)
            text += u' ' + tr("Changed along: %1, %2.")
                               .arg(tr("%n subscription(s)", nullptr, subscriptions),
                                    tr("%n key(s)", nullptr, keys));
        m_detailStatus->setText(text);
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        showSelection(); // puts the check boxes back to what the server has
        m_detailStatus->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

QJsonObject ModelsPage::selectedDeployment() const
{
    const QModelIndex current = m_deploymentTable->selectionModel()->currentIndex();
    return current.isValid() ? m_deployments->object(current.row()) : QJsonObject();
}

DeploymentDialog *ModelsPage::openAddDeployment()
{
    if (!m_addDeployment->isEnabled())
        return nullptr;
    const QString id = m_current.value("id"_L1).toString();
    auto *dialog = new DeploymentDialog(client(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeploymentDialog::added, this, [this, id](const QJsonObject &deployment) {
        m_deploymentStatus->setText(
            tr("Deployment at %1 added.").arg(deployment.value("baseUrl"_L1).toString()));
        refreshModel(id);
        if (m_deployments->modelId() == id)
            m_deployments->reload();
    });
    dialog->open();
    return dialog;
}

QDialog *ModelsPage::openRemoveDeployment()
{
    const QJsonObject deployment = selectedDeployment();
    if (!m_removeDeployment->isEnabled() || deployment.isEmpty())
        return nullptr;
    const QString modelId = m_deployments->modelId();
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove deployment"),
        tr("Remove the deployment of %1 at %2?").arg(modelId, deployment.value("baseUrl"_L1).toString()),
        QMessageBox::Cancel, this);
    box->setInformativeText(tr("The gateway stops sending requests for %1 there.").arg(modelId));
    QPushButton *confirm = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirm->setAccessibleName(tr("Confirm remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, modelId, deployment](QAbstractButton *b) {
        if (b != confirm)
            return;
        m_deploymentStatus->setText(tr("Removing…"));
        Client::Reply *reply =
            client()->remove(u"/api/v1/models/"_s + Client::ApiClient::segment(modelId) + u"/deployments/"_s +
                             Client::ApiClient::segment(deployment.value("id"_L1).toString()));
        connect(reply, &Client::Reply::finished, this, [this, modelId] {
            m_deploymentStatus->setText(tr("Deployment removed."));
            if (m_deployments->modelId() == modelId)
                m_deployments->reload();
            refreshModel(modelId);
        });
        connect(reply, &Client::Reply::failed, this,
                [this](const Client::Error &error) { m_deploymentStatus->setText(errorText(error)); });
    });
    box->open();
    return box;
}

ModelSyncDialog *ModelsPage::openSync()
{
    if (!m_sync->isEnabled())
        return nullptr;
    auto *dialog = new ModelSyncDialog(client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QJsonObject deployment = selectedDeployment();
    if (!deployment.isEmpty())
        dialog->setBaseUrl(deployment.value("baseUrl"_L1).toString());
    connect(dialog, &ModelSyncDialog::applied, this,
            [this] { reloadKeeping(m_current.value("id"_L1).toString()); });
    dialog->open();
    return dialog;
}

void ModelsPage::testConnection()
{
    const QJsonObject deployment = selectedDeployment();
    if (!m_test->isEnabled() || deployment.isEmpty())
        return;
    const QString baseUrl = deployment.value("baseUrl"_L1).toString();
    m_test->setEnabled(false);
    m_deploymentStatus->setText(tr("Testing %1…").arg(baseUrl));
    const QJsonObject body{{u"baseUrl"_s, baseUrl},
                           {u"servedName"_s, deployment.value("servedName"_L1)},
                           {u"deploymentId"_s, deployment.value("id"_L1)}};
    Client::Reply *reply = client()->post(u"/api/v1/models/test-connection"_s, body);
    connect(reply, &Client::Reply::done, this, &ModelsPage::updateButtons);
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &report) {
        const QLocale locale;
        if (report.value("ok"_L1).toBool()) {
            QString text = tr("Connected in %1 ms; the upstream lists %n model(s).", nullptr,
                              int(report.value("models"_L1).toArray().size()))
                               .arg(locale.toString(report.value("latencyMs"_L1).toInt()));
            if (report.contains("servedNameFound"_L1))
                text += u' ' + (report.value("servedNameFound"_L1).toBool()
                                    ? tr("The served name is among them.")
                                    : tr("The served name is NOT among them."));
            m_deploymentStatus->setText(text);
        } else {
            const QJsonObject error = report.value("error"_L1).toObject();
            m_deploymentStatus->setText(
                tr("The connection test failed: %1")
                    .arg(error.value("message"_L1).toString(error.value("code"_L1).toString())));
        }
    });
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { m_deploymentStatus->setText(errorText(error)); });
}

} // namespace Tollgate::Ui
