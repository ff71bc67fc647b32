// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backupspage.h"

#include "gateway-core/client/apiclient.h"
#include "gateway-core/client/download.h"
#include "gateway-core/client/operationpoller.h"
#include "models/backupsmodel.h"
#include "ui/errortext.h"
#include "ui/restoredialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
const QString KindBackup = u"backup"_s;
const QString KindTestRestore = u"test-restore"_s;
const QString KindRestore = u"restore"_s;
const QString KindDownload = u"download"_s;
const QString KindDelete = u"delete"_s;
} // namespace

BackupsPage::BackupsPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_model(new Models::BackupsModel(client, this))
    , m_table(new QTableView(this))
    , m_backUp(new QPushButton(this))
    , m_download(new QPushButton(this))
    , m_testRestore(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_details(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_reportSummary(new QLabel(this))
    , m_report(new QTableWidget(this))
    , m_reload(new QPushButton(this))
    , m_detail(new QGroupBox(this))
    , m_reportTitle(new QLabel(m_detail))
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addSpacing(12);
    buttons->addWidget(m_download);
    buttons->addWidget(m_testRestore);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_reload);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *detail = m_detail;
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportSummary->setWordWrap(true);
    m_report->setColumnCount(4);
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->horizontalHeader()->setStretchLastSection(true);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_details);
    detailLayout->addWidget(m_reportTitle);
    detailLayout->addWidget(m_reportSummary);
    detailLayout->addWidget(m_report, 1);
    detail->setMinimumWidth(320);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);

    setTabOrder(m_backUp, m_download);
    setTabOrder(m_download, m_testRestore);
    setTabOrder(m_testRestore, m_restore);
    setTabOrder(m_restore, m_delete);
    setTabOrder(m_delete, m_reload);
    setTabOrder(m_reload, m_table);
    setTabOrder(m_table, m_report);

    connect(m_backUp, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_download, &QPushButton::clicked, this, &BackupsPage::chooseDownloadFile);
    connect(m_testRestore, &QPushButton::clicked, this, &BackupsPage::testRestore);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::prepareRestore);
    connect(m_delete, &QPushButton::clicked, this, &BackupsPage::confirmDelete);
    connect(m_reload, &QPushButton::clicked, m_model, &Models::BackupsModel::reload);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_downloadJob)
            m_downloadJob->abort();
        if (m_poller) {
            m_poller->stop();
            m_poller->deleteLater();
            finish(u"follow"_s, false, tr("No longer following the operation; it goes on at the server."));
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BackupsPage::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        showSelection();
    });
    connect(m_model, &Models::BackupsModel::loadingChanged, this, [this](bool loading) {
        if (loading && !m_working)
            m_status->setText(tr("Loading backups…"));
        else if (!m_working && m_model->hasLoaded())
            m_status->setText(tr("%n backup(s).", nullptr, m_model->rowCount()));
    });
    connect(m_model, &Models::BackupsModel::loadFailed, this, [this](const Client::Error &error) {
        m_status->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
    showSelection();
    retranslate();
}

void BackupsPage::retranslate()
{
    m_reload->setText(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload backups"));
    m_detail->setTitle(tr("Details"));
    m_report->setHorizontalHeaderLabels({tr("Table"), tr("At backup"), tr("Restored"), tr("Match")});
    m_reportTitle->setText(tr("<b>Test-restore report</b>"));
    m_backUp->setText(tr("&Back up now"));
    m_download->setText(tr("Do&wnload…"));
    m_testRestore->setText(tr("&Test restore"));
    m_restore->setText(tr("Re&store…"));
    m_delete->setText(tr("&Delete…"));
    m_cancel->setText(tr("&Cancel"));
    m_backUp->setAccessibleName(tr("Back up the whole store now"));
    m_download->setAccessibleName(tr("Download the selected backup"));
    m_testRestore->setAccessibleName(tr("Test-restore the selected backup"));
    m_restore->setAccessibleName(tr("Restore the selected backup"));
    m_delete->setAccessibleName(tr("Delete the selected backup"));
    m_table->setAccessibleName(tr("Backups"));
    m_details->setAccessibleName(tr("Selected backup"));
    m_reportSummary->setAccessibleName(tr("Test-restore result"));
    m_report->setAccessibleName(tr("Test-restore report"));
    m_progress->setAccessibleName(tr("Operation progress"));
    m_status->setAccessibleName(tr("Backup status"));
    m_cancel->setAccessibleName(tr("Stop following the operation"));
    m_model->retranslate();
    showSelection();
}

void BackupsPage::activate()
{
    updateButtons();
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
}

void BackupsPage::updateButtons()
{
    const bool writable = canWrite();
    const bool selected = !selectedBackupId().isEmpty();
    const QString why =
        tr("Your role (read-only admin) can see backups but not make, download, restore or delete them.");
    m_backUp->setEnabled(writable && !m_working);
    for (QPushButton *b : {m_download, m_testRestore, m_restore, m_delete})
        b->setEnabled(writable && selected && !m_working);
    for (QPushButton *b : {m_backUp, m_download, m_testRestore, m_restore, m_delete})
        b->setToolTip(writable ? QString() : why);
    if (writable) {
        m_backUp->setToolTip(tr("A consistent copy of the whole store, made while the server runs."));
        m_testRestore->setToolTip(
            tr("Restores into a scratch database and checks it; the live data is not touched."));
        m_restore->setToolTip(tr("Replaces all live data with this backup (asks first)."));
    }
}

bool BackupsPage::selectBackup(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString BackupsPage::selectedBackupId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->backup(current.row()).id : QString();
}

void BackupsPage::showSelection()
{
    updateButtons();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->setText(m_model->rowCount() == 0 && m_model->hasLoaded() ? tr("No backups yet.")
                                                                            : tr("Select a backup."));
        return;
    }
    const Models::Backup b = m_model->backup(current.row());
    const QLocale locale;
    qint64 rows = 0;
    for (auto it = b.rowCounts.begin(); it != b.rowCounts.end(); ++it)
        rows += it.value().toInteger();
    QStringList lines;
    lines << tr("Backup: %1").arg(b.id);
    lines << tr("Created: %1 by %2")
                 .arg(locale.toString(b.createdAt.toLocalTime(), QLocale::LongFormat), b.createdBy);
    lines << tr("Size: %1 (%2)").arg(locale.formattedDataSize(b.size), b.kind);
    lines << tr("Schema version: %1").arg(b.schemaVersion);
    lines << tr("%1 rows in %2 tables").arg(locale.toString(rows), locale.toString(b.rowCounts.size()));
    lines << tr("SHA-256: %1…").arg(b.sha256.left(16));
    m_details->setText(lines.join(u'\n'));
    m_details->setToolTip(tr("SHA-256: %1").arg(b.sha256));
    if (b.id != m_reportBackupId) {
        // A report belongs to one backup: do not show it beside another.
        m_reportBackupId.clear();
        m_report->setRowCount(0);
        m_reportSummary->setProperty("verified", QVariant());
        m_reportSummary->setText(
            tr("Not tested in this session. <i>Test restore</i> restores it into a scratch "
               "database and compares every table."));
    }
}

void BackupsPage::busy(const QString &text)
{
    m_working = true;
    m_status->setText(text);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(true);
    updateButtons();
}

void BackupsPage::finish(const QString &kind, bool ok, const QString &text)
{
    m_working = false;
    m_status->setText(text);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    updateButtons();
    Q_EMIT operationFinished(kind, ok);
}

void BackupsPage::fail(const QString &kind, const Client::Error &error)
{
    const QString text = error.code == u"aborted"_s ? tr("Cancelled.") : errorText(error);
    finish(kind, false, text);
    if (error.code != u"aborted"_s)
        Q_EMIT problem(text);
}

void BackupsPage::follow(const QString &kind, const QString &operationId,
                         const std::function<void(const QJsonObject &)> &onResult)
{
    auto *poller = new Client::OperationPoller(client(), operationId, this);
    m_poller = poller;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    connect(poller, &Client::OperationPoller::progressed, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase.isEmpty() ? u"%p %"_s : phase + u" %p %"_s);
    });
    connect(poller, &Client::OperationPoller::succeeded, this, [poller, onResult](const QJsonObject &result) {
        poller->deleteLater();
        onResult(result);
    });
    connect(poller, &Client::OperationPoller::failed, this, [this, poller, kind](const Client::Error &error) {
        poller->deleteLater();
        fail(kind, error);
    });
    poller->start();
}

