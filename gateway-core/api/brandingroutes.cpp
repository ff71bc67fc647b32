// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/api/brandingroutes.h"

#include "gateway-core/api/apierror.h"
#include "gateway-core/api/audit.h"
#include "gateway-core/api/json.h"
#include "gateway-core/api/routetable.h"
#include "gateway-core/store/brandingrepository.h"
#include "gateway-core/store/database.h"

#include <QCryptographicHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Tollgate::Api {

using Auth::Permission;

namespace {

constexpr qsizetype MaxImageBytes = 2 * 1024 * 1024;
const QStringList Slots = {u"loginLogo"_s, u"headerLogoLight"_s, u"headerLogoDark"_s};
constexpr QByteArrayView SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'";

Store::Logo &slotOf(Store::Branding &b, const QString &slot)
{
    if (slot == u"loginLogo"_s)
        return b.loginLogo;
    if (slot == u"headerLogoLight"_s)
        return b.headerLogoLight;
    return b.headerLogoDark;
}

QString checkedSlot(const ApiRequest &request)
{
    const QString slot = request.param(u"slot"_s);
    if (!Slots.contains(slot))
        throw ApiError::notFound(u"No image slot %1; the slots are %2."_s.arg(slot, Slots.join(u", "_s)));
    return slot;
}

QByteArray imageTag(const Store::Logo &logo)
{
    return '"' + QCryptographicHash::hash(logo.data, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

QJsonValue imageJson(const Store::Logo &logo, const QString &slot)
{
    if (logo.data.isEmpty())
        return QJsonValue();
    return QJsonObject{{u"contentType"_s, logo.mimeType},
                       {u"size"_s, double(logo.data.size())},
                       {u"url"_s, u"/api/v1/branding/images/%1?v=%2"_s.arg(
                                      slot, QString::fromLatin1(imageTag(logo).mid(1, 12)))}};
}

QJsonObject brandingToJson(Store::Branding &b)
{
    QJsonObject images;
    for (const QString &slot : Slots)
        images.insert(slot, imageJson(slotOf(b, slot), slot));
    return {{u"title"_s, b.title},
            {u"subtitle"_s, b.subtitle},
            {u"footer"_s, b.footer},
            {u"images"_s, images},
            {u"version"_s, double(b.version)},
            {u"updatedAt"_s, b.updatedAt > 0 ? Json::time(b.updatedAt) : QJsonValue()}};
}

/// True when If-None-Match names @p tag (or is *).
bool notModified(const Http::Request &request, const QByteArray &tag)
{
    const QByteArray header = request.header("if-none-match");
    if (header.isNull())
        return false;
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == tag || candidate == "*")
            return true;
    }
    return false;
}

Reply getBranding(ApiRequest &request)
{
    Store::Branding b = Store::BrandingRepository(request.db()).get();
    const QByteArray tag = '"' + QByteArray::number(b.version) + '"';
    const Http::Headers caching = {Http::Header{"etag", tag},
                                   Http::Header{"cache-control", "public, max-age=60, must-revalidate"}};
    if (notModified(request.http, tag))
        return Reply{304, caching, {}};
    Reply reply = Json::ok(brandingToJson(b));
    reply.headers += caching;
    return reply;
}

QString text(const QJsonObject &body, QLatin1StringView field, qsizetype maximum)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        throw ApiError::invalid(field, u"%1 must be a string."_s.arg(field));
    const QString s = v.toString().trimmed();
    if (s.size() > maximum)
        throw ApiError::invalid(field, u"%1 may have at most %2 characters."_s.arg(field).arg(maximum));
    return s;
}

QJsonObject textsJson(const Store::Branding &b)
{
    return {{u"title"_s, b.title}, {u"subtitle"_s, b.subtitle}, {u"footer"_s, b.footer}};
}

