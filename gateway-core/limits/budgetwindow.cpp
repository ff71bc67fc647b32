// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/limits/budgetwindow.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace Tollgate::Limits {

namespace {

constexpr int SecondsPerDay = 24 * 3600;
constexpr qint64 MsPerHour = 3600 * 1000;

using Util::Duration;
using Util::DurationUnit;

// How a duration's window is laid on the calendar.
enum class Alignment { WithinDay, Days, Monday, Month };

struct Shape
{
    Alignment alignment = Alignment::Days;
    qint64 count = 1; // seconds for WithinDay, days for Days, months for Month
};

// The first and the last instant at which the wall clock of @p zone shows @p date @p secondOfDay:
// equal for ordinary times, an hour apart in a fall-back fold, both the end of the gap when a
// spring-forward gap skips the time.
std::pair<qint64, qint64> occurrences(QDate date, int secondOfDay, const QTimeZone &zone)
{
    const QTime time = QTime(0, 0).addSecs(secondOfDay);
    const QDateTime dt(date, time, zone);
    if (!dt.isValid() || dt.date() != date || dt.time() != time) {
        // In a gap: the first instant at or after this wall-clock time is the transition. Offsets
        // stay within ±18 h, so it follows "date time" read as UTC minus 18 h.
        const QDateTime asUtc(date, time, QTimeZone::utc());
        const QTimeZone::OffsetData transition = zone.nextTransition(asUtc.addSecs(-18 * 3600));
        const qint64 at = transition.atUtc.isValid() ? transition.atUtc.toMSecsSinceEpoch() : dt.toMSecsSinceEpoch();
        return {at, at};
    }
    const qint64 base = dt.toMSecsSinceEpoch();
    const qint64 wall = base + qint64(zone.offsetFromUtc(dt)) * 1000;
    qint64 first = base;
    qint64 last = base;
    // Another occurrence has one of the offsets in force around it.
    for (const qint64 probe : {base - 3 * MsPerHour, base + 3 * MsPerHour}) {
        const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, QTimeZone::utc()));
        const qint64 candidate = wall - qint64(offset) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(candidate, QTimeZone::utc())) == offset) {
            first = std::min(first, candidate);
            last = std::max(last, candidate);
        }
    }
    return {first, last};
}

Shape shapeOf(const Duration &d)
{
    qint64 seconds = 0;
    switch (d.unit) {
    case DurationUnit::Second:
        seconds = d.count;
        break;
    case DurationUnit::Minute:
        seconds = d.count * 60;
        break;
    case DurationUnit::Hour:
        seconds = d.count * 3600;
        break;
    case DurationUnit::Day:
        if (d.count == 7)
            return {Alignment::Monday, 7};
        if (d.count == 30) // LiteLLM's "monthly" spelling; users mean the 1st, not every 30 days
            return {Alignment::Month, 1};
        return {Alignment::Days, d.count};
    case DurationUnit::Week:
        if (d.count == 1)
            return {Alignment::Monday, 7};
        return {Alignment::Days, d.count * 7};
    case DurationUnit::Month:
        return {Alignment::Month, d.count};
    }
    // "24h", "1440m", "48h": whole days behave like their day spelling.
    if (seconds % SecondsPerDay == 0)
        return shapeOf(Duration{seconds / SecondsPerDay, DurationUnit::Day});
    if (seconds > SecondsPerDay) // "25h": no boundary inside a day; count days from today's midnight
        return {Alignment::Days, 0};
    return {Alignment::WithinDay, seconds};
}

QDateTime localAt(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone);
}

qint64 midnight(QDate date, const QTimeZone &zone)
{
    return wallClockToUtcMs(date, 0, zone);
}

QDate firstOfMonth(QDate date, qint64 monthsAhead)
{
    return QDate(date.year(), date.month(), 1).addMonths(int(monthsAhead));
}

