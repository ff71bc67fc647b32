// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/bannerroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/store/bannerrepository.h"
#include "gateway-core/store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

namespace {

constexpr qsizetype MaxText = 2000;
const QStringList Variants = {u"info"_s, u"warning"_s, u"danger"_s, u"success"_s, u"default"_s};

QJsonObject bannerToJson(const Store::Banner &b)
{
    return {{u"id"_s, b.id},
            {u"active"_s, b.active},
            {u"texts"_s, b.texts},
            {u"variant"_s, b.variant},
            {u"dismissible"_s, b.dismissible},
            {u"startsAt"_s, Json::time(b.startsAt)},
            {u"endsAt"_s, Json::time(b.endsAt)},
            {u"version"_s, double(b.version)},
            {u"createdAt"_s, Json::time(b.createdAt)},
            {u"updatedAt"_s, Json::time(b.updatedAt)},
            {u"createdBy"_s, b.createdBy.isEmpty() ? QJsonValue() : QJsonValue(b.createdBy)}};
}

/// "de-CH" → "de"; lower case.
QString primaryTag(QString tag)
{
    tag = tag.trimmed().toLower();
    return tag.section(u'-', 0, 0).section(u'_', 0, 0);
}

/// The caller's languages in order of preference: ?lang=, then Accept-Language by q.
QStringList preferredLanguages(const Http::Request &request)
{
    QStringList result;
    const QByteArray lang = request.queryItem("lang");
    if (!lang.isEmpty())
        result << QString::fromUtf8(lang).trimmed().toLower() << primaryTag(QString::fromUtf8(lang));
    QList<std::pair<double, QString>> weighted;
    const QString accept = QString::fromLatin1(request.header("accept-language"));
    for (const QString &part : accept.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.section(u';', 0, 0).trimmed().toLower();
        double q = 1.0;
        const QString param = part.section(u';', 1).trimmed();
        if (param.startsWith(u"q="_s))
            q = param.mid(2).toDouble();
        if (!tag.isEmpty() && tag != u"*"_s && q > 0)
            weighted.append({q, tag});
    }
    std::stable_sort(weighted.begin(), weighted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[q, tag] : weighted)
        result << tag << primaryTag(tag);
    return result;
}

/// The text in the first preferred language the banner has, then English, then any.
std::pair<QString, QString> textFor(const Store::Banner &b, const QStringList &languages)
{
    for (const QString &lang : languages) {
        if (b.texts.contains(lang))
            return {lang, b.texts.value(lang).toString()};
    }
    if (b.texts.contains(u"en"_s))
        return {u"en"_s, b.texts.value(u"en"_s).toString()};
    if (!b.texts.isEmpty())
        return {b.texts.begin().key(), b.texts.begin().value().toString()};
    return {};
}

QJsonObject checkedTexts(const QJsonValue &v)
{
    if (!v.isObject())
        throw ApiError::invalid(u"texts"_s, u"texts must be an object of language → text, with \"en\"."_s);
    static const QRegularExpression tag(u"^[a-z]{2,3}(-[a-z0-9]{2,8})?$"_s);
    QJsonObject result;
    const QJsonObject texts = v.toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString lang = it.key().toLower();
        if (!tag.match(lang).hasMatch())
            throw ApiError::invalid(u"texts"_s, u"texts: %1 is not a language tag (like en or pt-br)."_s.arg(it.key()));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            throw ApiError::invalid(u"texts"_s, u"texts.%1 must be a non-empty string."_s.arg(lang));
        const QString text = it.value().toString().trimmed();
        if (text.size() > MaxText)
            throw ApiError::invalid(u"texts"_s, u"texts.%1 may have at most %2 characters."_s.arg(lang).arg(MaxText));
        result.insert(lang, text);
    }
    if (!result.contains(u"en"_s))
        throw ApiError::invalid(u"texts"_s, u"texts must have an English (en) text, the fallback."_s);
    return result;
}

