// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/util/duration.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace Tollgate::Limits {

/// Parses a budget_duration ("30s", "15m", "1h", "24h", "1d", "7d", "2w", "30d", "1mo", and the
/// words hourly/daily/weekly/monthly). Months stay months so they can reset on the 1st.
std::optional<Util::Duration> parseBudgetDuration(QStringView text, QString *error = nullptr);

/// The first reset instant strictly after @p nowMs (UTC ms since epoch), aligned to the wall
/// clock of @p zone: 1d/24h → next midnight; 7d/1w → next Monday 00:00; 30d/1mo → the 1st of
/// next month; Nh/Nm/Ns → the next multiple of N within the day; other Nd/Nw → midnight of
/// today + N days; Nmo → the 1st, N months on. A wall-clock instant that a DST gap skips maps
/// to the end of the gap.
qint64 nextBudgetResetMs(const Util::Duration &duration, qint64 nowMs, const QTimeZone &zone);

/// The latest aligned boundary at or before @p nowMs: the start of the window a budget opened
/// now belongs to (midnight for Nd other than 7 and 30, since those count from their first day).
qint64 budgetWindowStartMs(const Util::Duration &duration, qint64 nowMs, const QTimeZone &zone);

/// UTC ms of the first instant whose wall-clock time in @p zone is at or after @p date
/// @p secondOfDay (the instant itself unless a DST gap skips it).
qint64 wallClockToUtcMs(QDate date, int secondOfDay, const QTimeZone &zone);

} // namespace Tollgate::Limits
