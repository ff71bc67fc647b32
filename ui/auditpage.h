// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/download.h"
#include "ui/page.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Tollgate::Models {
class AuditModel;
struct AuditQuery;
} // namespace Tollgate::Models

namespace Tollgate::Ui {

/// The audit log: server-side filters (actor, action, target, dates, free text), paged as the
/// table scrolls, a detail pane with the entry's before/after JSON side by side, and an export of
/// the filtered entries (CSV or JSON) streamed to a file with progress and cancel.
class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    enum class ExportFormat { Csv, Json };

    explicit AuditPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override { return tr("Audit log"); }
    void activate() override;

    Models::AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *diffView() const { return m_diff; }
    /// Streams the entries of the shown filters into @p filePath.
    void exportTo(const QString &filePath, ExportFormat format);
    bool isExporting() const { return m_export != nullptr; }

Q_SIGNALS:
    /// An export ended: @p ok with @p rows entries written, or failed/cancelled.
    void exportFinished(bool ok, qint64 rows);

protected:
    void retranslate() override;

private:
    Models::AuditQuery currentQuery() const;
    void applyFilter();
    void loadActors();
    void showSelection();
    void chooseExportFile();
    void cancelExport();
    void updateCount();

    Models::AuditModel *m_model;
    QComboBox *m_actor;
    QLineEdit *m_action;
    QComboBox *m_targetType;
    QLineEdit *m_targetId;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QPushButton *m_exportButton;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_filterDelay;
    QLabel *m_summary;
    QTreeWidget *m_diff;
    QProgressBar *m_exportBar;
    QLabel *m_exportStatus;
    QPushButton *m_cancelExport;
    QPushButton *m_reload;
    QLabel *m_actorLabel;
    QLabel *m_actionLabel;
    QLabel *m_targetLabel;
    QLabel *m_textLabel;
    QGroupBox *m_detail;
    QPointer<Client::Download> m_export;
    bool m_loaded = false;
    bool m_columnsSized = false;
};

} // namespace Tollgate::Ui
