// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/usageroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/limits/budgetwindow.h"
#include "gateway-core/store/database.h"
#include "gateway-core/store/usagequery.h"
#include "gateway-core/store/userrepository.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;
using Store::UsageBucket;
using Store::UsageQuery;
using Store::UsageQueryFilter;
using Store::UsageTotals;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;
constexpr int MaxRangeDays = 366;
constexpr int DefaultRangeDays = 30;

/// The query string as name → values; repeated names and comma lists both add values.
QHash<QString, QStringList> queryValues(const Http::Request &request)
{
    QHash<QString, QStringList> result;
    const QUrlQuery query(QString::fromUtf8(request.query));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            result[name] << part.trimmed();
        if (value.isEmpty())
            result[name];
    }
    return result;
}

QDate dayParam(const QHash<QString, QStringList> &query, const QString &name, QDate fallback)
{
    const QStringList values = query.value(name);
    if (values.isEmpty())
        return fallback;
    const QDate day = QDate::fromString(values.first(), Qt::ISODate);
    if (values.size() != 1 || !day.isValid())
        throw ApiError::invalid(name, u"%1 must be one day, YYYY-MM-DD."_s.arg(name));
    return day;
}

QDate today(const ApiRequest &request)
{
    return QDateTime::fromMSecsSinceEpoch(request.db().now(), QTimeZone::utc()).date();
}

/// The filter of the query string; 400 on unknown parameters or a bad range, 403 when a user
/// asks for another user's usage. A user's filter always holds only their own id.
UsageQueryFilter filterOf(const ApiRequest &request, const QHash<QString, QStringList> &query,
                          const QStringList &extra)
{
    static const QStringList Known = {u"from"_s,    u"to"_s,          u"userId"_s,
                                      u"modelId"_s, u"deploymentId"_s, u"keyId"_s};
    for (auto it = query.begin(); it != query.end(); ++it) {
        if (!Known.contains(it.key()) && !extra.contains(it.key()))
            throw ApiError::invalid(it.key(), u"Unknown parameter %1."_s.arg(it.key()));
    }
    const QDate to = dayParam(query, u"to"_s, today(request));
    const QDate from = dayParam(query, u"from"_s, to.addDays(1 - DefaultRangeDays));
    if (from > to)
        throw ApiError::invalid(u"from"_s, u"from is after to."_s);
    if (from.daysTo(to) + 1 > MaxRangeDays)
        throw ApiError::invalid(u"to"_s, u"The range spans more than %1 days."_s.arg(MaxRangeDays));

    UsageQueryFilter filter;
    filter.fromDay = from.toString(Qt::ISODate);
    filter.toDay = to.toString(Qt::ISODate);
    filter.userIds = query.value(u"userId"_s);
    filter.modelIds = query.value(u"modelId"_s);
    filter.deploymentIds = query.value(u"deploymentId"_s);
    filter.keyIds = query.value(u"keyId"_s);
    const Auth::Caller &caller = request.caller;
    if (!caller.canReadAdmin()) {
        for (const QString &id : std::as_const(filter.userIds)) {
            if (id != caller.userId)
                throw ApiError(403, "forbidden", u"Only an admin may read another user's usage."_s);
        }
        filter.userIds = {caller.userId};
    }
    return filter;
}

QJsonValue ratio(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QJsonValue::Null;
    return std::round(double(part) / double(whole) * 10000.0) / 10000.0;
}

QJsonObject metrics(const UsageTotals &t)
{
    return {
        {u"requests"_s, double(t.requests)},
        {u"errors"_s, double(t.errors)},
        {u"successRate"_s, ratio(t.requests - t.errors, t.requests)},
        {u"promptTokens"_s, double(t.promptTokens)},
        {u"completionTokens"_s, double(t.completionTokens)},
        {u"cachedTokens"_s, double(t.cachedTokens)},
        {u"totalTokens"_s, double(t.promptTokens + t.completionTokens)},
        {u"cost"_s, Json::money(t.cost)},
        {u"activeUsers"_s, double(t.activeUsers)},
        {u"averageLatencyMs"_s,
         t.requests == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(t.latencyMsSum / t.requests))},
    };
}