/// A window bound: an ISO-8601 time with a zone ("2026-12-24T08:00:00Z"), or null for none.
std::optional<qint64> windowTime(const QJsonValue &v, const QString &field)
{
    if (v.isNull())
        return std::nullopt;
    const QDateTime t = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        throw ApiError::invalid(field, u"%1 must be an ISO-8601 time with a zone such as "
                                       "\"2026-12-24T08:00:00Z\", or null."_s.arg(field));
    return t.toMSecsSinceEpoch();
}

/// Applies the fields of @p body to @p b; @p creating requires texts.
void applyBody(const QJsonObject &body, Store::Banner &b, bool creating)
{
    static const QStringList known = {u"texts"_s,    u"variant"_s, u"dismissible"_s,
                                      u"startsAt"_s, u"endsAt"_s,  u"version"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            throw ApiError::invalid(it.key(), u"Unknown field %1; send texts, variant, dismissible, startsAt and "
                                              "endsAt (use activate/deactivate for the active flag)."_s.arg(it.key()));
    }
    // The window: an active banner shows only from startsAt (inclusive) until endsAt (exclusive).
    if (body.contains(u"startsAt"_s))
        b.startsAt = windowTime(body.value(u"startsAt"_s), u"startsAt"_s);
    if (body.contains(u"endsAt"_s))
        b.endsAt = windowTime(body.value(u"endsAt"_s), u"endsAt"_s);
    if (b.startsAt && b.endsAt && *b.endsAt <= *b.startsAt)
        throw ApiError::invalid(u"endsAt"_s, u"endsAt must be after startsAt."_s);
    if (body.contains(u"texts"_s))
        b.texts = checkedTexts(body.value(u"texts"_s));
    else if (creating)
        throw ApiError::invalid(u"texts"_s, u"texts is required."_s);
    if (body.contains(u"variant"_s)) {
        const QJsonValue v = body.value(u"variant"_s);
        if (!v.isString() || !Variants.contains(v.toString()))
            throw ApiError::invalid(u"variant"_s, u"variant must be one of %1."_s.arg(Variants.join(u", "_s)));
        b.variant = v.toString();
    }
    if (body.contains(u"dismissible"_s)) {
        const QJsonValue v = body.value(u"dismissible"_s);
        if (!v.isBool())
            throw ApiError::invalid(u"dismissible"_s, u"dismissible must be true or false."_s);
        b.dismissible = v.toBool();
    }
}

Store::Banner existing(Store::BannerRepository &repo, const QString &id)
{
    std::optional<Store::Banner> b = repo.find(id);
    if (!b)
        throw ApiError::notFound(u"No such banner."_s);
    return *b;
}

void audit(ApiRequest &request, const QString &action, const QString &id, const QJsonValue &before,
           const QJsonValue &after)
{
    Store::AuditEntry entry = auditEntry(request, action, u"banner"_s, id);
    if (before.isObject())
        entry.before = before.toObject();
    if (after.isObject())
        entry.after = after.toObject();
    record(request, entry);
}

Reply activeBanner(ApiRequest &request)
{
    const QString userId = request.caller.userId;
    const QList<Store::Banner> visible =
        Store::BannerRepository(request.db()).visibleTo(userId, request.db().now());
    if (visible.isEmpty())
        return Json::ok({{u"banner"_s, QJsonValue()}});
    const Store::Banner &b = visible.first();
    const auto [lang, text] = textFor(b, preferredLanguages(request.http));
    return Json::ok({{u"banner"_s, QJsonObject{{u"id"_s, b.id},
                                               {u"lang"_s, lang},
                                               {u"text"_s, text},
                                               {u"variant"_s, b.variant},
                                               {u"dismissible"_s, b.dismissible},
                                               {u"startsAt"_s, Json::time(b.startsAt)},
                                               {u"endsAt"_s, Json::time(b.endsAt)},
                                               {u"version"_s, double(b.version)}}}});
}

Reply dismissBanner(ApiRequest &request)
{
    Store::BannerRepository repo(request.db());
    existing(repo, request.param(u"id"_s));
    if (request.caller.userId.isEmpty())
        throw ApiError::invalid(u"id"_s, u"Only a user can dismiss a banner."_s);
    repo.dismiss(request.caller.userId, request.param(u"id"_s), request.db().now());
    return Json::noContent();
}

