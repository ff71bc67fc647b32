// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/keydialogs.h"
#include "ui/page.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Tollgate::Models {
class KeysModel;
}

namespace Tollgate::Ui {

/// API keys of everyone: search and state filter (server-side, paged), create and edit within the
/// key policy, rotate, revoke and delete. New secrets are shown once in a SecretDialog.
class KeysPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysPage)

public:
    explicit KeysPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("keys"); }
    QString title() const override { return tr("API keys"); }
    void activate() override;

    Models::KeysModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Selects the loaded row of key @p id; false when it is not loaded.
    bool selectKey(const QString &id);
    const KeyPolicy &policy() const { return m_policy; }

    /// Opens the create dialog (non-modal to the event loop: tests drive it).
    CreateKeyDialog *openCreateDialog();
    /// Asks for the grace period, then rotates the selected key.
    RotateKeyDialog *openRotateDialog();
    /// Asks to confirm, naming the key, then revokes the selected key.
    QDialog *openRevokeDialog();
    /// Edits the selected key's name, limits, budget and expiry.
    EditKeyDialog *openEditDialog();
    /// Asks to confirm, naming the key and saying its holders lose access at once, then deletes it.
    QDialog *openDeleteDialog();

Q_SIGNALS:
    /// A new secret is on screen (create or rotate).
    void secretShown(Tollgate::Ui::SecretDialog *dialog);

protected:
    void retranslate() override;

private:
    void applyFilter();
    void loadPolicy();
    void updateButtons();
    void updateCount();
    QJsonObject selectedKey() const;
    void showSecret(SecretDialog::Kind kind, const QJsonObject &issued);
    void rotate(const QJsonObject &key, const QString &gracePeriod);
    void revoke(const QJsonObject &key);
    void deleteKey(const QJsonObject &key);

    Models::KeysModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_state;
    QPushButton *m_reload;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_create;
    QPushButton *m_rotate;
    QPushButton *m_revoke;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_status;
    QTimer *m_searchDelay;
    KeyPolicy m_policy;
    bool m_loaded = false;
    bool m_columnsSized = false;
    bool m_busy = false;
};

} // namespace Tollgate::Ui
