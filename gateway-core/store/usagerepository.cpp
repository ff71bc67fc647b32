// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/usagerepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

const QString RecordColumns =
    u"request_id, at, key_id, user_id, model_id, deployment_id, endpoint, prompt_tokens, "
    "completion_tokens, cached_tokens, cost, status, error_code, latency_ms, ttft_ms, "
    "streamed, aborted"_s;
const QString DailySums = u"CAST(SUM(requests) AS BIGINT), CAST(SUM(errors) AS BIGINT), "
                          "CAST(SUM(prompt_tokens) AS BIGINT), CAST(SUM(completion_tokens) AS BIGINT), "
                          "CAST(SUM(cached_tokens) AS BIGINT), CAST(SUM(cost) AS BIGINT), "
                          "CAST(SUM(latency_ms_sum) AS BIGINT)"_s;


bool isError(const UsageRecord &r)
{
    return r.status >= 400 || r.status == 0;
}

using DailyKey = std::tuple<QString, QString, QString, QString, QString>;

/// The DO UPDATE assignments that add a rollup row's sums to @p table's.
QString rollupSums(const QString &table)
{
    QStringList parts;
    for (const char *column : {"requests", "errors", "prompt_tokens", "completion_tokens", "cached_tokens", "cost",
                               "latency_ms_sum"}) {
        const QString c = QString::fromLatin1(column);
        parts << c + u" = "_s + table + u'.' + c + u" + excluded."_s + c;
    }
    return parts.join(u", "_s);
}

} // namespace

const QString &UsageRepository::recordColumns()
{
    return RecordColumns;
}

UsageRecord UsageRepository::recordFromRow(const QSqlQuery &q)
{
    UsageRecord r;
    r.requestId = q.value(0).toString();
    r.at = q.value(1).toLongLong();
    r.keyId = q.value(2).toString();
    r.userId = q.value(3).toString();
    r.modelId = q.value(4).toString();
    r.deploymentId = q.value(5).toString();
    r.endpoint = q.value(6).toString();
    r.promptTokens = q.value(7).toLongLong();
    r.completionTokens = q.value(8).toLongLong();
    r.cachedTokens = q.value(9).toLongLong();
    r.cost = q.value(10).toLongLong();
    r.status = q.value(11).toInt();
    r.errorCode = q.value(12).toString();
    r.latencyMs = q.value(13).toLongLong();
    r.ttftMs = optionalInt(q.value(14));
    r.streamed = q.value(15).toBool();
    r.aborted = q.value(16).toBool();
    return r;
}

UsageRepository::UsageRepository(Database &db)
    : m_db(db)
{}

QString UsageRepository::dayOf(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc()).date().toString(Qt::ISODate);
}

