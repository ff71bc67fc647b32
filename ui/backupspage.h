// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/download.h"
#include "gateway-core/client/operationpoller.h"
#include "ui/page.h"

#include <QJsonObject>
#include <QPointer>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Tollgate::Client {
class Download;
class OperationPoller;
struct Error;
} // namespace Tollgate::Client
namespace Tollgate::Models {
class BackupsModel;
}

namespace Tollgate::Ui {

class RestoreDialog;

/// Backup and restore: the server's backups, "Back up now" with progress, download to a file,
/// delete (confirmed), test-restore with its verification report, and the destructive restore
/// behind a confirmation that shows what changes and asks for the backup's id.
class BackupsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsPage)

public:
    explicit BackupsPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("backups"); }
    QString title() const override { return tr("Backup & restore"); }
    void activate() override;

    Models::BackupsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *reportTable() const { return m_report; }
    QLabel *reportSummary() const { return m_reportSummary; }
    QLabel *statusLabel() const { return m_status; }
    bool selectBackup(const QString &id);
    QString selectedBackupId() const;

    /// Button actions, also for tests (the dialogs they open are window-modal, never blocking).
    void backUpNow();
    void testRestore();
    void downloadTo(const QString &filePath);
    void confirmDelete();
    void prepareRestore();

Q_SIGNALS:
    /// A backup, test-restore, restore, download or delete ended.
    void operationFinished(const QString &kind, bool ok);
    /// The confirmation of a destructive restore is shown.
    void restoreDialogShown(Tollgate::Ui::RestoreDialog *dialog);

protected:
    void retranslate() override;

private:
    void updateButtons();
    void showSelection();
    void chooseDownloadFile();
    void deleteBackup(const QString &id);
    void restore(const QString &id, const QString &token);
    /// The server's refusal of a restore (expired or unknown confirmation, incompatible backup) in
    /// words, or empty when @p error is not one of them.
    static QString restoreRefusal(const Client::Error &error);
    /// Ends a refused restore (or its preparation) with restoreRefusal() or errorText().
    void failRestore(const Client::Error &error);
    /// Follows @p operationId of @p kind with the progress bar; @p onResult gets the result.
    void follow(const QString &kind, const QString &operationId,
                const std::function<void(const QJsonObject &)> &onResult);
    void showReport(const QJsonObject &result);
    void busy(const QString &text);
    void finish(const QString &kind, bool ok, const QString &text);
    void fail(const QString &kind, const Client::Error &error);

    Models::BackupsModel *m_model;
    QTableView *m_table;
    QPushButton *m_backUp;
    QPushButton *m_download;
    QPushButton *m_testRestore;
    QPushButton *m_restore;
    QPushButton *m_delete;
    QLabel *m_details;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QLabel *m_reportSummary;
    QTableWidget *m_report;
    QPushButton *m_reload;
    QGroupBox *m_detail;
    QLabel *m_reportTitle;
    QPointer<Client::OperationPoller> m_poller;
    QPointer<Client::Download> m_downloadJob;
    QString m_reportBackupId; ///< the backup the report shows
    bool m_working = false;
    bool m_loaded = false;
};

} // namespace Tollgate::Ui
