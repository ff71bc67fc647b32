// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/usagequery.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/error.h"
#include "gateway-core/store/sqlsupport.h"
#include "gateway-core/store/usagerepository.h"

#include <QDate>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <bit>
#include <utility>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using Detail::Where;

namespace {

// CAST: PostgreSQL sums BIGINT into NUMERIC.
const QString Sums = u"CAST(COALESCE(SUM(requests), 0) AS BIGINT), CAST(COALESCE(SUM(errors), 0) AS BIGINT), "
                     "CAST(COALESCE(SUM(prompt_tokens), 0) AS BIGINT), "
                     "CAST(COALESCE(SUM(completion_tokens), 0) AS BIGINT), "
                     "CAST(COALESCE(SUM(cached_tokens), 0) AS BIGINT), CAST(COALESCE(SUM(cost), 0) AS BIGINT), "
                     "CAST(COALESCE(SUM(latency_ms_sum), 0) AS BIGINT), COUNT(DISTINCT NULLIF(user_id, ''))"_s;

// usage_daily_model has no users: active users are counted apart (UsageQuery::activeUsers()).
const QString ModelSums = QString(Sums).replace(u"COUNT(DISTINCT NULLIF(user_id, ''))"_s, u"0"_s);

UsageTotals totalsFromRow(const QSqlQuery &q, int first)
{
    UsageTotals t;
    t.requests = q.value(first).toLongLong();
    t.errors = q.value(first + 1).toLongLong();
    t.promptTokens = q.value(first + 2).toLongLong();
    t.completionTokens = q.value(first + 3).toLongLong();
    t.cachedTokens = q.value(first + 4).toLongLong();
    t.cost = q.value(first + 5).toLongLong();
    t.latencyMsSum = q.value(first + 6).toLongLong();
    t.activeUsers = q.value(first + 7).toLongLong();
    return t;
}

QDate parseDay(const QString &day)
{
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid())
        throw Error(Error::Code::Invalid, u"invalid day: "_s + day);
    return d;
}

void addIn(Where &where, const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    QVariantList bound;
    for (const QString &v : values) {
        marks << u"?"_s;
        bound << v;
    }
    // column names come from this file only
    where.add(column + u" IN ("_s + marks.join(u", "_s) + u")"_s, bound);
}

void addDimensions(Where &where, const UsageQueryFilter &filter)
{
    addIn(where, u"user_id"_s, filter.userIds);
    addIn(where, u"key_id"_s, filter.keyIds);
    addIn(where, u"model_id"_s, filter.modelIds);
    addIn(where, u"deployment_id"_s, filter.deploymentIds);
}

Where dailyWhere(const UsageQueryFilter &filter)
{
    Where where;
    if (!filter.fromDay.isEmpty())
        where.add(u"day >= ?"_s, {parseDay(filter.fromDay).toString(Qt::ISODate)});
    if (!filter.toDay.isEmpty())
        where.add(u"day <= ?"_s, {parseDay(filter.toDay).toString(Qt::ISODate)});
    addDimensions(where, filter);
    return where;
}

Where recordWhere(const UsageQueryFilter &filter)
{
    Where where;
    if (!filter.fromDay.isEmpty())
        where.add(u"at >= ?"_s, {parseDay(filter.fromDay).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()});
    if (!filter.toDay.isEmpty())
        where.add(u"at < ?"_s,
                  {parseDay(filter.toDay).addDays(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()});
    addDimensions(where, filter);
    return where;
}

/// Nearest rank: the smallest value with at least p of the sample at or below it.
std::optional<qint64> rank(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return std::nullopt;
    const auto n = static_cast<double>(sorted.size());
    const auto index = static_cast<size_t>(std::max(1.0, std::ceil(p * n))) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}

} // namespace

UsageQuery::UsageQuery(Database &db)
    : m_db(db)
{}