// Candidate boundary after the wall-clock moment (date, second); callers loop until it is after now.
qint64 boundaryAfter(const Shape &shape, QDate date, int second, const QTimeZone &zone, qint64 nowMs,
                     const Duration &duration)
{
    switch (shape.alignment) {
    case Alignment::WithinDay: {
        const qint64 next = (second / shape.count + 1) * shape.count;
        // In a fold's second pass the boundary's first occurrence is already behind us.
        const qint64 tomorrow = next >= SecondsPerDay ? midnight(date.addDays(1), zone) : 0;
        const auto [first, last] = next >= SecondsPerDay ? std::pair{tomorrow, tomorrow}
                                                         : occurrences(date, int(next), zone);
        const qint64 candidate = first > nowMs ? first : last;
        // A fall-back transition before that sets the wall clock back (02:59:59 CEST → 02:00 CET):
        // the first boundary the clock shows after it may come sooner.
        const QTimeZone::OffsetData transition =
            zone.nextTransition(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()));
        if (!transition.atUtc.isValid())
            return candidate;
        const qint64 at = transition.atUtc.toMSecsSinceEpoch();
        if (at > candidate || transition.offsetFromUtc >= zone.offsetFromUtc(localAt(nowMs, zone)))
            return candidate;
        const QDateTime after = localAt(at, zone);
        const int afterSecond = after.time().msecsSinceStartOfDay() / 1000;
        if (after.time().msecsSinceStartOfDay() % (shape.count * 1000) == 0)
            return at;
        const qint64 afterNext = (afterSecond / shape.count + 1) * shape.count;
        const qint64 later = afterNext >= SecondsPerDay ? midnight(after.date().addDays(1), zone)
                                                        : occurrences(after.date(), int(afterNext), zone).second;
        return std::min(candidate, later);
    }
    case Alignment::Days:
        if (shape.count == 0) {
            // Spans longer than a day that are not whole days: exact length from today's midnight.
            qint64 t = midnight(date, zone);
            const qint64 span = duration.toMilliseconds();
            while (t <= nowMs)
                t += span;
            return t;
        }
        return midnight(date.addDays(shape.count), zone);
    case Alignment::Monday:
        return midnight(date.addDays(8 - date.dayOfWeek()), zone);
    case Alignment::Month:
        return midnight(firstOfMonth(date, shape.count), zone);
    }
    return nowMs + MsPerHour;
}

} // namespace

std::optional<Util::Duration> parseBudgetDuration(QStringView text, QString *error)
{
    return Util::parseDuration(text, error);
}

qint64 wallClockToUtcMs(QDate date, int secondOfDay, const QTimeZone &zone)
{
    return occurrences(date, secondOfDay, zone).first;
}

qint64 nextBudgetResetMs(const Util::Duration &duration, qint64 nowMs, const QTimeZone &zone)
{
    const Shape shape = shapeOf(duration);
    qint64 cursor = nowMs;
    // A fall-back fold can map a wall-clock boundary to an instant not after now; step past it.
    for (int i = 0; i < 4; ++i) {
        const QDateTime local = localAt(cursor, zone);
        const int second = local.time().msecsSinceStartOfDay() / 1000;
        const qint64 candidate = boundaryAfter(shape, local.date(), second, zone, nowMs, duration);
        if (candidate > nowMs)
            return candidate;
        cursor = std::max(cursor + 1000, candidate + 1000);
    }
    return nowMs + std::max<qint64>(duration.toMilliseconds(), 1000);
}

qint64 budgetWindowStartMs(const Util::Duration &duration, qint64 nowMs, const QTimeZone &zone)
{
    const Shape shape = shapeOf(duration);
    const QDateTime local = localAt(nowMs, zone);
    const QDate date = local.date();
    qint64 start = nowMs;
    switch (shape.alignment) {
    case Alignment::WithinDay: {
        const int second = local.time().msecsSinceStartOfDay() / 1000;
        // In a fold's second pass the boundary's later occurrence is the one just passed.
        const auto [first, last] = occurrences(date, int(second / shape.count * shape.count), zone);
        start = last <= nowMs ? last : first;
        break;
    }
    case Alignment::Days:
        start = midnight(date, zone);
        break;
    case Alignment::Monday:
        start = midnight(date.addDays(1 - date.dayOfWeek()), zone);
        break;
    case Alignment::Month:
        start = midnight(firstOfMonth(date, 0), zone);
        break;
    }
    return std::min(start, nowMs);
}

} // namespace Tollgate::Limits
