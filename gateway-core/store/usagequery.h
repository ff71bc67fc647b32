// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/store/records.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tollgate::Store {

class Database;

/// What the usage analytics filter on. Days are 'YYYY-MM-DD' (UTC), inclusive; an empty list does
/// not filter, several values of one dimension are alternatives (IN).
struct UsageQueryFilter
{
    QString fromDay;
    QString toDay;
    QStringList userIds;
    QStringList keyIds;
    QStringList modelIds;
    QStringList deploymentIds;
};

/// Sums of usage_daily rows. Money in nano-units.
struct UsageTotals
{
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 cost = 0;
    qint64 latencyMsSum = 0;
    qint64 activeUsers = 0; ///< distinct non-empty user ids
};

/// One bucket of a time series or one row of a breakdown.
struct UsageGroup
{
    QString key; ///< the bucket's first day, or the model / user / key id
    UsageTotals totals;
};

/// Latency and time-to-first-token percentiles over raw records.
struct UsagePercentiles
{
    qint64 sampleSize = 0; ///< records the percentiles are computed over
    bool sampled = false;  ///< true when the range held more records than the sample
    std::optional<qint64> latencyP50;
    std::optional<qint64> latencyP95;
    std::optional<qint64> ttftP50; ///< over the records that have a time to first token
    std::optional<qint64> ttftP95;
};

enum class UsageBucket { Day, Week, Month };
enum class UsageDimension { Model, User, Key };
enum class UsageOrder { Cost, Requests };

/// The rollup table a query reads (see UsageQuery::plan()).
enum class UsageSource {
    Daily,      ///< usage_daily: day × user × key × model × deployment
    DailyModel, ///< usage_daily_model: day × model × deployment (+ usage_active_days for active users)
    DailyUser,  ///< usage_daily_user: day × user
};

/// Read-only analytics over the daily rollups (sums, series, breakdowns) and usage_records
/// (percentiles). Each query reads the coarsest rollup that holds its filters and grouping
/// (plan()): usage_daily_model without user or key, usage_daily_user with users only, else
/// usage_daily. Active users of usage_daily_model answers come from usage_active_days (a bit per
/// day with usage of each month × user × model × deployment), so every source gives the same
/// numbers. Only the percentiles read raw records, and at most a bounded sample of them.
class UsageQuery final
{
public:
    explicit UsageQuery(Database &db);

    /// The coarsest source for @p filter grouped by @p groupBy (nullopt: by time or not at all).
    static UsageSource plan(const UsageQueryFilter &filter, std::optional<UsageDimension> groupBy);
    static QString tableName(UsageSource source);
    /// Read usage_daily whatever the plan (tests compare coarse answers against it).
    void setFineOnly(bool fineOnly) { m_fineOnly = fineOnly; }
    /// The source this object uses for @p filter and @p groupBy.
    UsageSource sourceFor(const UsageQueryFilter &filter, std::optional<UsageDimension> groupBy) const;

    UsageTotals totals(const UsageQueryFilter &filter);
    /// One entry per bucket that has rows, in day order; the bucket key is its first day (weeks
    /// start on Monday, months on the 1st). Callers fill empty buckets.
    QList<UsageGroup> series(const UsageQueryFilter &filter, UsageBucket bucket);
    /// The top @p limit values of @p dimension by @p order (ties by id).
    QList<UsageGroup> breakdown(const UsageQueryFilter &filter, UsageDimension dimension, UsageOrder order,
                                int limit);
    /// Nearest-rank percentiles of the newest @p maxSample records in the filter's range (SQLite
    /// has no percentile functions, so the values are read in order and ranked here; ranking in
    /// SQL with ROW_NUMBER() took SQLite 20 times longer). Read from raw records, not the rollups:
    /// a range older than the raw retention has none.
    UsagePercentiles percentiles(const UsageQueryFilter &filter, int maxSample = 20'000);

    /// Up to @p limit raw records of the filter after the keyset position (@p afterAt,
    /// @p afterId), in (at, request id) order: the pages of an export.
    QList<UsageRecord> recordsAfter(const UsageQueryFilter &filter, qint64 afterAt, const QString &afterId,
                                    int limit);
    /// Up to @p limit daily rows of the filter after @p after (nullptr: from the start), in
    /// primary-key order.
    QList<UsageDaily> dailyAfter(const UsageQueryFilter &filter, const UsageDaily *after, int limit);

    /// The first day of the bucket holding @p day.
    static QString bucketStart(const QString &day, UsageBucket bucket);

private:
    /// Distinct active users per group from usage_active_days. With @p perDay the group is
    /// groupOf(day offset from the filter's first day, {}), else groupOf(0, model id); an empty
    /// group is skipped.
    QHash<QString, qint64> activeUsers(const UsageQueryFilter &filter, bool perDay,
                                       const std::function<QString(int, const QString &)> &groupOf);

    Database &m_db;
    bool m_fineOnly = false;
};

} // namespace Tollgate::Store