void BackupsPage::backUpNow()
{
    if (m_working || !canWrite())
        return;
    busy(tr("Starting a backup…"));
    Client::Reply *reply = client()->post(u"/api/v1/backups"_s, {});
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { fail(KindBackup, error); });
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &answer) {
        const QString id = answer.value("id"_L1).toString();
        m_status->setText(tr("Backing up to %1…").arg(id));
        follow(KindBackup, answer.value("operationId"_L1).toString(), [this, id](const QJsonObject &) {
            connect(
                m_model, &Models::BackupsModel::loaded, this, [this, id] { selectBackup(id); },
                Qt::SingleShotConnection);
            m_model->reload();
            finish(KindBackup, true, tr("Backup %1 is ready.").arg(id));
        });
    });
}

void BackupsPage::testRestore()
{
    const QString id = selectedBackupId();
    if (m_working || id.isEmpty() || !canWrite())
        return;
    busy(tr("Starting a test restore of %1…").arg(id));
    m_reportBackupId = id;
    m_report->setRowCount(0);
    m_reportSummary->setText(tr("Test restore of %1 running…").arg(id));
    Client::Reply *reply = client()->post(u"/api/v1/backups/%1/test-restore"_s.arg(id), {});
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_reportSummary->clear();
        fail(KindTestRestore, error);
    });
    connect(reply, &Client::Reply::finished, this, [this, id](const QJsonObject &answer) {
        m_status->setText(tr("Restoring %1 into a scratch database…").arg(id));
        follow(KindTestRestore, answer.value("operationId"_L1).toString(), [this](const QJsonObject &result) {
            showReport(result);
            const bool ok = result.value("ok"_L1).toBool();
            finish(KindTestRestore, ok,
                   ok ? tr("The test restore succeeded.")
                      : tr("The test restore found problems; see the report."));
        });
    });
}