QJsonObject delta(qint64 now, qint64 before, bool money)
{
    return {{u"change"_s, money ? Json::money(now - before) : QJsonValue(double(now - before))},
            {u"percent"_s, before == 0 ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(std::round(double(now - before) / double(before) * 10000.0) /
                                                    100.0)}};
}

QJsonValue optionalMs(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject rangeOf(const UsageQueryFilter &filter)
{
    return {{u"from"_s, filter.fromDay}, {u"to"_s, filter.toDay}};
}

Reply summary(ApiRequest &request)
{
    const UsageQueryFilter filter = filterOf(request, queryValues(request.http), {});
    UsageQuery usage(request.db());
    const UsageTotals now = usage.totals(filter);

    // The previous period: as many days, ending the day before `from`.
    const QDate from = QDate::fromString(filter.fromDay, Qt::ISODate);
    const qint64 days = from.daysTo(QDate::fromString(filter.toDay, Qt::ISODate)) + 1;
    UsageQueryFilter previousFilter = filter;
    previousFilter.toDay = from.addDays(-1).toString(Qt::ISODate);
    previousFilter.fromDay = from.addDays(-days).toString(Qt::ISODate);
    const UsageTotals before = usage.totals(previousFilter);

    const Store::UsagePercentiles p = usage.percentiles(filter);
    QJsonObject result = rangeOf(filter);
    result.insert(u"totals"_s, metrics(now));
    QJsonObject previous = rangeOf(previousFilter);
    previous.insert(u"totals"_s, metrics(before));
    result.insert(u"previous"_s, previous);
    result.insert(u"deltas"_s,
                  QJsonObject{{u"requests"_s, delta(now.requests, before.requests, false)},
                              {u"errors"_s, delta(now.errors, before.errors, false)},
                              {u"promptTokens"_s, delta(now.promptTokens, before.promptTokens, false)},
                              {u"completionTokens"_s, delta(now.completionTokens, before.completionTokens, false)},
                              {u"cachedTokens"_s, delta(now.cachedTokens, before.cachedTokens, false)},
                              {u"cost"_s, delta(now.cost, before.cost, true)},
                              {u"activeUsers"_s, delta(now.activeUsers, before.activeUsers, false)}});
    result.insert(u"latency"_s, QJsonObject{{u"sampleSize"_s, double(p.sampleSize)},
                                            {u"sampled"_s, p.sampled},
                                            {u"p50Ms"_s, optionalMs(p.latencyP50)},
                                            {u"p95Ms"_s, optionalMs(p.latencyP95)},
                                            {u"ttftP50Ms"_s, optionalMs(p.ttftP50)},
                                            {u"ttftP95Ms"_s, optionalMs(p.ttftP95)}});
    return Json::ok(result);
}

Reply timeseries(ApiRequest &request)
{
    const auto query = queryValues(request.http);
    const UsageQueryFilter filter = filterOf(request, query, {u"groupBy"_s});
    const QString groupBy = query.value(u"groupBy"_s).value(0, u"day"_s);
    UsageBucket bucket = UsageBucket::Day;
    if (groupBy == u"week"_s)
        bucket = UsageBucket::Week;
    else if (groupBy == u"month"_s)
        bucket = UsageBucket::Month;
    else if (groupBy != u"day"_s)
        throw ApiError::invalid(u"groupBy"_s, u"groupBy is day, week or month."_s);

    QHash<QString, UsageTotals> byBucket;
    for (const Store::UsageGroup &g : UsageQuery(request.db()).series(filter, bucket))
        byBucket.insert(g.key, g.totals);
    // Every bucket of the range, empty ones as zeros.
    QJsonArray items;
    const QDate to = QDate::fromString(filter.toDay, Qt::ISODate);
    for (QDate d = QDate::fromString(UsageQuery::bucketStart(filter.fromDay, bucket), Qt::ISODate); d <= to;
         d = bucket == UsageBucket::Day ? d.addDays(1) : bucket == UsageBucket::Week ? d.addDays(7) : d.addMonths(1)) {
        const QString key = d.toString(Qt::ISODate);
        QJsonObject item = metrics(byBucket.value(key));
        item.insert(u"start"_s, key);
        items.append(item);
    }
    QJsonObject result = rangeOf(filter);
    result.insert(u"groupBy"_s, groupBy);
    result.insert(u"items"_s, items);
    return Json::ok(result);
}

Reply breakdown(ApiRequest &request)
{
    const auto query = queryValues(request.http);
    const UsageQueryFilter filter = filterOf(request, query, {u"by"_s, u"limit"_s, u"orderBy"_s});
    const QString by = query.value(u"by"_s).value(0, u"model"_s);
    Store::UsageDimension dimension = Store::UsageDimension::Model;
    if (by == u"user"_s)
        dimension = Store::UsageDimension::User;
    else if (by == u"key"_s)
        dimension = Store::UsageDimension::Key;
    else if (by != u"model"_s)
        throw ApiError::invalid(u"by"_s, u"by is model, user or key."_s);
    const QString orderBy = query.value(u"orderBy"_s).value(0, u"cost"_s);
    if (orderBy != u"cost"_s && orderBy != u"requests"_s)
        throw ApiError::invalid(u"orderBy"_s, u"orderBy is cost or requests."_s);
    bool ok = true;
    const int limit = query.contains(u"limit"_s) ? query.value(u"limit"_s).value(0).toInt(&ok) : 10;
    if (!ok || limit < 1 || limit > 100)
        throw ApiError::invalid(u"limit"_s, u"limit is 1 to 100."_s);

    QJsonArray items;
    for (const Store::UsageGroup &g :
         UsageQuery(request.db())
             .breakdown(filter, dimension, orderBy == u"cost"_s ? Store::UsageOrder::Cost : Store::UsageOrder::Requests,
                        limit)) {
        QJsonObject item = metrics(g.totals);
        item.insert(u"id"_s, g.key);
        items.append(item);
    }
    QJsonObject result = rangeOf(filter);
    result.insert(u"by"_s, by);
    result.insert(u"orderBy"_s, orderBy);
    result.insert(u"items"_s, items);
    return Json::ok(result);
}

/// Month-to-date spend (UTC month) and a linear run-rate projection to the month's end:
/// spend so far / elapsed fraction of the month.
Reply forecast(ApiRequest &request)
{
    auto query = queryValues(request.http);
    if (query.contains(u"from"_s) || query.contains(u"to"_s))
        throw ApiError::invalid(u"from"_s, u"The forecast is always of the current month."_s);
    const qint64 nowMs = request.db().now();
    const QDate day = today(request);
    const QDate first(day.year(), day.month(), 1);
    query.insert(u"from"_s, {first.toString(Qt::ISODate)});
    query.insert(u"to"_s, {day.toString(Qt::ISODate)});
    const UsageQueryFilter filter = filterOf(request, query, {});
    const UsageTotals mtd = UsageQuery(request.db()).totals(filter);
    const qint64 monthStartMs = first.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    const double elapsedDays = std::max(double(nowMs - monthStartMs) / double(DayMs), 1.0 / 24.0);
    const int monthDays = day.daysInMonth();
    const auto projected = static_cast<qint64>(std::llround(double(mtd.cost) * monthDays / elapsedDays));
    QJsonObject result = rangeOf(filter);
    result.insert(u"month"_s, first.toString(u"yyyy-MM"_s));
    result.insert(u"monthToDate"_s, Json::money(mtd.cost));
    result.insert(u"requestsToDate"_s, double(mtd.requests));
    result.insert(u"daysElapsed"_s, std::round(elapsedDays * 100.0) / 100.0);
    result.insert(u"daysInMonth"_s, monthDays);
    result.insert(u"projectedMonthEnd"_s, Json::money(std::max(projected, mtd.cost)));
    result.insert(u"method"_s, u"linear"_s);
    return Json::ok(result);
}

QByteArray csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

const QStringList RecordHeader = {u"requestId"_s,    u"at"_s,           u"userId"_s,       u"keyId"_s,
                                  u"modelId"_s,      u"deploymentId"_s, u"endpoint"_s,     u"status"_s,
                                  u"errorCode"_s,    u"promptTokens"_s, u"completionTokens"_s,
                                  u"cachedTokens"_s, u"cost"_s,         u"latencyMs"_s,    u"ttftMs"_s,
                                  u"streamed"_s,     u"aborted"_s};
const QStringList DailyHeader = {u"day"_s,          u"userId"_s,       u"keyId"_s,          u"modelId"_s,
                                 u"deploymentId"_s, u"requests"_s,     u"errors"_s,         u"promptTokens"_s,
                                 u"completionTokens"_s, u"cachedTokens"_s, u"cost"_s,      u"latencyMsSum"_s};

QJsonObject recordJson(const Store::UsageRecord &r)
{
    return {{u"requestId"_s, r.requestId},
            {u"at"_s, Json::time(r.at)},
            {u"userId"_s, r.userId},
            {u"keyId"_s, r.keyId},
            {u"modelId"_s, r.modelId},
            {u"deploymentId"_s, r.deploymentId},
            {u"endpoint"_s, r.endpoint},
            {u"status"_s, r.status},
            {u"errorCode"_s, r.errorCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.errorCode)},
            {u"promptTokens"_s, double(r.promptTokens)},
            {u"completionTokens"_s, double(r.completionTokens)},
            {u"cachedTokens"_s, double(r.cachedTokens)},
            {u"cost"_s, Json::money(r.cost)},
            {u"latencyMs"_s, double(r.latencyMs)},
            {u"ttftMs"_s, Json::integer(r.ttftMs)},
            {u"streamed"_s, r.streamed},
            {u"aborted"_s, r.aborted}};
}