UsageSource UsageQuery::plan(const UsageQueryFilter &filter, std::optional<UsageDimension> groupBy)
{
    const bool keys = !filter.keyIds.isEmpty() || groupBy == UsageDimension::Key;
    const bool users = !filter.userIds.isEmpty() || groupBy == UsageDimension::User;
    const bool models =
        !filter.modelIds.isEmpty() || !filter.deploymentIds.isEmpty() || groupBy == UsageDimension::Model;
    if (keys || (users && models))
        return UsageSource::Daily;
    if (users)
        return UsageSource::DailyUser;
    // Active users of usage_daily_model come from month rows: a bounded range is needed.
    if (filter.fromDay.isEmpty() || filter.toDay.isEmpty())
        return UsageSource::Daily;
    return UsageSource::DailyModel;
}

QString UsageQuery::tableName(UsageSource source)
{
    switch (source) {
    case UsageSource::DailyModel:
        return u"usage_daily_model"_s;
    case UsageSource::DailyUser:
        return u"usage_daily_user"_s;
    case UsageSource::Daily:
        break;
    }
    return u"usage_daily"_s;
}

UsageSource UsageQuery::sourceFor(const UsageQueryFilter &filter, std::optional<UsageDimension> groupBy) const
{
    return m_fineOnly ? UsageSource::Daily : plan(filter, groupBy);
}

QHash<QString, qint64> UsageQuery::activeUsers(const UsageQueryFilter &filter, bool perDay,
                                               const std::function<QString(int, const QString &)> &groupOf)
{
    const QDate from = parseDay(filter.fromDay);
    const QDate to = parseDay(filter.toDay);
    const int days = int(from.daysTo(to)) + 1;
    Where where;
    where.add(u"month >= ?"_s, {filter.fromDay.left(7)});
    where.add(u"month <= ?"_s, {filter.toDay.left(7)});
    addDimensions(where, filter);
    QSqlQuery q = m_db.exec(u"SELECT month, user_id, model_id, days FROM usage_active_days"_s + where.sql(),
                            where.values, u"count active users"_s);
    // Groups and users as small integers; a day's group is looked up once per day offset.
    QHash<QString, int> groupIndex;
    QStringList groups;
    const auto intern = [&](const QString &group) {
        if (group.isEmpty())
            return -1;
        auto g = groupIndex.constFind(group);
        if (g == groupIndex.constEnd()) {
            g = groupIndex.insert(group, int(groups.size()));
            groups << group;
        }
        return *g;
    };
    std::vector<int> dayGroup;
    if (perDay) {
        dayGroup.reserve(size_t(days));
        for (int offset = 0; offset < days; ++offset)
            dayGroup.push_back(intern(groupOf(offset, {})));
    }
    struct Row
    {
        int user;
        int group; // per model (perDay false)
        int base;  // day offset of bit 0
        quint64 bits;
    };
    std::vector<Row> rows;
    QHash<QString, int> userIndex;
    QHash<QString, int> monthBase;
    while (q.next()) {
        const QString month = q.value(0).toString();
        auto base = monthBase.constFind(month);
        if (base == monthBase.constEnd()) {
            const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
            if (!first.isValid())
                continue;
            base = monthBase.insert(month, int(from.daysTo(first)));
        }
        const QString user = q.value(1).toString();
        auto u = userIndex.constFind(user);
        if (u == userIndex.constEnd())
            u = userIndex.insert(user, int(userIndex.size()));
        rows.push_back(Row{*u, perDay ? -1 : intern(groupOf(0, q.value(2).toString())), *base,
                           quint64(q.value(3).toLongLong())});
    }
    const size_t users = size_t(userIndex.size());
    std::vector<quint8> seen(size_t(groups.size()) * users, 0);
    std::vector<qint64> counts(size_t(groups.size()), 0);
    for (const Row &row : rows) {
        quint64 bits = row.bits;
        while (bits != 0) {
            const int offset = row.base + std::countr_zero(bits);
            bits &= bits - 1;
            if (offset < 0 || offset >= days)
                continue;
            const int group = perDay ? dayGroup[size_t(offset)] : row.group;
            if (group >= 0) {
                quint8 &mark = seen[size_t(group) * users + size_t(row.user)];
                counts[size_t(group)] += mark == 0 ? 1 : 0;
                mark = 1;
            }
            if (!perDay)
                break; // the group does not depend on the day: one day in range is enough
        }
    }
    QHash<QString, qint64> result;
    for (qsizetype i = 0; i < groups.size(); ++i)
        result.insert(groups.at(i), counts[size_t(i)]);
    return result;
}