Reply listBanners(ApiRequest &request)
{
    const Json::ListQuery query = Json::ListQuery::parse(request.http, {u"createdAt"_s}, u"createdAt"_s, {});
    const Store::PageResult<Store::Banner> page =
        Store::BannerRepository(request.db()).list(Store::Page{query.limit, query.offset});
    QJsonArray items;
    for (const Store::Banner &b : page.items)
        items.append(bannerToJson(b));
    return Json::ok(query.envelope(items, page.total));
}

Reply createBanner(ApiRequest &request)
{
    Store::Banner b;
    applyBody(request.body(), b, true);
    b.createdBy = request.caller.actorName();
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    const Store::Banner created = Store::BannerRepository(db).create(b);
    audit(request, u"banner.create"_s, created.id, {}, bannerToJson(created));
    tx.commit();
    return Json::versioned(bannerToJson(created), created.version, 201);
}

Reply patchBanner(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    const qint64 expected = Json::expectedVersion(request.http, body);
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    Store::BannerRepository repo(db);
    Store::Banner b = existing(repo, request.param(u"id"_s));
    Json::checkVersion(b.version, expected);
    const QJsonObject before = bannerToJson(b);
    applyBody(body, b, false);
    const Store::Banner updated = repo.update(b, expected);
    audit(request, u"banner.update"_s, b.id, before, bannerToJson(updated));
    tx.commit();
    return Json::versioned(bannerToJson(updated), updated.version);
}

Reply deleteBanner(ApiRequest &request)
{
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    Store::BannerRepository repo(db);
    const Store::Banner b = existing(repo, request.param(u"id"_s));
    repo.remove(b.id);
    audit(request, u"banner.delete"_s, b.id, bannerToJson(b), {});
    tx.commit();
    return Json::noContent();
}

Reply setActive(ApiRequest &request, bool active)
{
    Store::Database &db = request.db();
    Store::Transaction tx(db);
    Store::BannerRepository repo(db);
    Store::Banner b = existing(repo, request.param(u"id"_s));
    if (active) {
        // The single-active rule: every other active banner goes off in this transaction.
        for (int offset = 0;; offset += 500) {
            const Store::PageResult<Store::Banner> page = repo.list(Store::Page{500, offset});
            for (Store::Banner other : page.items) {
                if (!other.active || other.id == b.id)
                    continue;
                const QJsonObject before = bannerToJson(other);
                other.active = false;
                const Store::Banner off = repo.update(other, other.version);
                audit(request, u"banner.deactivate"_s, off.id, before, bannerToJson(off));
            }
            if (page.items.size() < 500)
                break;
        }
    }
    if (b.active != active) {
        const QJsonObject before = bannerToJson(b);
        b.active = active;
        b = repo.update(b, b.version);
        audit(request, active ? u"banner.activate"_s : u"banner.deactivate"_s, b.id, before, bannerToJson(b));
    }
    tx.commit();
    return Json::versioned(bannerToJson(b), b.version);
}

} // namespace

void addBannerRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/banners/active", Permission::Authenticated,
              u"The active banner in the caller's language"_s, activeBanner);
    table.add("POST", "/api/v1/banners/{id}/dismiss", Permission::Authenticated,
              u"Dismiss a banner for the caller"_s, dismissBanner);
    table.add("GET", "/api/v1/banners", Permission::AdminRead, u"List banners"_s, listBanners);
    table.add("POST", "/api/v1/banners", Permission::AdminWrite, u"Create a banner"_s, createBanner);
    table.add("PATCH", "/api/v1/banners/{id}", Permission::AdminWrite, u"Change a banner"_s, patchBanner);
    table.add("DELETE", "/api/v1/banners/{id}", Permission::AdminWrite, u"Delete a banner"_s, deleteBanner);
    table.add("POST", "/api/v1/banners/{id}/activate", Permission::AdminWrite,
              u"Activate a banner (deactivating the other)"_s,
              [](ApiRequest &request) { return setActive(request, true); });
    table.add("POST", "/api/v1/banners/{id}/deactivate", Permission::AdminWrite, u"Deactivate a banner"_s,
              [](ApiRequest &request) { return setActive(request, false); });
}

} // namespace Tollgate::Api