QJsonObject dailyJson(const Store::UsageDaily &d)
{
    return {{u"day"_s, d.day},
            {u"userId"_s, d.userId},
            {u"keyId"_s, d.keyId},
            {u"modelId"_s, d.modelId},
            {u"deploymentId"_s, d.deploymentId},
            {u"requests"_s, double(d.requests)},
            {u"errors"_s, double(d.errors)},
            {u"promptTokens"_s, double(d.promptTokens)},
            {u"completionTokens"_s, double(d.completionTokens)},
            {u"cachedTokens"_s, double(d.cachedTokens)},
            {u"cost"_s, Json::money(d.cost)},
            {u"latencyMsSum"_s, double(d.latencyMsSum)}};
}

/// The fields of a JSON row in header order, as CSV text.
QStringList csvFields(const QJsonObject &row, const QStringList &header)
{
    QStringList fields;
    for (const QString &name : header) {
        const QJsonValue v = row.value(name);
        if (v.isString())
            fields << v.toString();
        else if (v.isBool())
            fields << (v.toBool() ? u"true"_s : u"false"_s);
        else if (v.isDouble())
            fields << QString::number(v.toInteger());
        else
            fields << QString();
    }
    return fields;
}

/// Where an export is: the keyset position of the last row sent.
struct ExportCursor
{
    UsageQueryFilter filter;
    bool csv = true;
    bool daily = false;
    bool started = false;
    bool done = false;
    qint64 rows = 0;
    qint64 lastAt = std::numeric_limits<qint64>::min();
    QString lastId;
    std::optional<Store::UsageDaily> lastDaily;
};