UsageTotals UsageQuery::totals(const UsageQueryFilter &filter)
{
    const UsageSource source = sourceFor(filter, std::nullopt);
    const Where where = dailyWhere(filter);
    QSqlQuery q = m_db.exec(u"SELECT "_s + (source == UsageSource::DailyModel ? ModelSums : Sums) + u" FROM "_s +
                                tableName(source) + where.sql(),
                            where.values, u"sum usage"_s);
    UsageTotals t = q.next() ? totalsFromRow(q, 0) : UsageTotals{};
    if (source == UsageSource::DailyModel)
        t.activeUsers = activeUsers(filter, false, [](int, const QString &) { return u"all"_s; }).value(u"all"_s);
    return t;
}

QList<UsageGroup> UsageQuery::series(const UsageQueryFilter &filter, UsageBucket bucket)
{
    const UsageSource source = sourceFor(filter, std::nullopt);
    QString expression = u"day"_s;
    const bool pg = m_db.dialect() == Dialect::Postgres;
    if (bucket == UsageBucket::Week) {
        expression = pg ? u"to_char(date_trunc('week', CAST(day AS date)), 'YYYY-MM-DD')"_s
                        : u"date(day, '-6 days', 'weekday 1')"_s;
    } else if (bucket == UsageBucket::Month) {
        expression = u"substr(day, 1, 7) || '-01'"_s;
    }
    const Where where = dailyWhere(filter);
    QSqlQuery q = m_db.exec(u"SELECT "_s + expression + u" AS bucket, "_s +
                                (source == UsageSource::DailyModel ? ModelSums : Sums) + u" FROM "_s +
                                tableName(source) + where.sql() + u" GROUP BY bucket ORDER BY bucket"_s,
                            where.values, u"usage time series"_s);
    QList<UsageGroup> result;
    while (q.next())
        result << UsageGroup{q.value(0).toString(), totalsFromRow(q, 1)};
    if (source == UsageSource::DailyModel && !result.isEmpty()) {
        const QDate from = parseDay(filter.fromDay);
        const int days = int(from.daysTo(parseDay(filter.toDay))) + 1;
        QStringList bucketOf; // per day offset
        bucketOf.reserve(days);
        for (int i = 0; i < days; ++i)
            bucketOf << bucketStart(from.addDays(i).toString(Qt::ISODate), bucket);
        const QHash<QString, qint64> active =
            activeUsers(filter, true, [&bucketOf](int offset, const QString &) { return bucketOf.at(offset); });
        for (UsageGroup &g : result)
            g.totals.activeUsers = active.value(g.key);
    }
    return result;
}

QList<UsageGroup> UsageQuery::breakdown(const UsageQueryFilter &filter, UsageDimension dimension, UsageOrder order,
                                        int limit)
{
    const UsageSource source = sourceFor(filter, dimension);
    const QString column = dimension == UsageDimension::Model  ? u"model_id"_s
                           : dimension == UsageDimension::User ? u"user_id"_s
                                                               : u"key_id"_s;
    const QString orderBy = order == UsageOrder::Cost ? u"SUM(cost) DESC, SUM(requests) DESC"_s
                                                      : u"SUM(requests) DESC, SUM(cost) DESC"_s;
    const Where where = dailyWhere(filter);
    QVariantList values = where.values;
    values << limit;
    QSqlQuery q = m_db.exec(u"SELECT "_s + column + u", "_s + (source == UsageSource::DailyModel ? ModelSums : Sums) +
                                u" FROM "_s + tableName(source) + where.sql() + u" GROUP BY "_s + column +
                                u" ORDER BY "_s + orderBy + u", "_s + column + u" LIMIT ?"_s,
                            values, u"usage breakdown"_s);
    QList<UsageGroup> result;
    while (q.next())
        result << UsageGroup{q.value(0).toString(), totalsFromRow(q, 1)};
    if (source == UsageSource::DailyModel && !result.isEmpty()) {
        UsageQueryFilter top = filter;
        if (top.modelIds.isEmpty()) {
            for (const UsageGroup &g : std::as_const(result))
                top.modelIds << g.key;
        }
        const QHash<QString, qint64> active =
            activeUsers(top, false, [](int, const QString &model) { return model.isEmpty() ? u"\n"_s : model; });
        for (UsageGroup &g : result)
            g.totals.activeUsers = active.value(g.key.isEmpty() ? u"\n"_s : g.key);
    }
    return result;
}

