// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace Tollgate::Ui {

/// Asks for the reason of a decision (deny, revert): required, at most 1000 characters, shown
/// to the requester and kept in the history.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    ReasonDialog(const QString &title, const QString &question, const QString &confirmText,
                 QWidget *parent = nullptr);
    QString reason() const;
    void setReason(const QString &reason);

private:
    void retranslate();
    void updateButton();

    QPlainTextEdit *m_reason;
    QPushButton *m_confirm;
};

} // namespace Tollgate::Ui