constexpr int ExportPage = 1000;

Reply exportRows(ApiRequest &request)
{
    const auto query = queryValues(request.http);
    auto cursor = std::make_shared<ExportCursor>();
    cursor->filter = filterOf(request, query, {u"format"_s, u"rows"_s});
    const QString format = query.value(u"format"_s).value(0, u"csv"_s);
    if (format != u"csv"_s && format != u"json"_s)
        throw ApiError::invalid(u"format"_s, u"format is csv or json."_s);
    const QString rowKind = query.value(u"rows"_s).value(0, u"records"_s);
    if (rowKind != u"records"_s && rowKind != u"daily"_s)
        throw ApiError::invalid(u"rows"_s, u"rows is records or daily."_s);
    cursor->csv = format == u"csv"_s;
    cursor->daily = rowKind == u"daily"_s;

    Reply reply;
    const QByteArray name = "usage-" + cursor->filter.fromDay.toLatin1() + "-to-" + cursor->filter.toDay.toLatin1() +
                            (cursor->daily ? "-daily" : "") + (cursor->csv ? ".csv" : ".json");
    reply.headers.append(Http::Header{"content-type", cursor->csv ? "text/csv; charset=utf-8" : "application/json"});
    reply.headers.append(Http::Header{"content-disposition", "attachment; filename=\"" + name + '"'});
    std::shared_ptr<Store::Database> db = request.context.database;
    reply.stream = [cursor, db]() -> std::optional<QByteArray> {
        ExportCursor &c = *cursor;
        if (c.done)
            return std::nullopt;
        QByteArray out;
        if (!c.started) {
            c.started = true;
            out = c.csv ? csvLine(c.daily ? DailyHeader : RecordHeader) : "["_ba;
        }
        QList<QJsonObject> page;
        Store::UsageQuery usage(*db);
        if (c.daily) {
            const QList<Store::UsageDaily> rows =
                usage.dailyAfter(c.filter, c.lastDaily ? &*c.lastDaily : nullptr, ExportPage);
            for (const Store::UsageDaily &d : rows)
                page << dailyJson(d);
            if (!rows.isEmpty())
                c.lastDaily = rows.last();
            c.done = rows.size() < ExportPage;
        } else {
            const QList<Store::UsageRecord> rows = usage.recordsAfter(c.filter, c.lastAt, c.lastId, ExportPage);
            for (const Store::UsageRecord &r : rows)
                page << recordJson(r);
            if (!rows.isEmpty()) {
                c.lastAt = rows.last().at;
                c.lastId = rows.last().requestId;
            }
            c.done = rows.size() < ExportPage;
        }
        for (const QJsonObject &row : std::as_const(page)) {
            if (c.csv) {
                out += csvLine(csvFields(row, c.daily ? DailyHeader : RecordHeader));
            } else {
                if (c.rows > 0)
                    out += ',';
                out += QJsonDocument(row).toJson(QJsonDocument::Compact);
            }
            ++c.rows;
        }
        if (c.done && !c.csv)
            out += "]";
        return out;
    };
    return reply;
}