UsagePercentiles UsageQuery::percentiles(const UsageQueryFilter &filter, int maxSample)
{
    const Where where = recordWhere(filter);
    QVariantList values = where.values;
    values << maxSample + 1;
    QSqlQuery q = m_db.exec(u"SELECT latency_ms, ttft_ms FROM usage_records"_s + where.sql() +
                                u" ORDER BY at DESC LIMIT ?"_s,
                            values, u"usage percentiles"_s);
    std::vector<qint64> latency;
    std::vector<qint64> ttft;
    bool more = false;
    while (q.next()) {
        if (std::cmp_greater_equal(latency.size(), maxSample)) {
            more = true;
            break;
        }
        latency.push_back(q.value(0).toLongLong());
        if (!q.value(1).isNull())
            ttft.push_back(q.value(1).toLongLong());
    }
    UsagePercentiles p;
    p.sampled = more;
    p.sampleSize = static_cast<qint64>(latency.size());
    std::sort(latency.begin(), latency.end());
    std::sort(ttft.begin(), ttft.end());
    p.latencyP50 = rank(latency, 0.50);
    p.latencyP95 = rank(latency, 0.95);
    p.ttftP50 = rank(ttft, 0.50);
    p.ttftP95 = rank(ttft, 0.95);
    return p;
}

QList<UsageRecord> UsageQuery::recordsAfter(const UsageQueryFilter &filter, qint64 afterAt, const QString &afterId,
                                            int limit)
{
    Where where = recordWhere(filter);
    where.add(u"(at > ? OR (at = ? AND request_id > ?))"_s, {afterAt, afterAt, afterId});
    QVariantList values = where.values;
    values << limit;
    QSqlQuery q = m_db.exec(u"SELECT "_s + UsageRepository::recordColumns() + u" FROM usage_records"_s +
                                where.sql() + u" ORDER BY at, request_id LIMIT ?"_s,
                            values, u"export usage records"_s);
    QList<UsageRecord> result;
    while (q.next())
        result << UsageRepository::recordFromRow(q);
    return result;
}

QList<UsageDaily> UsageQuery::dailyAfter(const UsageQueryFilter &filter, const UsageDaily *after, int limit)
{
    Where where = dailyWhere(filter);
    if (after) {
        where.add(u"(day, user_id, key_id, model_id, deployment_id) > (?, ?, ?, ?, ?)"_s,
                  {after->day, after->userId, after->keyId, after->modelId, after->deploymentId});
    }
    QVariantList values = where.values;
    values << limit;
    QSqlQuery q = m_db.exec(u"SELECT day, user_id, key_id, model_id, deployment_id, requests, errors, "
                            "prompt_tokens, completion_tokens, cached_tokens, cost, latency_ms_sum FROM usage_daily"_s +
                                where.sql() + u" ORDER BY day, user_id, key_id, model_id, deployment_id LIMIT ?"_s,
                            values, u"export usage rollups"_s);
    QList<UsageDaily> result;
    while (q.next()) {
        UsageDaily d;
        d.day = q.value(0).toString();
        d.userId = q.value(1).toString();
        d.keyId = q.value(2).toString();
        d.modelId = q.value(3).toString();
        d.deploymentId = q.value(4).toString();
        d.requests = q.value(5).toLongLong();
        d.errors = q.value(6).toLongLong();
        d.promptTokens = q.value(7).toLongLong();
        d.completionTokens = q.value(8).toLongLong();
        d.cachedTokens = q.value(9).toLongLong();
        d.cost = q.value(10).toLongLong();
        d.latencyMsSum = q.value(11).toLongLong();
        result << d;
    }
    return result;
}

QString UsageQuery::bucketStart(const QString &day, UsageBucket bucket)
{
    QDate d = parseDay(day);
    if (bucket == UsageBucket::Week)
        d = d.addDays(1 - d.dayOfWeek());
    else if (bucket == UsageBucket::Month)
        d = QDate(d.year(), d.month(), 1);
    return d.toString(Qt::ISODate);
}

} // namespace Tollgate::Store
