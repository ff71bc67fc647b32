// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/auditpage.h"

#include "gateway-core/client/apiclient.h"
#include "gateway-core/client/download.h"
#include "models/auditmodel.h"
#include "models/jsondiff.h"
#include "ui/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

AuditPage::AuditPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_model(new Models::AuditModel(client, this))
    , m_actor(new QComboBox(this))
    , m_action(new QLineEdit(this))
    , m_targetType(new QComboBox(this))
    , m_targetId(new QLineEdit(this))
    , m_useFrom(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_exportButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_filterDelay(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_diff(new QTreeWidget(this))
    , m_exportBar(new QProgressBar(this))
    , m_exportStatus(new QLabel(this))
    , m_cancelExport(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_actorLabel(new QLabel(this))
    , m_actionLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_detail(new QGroupBox(this))
{
    // Filters
    m_actor->setEditable(true);
    m_actor->setInsertPolicy(QComboBox::NoInsert);
    m_actor->lineEdit()->setClearButtonEnabled(true);
    m_action->setClearButtonEnabled(true);
    m_targetType->setEditable(true);
    m_targetType->addItem(QString());
    for (const QString &type : {u"user"_s, u"key"_s, u"model"_s, u"subscription"_s, u"backup"_s,
                                u"branding"_s, u"banner"_s, u"settings"_s})
        m_targetType->addItem(type);
    m_targetId->setClearButtonEnabled(true);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDate(QDate::currentDate());
        date->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-7));
    m_text->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);

    auto *filters = new QGridLayout;
    m_actorLabel->setBuddy(m_actor);
    m_actionLabel->setBuddy(m_action);
    m_targetLabel->setBuddy(m_targetType);
    m_textLabel->setBuddy(m_text);
    filters->addWidget(m_actorLabel, 0, 0);
    filters->addWidget(m_actor, 0, 1);
    filters->addWidget(m_actionLabel, 0, 2);
    filters->addWidget(m_action, 0, 3);
    filters->addWidget(m_targetLabel, 0, 4);
    auto *target = new QHBoxLayout;
    target->addWidget(m_targetType, 1);
    target->addWidget(m_targetId, 2);
    filters->addLayout(target, 0, 5);
    filters->addWidget(m_useFrom, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_useTo, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(m_textLabel, 1, 4);
    filters->addWidget(m_text, 1, 5);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reload);
    buttons->addWidget(m_exportButton);

    // Table
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
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
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    // Detail
    auto *detail = m_detail;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff->setColumnCount(3);
    m_diff->setRootIsDecorated(false);
    m_diff->setAlternatingRowColors(true);
    m_diff->setWordWrap(true);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_diff, 1);
    detail->setMinimumWidth(300);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    // Export progress
    m_exportBar->setVisible(false);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelExport->setVisible(false);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportStatus, 1);
    exportRow->addWidget(m_exportBar);
    exportRow->addWidget(m_cancelExport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addLayout(exportRow);

    setTabOrder(m_actor, m_action);
    setTabOrder(m_action, m_targetType);
    setTabOrder(m_targetType, m_targetId);
    setTabOrder(m_targetId, m_useFrom);
    setTabOrder(m_useFrom, m_from);
    setTabOrder(m_from, m_useTo);
    setTabOrder(m_useTo, m_to);
    setTabOrder(m_to, m_text);
    setTabOrder(m_text, m_reload);
    setTabOrder(m_reload, m_exportButton);
    setTabOrder(m_exportButton, m_table);
    setTabOrder(m_table, m_diff);

    const auto later = [this] { m_filterDelay->start(); };
    connect(m_filterDelay, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_actor, &QComboBox::currentTextChanged, this, later);
    connect(m_action, &QLineEdit::textChanged, this, later);
    connect(m_targetType, &QComboBox::currentTextChanged, this, later);
    connect(m_targetId, &QLineEdit::textChanged, this, later);
    connect(m_text, &QLineEdit::textChanged, this, later);
    for (QLineEdit *edit : {m_action, m_targetId, m_text, m_actor->lineEdit(), m_targetType->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, later);
    connect(m_reload, &QPushButton::clicked, m_model, &Models::AuditModel::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_cancelExport, &QPushButton::clicked, this, &AuditPage::cancelExport);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0 && !m_columnsSized) {
            m_columnsSized = true;
            m_table->resizeColumnsToContents();
        }
        updateCount();
    });
    connect(m_model, &Models::AuditModel::totalCountChanged, this, &AuditPage::updateCount);
    connect(m_model, &Models::AuditModel::loadingChanged, this, &AuditPage::updateCount);
    connect(m_model, &Models::AuditModel::loadFailed, this, [this](const Client::Error &error) {
        m_count->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
    retranslate();
}

void AuditPage::retranslate()
{
    m_reload->setText(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload the audit log"));
    m_actorLabel->setText(tr("Ac&tor:"));
    m_actionLabel->setText(tr("A&ction:"));
    m_targetLabel->setText(tr("Tar&get:"));
    m_textLabel->setText(tr("&Search:"));
    m_detail->setTitle(tr("Entry"));
    m_diff->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_useFrom->setText(tr("&From:"));
    m_useTo->setText(tr("&To:"));
    m_exportButton->setText(tr("&Export…"));
    m_cancelExport->setText(tr("&Cancel export"));
    m_actor->setAccessibleName(tr("Filter by actor"));
    m_actor->setToolTip(tr("A username from the list, or a user id."));
    m_actor->lineEdit()->setPlaceholderText(tr("Anyone"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_action->setPlaceholderText(tr("Any action, e.g. user. or key.create"));
    m_action->setToolTip(tr("Actions starting with this text."));
    m_targetType->setAccessibleName(tr("Filter by target type"));
    m_targetType->lineEdit()->setPlaceholderText(tr("Any target"));
    m_targetId->setAccessibleName(tr("Filter by target id"));
    m_targetId->setPlaceholderText(tr("Target id"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date (inclusive)"));
    m_useFrom->setAccessibleName(tr("Limit the start date"));
    m_useTo->setAccessibleName(tr("Limit the end date"));
    m_text->setAccessibleName(tr("Search the audit log"));
    m_text->setPlaceholderText(tr("Search names, actions, ids and changes"));
    m_exportButton->setAccessibleName(tr("Export the filtered entries"));
    m_exportButton->setToolTip(tr("Saves the entries of these filters as CSV or JSON."));
    m_table->setAccessibleName(tr("Audit entries"));
    m_count->setAccessibleName(tr("Number of audit entries"));
    m_summary->setAccessibleName(tr("Selected entry"));
    m_diff->setAccessibleName(tr("Changes before and after"));
    m_exportBar->setAccessibleName(tr("Export progress"));
    m_exportStatus->setAccessibleName(tr("Export status"));
    m_cancelExport->setAccessibleName(tr("Cancel the export"));
    m_model->retranslate();
    updateCount();
    showSelection();
}

void AuditPage::activate()
{
    if (!m_loaded) {
        m_loaded = true;
        loadActors();
        applyFilter();
    }
}

void AuditPage::loadActors()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    query.addQueryItem(u"sort"_s, u"username"_s);
    Client::Reply *reply = client()->get(u"/api/v1/users"_s, query);
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &page) {
        const QString typed = m_actor->currentText();
        const QSignalBlocker blocker(m_actor);
        m_actor->clear();
        m_actor->addItem(QString(), QString());
        for (const QJsonValue &item : page.value("items"_L1).toArray()) {
            const QJsonObject user = item.toObject();
            m_actor->addItem(user.value("username"_L1).toString(), user.value("id"_L1).toString());
        }
        m_actor->setCurrentIndex(-1);
        m_actor->setEditText(typed);
    });
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { Q_EMIT problem(errorText(error)); });
}

Models::AuditQuery AuditPage::currentQuery() const
{
    Models::AuditQuery q;
    const QString actor = m_actor->currentText().trimmed();
    const int known = actor.isEmpty() ? -1 : m_actor->findText(actor, Qt::MatchFixedString);
    q.actor = known > 0 ? m_actor->itemData(known).toString() : actor;
    q.action = m_action->text().trimmed();
    q.targetType = m_targetType->currentText().trimmed();
    q.targetId = m_targetId->text().trimmed();
    if (m_useFrom->isChecked())
        q.from = m_from->date().startOfDay();
    if (m_useTo->isChecked())
        q.to = m_to->date().addDays(1).startOfDay();
    q.text = m_text->text().trimmed();
    return q;
}

void AuditPage::applyFilter()
{
    m_filterDelay->stop();
    if (!m_loaded)
        return;
    const Models::AuditQuery query = currentQuery();
    if (m_model->totalCount() >= 0 && !m_model->isLoading() && query == m_model->query())
        return;
    m_model->setQuery(query);
}

void AuditPage::updateCount()
{
    const QLocale locale;
    if (m_model->isLoading())
        m_count->setText(tr("Loading audit entries…"));
    else if (m_model->totalCount() >= 0)
        m_count->setText(
            tr("Showing %1 of %2 entries")
                .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}

void AuditPage::showSelection()
{
    m_diff->clear();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_summary->setText(tr("Select an entry to see what changed."));
        return;
    }
    const Models::AuditEntry e = m_model->entry(current.row());
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 by %2").arg(e.action, e.actorName.isEmpty() ? tr("(system)") : e.actorName);
    lines << tr("When: %1").arg(locale.toString(e.at.toLocalTime(), QLocale::LongFormat));
    lines << tr("Target: %1").arg(e.targetId.isEmpty() ? e.targetType : e.targetType + u' ' + e.targetId);
    lines << (e.success ? tr("Result: succeeded") : tr("Result: refused"));
    if (!e.sourceAddress.isEmpty())
        lines << tr("From address: %1").arg(e.sourceAddress);
    if (!e.requestId.isEmpty())
        lines << tr("Request id: %1").arg(e.requestId);
    m_summary->setText(lines.join(u'\n'));

    const QList<Models::JsonChange> changes = Models::diffJson(e.before, e.after);
    const QColor added(0x2e, 0x7d, 0x32);
    const QColor removed(0xc6, 0x28, 0x28);
    const QColor changed(0xe6, 0x9a, 0x00);
    for (const Models::JsonChange &c : changes) {
        auto *item = new QTreeWidgetItem(m_diff, {c.path, c.before, c.after});
        item->setToolTip(1, c.before);
        item->setToolTip(2, c.after);
        QString state;
        QColor colour;
        switch (c.kind) {
        case Models::JsonChange::Kind::Added:
            state = tr("added");
            colour = added;
            break;
        case Models::JsonChange::Kind::Removed:
            state = tr("removed");
            colour = removed;
            break;
        case Models::JsonChange::Kind::Changed:
            state = tr("changed");
            colour = changed;
            break;
        case Models::JsonChange::Kind::Unchanged:
            break;
        }
        item->setData(0, Qt::UserRole, int(c.kind));
        if (colour.isValid()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setForeground(0, colour);
            item->setToolTip(0, state);
            item->setData(0, Qt::AccessibleDescriptionRole, state);
        }
    }
    if (changes.isEmpty())
        new QTreeWidgetItem(m_diff, {tr("(no recorded data)")});
    m_diff->resizeColumnToContents(0);
}

void AuditPage::chooseExportFile()
{
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    QString filter = csv;
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                      QDir::home().filePath(u"audit-"_s + stamp + u".csv"_s),
                                                      csv + u";;"_s + json, &filter);
    if (file.isEmpty())
        return;
    const bool asJson = filter == json || file.endsWith(u".json"_s, Qt::CaseInsensitive);
    exportTo(file, asJson ? ExportFormat::Json : ExportFormat::Csv);
}

void AuditPage::exportTo(const QString &filePath, ExportFormat format)
{
    if (m_export)
        return;
    QUrlQuery query = currentQuery().toQuery();
    query.addQueryItem(u"format"_s, format == ExportFormat::Json ? u"json"_s : u"csv"_s);
    const bool csv = format == ExportFormat::Csv;
    // The list's total for these filters sizes the bar; the export itself is streamed without one.
    const int expected = currentQuery() == m_model->query() ? m_model->totalCount() : -1;
    Client::Download *download = client()->downloadToFile(u"/api/v1/audit/export"_s, query, filePath);
    m_export = download;
    m_exportButton->setEnabled(false);
    m_cancelExport->setVisible(true);
    m_exportBar->setVisible(true);
    m_exportBar->setRange(0, expected > 0 ? expected : 0);
    m_exportBar->setValue(0);
    const QString name = QFileInfo(filePath).fileName();
    m_exportStatus->setText(tr("Exporting to %1…").arg(name));
    const auto rows = [csv](const Client::Download *d) {
        return csv ? qMax<qint64>(0, d->linesWritten() - 1) : d->linesWritten();
    };
    connect(download, &Client::Download::progress, this,
            [this, download, rows, name, expected](qint64 bytes) {
                const qint64 n = rows(download);
                if (expected > 0)
                    m_exportBar->setValue(int(qMin<qint64>(n, expected)));
                m_exportStatus->setText(
                    tr("Exporting to %1… %2 entries (%3)")
                        .arg(name, QLocale().toString(n), QLocale().formattedDataSize(bytes)));
            });
    connect(download, &Client::Download::finished, this, [this, download, rows, filePath] {
        const qint64 n = rows(download);
        m_exportStatus->setText(
            tr("Exported %n entries to %1.", nullptr, int(n)).arg(QDir::toNativeSeparators(filePath)));
        Q_EMIT exportFinished(true, n);
    });
    connect(download, &Client::Download::failed, this, [this](const Client::Error &error) {
        m_exportStatus->setText(error.code == u"aborted"_s
                                    ? tr("The export was cancelled; no file was written.")
                                    : tr("The export failed: %1").arg(errorText(error)));
        if (error.code != u"aborted"_s)
            Q_EMIT problem(errorText(error));
        Q_EMIT exportFinished(false, 0);
    });
    connect(download, &Client::Download::done, this, [this] {
        m_export = nullptr;
        m_exportButton->setEnabled(true);
        m_cancelExport->setVisible(false);
        m_exportBar->setVisible(false);
    });
}

void AuditPage::cancelExport()
{
    if (m_export)
        m_export->abort();
}

} // namespace Tollgate::Ui
