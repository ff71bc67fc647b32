// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keyspage.h"

#include "gateway-core/client/apiclient.h"
#include "models/keysmodel.h"
#include "ui/errortext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

KeysPage::KeysPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_model(new Models::KeysModel(client, this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_reload(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_rotate(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    for (const QString &state : {QString(), u"active"_s, u"expired"_s, u"revoked"_s, u"blocked"_s})
        m_state->addItem(QString(), state);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_reload);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: rows, not cells, are chosen
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_edit);
    actions->addWidget(m_rotate);
    actions->addWidget(m_revoke);
    actions->addWidget(m_delete);
    actions->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addLayout(actions);

    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_reload);
    setTabOrder(m_reload, m_table);
    setTabOrder(m_table, m_create);
    setTabOrder(m_create, m_edit);
    setTabOrder(m_edit, m_rotate);
    setTabOrder(m_rotate, m_revoke);
    setTabOrder(m_revoke, m_delete);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &KeysPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &KeysPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &KeysPage::applyFilter);
    connect(m_reload, &QPushButton::clicked, m_model, &Models::KeysModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeysPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeysPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0 && !m_columnsSized) {
            m_columnsSized = true;
            m_table->resizeColumnsToContents();
            // Owners show as ids until their usernames arrive: size for a name, not an id.
            m_table->setColumnWidth(Models::KeysModel::OwnerColumn,
                                    10 * m_table->fontMetrics().horizontalAdvance(u'M'));
        }
        updateCount();
    });
    connect(m_model, &Models::KeysModel::totalCountChanged, this, &KeysPage::updateCount);
    connect(m_model, &Models::KeysModel::loadingChanged, this, &KeysPage::updateCount);
    connect(m_model, &Models::KeysModel::loadFailed, this, [this](const Client::Error &error) {
        m_count->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
    connect(m_create, &QPushButton::clicked, this, &KeysPage::openCreateDialog);
    connect(m_rotate, &QPushButton::clicked, this, &KeysPage::openRotateDialog);
    connect(m_revoke, &QPushButton::clicked, this, &KeysPage::openRevokeDialog);
    connect(m_edit, &QPushButton::clicked, this, &KeysPage::openEditDialog);
    connect(m_delete, &QPushButton::clicked, this, &KeysPage::openDeleteDialog);
    connect(m_table, &QTableView::activated, this, &KeysPage::openEditDialog);
    retranslate();
}

void KeysPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search keys"));
    m_search->setToolTip(tr("Finds keys by name, alias or the start of the key."));
    m_state->setAccessibleName(tr("Filter by state"));
    const QStringList states{tr("All states"), tr("Active"), tr("Expired"), tr("Revoked"), tr("Blocked")};
    for (int i = 0; i < states.size(); ++i)
        m_state->setItemText(i, states.at(i));
    m_reload->setText(tr("&Reload"));
    m_reload->setAccessibleName(tr("Reload keys"));
    m_table->setAccessibleName(tr("API keys"));
    m_count->setAccessibleName(tr("Number of keys"));
    m_create->setText(tr("&New key…"));
    m_rotate->setText(tr("R&otate…"));
    m_revoke->setText(tr("Re&voke…"));
    m_create->setAccessibleName(tr("New key"));
    m_rotate->setAccessibleName(tr("Rotate key"));
    m_revoke->setAccessibleName(tr("Revoke key"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit key"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setAccessibleName(tr("Delete key"));
    m_status->setAccessibleName(tr("Key status"));
    m_model->retranslate();
    updateCount();
    updateButtons();
}

void KeysPage::activate()
{
    if (!m_loaded) {
        m_loaded = true;
        applyFilter();
    }
    if (canWrite())
        loadPolicy();
    updateButtons();
}

void KeysPage::loadPolicy()
{
    Client::Reply *reply = client()->keyPolicy();
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &policy) {
        m_policy = KeyPolicy::fromJson(policy);
        updateButtons();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_status->setText(tr("The key policy could not be loaded: %1").arg(errorText(error)));
    });
}

bool KeysPage::selectKey(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void KeysPage::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(m_search->text().trimmed(), m_state->currentData().toString());
}

void KeysPage::updateCount()
{
    const QLocale locale;
    if (m_model->isLoading())
        m_count->setText(tr("Loading keys…"));
    else if (m_model->totalCount() >= 0)
        m_count->setText(
            tr("Showing %1 of %2 keys")
                .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}

QJsonObject KeysPage::selectedKey() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->object(current.row()) : QJsonObject();
}

void KeysPage::updateButtons()
{
    const bool writable = canWrite();
    const QJsonObject key = selectedKey();
    const bool revoked = key.value("state"_L1).toString() == u"revoked"_s;
    m_create->setEnabled(writable && !m_busy && m_policy.loaded);
    m_rotate->setEnabled(writable && !m_busy && !key.isEmpty() && !revoked);
    m_revoke->setEnabled(writable && !m_busy && !key.isEmpty() && !revoked);
    m_edit->setEnabled(writable && !m_busy && !key.isEmpty() && !revoked && m_policy.loaded);
    m_delete->setEnabled(writable && !m_busy && !key.isEmpty());
    const QString why = tr("Your role (read-only admin) can see keys but not change them.");
    m_create->setToolTip(writable ? tr("Create a key for a user, within the key policy.") : why);
    m_rotate->setToolTip(writable ? tr("Give the selected key a new secret.") : why);
    m_revoke->setToolTip(writable ? tr("Refuse the selected key from now on.") : why);
    m_edit->setToolTip(writable
                           ? tr("Change the selected key's name, limits, budget or expiry, within the key "
                                "policy.")
                           : why);
    m_delete->setToolTip(writable ? tr("Delete the selected key: whoever holds it loses access at once.")
                                  : why);
}

