// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/auditroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/store/auditrepository.h"
#include "gateway-core/store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

namespace {

const QStringList Filters = {u"actor"_s, u"action"_s, u"targetType"_s, u"targetId"_s,
                             u"from"_s,  u"to"_s,     u"q"_s,          u"success"_s};

/// Rows read from the store per piece of an export.
constexpr int ExportPage = 500;

QJsonObject entryToJson(const Store::AuditEntry &e)
{
    return {{u"id"_s, double(e.id)},
            {u"at"_s, Json::time(e.at)},
            {u"actorId"_s, e.actorId.isEmpty() ? QJsonValue() : QJsonValue(e.actorId)},
            {u"actorName"_s, e.actorName},
            {u"action"_s, e.action},
            {u"targetType"_s, e.targetType},
            {u"targetId"_s, e.targetId.isEmpty() ? QJsonValue() : QJsonValue(e.targetId)},
            {u"before"_s, e.before.isUndefined() ? QJsonValue() : e.before},
            {u"after"_s, e.after.isUndefined() ? QJsonValue() : e.after},
            {u"sourceAddress"_s, e.sourceAddress.isEmpty() ? QJsonValue() : QJsonValue(e.sourceAddress)},
            {u"requestId"_s, e.requestId.isEmpty() ? QJsonValue() : QJsonValue(e.requestId)},
            {u"success"_s, e.success}};
}

/// An ISO-8601 time ("2026-01-31T12:00:00Z") or date ("2026-01-31", midnight UTC); 400 naming
/// @p field otherwise.
qint64 parseTime(const QString &field, const QString &value)
{
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay(Qt::UTC);
    }
    if (!t.isValid())
        throw ApiError::invalid(field,
                                u"%1 must be an ISO-8601 time such as 2026-01-31T12:00:00Z."_s.arg(field));
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

Store::AuditFilter filterOf(const Json::ListQuery &query)
{
    Store::AuditFilter f;
    f.actorId = query.filter(u"actor"_s);
    f.actionPrefix = query.filter(u"action"_s);
    f.targetType = query.filter(u"targetType"_s);
    f.targetId = query.filter(u"targetId"_s);
    f.text = query.filter(u"q"_s);
    f.success = query.boolFilter(u"success"_s);
    if (query.filters.contains(u"from"_s))
        f.from = parseTime(u"from"_s, query.filter(u"from"_s));
    if (query.filters.contains(u"to"_s))
        f.to = parseTime(u"to"_s, query.filter(u"to"_s));
    if (f.from && f.to && *f.from >= *f.to)
        throw ApiError::invalid(u"to"_s, u"to must be after from."_s);
    return f;
}

/// The list and the export sort by time only: newest first unless ?sort=at.
bool ascending(const ApiRequest &request, const Json::ListQuery &query)
{
    const QUrlQuery q(QString::fromUtf8(request.http.query));
    return q.hasQueryItem(u"sort"_s) && !query.descending;
}

Reply listAudit(ApiRequest &request)
{
    const Json::ListQuery query = Json::ListQuery::parse(request.http, {u"at"_s}, u"at"_s, Filters);
    Store::AuditFilter filter = filterOf(query);
    filter.ascending = ascending(request, query);
    const auto page = Store::AuditRepository(request.db()).list(filter, {query.limit, query.offset});
    QJsonArray items;
    for (const Store::AuditEntry &e : page.items)
        items.append(entryToJson(e));
    Json::ListQuery shown = query;
    shown.descending = !filter.ascending;
    return Json::ok(shown.envelope(items, page.total));
}

/// One CSV field (RFC 4180); a value that a spreadsheet would run as a formula gets a leading '.
QByteArray csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v.toUtf8();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QByteArray csvRow(const Store::AuditEntry &e)
{
    const QStringList fields = {QString::number(e.id),
                                Json::time(e.at).toString(),
                                e.actorId,
                                e.actorName,
                                e.action,
                                e.targetType,
                                e.targetId,
                                e.success ? u"true"_s : u"false"_s,
                                e.sourceAddress,
                                e.requestId,
                                jsonText(e.before),
                                jsonText(e.after)};
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields[i]);
    }
    return row + "\r\n";
}

Reply exportAudit(ApiRequest &request)
{
    QStringList filters = Filters;
    filters << u"format"_s;
    const Json::ListQuery query = Json::ListQuery::parse(request.http, {u"at"_s}, u"at"_s, filters);
    const QString format = query.filters.value(u"format"_s, u"csv"_s);
    if (format != u"csv"_s && format != u"json"_s)
        throw ApiError::invalid(u"format"_s, u"format must be csv or json."_s);
    Store::AuditFilter filter = filterOf(query);
    filter.ascending = ascending(request, query);
    std::shared_ptr<Store::Database> db = request.context.database;
    // Entries appended while the export runs (its own paging must not shift) are left out.
    filter.maxId = Store::AuditRepository(*db).lastId();
    const bool csv = format == u"csv"_s;

    struct State
    {
        int offset = 0;
        qint64 rows = 0;
        bool started = false;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    Reply reply;
    reply.status = 200;
    const QByteArray stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s).toLatin1();
    reply.headers = {Http::Header{"content-type", csv ? "text/csv; charset=utf-8" : "application/json"},
                     Http::Header{"content-disposition",
                                  "attachment; filename=\"audit-" + stamp + (csv ? ".csv\"" : ".json\"")},
                     Http::Header{"cache-control", "no-store"}};
    reply.stream = [db, filter, state, csv]() -> std::optional<QByteArray> {
        if (state->done)
            return std::nullopt;
        QByteArray piece;
        if (!state->started) {
            piece =
                csv ? "id,at,actorId,actorName,action,targetType,targetId,success,sourceAddress,requestId,"
                      "before,after\r\n"_ba
                    : "["_ba;
        }
        const auto page = Store::AuditRepository(*db).list(filter, {ExportPage, state->offset});
        for (const Store::AuditEntry &e : page.items) {
            if (csv) {
                piece += csvRow(e);
            } else {
                if (state->rows > 0)
                    piece += ",\n";
                ++state->rows;
                piece += QJsonDocument(entryToJson(e)).toJson(QJsonDocument::Compact);
            }
        }
        state->started = true;
        state->offset += int(page.items.size());
        if (page.items.size() < ExportPage) {
            state->done = true;
            if (!csv)
                piece += "]\n";
        }
        return piece;
    };
    return reply;
}

} // namespace

void addAuditRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/audit", Permission::AdminRead, u"List audit entries"_s, listAudit);
    table.add("GET", "/api/v1/audit/export", Permission::AdminRead, u"Export audit entries (CSV or JSON)"_s,
              exportAudit);
}

} // namespace Tollgate::Api
