// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Tollgate::Util {

/// Units of a budget or window duration, as LiteLLM spells them (s m h d w mo).
enum class DurationUnit { Second, Minute, Hour, Day, Week, Month };

/// A count of calendar-ish units: "7d" is {7, Day}. Months stay months so budget
/// windows can reset on the 1st instead of every 30 days.
struct Duration final
{
    qint64 count = 0;
    DurationUnit unit = DurationUnit::Second;

    /// Length in milliseconds; a month counts as 30 days (calendar-aligned code uses unit/count).
    qint64 toMilliseconds() const;
    /// Canonical spelling, e.g. "30s", "1mo".
    QString toString() const;

    friend bool operator==(const Duration &, const Duration &) = default;
};

/// Parses "30s", "15m", "24h", "7d", "2w", "1mo" and the words hourly/daily/weekly/monthly.
/// A missing unit, a zero count, upper-case units and overflow are errors.
std::optional<Duration> parseDuration(QStringView text, QString *error = nullptr);

/// Parses a timeout or interval setting: a plain integer (milliseconds), "250ms", or a
/// parseDuration() value other than months ("30s", "5m"). Zero is allowed.
std::optional<qint64> parseMilliseconds(QStringView text, QString *error = nullptr);

} // namespace Tollgate::Util