int UsageRepository::appendBatch(const QList<UsageRecord> &records)
{
    if (records.isEmpty())
        return 0;
    for (const UsageRecord &r : records) {
        if (r.requestId.isEmpty())
            throw Error(Error::Code::Invalid, u"usage record without request id"_s);
    }
    Transaction tx(m_db);
    // ON CONFLICT DO NOTHING reports 0 affected rows for a replayed record: only new rows reach the rollups.
    QSqlQuery insert = m_db.prepare(u"INSERT INTO usage_records ("_s + RecordColumns +
                                        u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT (request_id) DO NOTHING"_s,
                                    u"insert usage record"_s);
    std::map<DailyKey, UsageDaily> rollups;
    QSet<QString> addedIds;
    int added = 0;
    for (const UsageRecord &r : records) {
        m_db.execPrepared(insert,
                          {r.requestId, r.at, r.keyId, r.userId, r.modelId, r.deploymentId, r.endpoint,
                           r.promptTokens, r.completionTokens, r.cachedTokens, r.cost, r.status,
                           nullIfEmpty(r.errorCode), r.latencyMs, nullable(r.ttftMs), r.streamed, r.aborted},
                          u"insert usage record"_s);
        if (insert.numRowsAffected() != 1)
            continue; // already stored (replayed journal batch or a duplicate inside this batch)
        ++added;
        addedIds.insert(r.requestId);
        const QString day = dayOf(r.at);
        UsageDaily &d = rollups[DailyKey{day, r.userId, r.keyId, r.modelId, r.deploymentId}];
        d.day = day;
        d.userId = r.userId;
        d.keyId = r.keyId;
        d.modelId = r.modelId;
        d.deploymentId = r.deploymentId;
        d.requests += 1;
        d.errors += isError(r) ? 1 : 0;
        d.promptTokens += r.promptTokens;
        d.completionTokens += r.completionTokens;
        d.cachedTokens += r.cachedTokens;
        d.cost += r.cost;
        d.latencyMsSum += r.latencyMs;
    }
    QSqlQuery upsert = m_db.prepare(
        u"INSERT INTO usage_daily (day, user_id, key_id, model_id, deployment_id, requests, errors, "
        u"prompt_tokens, "
        "completion_tokens, cached_tokens, cost, latency_ms_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day, user_id, key_id, model_id, deployment_id) DO UPDATE SET "
        "requests = usage_daily.requests + excluded.requests, errors = usage_daily.errors + excluded.errors, "
        "prompt_tokens = usage_daily.prompt_tokens + excluded.prompt_tokens, "
        "completion_tokens = usage_daily.completion_tokens + excluded.completion_tokens, "
        "cached_tokens = usage_daily.cached_tokens + excluded.cached_tokens, "
        "cost = usage_daily.cost + excluded.cost, "
        "latency_ms_sum = usage_daily.latency_ms_sum + excluded.latency_ms_sum"_s,
        u"update usage rollup"_s);
    std::map<QString, std::pair<qint64, qint64>> keySpend; // key id → (cost, last use)
    std::map<QString, qint64> userSpend;
    // The coarser rollups of migration 10, summed from the same new rows.
    std::map<std::tuple<QString, QString, QString>, UsageDaily> byModel; // day, model, deployment
    std::map<std::pair<QString, QString>, UsageDaily> byUser;            // day, user
    std::map<std::tuple<QString, QString, QString, QString>, qint64> activeDays; // month, user, model, deployment
    const auto add = [](UsageDaily &into, const UsageDaily &d) {
        into.requests += d.requests;
        into.errors += d.errors;
        into.promptTokens += d.promptTokens;
        into.completionTokens += d.completionTokens;
        into.cachedTokens += d.cachedTokens;
        into.cost += d.cost;
        into.latencyMsSum += d.latencyMsSum;
    };
    for (const auto &[key, d] : rollups) {
        m_db.execPrepared(upsert,
                          {d.day, d.userId, d.keyId, d.modelId, d.deploymentId, d.requests, d.errors,
                           d.promptTokens, d.completionTokens, d.cachedTokens, d.cost, d.latencyMsSum},
                          u"update usage rollup"_s);
        add(byModel[{d.day, d.modelId, d.deploymentId}], d);
        add(byUser[{d.day, d.userId}], d);
        if (!d.userId.isEmpty())
            activeDays[{d.day.left(7), d.userId, d.modelId, d.deploymentId}] |= qint64(1) << (d.day.mid(8, 2).toInt() - 1);
    }
    QSqlQuery modelUpsert = m_db.prepare(
        u"INSERT INTO usage_daily_model (day, model_id, deployment_id, requests, errors, prompt_tokens, "
        "completion_tokens, cached_tokens, cost, latency_ms_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day, model_id, deployment_id) DO UPDATE SET "_s +
            rollupSums(u"usage_daily_model"_s),
        u"update model usage rollup"_s);
    for (const auto &[key, d] : byModel) {
        m_db.execPrepared(modelUpsert,
                          {std::get<0>(key), std::get<1>(key), std::get<2>(key), d.requests, d.errors, d.promptTokens,
                           d.completionTokens, d.cachedTokens, d.cost, d.latencyMsSum},
                          u"update model usage rollup"_s);
    }
    QSqlQuery userUpsert = m_db.prepare(
        u"INSERT INTO usage_daily_user (day, user_id, requests, errors, prompt_tokens, completion_tokens, "
        "cached_tokens, cost, latency_ms_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day, user_id) DO UPDATE SET "_s +
            rollupSums(u"usage_daily_user"_s),
        u"update user usage rollup"_s);
    for (const auto &[key, d] : byUser) {
        m_db.execPrepared(userUpsert,
                          {key.first, key.second, d.requests, d.errors, d.promptTokens, d.completionTokens,
                           d.cachedTokens, d.cost, d.latencyMsSum},
                          u"update user usage rollup"_s);
    }
    QSqlQuery activeUpsert = m_db.prepare(
        u"INSERT INTO usage_active_days (month, user_id, model_id, deployment_id, days) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (month, model_id, deployment_id, user_id) DO UPDATE SET "
        "days = usage_active_days.days | excluded.days"_s,
        u"update active user days"_s);
    for (const auto &[key, days] : activeDays) {
        m_db.execPrepared(activeUpsert,
                          {std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), days},
                          u"update active user days"_s);
    }
    for (const UsageRecord &r : records) {
        if (!addedIds.contains(r.requestId))
            continue;
        if (!r.keyId.isEmpty()) {
            auto &[cost, last] = keySpend[r.keyId];
            cost += r.cost;
            last = qMax(last, r.at);
        }
        if (!r.userId.isEmpty())
            userSpend[r.userId] += r.cost;
    }
    // Spend moves with the records in the same transaction, so a replay cannot count it twice.
    QSqlQuery keyUpdate = m_db.prepare(
        u"UPDATE api_keys SET spend = spend + ?, last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at < ? "
        u"THEN ? ELSE last_used_at END WHERE id = ?"_s,
        u"add key spend"_s);
    for (const auto &[id, value] : keySpend)
        m_db.execPrepared(keyUpdate, {value.first, value.second, value.second, id}, u"add key spend"_s);
    QSqlQuery userUpdate = m_db.prepare(u"UPDATE users SET spend = spend + ? WHERE id = ?"_s, u"add user spend"_s);
    for (const auto &[id, cost] : userSpend) {
        if (cost != 0)
            m_db.execPrepared(userUpdate, {cost, id}, u"add user spend"_s);
    }
    tx.commit();
    return added;
}

