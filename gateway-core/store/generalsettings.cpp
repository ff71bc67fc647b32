// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/generalsettings.h"

#include "gateway-core/store/settingsrepository.h"
#include "gateway-core/util/decimal.h"
#include "gateway-core/util/jsonnumber.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

QString GeneralSettings::settingKey()
{
    return u"general"_s;
}

QJsonObject GeneralSettings::defaults()
{
    return {{u"newUserRpm"_s, QJsonValue()},
            {u"newUserTpm"_s, QJsonValue()},
            {u"newUserParallel"_s, QJsonValue()},
            {u"newUserBudget"_s, QJsonValue()},
            {u"newUserBudgetDuration"_s, QJsonValue()},
            {u"displayCurrency"_s, u"USD"_s},
            {u"usageRetentionDays"_s, 90},
            {u"auditRetentionDays"_s, 365},
            {u"usageDetailRetentionDays"_s, 400},
            {u"jobRunRetentionDays"_s, 90},
            {u"expiredKeyCleanupDays"_s, 30},
            {u"unusedKeyCleanupDays"_s, 0},
            {u"alertWebhookUrls"_s, QJsonArray()},
            {u"alertKeyExpiryWarningDays"_s, 7},
            {u"alertUserSoftBudgetPercent"_s, 80},
            {u"alertRetryBaseMs"_s, 10000}};
}

QJsonObject GeneralSettings::stored(SettingsRepository &repo, qint64 *version)
{
    QJsonObject result = defaults();
    const std::optional<Setting> setting = repo.find(settingKey());
    if (version)
        *version = setting ? setting->version : 0;
    if (setting) {
        const QJsonObject saved = setting->value.toObject();
        for (auto it = saved.begin(); it != saved.end(); ++it) {
            if (result.contains(it.key()))
                result.insert(it.key(), it.value());
        }
    }
    return result;
}

GeneralSettings GeneralSettings::fromJson(const QJsonObject &values)
{
    GeneralSettings s;
    s.newUserRpm = Util::wholeNumber(values.value("newUserRpm"_L1));
    s.newUserTpm = Util::wholeNumber(values.value("newUserTpm"_L1));
    s.newUserParallel = Util::wholeNumber(values.value("newUserParallel"_L1));
    const QJsonValue budget = values.value("newUserBudget"_L1);
    if (budget.isDouble())
        s.newUserBudget = Util::parseDecimalNanos(QString::number(budget.toDouble(), 'f', 9));
    s.newUserBudgetDuration = values.value("newUserBudgetDuration"_L1).toString();
    const auto days = [&values](QLatin1StringView name, qint64 fallback) {
        return Util::wholeNumber(values.value(name)).value_or(fallback);
    };
    s.usageRetentionDays = days("usageRetentionDays"_L1, s.usageRetentionDays);
    s.auditRetentionDays = days("auditRetentionDays"_L1, s.auditRetentionDays);
    s.usageDetailRetentionDays = days("usageDetailRetentionDays"_L1, s.usageDetailRetentionDays);
    s.jobRunRetentionDays = days("jobRunRetentionDays"_L1, s.jobRunRetentionDays);
    s.expiredKeyCleanupDays = days("expiredKeyCleanupDays"_L1, s.expiredKeyCleanupDays);
    s.unusedKeyCleanupDays = days("unusedKeyCleanupDays"_L1, s.unusedKeyCleanupDays);
    return s;
}

GeneralSettings GeneralSettings::load(Database &db)
{
    SettingsRepository repo(db);
    return fromJson(stored(repo));
}

} // namespace Tollgate::Store
