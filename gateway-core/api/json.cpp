// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/json.h"

#include "gateway-core/util/jsonnumber.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/util/decimal.h"
#include "gateway-core/util/duration.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tollgate::Api::Json {

QJsonObject parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::invalid(
            {}, u"The body is not valid JSON: %1 at offset %2."_s.arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw ApiError::invalid({}, u"The body must be a JSON object."_s);
    return doc.object();
}

std::optional<QString> optionalString(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString())
        throw ApiError::invalid(field, u"%1 must be a string."_s.arg(field));
    return v.toString();
}

QString requiredString(const QJsonObject &object, QLatin1StringView field)
{
    const std::optional<QString> v = optionalString(object, field);
    if (!v || v->trimmed().isEmpty())
        throw ApiError::invalid(field, u"%1 is required."_s.arg(field));
    return *v;
}

std::optional<bool> optionalBool(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool())
        throw ApiError::invalid(field, u"%1 must be true or false."_s.arg(field));
    return v.toBool();
}

std::optional<QStringList> optionalStringList(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray())
        throw ApiError::invalid(field, u"%1 must be an array of strings."_s.arg(field));
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            throw ApiError::invalid(field, u"%1 must be an array of strings."_s.arg(field));
        list.append(item.toString());
    }
    return list;
}

Patch<qint64> patchInt(const QJsonObject &object, QLatin1StringView field, qint64 minimum)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return std::optional<qint64>();
    const std::optional<qint64> n = Util::wholeNumber(v);
    if (!n || *n < minimum)
        throw ApiError::invalid(field,
                                u"%1 must be an integer of at least %2, or null."_s.arg(field).arg(minimum));
    return std::optional<qint64>(*n);
}

Patch<qint64> patchMoney(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return std::optional<qint64>();
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 15);
    QString error;
    const std::optional<qint64> nanos = text.isEmpty() ? std::nullopt : Util::parseDecimalNanos(text, &error);
    if (!nanos || *nanos < 0)
        throw ApiError::invalid(field,
                                u"%1 must be a non-negative amount such as \"12.50\", or null."_s.arg(field));
    return std::optional<qint64>(*nanos);
}

Patch<QString> patchDuration(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue v = object.value(field);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return std::optional<QString>();
    QString error;
    if (!v.isString() || !Util::parseDuration(v.toString(), &error))
        throw ApiError::invalid(
            field, u"%1 must be a duration such as \"30d\", \"1mo\" or \"daily\", or null."_s.arg(field));
    return std::optional<QString>(v.toString());
}

QJsonValue time(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue time(const std::optional<qint64> &msSinceEpoch)
{
    return msSinceEpoch ? time(*msSinceEpoch) : QJsonValue(QJsonValue::Null);
}

QJsonValue money(const std::optional<qint64> &nanos)
{
    return nanos ? QJsonValue(Util::formatNanos(*nanos)) : QJsonValue(QJsonValue::Null);
}

QJsonValue integer(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

Reply ok(const QJsonObject &object, int status)
{
    return Reply::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Reply noContent()
{
    return Reply{204, {}, {}};
}

Reply versioned(const QJsonObject &object, qint64 version, int status)
{
    Reply reply = ok(object, status);
    reply.headers.append(Http::Header{"etag", '"' + QByteArray::number(version) + '"'});
    return reply;
}

ListQuery ListQuery::parse(const Http::Request &request, const QStringList &sortable,
                           const QString &defaultSort, const QStringList &filters)
{
    ListQuery q;
    q.sort = defaultSort;
    const QUrlQuery query(QString::fromUtf8(request.query));
    for (const auto &[rawName, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &name = rawName;
        const QString &value = rawValue;
        bool ok = false;
        if (name == u"limit") {
            q.limit = value.toInt(&ok);
            if (!ok || q.limit < 1 || q.limit > 500)
                throw ApiError::invalid(name, u"limit must be between 1 and 500."_s);
        } else if (name == u"offset") {
            q.offset = value.toInt(&ok);
            if (!ok || q.offset < 0)
                throw ApiError::invalid(name, u"offset must be a non-negative integer."_s);
        } else if (name == u"sort") {
            const bool desc = value.startsWith(u'-');
            const QString field = desc ? value.mid(1) : value;
            if (!sortable.contains(field))
                throw ApiError::invalid(
                    name, u"sort must be one of %1 (prefix - for descending)."_s.arg(sortable.join(u", "_s)));
            q.sort = field;
            q.descending = desc;
        } else if (filters.contains(name)) {
            q.filters.insert(name, value);
        } else {
            throw ApiError::invalid(
                name, u"Unknown query parameter %1; this list accepts limit, offset, sort%2."_s.arg(
                          name, filters.isEmpty() ? QString() : u", "_s + filters.join(u", "_s)));
        }
    }
    return q;
}

std::optional<bool> ListQuery::boolFilter(const QString &name) const
{
    if (!filters.contains(name))
        return std::nullopt;
    const QString v = filters.value(name);
    if (v == u"true")
        return true;
    if (v == u"false")
        return false;
    throw ApiError::invalid(name, u"%1 must be true or false."_s.arg(name));
}

QJsonObject ListQuery::envelope(const QJsonArray &items, qint64 total) const
{
    return {{u"items"_s, items},
            {u"total"_s, double(total)},
            {u"limit"_s, limit},
            {u"offset"_s, offset},
            {u"sort"_s, descending ? u"-"_s + sort : sort}};
}

qint64 expectedVersion(const Http::Request &request, const QJsonObject &body)
{
    QByteArray tag = request.header("if-match").trimmed();
    if (!tag.isNull()) {
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
            tag = tag.mid(1, tag.size() - 2);
        bool ok = false;
        const qint64 version = tag.toLongLong(&ok);
        if (!ok || version < 1)
            throw ApiError::invalid(u"If-Match"_s, u"If-Match must be the object's ETag, e.g. \"3\"."_s);
        return version;
    }
    const QJsonValue v = body.value("version"_L1);
    if (v.isUndefined())
        throw ApiError(428, "version_required",
                       u"Send the version you are changing (If-Match header or \"version\"), so concurrent "
                       "edits cannot overwrite each other."_s);
    const std::optional<qint64> version = Util::wholeNumber(v);
    if (!version || *version < 1)
        throw ApiError::invalid(u"version"_s, u"version must be a positive integer."_s);
    return *version;
}

void checkVersion(qint64 current, qint64 expected)
{
    if (current != expected)
        throw ApiError(412, "version_mismatch",
                       u"The object changed since you read it (your version %1, now %2); reload and retry."_s
                           .arg(expected)
                           .arg(current));
}

} // namespace Tollgate::Api::Json
