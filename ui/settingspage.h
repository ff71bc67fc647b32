// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QJsonObject>
#include <QList>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace Tollgate::Ui {

class SettingsForm;

/// Settings: the server's general settings (new-user limits and budget, currency, retention,
/// alert webhooks; an editor per type, built from the list the server answers), the key policy
/// (defaults and maxima of API keys), and this computer's interface language, which applies at
/// once and is remembered.
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    void activate() override;

    /// The editor of general setting @p key (e.g. "usageRetentionDays"), or nullptr.
    QWidget *generalEditor(const QString &key) const;
    /// The editor of key-policy member @p key (e.g. "maxRpm"), or nullptr.
    QWidget *keyPolicyEditor(const QString &key) const;
    QComboBox *languageChoice() const { return m_language; }

    /// The QSettings key of the interface language ("" = the system's).
    static QString languageSettingsKey();

protected:
    void retranslate() override;

private:
    void chooseLanguage();
    void updateReadOnlyReason();

    SettingsForm *m_general;
    SettingsForm *m_keyPolicy;
    QWidget *m_serverBox;
    QLabel *m_keyNote;
    QGroupBox *m_local;
    QFormLayout *m_localForm;
    QComboBox *m_language;
    QLabel *m_languageNote;
    bool m_loaded = false;
};

} // namespace Tollgate::Ui