CreateKeyDialog *KeysPage::openCreateDialog()
{
    if (!m_create->isEnabled())
        return nullptr;
    auto *dialog = new CreateKeyDialog(client(), m_policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::created, this, [this](const QJsonObject &issued) {
        m_status->setText(tr("Key “%1” created.").arg(issued.value("name"_L1).toString()));
        m_model->reload();
        showSecret(SecretDialog::Kind::Created, issued);
    });
    dialog->open();
    return dialog;
}

RotateKeyDialog *KeysPage::openRotateDialog()
{
    const QJsonObject key = selectedKey();
    if (!m_rotate->isEnabled() || key.isEmpty())
        return nullptr;
    auto *dialog = new RotateKeyDialog(key.value("name"_L1).toString(), m_policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, key] { rotate(key, dialog->gracePeriod()); });
    dialog->open();
    return dialog;
}

QDialog *KeysPage::openRevokeDialog()
{
    const QJsonObject key = selectedKey();
    if (!m_revoke->isEnabled() || key.isEmpty())
        return nullptr;
    const QString name = key.value("name"_L1).toString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke key"),
                                tr("Revoke the key “%1” (%2) of %3?")
                                    .arg(name, key.value("prefix"_L1).toString(),
                                         m_model->ownerName(key.value("userId"_L1).toString())),
                                QMessageBox::Cancel, this);
    box->setInformativeText(tr("Requests with it are refused from now on. This cannot be undone."));
    QPushButton *confirm = box->addButton(tr("&Revoke “%1”").arg(name), QMessageBox::DestructiveRole);
    confirm->setAccessibleName(tr("Confirm revoke"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, key](QAbstractButton *clicked) {
        if (clicked == confirm)
            revoke(key);
    });
    box->open();
    return box;
}

EditKeyDialog *KeysPage::openEditDialog()
{
    const QJsonObject key = selectedKey();
    if (!m_edit->isEnabled() || key.isEmpty())
        return nullptr;
    auto *dialog = new EditKeyDialog(client(), key, m_policy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditKeyDialog::saved, this, [this](const QJsonObject &saved) {
        m_model->updateObject(saved);
        m_status->setText(tr("Key “%1” saved.").arg(saved.value("name"_L1).toString()));
        updateButtons();
    });
    dialog->open();
    return dialog;
}

QDialog *KeysPage::openDeleteDialog()
{
    const QJsonObject key = selectedKey();
    if (!m_delete->isEnabled() || key.isEmpty())
        return nullptr;
    const QString name = key.value("name"_L1).toString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete key"),
                                tr("Delete the key “%1” (%2) of %3?")
                                    .arg(name, key.value("prefix"_L1).toString(),
                                         m_model->ownerName(key.value("userId"_L1).toString())),
                                QMessageBox::Cancel, this);
    box->setInformativeText(tr("Whoever holds it loses access at once: every request with it is refused "
                               "from now on. The key leaves this list; this cannot be undone."));
    QPushButton *confirm = box->addButton(tr("&Delete “%1”").arg(name), QMessageBox::DestructiveRole);
    confirm->setAccessibleName(tr("Confirm delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, key](QAbstractButton *clicked) {
        if (clicked == confirm)
            deleteKey(key);
    });
    box->open();
    return box;
}

void KeysPage::showSecret(SecretDialog::Kind kind, const QJsonObject &issued)
{
    auto *dialog = new SecretDialog(kind, issued.value("name"_L1).toString(),
                                    issued.value("secret"_L1).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT secretShown(dialog);
}

void KeysPage::rotate(const QJsonObject &key, const QString &gracePeriod)
{
    const QString name = key.value("name"_L1).toString();
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Rotating “%1”…").arg(name));
    Client::Reply *reply = client()->rotateKey(key.value("id"_L1).toString(), gracePeriod);
    connect(reply, &Client::Reply::done, this, [this] {
        m_busy = false;
        updateButtons();
    });
    connect(reply, &Client::Reply::finished, this, [this, name, gracePeriod](const QJsonObject &issued) {
        QJsonObject row = issued;
        row.remove(u"secret"_s);
        m_model->updateObject(row);
        m_status->setText(
            gracePeriod.isEmpty()
                ? tr("“%1” has a new secret; the old one is refused.").arg(name)
                : tr("“%1” has a new secret; the old one works for %2 more.").arg(name, gracePeriod));
        showSecret(SecretDialog::Kind::Rotated, issued);
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_status->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

void KeysPage::revoke(const QJsonObject &key)
{
    const QString name = key.value("name"_L1).toString();
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Revoking “%1”…").arg(name));
    Client::Reply *reply = client()->revokeKey(key.value("id"_L1).toString());
    connect(reply, &Client::Reply::done, this, [this] {
        m_busy = false;
        updateButtons();
    });
    connect(reply, &Client::Reply::finished, this, [this, name](const QJsonObject &revoked) {
        m_model->updateObject(revoked);
        m_status->setText(tr("“%1” is revoked.").arg(name));
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_status->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

void KeysPage::deleteKey(const QJsonObject &key)
{
    const QString name = key.value("name"_L1).toString();
    const QString id = key.value("id"_L1).toString();
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Deleting “%1”…").arg(name));
    Client::Reply *reply = client()->deleteKey(id);
    connect(reply, &Client::Reply::done, this, [this] {
        m_busy = false;
        updateButtons();
    });
    connect(reply, &Client::Reply::finished, this, [this, name, id] {
        m_model->removeObject(id);
        m_status->setText(tr("“%1” is deleted.").arg(name));
        updateCount();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_status->setText(errorText(error));
        Q_EMIT problem(errorText(error));
    });
}

} // namespace Tollgate::Ui