void BackupsPage::showReport(const QJsonObject &result)
{
    const QLocale locale;
    const bool ok = result.value("ok"_L1).toBool();
    const QJsonObject versions = result.value("schemaVersion"_L1).toObject();
    QStringList lines;
    lines << (ok ? tr("<b style=\"color:#2e7d32\">Verified</b>: the backup restores completely.")
                 : tr("<b style=\"color:#c62828\">Problems found</b>: do not rely on this backup."));
    lines << tr("Integrity check: %1").arg(result.value("integrity"_L1).toString().toHtmlEscaped());
    lines << (result.value("countsMatch"_L1).toBool()
                  ? tr("Row counts: all tables match the manifest.")
                  : tr("Row counts: some tables differ from the manifest."));
    lines << tr("Schema version: %1 at backup, %2 restored, %3 live")
                 .arg(versions.value("atBackup"_L1).toInt())
                 .arg(versions.value("restored"_L1).toInt())
                 .arg(versions.value("live"_L1).toInt());
    m_reportSummary->setText(lines.join(u"<br>"_s));
    m_reportSummary->setProperty("verified", ok);

    const QJsonArray tables = result.value("tables"_L1).toArray();
    m_report->setRowCount(int(tables.size()));
    const QColor bad(0xc6, 0x28, 0x28);
    for (int row = 0; row < tables.size(); ++row) {
        const QJsonObject t = tables.at(row).toObject();
        const auto count = [&locale](const QJsonValue &v) {
            return v.isNull() || v.isUndefined() ? tr("—") : locale.toString(v.toInteger());
        };
        const bool equal = t.value("equal"_L1).toBool();
        const QStringList cells = {t.value("table"_L1).toString(), count(t.value("atBackup"_L1)),
                                   count(t.value("restored"_L1)), equal ? tr("yes") : tr("NO")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 1 || column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!equal)
                item->setForeground(bad);
            m_report->setItem(row, column, item);
        }
    }
    m_report->resizeColumnsToContents();
}

void BackupsPage::chooseDownloadFile()
{
    const QString id = selectedBackupId();
    if (id.isEmpty())
        return;
    const Models::Backup b = m_model->backup(m_model->rowOf(id));
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save backup %1").arg(id), QDir::home().filePath(b.file));
    if (!file.isEmpty())
        downloadTo(file);
}

void BackupsPage::downloadTo(const QString &filePath)
{
    const QString id = selectedBackupId();
    if (m_working || id.isEmpty() || !canWrite())
        return;
    const qint64 size = m_model->backup(m_model->rowOf(id)).size;
    busy(tr("Downloading %1…").arg(id));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(u"%p %"_s);
    Client::Download *download =
        client()->downloadToFile(u"/api/v1/backups/%1/download"_s.arg(id), {}, filePath);
    m_downloadJob = download;
    connect(download, &Client::Download::progress, this, [this, size](qint64 bytes, qint64 total) {
        const qint64 of = total > 0 ? total : size;
        if (of > 0)
            m_progress->setValue(int(qMin<qint64>(1000, bytes * 1000 / of)));
        m_status->setText(tr("Downloading… %1 of %2")
                              .arg(QLocale().formattedDataSize(bytes), QLocale().formattedDataSize(of)));
    });
    connect(download, &Client::Download::finished, this, [this, filePath](const QString &) {
        finish(KindDownload, true, tr("Saved to %1.").arg(QDir::toNativeSeparators(filePath)));
    });
    connect(download, &Client::Download::failed, this,
            [this](const Client::Error &error) { fail(KindDownload, error); });
}

