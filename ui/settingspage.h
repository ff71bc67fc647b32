// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QJsonObject>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;

namespace Tollgate::Ui {

class SettingsForm;

/// Settings: the server's general settings (new-user limits and budget, currency, retention,
/// alert webhooks; an editor per type, built from the list the server answers), the key policy
/// (defaults and maxima of API keys), and this computer's interface language.
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
    /// The languages the console is translated into: tag → name in that language.
    static QList<std::pair<QString, QString>> languages();

private:
    SettingsForm *m_general;
    SettingsForm *m_keyPolicy;
    QWidget *m_serverBox;
    QComboBox *m_language;
    QLabel *m_languageNote;
    bool m_loaded = false;
};

} // namespace Tollgate::Ui
