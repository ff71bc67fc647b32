// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/api/controlexecutor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

/// JSON conventions of /api/v1, shared by every route module:
/// - field names are camelCase; times are ISO-8601 UTC strings with milliseconds
///   ("2026-01-31T12:00:00.000Z"); money is a decimal string in currency units ("12.5");
/// - a PATCH field that is absent is left alone, null clears it, a value sets it;
/// - a list answers {"items":[...],"total":N,"limit":L,"offset":O,"sort":"field"|"-field"};
/// - a versioned object carries "version" and is answered with ETag: "<version>"; an update must
///   send If-Match: "<version>" (or "version" in the body): a stale one gets 412
///   version_mismatch, a missing one 428 version_required.
/// Readers throw ApiError 400 invalid_request naming the field.
namespace Tollgate::Api::Json {

/// The request body as a JSON object; 400 when it is not one.
QJsonObject parseObject(const QByteArray &body);

/// Absent → nullopt; present and not a string → 400.
std::optional<QString> optionalString(const QJsonObject &object, QLatin1StringView field);
/// A non-empty string; 400 when absent or empty.
QString requiredString(const QJsonObject &object, QLatin1StringView field);
std::optional<bool> optionalBool(const QJsonObject &object, QLatin1StringView field);
/// A list of strings; absent → nullopt.
std::optional<QStringList> optionalStringList(const QJsonObject &object, QLatin1StringView field);

/// Integers: Util::wholeNumber() (util/jsonnumber.h).

/// A PATCH value: absent (nullopt), cleared (inner nullopt) or set.
template<typename T> using Patch = std::optional<std::optional<T>>;
/// A non-negative integer, or null; @p minimum bounds it from below.
Patch<qint64> patchInt(const QJsonObject &object, QLatin1StringView field, qint64 minimum = 0);
/// Money: a decimal string or number in currency units ("12.5"), stored as nano-units; or null.
Patch<qint64> patchMoney(const QJsonObject &object, QLatin1StringView field);
/// A budget or window duration ("30d", "1mo", "daily"), or null (stored as the empty string).
Patch<QString> patchDuration(const QJsonObject &object, QLatin1StringView field);

/// ISO-8601 UTC with milliseconds.
QJsonValue time(qint64 msSinceEpoch);
QJsonValue time(const std::optional<qint64> &msSinceEpoch);
QJsonValue money(const std::optional<qint64> &nanos);
QJsonValue integer(const std::optional<qint64> &value);

/// 200 (or @p status) with a compact JSON body.
Reply ok(const QJsonObject &object, int status = 200);
/// 204 No Content.
Reply noContent();
/// A versioned object: @p status with ETag "<version>".
Reply versioned(const QJsonObject &object, qint64 version, int status = 200);

/// Paging, sorting and filtering of a list, parsed from the query string:
/// `limit` (1..500, default 50), `offset` (≥0), `sort` (a field, "-" prefix for descending) and
/// the filters a route allows, each given as ?name=value.
struct ListQuery
{
    int limit = 50;
    int offset = 0;
    QString sort;
    bool descending = false;
    QHash<QString, QString> filters;

    /// 400 on a bad limit/offset, a sort field not in @p sortable, or an unknown parameter.
    static ListQuery parse(const Http::Request &request, const QStringList &sortable,
                           const QString &defaultSort, const QStringList &filters);
    /// The filter's value, or a null string.
    QString filter(const QString &name) const { return filters.value(name); }
    /// A boolean filter ("true"/"false"); 400 on anything else.
    std::optional<bool> boolFilter(const QString &name) const;
    /// The list envelope.
    QJsonObject envelope(const QJsonArray &items, qint64 total) const;
};

/// The version a write is based on: If-Match ("3", W/"3" or 3) or the body's "version".
/// 428 version_required when neither is given; 400 when malformed.
qint64 expectedVersion(const Http::Request &request, const QJsonObject &body);
/// 412 version_mismatch unless @p current == @p expected.
void checkVersion(qint64 current, qint64 expected);

} // namespace Tollgate::Api::Json