void BackupsPage::confirmDelete()
{
    const QString id = selectedBackupId();
    if (m_working || id.isEmpty() || !canWrite())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete backup"),
        tr("Delete backup %1? Its file is removed from the server; this cannot be undone.").arg(id),
        QMessageBox::NoButton, this);
    QPushButton *remove = box->addButton(tr("&Delete backup"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Delete the backup for good"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"confirmDelete"_s);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, remove, id](QAbstractButton *clicked) {
        if (clicked == remove)
            deleteBackup(id);
        box->close();
    });
    box->open();
}

void BackupsPage::deleteBackup(const QString &id)
{
    busy(tr("Deleting %1…").arg(id));
    Client::Reply *reply = client()->remove(u"/api/v1/backups/"_s + id);
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { fail(KindDelete, error); });
    connect(reply, &Client::Reply::finished, this, [this, id] {
        m_model->reload();
        finish(KindDelete, true, tr("Backup %1 deleted.").arg(id));
    });
}

void BackupsPage::prepareRestore()
{
    const QString id = selectedBackupId();
    if (m_working || id.isEmpty() || !canWrite())
        return;
    busy(tr("Preparing the restore of %1…").arg(id));
    Client::Reply *reply = client()->post(u"/api/v1/backups/%1/restore/prepare"_s.arg(id), {});
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { failRestore(error); });
    connect(reply, &Client::Reply::finished, this, [this, id](const QJsonObject &prepared) {
        finish(KindRestore + u"-prepare"_s, true, tr("Confirm the restore of %1.").arg(id));
        auto *dialog = new RestoreDialog(id, prepared, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog, id] { restore(id, dialog->confirmationToken()); });
        connect(dialog, &QDialog::rejected, this,
                [this] { m_status->setText(tr("Restore cancelled; nothing changed.")); });
        dialog->open();
        Q_EMIT restoreDialogShown(dialog);
    });
}

void BackupsPage::restore(const QString &id, const QString &token)
{
    busy(tr("Restoring %1…").arg(id));
    Client::Reply *reply =
        client()->post(u"/api/v1/backups/%1/restore"_s.arg(id), {{u"confirmationToken"_s, token}});
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { failRestore(error); });
    connect(reply, &Client::Reply::finished, this, [this, id](const QJsonObject &answer) {
        follow(KindRestore, answer.value("operationId"_L1).toString(), [this, id](const QJsonObject &result) {
            // The list gains the safety backup: show it selected, then the outcome (after the
            // reload, so that the count of backups does not replace it).
            const QString safety = result.value("safetyBackupId"_L1).toString();
            m_model->reload();
            connect(
                m_model, &Models::BackupsModel::loadingChanged, this,
                [this, id, safety] {
                    selectBackup(safety);
                    finish(KindRestore, true,
                           tr("Backup %1 is restored. The data it replaced is kept in the safety backup %2 "
                              "(restore that one to undo). Sessions made after the backup have ended; sign in "
                              "again if asked.")
                               .arg(id, safety));
                },
                Qt::SingleShotConnection);
        });
    });
}

void BackupsPage::failRestore(const Client::Error &error)
{
    const QString refusal = restoreRefusal(error);
    if (refusal.isEmpty()) {
        fail(KindRestore, error);
        return;
    }
    finish(KindRestore, false, refusal);
    Q_EMIT problem(refusal);
}

QString BackupsPage::restoreRefusal(const Client::Error &error)
{
    const QString &code = error.code;
    if (code == u"restore_running"_s)
        return tr("Another restore is running on the server. Nothing was changed; wait for it to end, then "
                  "choose Restore again.");
    if (code == u"confirmation_expired"_s)
        return tr("The confirmation has expired (it lasts 5 minutes). Nothing was changed; choose Restore again.");
    if (code == u"confirmation_invalid"_s)
        return tr("The server no longer knows this confirmation (already used, or the server restarted). "
                  "Nothing was changed; choose Restore again.");
    if (code == u"confirmation_not_yours"_s)
        return tr("This confirmation was issued to another admin. Nothing was changed.");
    if (code == u"confirmation_mismatch"_s)
        return tr("This confirmation is for another backup. Nothing was changed; choose Restore again.");
    if (code == u"confirmation_required"_s)
        return tr("The restore was not confirmed. Nothing was changed.");
    if (code == u"backup_incompatible"_s)
        return tr("This backup was made from another kind of database and cannot be restored here. "
                  "Nothing was changed.");
    if (code == u"schema_mismatch"_s)
        return tr("This backup was made by another version of Tollgate (another schema version) and cannot "
                  "be restored here. Nothing was changed.");
    return {};
}

} // namespace Tollgate::Ui