Reply putBranding(ApiRequest &request)
{
    const QJsonObject &body = request.body();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"title"_s && it.key() != u"subtitle"_s && it.key() != u"footer"_s &&
            it.key() != u"version"_s)
            throw ApiError::invalid(it.key(),
                                    u"Unknown field %1; send title, subtitle and footer (images have "
                                    "their own endpoint)."_s.arg(it.key()));
    }
    const QString title = text(body, "title"_L1, 200);
    const QString subtitle = text(body, "subtitle"_L1, 500);
    const QString footer = text(body, "footer"_L1, 2000);
    const qint64 expected = Json::expectedVersion(request.http, body);
    Store::Database &db = request.db();
    Store::Branding updated;
    {
        Store::Transaction tx(db);
        Store::BrandingRepository repo(db);
        Store::Branding b = repo.get();
        Json::checkVersion(b.version, expected);
        const QJsonObject before = textsJson(b);
        b.title = title;
        b.subtitle = subtitle;
        b.footer = footer;
        updated = repo.update(b, expected, request.caller.actorName());
        Store::AuditEntry entry = auditEntry(request, u"branding.update"_s, u"branding"_s, u"branding"_s);
        entry.before = before;
        entry.after = textsJson(updated);
        record(request, entry);
        tx.commit();
    }
    return Json::versioned(brandingToJson(updated), updated.version);
}

QJsonObject imageAudit(const Store::Logo &logo, const QString &slot)
{
    if (logo.data.isEmpty())
        return {{u"slot"_s, slot}};
    return {{u"slot"_s, slot},
            {u"contentType"_s, logo.mimeType},
            {u"size"_s, double(logo.data.size())},
            {u"sha256"_s,
             QString::fromLatin1(QCryptographicHash::hash(logo.data, QCryptographicHash::Sha256).toHex())}};
}

/// Puts @p logo into @p slot (an empty logo clears it), checked against If-Match when sent.
Store::Branding changeImage(ApiRequest &request, const QString &slot, const Store::Logo &logo,
                            const QString &action)
{
    const bool versioned = !request.http.header("if-match").isNull();
    const qint64 expected = versioned ? Json::expectedVersion(request.http, {}) : 0;
    Store::Database &db = request.db();
    Store::Branding updated;
    {
        Store::Transaction tx(db);
        Store::BrandingRepository repo(db);
        Store::Branding b = repo.get();
        if (versioned)
            Json::checkVersion(b.version, expected);
        Store::Logo &target = slotOf(b, slot);
        if (logo.data.isEmpty() && target.data.isEmpty())
            return b;
        const QJsonObject before = imageAudit(target, slot);
        target = logo;
        updated = repo.update(b, b.version, request.caller.actorName());
        Store::AuditEntry entry = auditEntry(request, action, u"branding"_s, slot);
        entry.before = before;
        entry.after = imageAudit(logo, slot);
        record(request, entry);
        tx.commit();
    }
    return updated;
}

Reply putImage(ApiRequest &request)
{
    const QString slot = checkedSlot(request);
    const QByteArray &data = request.http.body;
    if (data.size() > MaxImageBytes)
        throw ApiError(413, "image_too_large",
                       u"An image may have at most 2 MB; this one has %1 bytes."_s.arg(data.size()),
                       u"image"_s);
    if (data.isEmpty())
        throw ApiError::invalid(u"image"_s, u"Send the image as the request body."_s);
    QString problem;
    const QString type = brandingImageType(data, &problem);
    if (type.isEmpty())
        throw ApiError::invalid(u"image"_s, problem);
    // A declared type must agree with the content (a text file sent as image/png is refused).
    const QString declared =
        QString::fromLatin1(request.http.header("content-type")).section(u';', 0, 0).trimmed().toLower();
    if (declared.startsWith(u"image/"_s) && declared != type &&
        !(declared == u"image/jpg"_s && type == u"image/jpeg"_s))
        throw ApiError::invalid(u"image"_s, u"The body is %1, not %2 as declared."_s.arg(type, declared));
    Store::Branding b = changeImage(request, slot, Store::Logo{data, type}, u"branding.image.put"_s);
    return Json::versioned(brandingToJson(b), b.version);
}

Reply deleteImage(ApiRequest &request)
{
    const QString slot = checkedSlot(request);
    changeImage(request, slot, Store::Logo{}, u"branding.image.delete"_s);
    return Json::noContent();
}

Reply getImage(ApiRequest &request)
{
    const QString slot = checkedSlot(request);
    Store::Branding b = Store::BrandingRepository(request.db()).get();
    const Store::Logo &logo = slotOf(b, slot);
    if (logo.data.isEmpty())
        throw ApiError::notFound(u"No image is set for %1."_s.arg(slot));
    const QByteArray tag = imageTag(logo);
    Http::Headers headers = {Http::Header{"etag", tag}, Http::Header{"cache-control", "public, max-age=3600"},
                             Http::Header{"x-content-type-options", "nosniff"}};
    if (logo.mimeType == u"image/svg+xml"_s)
        headers.append(Http::Header{"content-security-policy", SvgPolicy.toByteArray()});
    if (notModified(request.http, tag))
        return Reply{304, headers, {}};
    headers.prepend(Http::Header{"content-type", logo.mimeType.toLatin1()});
    return Reply{200, headers, logo.data};
}

