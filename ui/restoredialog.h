// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Tollgate::Ui {

/// The last step before a destructive restore: what the live store holds against what the backup
/// brings back, table by table, and the backup's id typed by hand to unlock the red button.
/// Built from the answer of POST /api/v1/backups/{id}/restore/prepare.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(const QString &backupId, const QJsonObject &prepared, QWidget *parent = nullptr);

    QString confirmationToken() const { return m_token; }
    QTableWidget *counts() const { return m_counts; }
    QLineEdit *confirmation() const { return m_confirm; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void retranslate();

    QString m_backupId;
    QString m_token;
    QTableWidget *m_counts;
    QLineEdit *m_confirm;
    QPushButton *m_restore;
    QDateTime m_expires;
    QLabel *m_warning;
    QLabel *m_expiry;
    QLabel *m_prompt;
};

} // namespace Tollgate::Ui
