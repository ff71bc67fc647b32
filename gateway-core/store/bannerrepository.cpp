// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway-core/store/bannerrepository.h"

#include "gateway-core/store/database.h"
#include "gateway-core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Tollgate::Store {

using namespace Detail;

namespace {

const QString Columns = u"id, active, texts, variant, dismissible, starts_at, ends_at, version, created_at, "
                        "updated_at, created_by"_s;

Banner fromRow(const QSqlQuery &q)
{
    Banner b;
    b.id = q.value(0).toString();
    b.active = q.value(1).toBool();
    b.texts = objectFromColumn(q.value(2));
    b.variant = q.value(3).toString();
    b.dismissible = q.value(4).toBool();
    b.startsAt = optionalInt(q.value(5));
    b.endsAt = optionalInt(q.value(6));
    b.version = q.value(7).toLongLong();
    b.createdAt = q.value(8).toLongLong();
    b.updatedAt = q.value(9).toLongLong();
    b.createdBy = q.value(10).toString();
    return b;
}

void validate(const Banner &b)
{
    static const QStringList variants = {u"info"_s, u"warning"_s, u"danger"_s, u"success"_s, u"default"_s};
    if (!variants.contains(b.variant))
        throw Error(Error::Code::Invalid, u"unknown banner variant: "_s + b.variant);
    if (b.startsAt && b.endsAt && *b.endsAt <= *b.startsAt)
        throw Error(Error::Code::Invalid, u"banner must end after it starts"_s);
}

} // namespace

BannerRepository::BannerRepository(Database &db)
    : m_db(db)
{}

Banner BannerRepository::create(Banner b)
{
    validate(b);
    if (b.id.isEmpty())
        b.id = newId();
    b.version = 1;
    b.createdAt = b.updatedAt = m_db.now();
    m_db.exec(u"INSERT INTO banners ("_s + Columns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {b.id, b.active, toJson(b.texts), b.variant, b.dismissible, nullable(b.startsAt),
               nullable(b.endsAt), b.version, b.createdAt, b.updatedAt, nullIfEmpty(b.createdBy)},
              u"create banner"_s);
    return b;
}

std::optional<Banner> BannerRepository::find(const QString &id)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + Columns + u" FROM banners WHERE id = ?"_s, {id}, u"read banner"_s);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

Banner BannerRepository::update(const Banner &b, qint64 expectedVersion)
{
    validate(b);
    QSqlQuery q =
        m_db.exec(u"UPDATE banners SET active = ?, texts = ?, variant = ?, dismissible = ?, starts_at = ?, "
                  "ends_at = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"_s,
                  {b.active, toJson(b.texts), b.variant, b.dismissible, nullable(b.startsAt),
                   nullable(b.endsAt), m_db.now(), b.id, expectedVersion},
                  u"update banner"_s);
    if (q.numRowsAffected() != 1)
        throwMissingOrStale(m_db, u"banners"_s, u"id"_s, b.id, u"banner"_s);
    return *find(b.id);
}

void BannerRepository::remove(const QString &id)
{
    if (m_db.exec(u"DELETE FROM banners WHERE id = ?"_s, {id}, u"delete banner"_s).numRowsAffected() != 1)
        throw Error(Error::Code::NotFound, u"banner not found"_s);
}

PageResult<Banner> BannerRepository::list(Page page)
{
    PageResult<Banner> result;
    result.total = count(m_db, u"SELECT COUNT(*) FROM banners"_s, {}, u"count banners"_s);
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + Columns + u" FROM banners ORDER BY created_at DESC, id LIMIT ? OFFSET ?"_s,
                  {page.limit, page.offset}, u"list banners"_s);
    while (q.next())
        result.items << fromRow(q);
    return result;
}

QList<Banner> BannerRepository::visibleTo(const QString &userId, qint64 now)
{
    QSqlQuery q =
        m_db.exec(u"SELECT "_s + Columns +
                      u" FROM banners b WHERE active = ? "
                      "AND (starts_at IS NULL OR starts_at <= ?) AND (ends_at IS NULL OR ends_at > ?) "
                      "AND NOT EXISTS (SELECT 1 FROM banner_dismissals d "
                      "WHERE d.banner_id = b.id AND d.user_id = ?) "
                      "ORDER BY created_at DESC, id"_s,
                  {true, now, now, userId}, u"list visible banners"_s);
    QList<Banner> result;
    while (q.next())
        result << fromRow(q);
    return result;
}

void BannerRepository::dismiss(const QString &userId, const QString &bannerId, qint64 at)
{
    const std::optional<Banner> banner = find(bannerId);
    if (!banner)
        throw Error(Error::Code::NotFound, u"banner not found"_s);
    if (!banner->dismissible)
        throw Error(Error::Code::Invalid, u"banner cannot be dismissed"_s);
    m_db.exec(u"INSERT INTO banner_dismissals (user_id, banner_id, at) VALUES (?, ?, ?) "
              "ON CONFLICT (user_id, banner_id) DO NOTHING"_s,
              {userId, bannerId, at}, u"dismiss banner"_s);
}

} // namespace Tollgate::Store
