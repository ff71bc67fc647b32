// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/restoredialog.h"

#include "ui/language.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

RestoreDialog::RestoreDialog(const QString &backupId, const QJsonObject &prepared, QWidget *parent)
    : QDialog(parent)
    , m_backupId(backupId)
    , m_token(prepared.value("confirmationToken"_L1).toString())
    , m_counts(new QTableWidget(this))
    , m_confirm(new QLineEdit(this))
    , m_restore(new QPushButton(this))
    , m_expires(QDateTime::fromString(prepared.value("expiresAt"_L1).toString(), Qt::ISODateWithMs))
    , m_warning(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_prompt(new QLabel(this))
{
    const QLocale locale;

    m_warning->setWordWrap(true);

    const QJsonObject current = prepared.value("current"_L1).toObject();
    const QJsonObject incoming = prepared.value("incoming"_L1).toObject();
    QStringList tables = current.keys();
    for (const QString &t : incoming.keys()) {
        if (!tables.contains(t))
            tables.append(t);
    }
    tables.sort();
    m_counts->setColumnCount(4);
    m_counts->setRowCount(int(tables.size()));
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_counts->horizontalHeader()->setStretchLastSection(true);
    const QColor loss(0xc6, 0x28, 0x28);
    for (int row = 0; row < tables.size(); ++row) {
        const QString &t = tables.at(row);
        const QJsonValue now = current.value(t);
        const QJsonValue then = incoming.value(t);
        const auto cell = [&](int column, const QString &text, bool right) {
            auto *item = new QTableWidgetItem(text);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(row, column, item);
            return item;
        };
        cell(0, t, false);
        cell(1, now.isUndefined() ? tr("—") : locale.toString(now.toInteger()), true);
        cell(2, then.isUndefined() ? tr("—") : locale.toString(then.toInteger()), true);
        const qint64 diff = then.toInteger() - now.toInteger();
        QTableWidgetItem *d =
            cell(3, diff == 0 ? tr("same") : (diff > 0 ? u"+"_s : QString()) + locale.toString(diff), true);
        if (diff < 0) {
            d->setForeground(loss);
            d->setToolTip(tr("%n row(s) of this table would be lost.", nullptr, int(-diff)));
        }
    }
    m_counts->resizeColumnsToContents();

    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_confirm);
    m_confirm->setPlaceholderText(backupId);

    // Destructive: red, never the default, unlocked only by the typed id.
    m_restore->setEnabled(false);
    m_restore->setAutoDefault(false);
    QPalette red = m_restore->palette();
    red.setColor(QPalette::Button, QColor(0xc6, 0x28, 0x28));
    red.setColor(QPalette::ButtonText, Qt::white);
    m_restore->setPalette(red);
    m_restore->setStyleSheet(
        u"QPushButton:enabled { background-color: #c62828; color: white; padding: 4px 12px; }"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_restore, QDialogButtonBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_counts, 1);
    layout->addWidget(m_expiry);
    layout->addWidget(m_prompt);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    resize(560, 460);

    connect(m_confirm, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_restore->setEnabled(text == m_backupId && !m_token.isEmpty());
    });
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_confirm->setFocus();
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void RestoreDialog::retranslate()
{
    m_restore->setText(tr("&Replace all data with this backup"));
    setWindowTitle(tr("Restore backup %1").arg(m_backupId));
    m_warning->setText(
        tr("<b>Restoring replaces everything the server holds</b> — users, keys, models, subscriptions, "
           "usage and settings — with the contents of backup <b>%1</b>. Changes made since the backup are "
           "lost, and everyone has to sign in again.")
            .arg(m_backupId.toHtmlEscaped()));
    m_warning->setAccessibleName(tr("Restore warning"));
    m_counts->setHorizontalHeaderLabels({tr("Table"), tr("Now"), tr("In the backup"), tr("Difference")});
    m_expiry->setText(m_expires.isValid()
                          ? tr("This confirmation is valid until %1.")
                                .arg(QLocale().toString(m_expires.toLocalTime().time(), QLocale::ShortFormat))
                          : QString());
    m_prompt->setText(tr("To confirm, type the backup's id <b>%1</b>:").arg(m_backupId.toHtmlEscaped()));
    m_counts->setAccessibleName(tr("Rows now and in the backup"));
    m_confirm->setAccessibleName(tr("Type the backup id to confirm"));
    m_restore->setAccessibleName(tr("Restore the backup, replacing all data"));
}

} // namespace Tollgate::Ui
