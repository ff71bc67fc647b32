// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <optional>

class QFormLayout;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Tollgate::Client {
class ApiClient;
class Reply;
} // namespace Tollgate::Client

namespace Tollgate::Ui {

/// The key settings (GET /api/v1/settings/keys) a dialog bounds its inputs with.
struct KeyPolicy
{
    std::optional<double> maxBudget;
    std::optional<double> defaultMaxBudget;
    std::optional<qint64> maxRpm;
    std::optional<qint64> maxTpm;
    std::optional<qint64> maxParallel;
    std::optional<qint64> maxExpiryDays;
    std::optional<qint64> defaultExpiryDays;
    qint64 maxGraceSeconds = 24 * 3600;
    bool loaded = false;

    static KeyPolicy fromJson(const QJsonObject &object);
};

/// "30m", "1h", "2d" → seconds; nullopt for anything else.
std::optional<qint64> durationSeconds(const QString &text);

/// Creates a key for a chosen user within the key policy: the owner, a name, the models of the
/// owner's active subscriptions, budget, period, expiry and rate limits. Inputs are checked
/// against the policy before anything is sent; created() carries the answer with the secret.
class CreateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateKeyDialog)

public:
    CreateKeyDialog(Client::ApiClient *client, const KeyPolicy &policy, QWidget *parent = nullptr);

    /// Why the inputs cannot be sent, empty when they can.
    QString validate() const;
    /// The POST /api/v1/keys body of the inputs.
    QJsonObject body() const;
    /// Owners listed (after a search); the owner chosen by username, when listed.
    bool chooseOwner(const QString &username);
    bool isBusy() const;

Q_SIGNALS:
    /// The key was created; @p issued has the one-time "secret".
    void created(const QJsonObject &issued);

private:
    void retranslate();
    void searchOwners();
    void loadModels();
    void updateModelsHint();
    void create();
    void setBusy(bool busy, const QString &text);

    Client::ApiClient *m_client;
    KeyPolicy m_policy;
    QLineEdit *m_ownerSearch;
    QComboBox *m_owner;
    QLineEdit *m_name;
    QListWidget *m_models;
    QLabel *m_modelsHint;
    QDoubleSpinBox *m_budget;
    QComboBox *m_period;
    QSpinBox *m_expiryDays;
    QSpinBox *m_rpm;
    QSpinBox *m_tpm;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QTimer *m_searchDelay;
    QPointer<Client::Reply> m_ownersReply;
    QPointer<Client::Reply> m_modelsReply;
    QPointer<Client::Reply> m_createReply;
    bool m_modelsLoaded = false;
    QFormLayout *m_form = nullptr;
};

/// Changes an existing key within the key policy: its name, rate limits, budget, budget period
/// and expiry. Only what was changed is sent (PATCH with the key's version as If-Match); a key
/// another admin changed meanwhile is refused with 412 and nothing is saved. saved() carries the
/// key as the server answered.
class EditKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditKeyDialog)

public:
    EditKeyDialog(Client::ApiClient *client, const QJsonObject &key, const KeyPolicy &policy,
                  QWidget *parent = nullptr);

    /// Why the inputs cannot be sent, empty when they can.
    QString validate() const;
    /// The PATCH body: the fields that differ from the key as loaded.
    QJsonObject changes() const;
    bool isBusy() const;

Q_SIGNALS:
    void saved(const QJsonObject &key);

private:
    void retranslate();
    void save();
    void setBusy(bool busy, const QString &text);

    Client::ApiClient *m_client;
    QJsonObject m_key;
    KeyPolicy m_policy;
    QLineEdit *m_name;
    QSpinBox *m_rpm;
    QSpinBox *m_tpm;
    QSpinBox *m_parallel;
    QDoubleSpinBox *m_budget;
    QComboBox *m_period;
    QSpinBox *m_expiryDays;
    QCheckBox *m_neverExpires;
    QLabel *m_status;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QJsonObject m_shown; ///< the editors' values as first shown, to send only changes
    QPointer<Client::Reply> m_saveReply;
};

/// Asks how long the old secret of a key keeps working after a rotation.
class RotateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotateKeyDialog)

public:
    RotateKeyDialog(const QString &keyName, const KeyPolicy &policy, QWidget *parent = nullptr);
    /// "" (none), "15m", "1h" or "24h".
    QString gracePeriod() const;
    QComboBox *graceBox() const { return m_grace; }

private:
    void retranslate();

    QString m_keyName;
    QComboBox *m_grace;
    QLabel *m_text;
    QFormLayout *m_form;
    QPushButton *m_rotate = nullptr;
};

/// Shows a new key's secret once, with a Copy button and a clear warning that it will not be
/// shown again.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    enum class Kind { Created, Rotated };

    SecretDialog(Kind kind, const QString &keyName, const QString &secret, QWidget *parent = nullptr);
    QString secret() const;
    /// Puts the secret on the clipboard.
    void copy();

private:
    void retranslate();

    Kind m_kind;
    QString m_keyName;
    QLineEdit *m_secret;
    QLabel *m_copied;
    QLabel *m_intro;
    QLabel *m_warning;
    QPushButton *m_copy = nullptr;
};

} // namespace Tollgate::Ui
