// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/brandingrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

void validate(const Logo &logo)
{
    static const QStringList types = {u"image/png"_s, u"image/jpeg"_s, u"image/svg+xml"_s, u"image/webp"_s,
                                      u"image/gif"_s};
    if (!logo.data.isEmpty() && !types.contains(logo.mimeType))
        throw Error(Error::Code::Invalid, u"unsupported logo type: "_s + logo.mimeType);
}

} // namespace

BrandingRepository::BrandingRepository(Database &db)
    : m_db(db)
{}

Branding BrandingRepository::get()
{
    QSqlQuery q =
        m_db.exec(u"SELECT title, subtitle, footer, login_logo, login_logo_mime, header_logo_light, "
                  "header_logo_light_mime, header_logo_dark, header_logo_dark_mime, version, updated_at, "
                  "updated_by FROM branding WHERE id = 1"_s,
                  {}, u"read branding"_s);
    if (!q.next())
        throw Error(Error::Code::Internal, u"branding row missing"_s);
    Branding b;
    b.title = q.value(0).toString();
    b.subtitle = q.value(1).toString();
    b.footer = q.value(2).toString();
    b.loginLogo = {q.value(3).toByteArray(), q.value(4).toString()};
    b.headerLogoLight = {q.value(5).toByteArray(), q.value(6).toString()};
    b.headerLogoDark = {q.value(7).toByteArray(), q.value(8).toString()};
    b.version = q.value(9).toLongLong();
    b.updatedAt = q.value(10).toLongLong();
    b.updatedBy = q.value(11).toString();
    return b;
}

Branding BrandingRepository::update(const Branding &b, qint64 expectedVersion, const QString &actor)
{
    validate(b.loginLogo);
    validate(b.headerLogoLight);
    validate(b.headerLogoDark);
    auto mime = [](const Logo &logo) {
        return logo.data.isEmpty() ? nullIfEmpty({}) : QVariant(logo.mimeType);
    };
    QSqlQuery q = m_db.exec(
        u"UPDATE branding SET title = ?, subtitle = ?, footer = ?, login_logo = ?, login_logo_mime = ?, "
        "header_logo_light = ?, header_logo_light_mime = ?, header_logo_dark = ?, header_logo_dark_mime = ?, "
        "version = version + 1, updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?"_s,
        {b.title, b.subtitle, b.footer, blobColumn(b.loginLogo.data), mime(b.loginLogo),
         blobColumn(b.headerLogoLight.data), mime(b.headerLogoLight), blobColumn(b.headerLogoDark.data),
         mime(b.headerLogoDark), m_db.now(), nullIfEmpty(actor), expectedVersion},
        u"update branding"_s);
    if (q.numRowsAffected() != 1)
        throw Error(Error::Code::Conflict, u"branding was changed by someone else; reload and retry"_s);
    return get();
}

} // namespace Tollgate::Store