std::optional<UsageRecord> UsageRepository::findRecord(const QString &requestId)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + RecordColumns + u" FROM usage_records WHERE request_id = ?"_s,
                            {requestId}, u"read usage record"_s);
    if (!q.next())
        return std::nullopt;
    return recordFromRow(q);
}

namespace {

// Day bounds as timestamps so the (dimension, at) indexes serve record queries.
Where recordWhere(const UsageFilter &filter)
{
    Where where;
    if (!filter.fromDay.isEmpty()) {
        const QDate from = QDate::fromString(filter.fromDay, Qt::ISODate);
        if (!from.isValid())
            throw Error(Error::Code::Invalid, u"invalid day: "_s + filter.fromDay);
        where.add(u"at >= ?"_s, {from.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()});
    }
    if (!filter.toDay.isEmpty()) {
        const QDate to = QDate::fromString(filter.toDay, Qt::ISODate);
        if (!to.isValid())
            throw Error(Error::Code::Invalid, u"invalid day: "_s + filter.toDay);
        where.add(u"at < ?"_s, {to.addDays(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()});
    }
    if (!filter.userId.isEmpty())
        where.add(u"user_id = ?"_s, {filter.userId});
    if (!filter.keyId.isEmpty())
        where.add(u"key_id = ?"_s, {filter.keyId});
    if (!filter.modelId.isEmpty())
        where.add(u"model_id = ?"_s, {filter.modelId});
    if (!filter.deploymentId.isEmpty())
        where.add(u"deployment_id = ?"_s, {filter.deploymentId});
    return where;
}

Where dailyWhere(const UsageFilter &filter)
{
    Where where;
    if (!filter.fromDay.isEmpty())
        where.add(u"day >= ?"_s, {filter.fromDay});
    if (!filter.toDay.isEmpty())
        where.add(u"day <= ?"_s, {filter.toDay});
    if (!filter.userId.isEmpty())
        where.add(u"user_id = ?"_s, {filter.userId});
    if (!filter.keyId.isEmpty())
        where.add(u"key_id = ?"_s, {filter.keyId});
    if (!filter.modelId.isEmpty())
        where.add(u"model_id = ?"_s, {filter.modelId});
    if (!filter.deploymentId.isEmpty())
        where.add(u"deployment_id = ?"_s, {filter.deploymentId});
    return where;
}

} // namespace

PageResult<UsageRecord> UsageRepository::listRecords(const UsageFilter &filter, Page page)
{
    const Where where = recordWhere(filter);
    PageResult<UsageRecord> result;
    result.total = count(m_db, u"SELECT COUNT(*) FROM usage_records"_s + where.sql(), where.values,
                         u"count usage records"_s);
    QVariantList values = where.values;
    values << page.limit << page.offset;
    QSqlQuery q = m_db.exec(u"SELECT "_s + RecordColumns + u" FROM usage_records"_s + where.sql() +
                                u" ORDER BY at DESC, request_id LIMIT ? OFFSET ?"_s,
                            values, u"list usage records"_s);
    while (q.next())
        result.items << recordFromRow(q);
    return result;
}

QList<UsageDaily> UsageRepository::daily(const UsageFilter &filter)
{
    const Where where = dailyWhere(filter);
    QSqlQuery q =
        m_db.exec(u"SELECT day, user_id, key_id, model_id, deployment_id, requests, errors, prompt_tokens, "
                  "completion_tokens, cached_tokens, cost, latency_ms_sum FROM usage_daily"_s +
                      where.sql() + u" ORDER BY day, user_id, key_id, model_id, deployment_id"_s,
                  where.values, u"read usage rollups"_s);
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

UsageDaily UsageRepository::totals(const UsageFilter &filter)
{
    const Where where = dailyWhere(filter);
    QSqlQuery q = m_db.exec(u"SELECT "_s + DailySums + u" FROM usage_daily"_s + where.sql(), where.values,
                            u"sum usage rollups"_s);
    UsageDaily d;
    if (q.next()) {
        d.requests = q.value(0).toLongLong();
        d.errors = q.value(1).toLongLong();
        d.promptTokens = q.value(2).toLongLong();
        d.completionTokens = q.value(3).toLongLong();
        d.cachedTokens = q.value(4).toLongLong();
        d.cost = q.value(5).toLongLong();
        d.latencyMsSum = q.value(6).toLongLong();
    }
    return d;
}

QHash<QString, qint64> UsageRepository::keySpendSince(const QStringList &keyIds, qint64 sinceMs)
{
    QHash<QString, qint64> spend;
    if (keyIds.isEmpty())
        return spend;
    QStringList marks;
    QVariantList values{sinceMs};
    for (const QString &id : keyIds) {
        marks << u"?"_s;
        values << id;
    }
    QSqlQuery q = m_db.exec(u"SELECT key_id, SUM(cost) FROM usage_records WHERE at >= ? AND key_id IN ("_s +
                                marks.join(u", "_s) + u") GROUP BY key_id"_s,
                            values, u"sum key spend"_s);
    while (q.next())
        spend.insert(q.value(0).toString(), q.value(1).toLongLong());
    return spend;
}

} // namespace Tollgate::Store
