// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Tollgate::Store {
class Database;
}

namespace Tollgate::Keys {

/// The admin-set defaults and maxima for keys made through /api/v1/keys, stored as the JSON
/// setting "keys" (so keys.maxRpm is the member maxRpm). A missing default or maximum means
/// none; a request that leaves a limit out gets the default, or the maximum when only that is
/// set, so a maximum can never be dodged by omission.
struct KeyPolicy
{
    /// The setting that holds the policy.
    static constexpr QLatin1StringView SettingKey{"keys"};

    std::optional<qint64> defaultRpm;
    std::optional<qint64> maxRpm;
    std::optional<qint64> defaultTpm;
    std::optional<qint64> maxTpm;
    std::optional<qint64> defaultParallel;
    std::optional<qint64> maxParallel;
    std::optional<qint64> defaultMaxBudget; ///< nano-units of currency
    std::optional<qint64> maxBudget;        ///< bounds max and soft budgets, nano-units
    QString defaultBudgetDuration;          ///< "1d", "7d", "1mo" or empty (no window)
    std::optional<qint64> defaultExpiryDays;
    std::optional<qint64> maxExpiryDays;
    std::optional<qint64> maxActiveKeysPerUser = 10;
    QString maxGracePeriod = QStringLiteral("24h"); ///< longest rotation grace; empty: no bound

    /// The policy as stored and as GET /api/v1/settings/keys shows it (money as decimal strings).
    QJsonObject toJson() const;
    /// Reads a stored policy; members it lacks keep their built-in values. The API validates
    /// before storing, so this trusts its input.
    static KeyPolicy fromJson(const QJsonObject &object);
    /// The stored policy, or the built-in one when none is stored.
    static KeyPolicy load(Store::Database &db);

    /// The longest grace period in milliseconds; nullopt: unbounded.
    std::optional<qint64> maxGraceMs() const;
};

} // namespace Tollgate::Keys
