// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/util/duration.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Tollgate::Util {

namespace {

constexpr qint64 unitMilliseconds(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Second:
        return 1000;
    case DurationUnit::Minute:
        return 60 * 1000;
    case DurationUnit::Hour:
        return 3600 * 1000;
    case DurationUnit::Day:
        return 24 * 3600 * 1000;
    case DurationUnit::Week:
        return 7 * 24 * 3600 * 1000LL;
    case DurationUnit::Month:
        return 30 * 24 * 3600 * 1000LL;
    }
    return 0;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Splits "123abc" into 123 and "abc"; false when there are no leading digits or they overflow.
bool splitNumber(QStringView text, qint64 *number, QStringView *suffix)
{
    qsizetype digits = 0;
    while (digits < text.size() && text[digits] >= u'0' && text[digits] <= u'9')
        ++digits;
    if (digits == 0)
        return false;
    bool ok = false;
    *number = text.first(digits).toLongLong(&ok);
    *suffix = text.sliced(digits);
    return ok;
}

std::optional<DurationUnit> unitFromSuffix(QStringView suffix)
{
    if (suffix == u"s")
        return DurationUnit::Second;
    if (suffix == u"m")
        return DurationUnit::Minute;
    if (suffix == u"h")
        return DurationUnit::Hour;
    if (suffix == u"d")
        return DurationUnit::Day;
    if (suffix == u"w")
        return DurationUnit::Week;
    if (suffix == u"mo")
        return DurationUnit::Month;
    return std::nullopt;
}

} // namespace

qint64 Duration::toMilliseconds() const
{
    return count * unitMilliseconds(unit);
}

QString Duration::toString() const
{
    static constexpr const char *suffixes[] = {"s", "m", "h", "d", "w", "mo"};
    return QString::number(count) + QLatin1StringView(suffixes[static_cast<int>(unit)]);
}

std::optional<Duration> parseDuration(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed == u"hourly")
        return Duration{1, DurationUnit::Hour};
    if (trimmed == u"daily")
        return Duration{1, DurationUnit::Day};
    if (trimmed == u"weekly")
        return Duration{1, DurationUnit::Week};
    if (trimmed == u"monthly")
        return Duration{1, DurationUnit::Month};

    qint64 count = 0;
    QStringView suffix;
    if (!splitNumber(trimmed, &count, &suffix)) {
        setError(error,
                 u"\"%1\" is not a duration (expected a number and a unit: 30s, 15m, 24h, 7d, 2w, 1mo)"_s.arg(
                     text));
        return std::nullopt;
    }
    if (suffix.isEmpty()) {
        setError(error, u"\"%1\" has no unit (use s, m, h, d, w or mo, e.g. %1d)"_s.arg(text));
        return std::nullopt;
    }
    const auto unit = unitFromSuffix(suffix);
    if (!unit) {
        setError(error, u"\"%1\" has an unknown unit \"%2\" (use s, m, h, d, w or mo)"_s.arg(text, suffix));
        return std::nullopt;
    }
    const Duration result{count, *unit};
    if (count == 0) {
        setError(error, u"\"%1\" is a zero duration"_s.arg(text));
        return std::nullopt;
    }
    if (count > std::numeric_limits<qint64>::max() / unitMilliseconds(result.unit)) {
        setError(error, u"\"%1\" is too long"_s.arg(text));
        return std::nullopt;
    }
    return result;
}

std::optional<qint64> parseMilliseconds(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    qint64 count = 0;
    QStringView suffix;
    if (!splitNumber(trimmed, &count, &suffix)) {
        setError(
            error,
            u"\"%1\" is not a duration (expected milliseconds or a number with a unit: 500ms, 30s, 5m)"_s.arg(
                text));
        return std::nullopt;
    }
    if (suffix.isEmpty() || suffix == u"ms")
        return count;
    const auto unit = unitFromSuffix(suffix);
    if (!unit) {
        setError(error, u"\"%1\" has an unknown unit \"%2\" (use ms, s, m, h, d or w)"_s.arg(text, suffix));
        return std::nullopt;
    }
    if (*unit == DurationUnit::Month) {
        setError(error, u"\"%1\": months have no fixed length here (use d or w)"_s.arg(text));
        return std::nullopt;
    }
    if (count > std::numeric_limits<qint64>::max() / unitMilliseconds(*unit)) {
        setError(error, u"\"%1\" is too long"_s.arg(text));
        return std::nullopt;
    }
    return count * unitMilliseconds(*unit);
}

} // namespace Tollgate::Util
