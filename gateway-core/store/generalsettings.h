// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Tollgate::Store {

class Database;
class SettingsRepository;

/// The general settings (GET/PATCH /api/v1/settings): one JSON object stored under the setting
/// key "general", here with its defaults and typed for what reads it (user creation, jobs).
struct GeneralSettings
{
    /// Limits given to a user created without them (API, SSO first sign-in, LiteLLM /user/new).
    std::optional<qint64> newUserRpm;
    std::optional<qint64> newUserTpm;
    std::optional<qint64> newUserParallel;
    std::optional<qint64> newUserBudget; ///< nano-units
    QString newUserBudgetDuration;       ///< empty: one budget for the user's life
    qint64 usageRetentionDays = 90;      ///< raw usage records (the daily rollups stay)
    qint64 auditRetentionDays = 365;
    qint64 usageDetailRetentionDays = 400; ///< key-level daily rollups, once coarser ones cover them
    qint64 jobRunRetentionDays = 90;
    qint64 expiredKeyCleanupDays = 30; ///< expired keys are deleted this long after expiry
    qint64 unusedKeyCleanupDays = 0;   ///< keys unused this long are revoked; 0 = never

    /// The setting key the object is stored under.
    static QString settingKey();
    /// Every setting with its default, as the API shows them: the one place they are defined.
    static QJsonObject defaults();
    /// The defaults overlaid with what is stored; @p version gets the stored version (0 = none).
    static QJsonObject stored(SettingsRepository &repo, qint64 *version = nullptr);
    /// The typed settings of @p values (as stored() returns them).
    static GeneralSettings fromJson(const QJsonObject &values);
    static GeneralSettings load(Database &db);
};

} // namespace Tollgate::Store
