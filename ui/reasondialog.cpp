// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reasondialog.h"

#include "ui/language.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tollgate::Ui {

namespace {
constexpr int ReasonMaximum = 1000;
}

ReasonDialog::ReasonDialog(const QString &title, const QString &question, const QString &confirmText,
                           QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButton);
    updateButton();
    resize(420, 220);
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void ReasonDialog::retranslate()
{
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Shown to the requester and kept in the history."));
    m_confirm->setAccessibleName(tr("Confirm"));
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ReasonDialog::updateButton()
{
    const qsizetype length = reason().size();
    m_confirm->setEnabled(length > 0 && length <= ReasonMaximum);
    m_confirm->setToolTip(length > ReasonMaximum ? tr("At most %1 characters.").arg(ReasonMaximum)
                          : length == 0          ? tr("A reason is required.")
                                                 : QString());
}

} // namespace Tollgate::Ui