/// The caller's own budget: user spend, maximum and window, with this month's usage.
Reply me(ApiRequest &request)
{
    if (request.caller.kind != Auth::Caller::Kind::User)
        throw ApiError::invalid(u"caller"_s, u"Only a signed-in user has own usage."_s);
    const auto user = Store::UserRepository(request.db()).find(request.caller.userId);
    if (!user)
        throw ApiError::notFound(u"No such user."_s);
    const QDate day = today(request);
    UsageQueryFilter filter;
    filter.userIds = {user->id};
    filter.fromDay = QDate(day.year(), day.month(), 1).toString(Qt::ISODate);
    filter.toDay = day.toString(Qt::ISODate);
    QJsonObject month = rangeOf(filter);
    month.insert(u"totals"_s, metrics(UsageQuery(request.db()).totals(filter)));
    const QJsonValue remaining =
        user->maxBudget ? Json::money(std::max<qint64>(*user->maxBudget - user->spend, 0)) : QJsonValue(QJsonValue::Null);
    return Json::ok({{u"userId"_s, user->id},
                     {u"budget"_s, QJsonObject{{u"spend"_s, Json::money(user->spend)},
                                               {u"maxBudget"_s, Json::money(user->maxBudget)},
                                               {u"remaining"_s, remaining},
                                               {u"budgetDuration"_s, user->budgetDuration.isEmpty()
                                                                         ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(user->budgetDuration)},
                                               {u"resetsAt"_s, Json::time(user->budgetResetAt)}}},
                     {u"month"_s, month}});
}

} // namespace

void addUsageRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/usage/summary", Permission::Authenticated, u"Usage totals with the previous period"_s,
              summary);
    table.add("GET", "/api/v1/usage/timeseries", Permission::Authenticated, u"Usage per day, week or month"_s,
              timeseries);
    table.add("GET", "/api/v1/usage/breakdown", Permission::Authenticated, u"Top models, users or keys"_s,
              breakdown);
    table.add("GET", "/api/v1/usage/forecast", Permission::Authenticated, u"Month-end spend forecast"_s, forecast);
    table.add("GET", "/api/v1/usage/export", Permission::Authenticated, u"Usage rows as CSV or JSON, streamed"_s,
              exportRows);
    table.add("GET", "/api/v1/usage/me", Permission::Authenticated, u"The caller's budget status"_s, me);
}

} // namespace Tollgate::Api
