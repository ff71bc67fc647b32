// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingspage.h"

#include "gateway-core/client/apiclient.h"
#include "ui/language.h"
#include "ui/settingsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
using Field = SettingsForm::Field;
using Kind = SettingsForm::Kind;

QList<Field> generalFields()
{
    return {
        {u"newUserRpm"_s, Kind::Integer, SettingsPage::tr("New users, requests per minute"),
         SettingsPage::tr("The requests-per-minute limit a new user starts with (0: none)."), 0, 1'000'000'000, {}},
        {u"newUserTpm"_s, Kind::Integer, SettingsPage::tr("New users, tokens per minute"),
         SettingsPage::tr("The tokens-per-minute limit a new user starts with (0: none)."), 0, 1'000'000'000, {}},
        {u"newUserParallel"_s, Kind::Integer, SettingsPage::tr("New users, parallel requests"),
         SettingsPage::tr("How many requests a new user may have running at once (0: none)."), 0, 10'000, {}},
        {u"newUserBudget"_s, Kind::NullableNumber, SettingsPage::tr("New users, budget"),
         SettingsPage::tr("The budget a new user starts with, in the display currency; none for no budget."), 0, 0,
         {}},
        {u"displayCurrency"_s, Kind::Currency, SettingsPage::tr("Display currency"),
         SettingsPage::tr("The ISO 4217 code prices and costs are shown in, like USD or EUR."), 0, 0, {}},
        {u"usageRetentionDays"_s, Kind::Integer, SettingsPage::tr("Keep usage records"),
         SettingsPage::tr("Days usage records are kept (1 to 36500)."), 1, 36'500, SettingsPage::tr(" days")},
        {u"auditRetentionDays"_s, Kind::Integer, SettingsPage::tr("Keep the audit log"),
         SettingsPage::tr("Days audit entries are kept (1 to 36500)."), 1, 36'500, SettingsPage::tr(" days")},
        {u"alertWebhookUrls"_s, Kind::UrlList, SettingsPage::tr("Alert webhooks"),
         SettingsPage::tr("http(s) URLs that receive alerts, one per line, at most 20."), 0, 0, {}},
    };
}

QList<Field> keyPolicyFields()
{
    const QString none = SettingsPage::tr("none: no default");
    const QString noMax = SettingsPage::tr("none: no maximum");
    return {
        {u"defaultRpm"_s, Kind::NullableInteger, SettingsPage::tr("Default requests per minute"), none, 0, 1'000'000'000, {}},
        {u"maxRpm"_s, Kind::NullableInteger, SettingsPage::tr("Maximum requests per minute"), noMax, 0, 1'000'000'000, {}},
        {u"defaultTpm"_s, Kind::NullableInteger, SettingsPage::tr("Default tokens per minute"), none, 0, 1'000'000'000, {}},
        {u"maxTpm"_s, Kind::NullableInteger, SettingsPage::tr("Maximum tokens per minute"), noMax, 0, 1'000'000'000, {}},
        {u"defaultParallel"_s, Kind::NullableInteger, SettingsPage::tr("Default parallel requests"), none, 0, 1'000'000, {}},
        {u"maxParallel"_s, Kind::NullableInteger, SettingsPage::tr("Maximum parallel requests"), noMax, 0, 1'000'000, {}},
        {u"defaultMaxBudget"_s, Kind::NullableMoney, SettingsPage::tr("Default budget"), none, 0, 0, {}},
        {u"maxBudget"_s, Kind::NullableMoney, SettingsPage::tr("Maximum budget"),
         SettingsPage::tr("none: no maximum; also bounds the soft budget"), 0, 0, {}},
        {u"defaultBudgetDuration"_s, Kind::Duration, SettingsPage::tr("Default budget period"), none, 0, 0, {}},
        {u"defaultExpiryDays"_s, Kind::NullableInteger, SettingsPage::tr("Default lifetime"),
         SettingsPage::tr("Days until a new key expires; none: never."), 1, 36'500, SettingsPage::tr(" days")},
        {u"maxExpiryDays"_s, Kind::NullableInteger, SettingsPage::tr("Longest lifetime"), noMax, 1, 36'500,
         SettingsPage::tr(" days")},
        {u"maxActiveKeysPerUser"_s, Kind::NullableInteger, SettingsPage::tr("Active keys per user"),
         SettingsPage::tr("At most this many active keys per user; none: the built-in 10."), 1, 100'000, {}},
        {u"maxGracePeriod"_s, Kind::NullableText, SettingsPage::tr("Longest rotation grace"),
         SettingsPage::tr("How long an old secret may keep working after a rotation, like 1h or 24h; none: 24h."),
         0, 0, {}},
    };
}
} // namespace

QString SettingsPage::languageSettingsKey()
{
    return Language::settingsKey();
}

SettingsPage::SettingsPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_general(new SettingsForm(client, tr("General"), u"/api/v1/settings"_s, false, generalFields(), this))
    , m_keyPolicy(new SettingsForm(client, tr("Key policy"), u"/api/v1/settings/keys"_s, true,
                                   keyPolicyFields(), this))
    , m_serverBox(new QWidget(this))
    , m_keyNote(new QLabel(m_keyPolicy))
    , m_local(new QGroupBox(this))
    , m_localForm(new QFormLayout(m_local))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
{
    auto *serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    m_keyNote->setWordWrap(true);
    m_keyNote->setForegroundRole(QPalette::PlaceholderText);
    serverLayout->addWidget(m_general);
    serverLayout->addWidget(m_keyPolicy);
    serverLayout->addWidget(m_keyNote);

    m_language->addItem(QString(), QString());
    for (const auto &[tag, name] : Language::available())
        m_language->addItem(name, tag);
    const QString chosen = QSettings().value(languageSettingsKey()).toString();
    const int index = m_language->findData(chosen);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    m_languageNote->setWordWrap(true);
    m_localForm->addRow(QString(), m_language);
    m_localForm->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::chooseLanguage);

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_local);
    bodyLayout->addWidget(m_serverBox);
    bodyLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addWidget(scroll, 1);

    connect(m_general, &SettingsForm::problem, this, &Page::problem);
    connect(m_keyPolicy, &SettingsForm::problem, this, &Page::problem);
    retranslate();
}

void SettingsPage::retranslate()
{
    m_general->setTexts(tr("General"), generalFields());
    m_keyPolicy->setTexts(tr("Key policy"), keyPolicyFields());
    m_keyNote->setText(tr("Defaults and maxima for API keys made in the console and through /api/v1/keys. "
                          "They bind admins too."));
    m_local->setTitle(tr("This computer"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("System language"));
    setRowLabel(m_localForm, m_language, tr("&Language:"));
    m_languageNote->setAccessibleName(tr("Language note"));
    if (!m_languageNote->text().isEmpty())
        m_languageNote->setText(
            tr("Saved: the console uses %1 now and from its next start.").arg(m_language->currentText()));
    updateReadOnlyReason();
}

void SettingsPage::chooseLanguage()
{
    const QString tag = m_language->currentData().toString();
    QSettings settings;
    if (tag.isEmpty())
        settings.remove(languageSettingsKey());
    else
        settings.setValue(languageSettingsKey(), tag);
    // Every widget retranslates itself on the LanguageChange this sends, this note included.
    m_languageNote->setText(
        tr("Saved: the console uses %1 now and from its next start.").arg(m_language->currentText()));
    Language::apply(tag);
}

void SettingsPage::activate()
{
    Client::ApiClient *api = client();
    const bool reader = api->hasRole(Client::RoleAdmin) || api->hasRole(Client::RoleAdminReadonly);
    m_serverBox->setVisible(reader);
    if (!reader)
        return;
    updateReadOnlyReason();
    if (!m_loaded || (!m_general->hasChanges() && !m_general->isBusy()))
        m_general->load();
    if (!m_loaded || (!m_keyPolicy->hasChanges() && !m_keyPolicy->isBusy()))
        m_keyPolicy->load();
    m_loaded = true;
}

void SettingsPage::updateReadOnlyReason()
{
    const QString why =
        canWrite() ? QString() : tr("Your role (read-only admin) can see the settings but not change them.");
    m_general->setReadOnlyReason(why);
    m_keyPolicy->setReadOnlyReason(why);
}

QWidget *SettingsPage::generalEditor(const QString &key) const
{
    return m_general->editor(key);
}

QWidget *SettingsPage::keyPolicyEditor(const QString &key) const
{
    return m_keyPolicy->editor(key);
}

} // namespace Tollgate::Ui