bool isReference(const QString &value)
{
    const QString v = value.trimmed();
    return !v.isEmpty() && !v.startsWith(u'#');
}

/// url(...) in CSS that does not point into the document, or @import.
bool externalInCss(const QString &css)
{
    const QString lower = css.toLower();
    if (lower.contains(u"@import"_s) || lower.contains(u"javascript:"_s) || lower.contains(u"expression("_s))
        return true;
    qsizetype at = 0;
    while ((at = lower.indexOf(u"url("_s, at)) >= 0) {
        at += 4;
        QString target = lower.mid(at, lower.indexOf(u')', at) - at).trimmed();
        if (target.startsWith(u'"') || target.startsWith(u'\''))
            target = target.mid(1);
        if (!target.startsWith(u'#'))
            return true;
    }
    return false;
}

QString svgProblem(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    bool sawRoot = false;
    bool inStyle = false;
    xml.setNamespaceProcessing(true);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return u"An SVG with a document type declaration (entities) is not accepted."_s;
        case QXmlStreamReader::EntityReference:
            return u"An SVG with entity references is not accepted."_s;
        case QXmlStreamReader::ProcessingInstruction:
            return u"An SVG with processing instructions (stylesheets) is not accepted."_s;
        case QXmlStreamReader::StartElement: {
            const QString name = xml.name().toString().toLower();
            if (!sawRoot && name != u"svg"_s)
                return u"The document is XML but not an SVG image."_s;
            sawRoot = true;
            if (name == u"script"_s)
                return u"An SVG with a <script> element is not accepted."_s;
            if (name == u"foreignobject"_s || name == u"iframe"_s || name == u"embed"_s ||
                name == u"object"_s)
                return u"An SVG with <%1> is not accepted."_s.arg(xml.name());
            inStyle = name == u"style"_s;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QString attr = a.name().toString().toLower();
                const QString value = a.value().toString();
                if (attr.startsWith(u"on"_s))
                    return u"An SVG with the event attribute %1 is not accepted."_s.arg(a.qualifiedName());
                if (value.simplified().remove(u' ').toLower().contains(u"javascript:"_s))
                    return u"An SVG with a javascript: URL is not accepted."_s;
                if ((attr == u"href"_s || attr == u"src"_s) && isReference(value))
                    return u"An SVG with the external reference %1 is not accepted."_s.arg(value.left(80));
                if (attr == u"style"_s && externalInCss(value))
                    return u"An SVG whose styles load external resources is not accepted."_s;
                if (value.contains(u"url("_s, Qt::CaseInsensitive) && externalInCss(value))
                    return u"An SVG with an external url() reference is not accepted."_s;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            inStyle = false;
            break;
        case QXmlStreamReader::Characters:
            if (inStyle && externalInCss(xml.text().toString()))
                return u"An SVG whose styles load external resources is not accepted."_s;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return u"The SVG is not well-formed XML: %1."_s.arg(xml.errorString());
    if (!sawRoot)
        return u"The document has no <svg> element."_s;
    return {};
}

} // namespace

QString brandingImageType(const QByteArray &data, QString *problem)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    QByteArray head = data.left(512);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith("<")) {
        const QString svg = svgProblem(data);
        if (svg.isEmpty())
            return u"image/svg+xml"_s;
        *problem = svg;
        return {};
    }
    *problem = u"The image must be a PNG, a JPEG or an SVG (judged by its content)."_s;
    return {};
}

void addBrandingRoutes(RouteTable &table)
{
    table.add("GET", "/api/v1/branding", Permission::Public, u"The console branding"_s, getBranding);
    table.add("PUT", "/api/v1/branding", Permission::AdminWrite, u"Change the branding texts"_s, putBranding);
    table.add("GET", "/api/v1/branding/images/{slot}", Permission::Public, u"A branding image"_s, getImage);
    table.add("PUT", "/api/v1/branding/images/{slot}", Permission::AdminWrite, u"Put a branding image"_s,
              putImage);
    table.add("DELETE", "/api/v1/branding/images/{slot}", Permission::AdminWrite,
              u"Remove a branding image"_s, deleteImage);
}

} // namespace Tollgate::Api
